// The logo evaluation set, generated on the fly from a fixed seed (nothing binary is committed):
// reference marks composited onto generated textures, gradients and fake UI screenshots, at 5-40% of the
// image's longest side, rotated up to 15 degrees, perspective-warped, some in dark mode (inverted), then
// JPEG-compressed at quality 40-90; with decoys (marks of firms not in the catalogue in the same colours,
// firm names as plain text) and images holding no logo. Ground truth is the box of each placed mark.
import sharp from 'sharp';
import type { DecodedImage, Region } from '../../pipelines/media/media-types.ts';
import type { ReferenceLogo } from '../../pipelines/media/reference-logos.ts';
import { SAMPLE_MARKS } from '../../pipelines/media/sample-logo-svgs.ts';
import { warpOnto, type Point, type Rgba } from './warp.ts';
import { mulberry32 } from '../../connectors/sample/prng.ts';

export interface Truth {
  firmId: string;
  region: Region;
  scale: number;
  source: string;
  /**
   * Where the reference image's corners were placed (top-left, top-right, bottom-right, bottom-left, in
   * picture pixels). The box's centre is not the mark's: the corners are jittered independently, and
   * for a long mark the two differ by more than the fine pass reaches (decision 0056); the pose probe
   * reads the mark's centre and turn from these.
   */
  corners: Point[];
}
export interface EvalImage {
  id: string;
  background: string;
  inverted: boolean;
  quality: number;
  image: DecodedImage;
  truth: Truth[];
  /** Decoys placed (not in the truth): what they are and where, for the evaluation's list of false matches. */
  decoys: { name: string; region: Region }[];
}

/** The sample generator's seeded PRNG: the evaluation set comes out identical on every run. */
export const rng = mulberry32;

const WORDS = ['trade', 'earn', 'bonus', 'crypto', 'futures', 'spot', 'wallet', 'deposit', 'reward', 'signup',
  'market', 'price', 'chart', 'volume', 'profit', 'invite', 'friends', 'today', 'limited', 'offer', 'BTC', 'ETH', 'USDT'];
const FONTS = ['DejaVu Sans', 'DejaVu Serif', 'DejaVu Sans Mono'];

export interface EvalSetOptions { seed: number; count: number; refs: readonly ReferenceLogo[]; size?: number }

export async function* generateLogoEvalSet(opts: EvalSetOptions): AsyncGenerator<EvalImage> {
  const rand = rng(opts.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const long = opts.size ?? 640;
  const decoyMarks = await renderDecoys();
  for (let n = 0; n < opts.count; n++) {
    const portrait = rand() < 0.25;
    const ratio = pick([0.75, 0.5625, 1]);
    const width = portrait ? Math.round(long * ratio) : long;
    const height = portrait ? long : Math.round(long * ratio);
    const background = pick(['texture', 'ui', 'gradient', 'photo']);
    const canvas = await renderBackground(background, width, height, rand, pick);
    const truth: Truth[] = [];
    const boxes: Region[] = [];
    const logos = rand() < 0.25 ? 0 : rand() < 0.75 ? 1 : 2;
    const used = new Set<string>();
    for (let i = 0; i < logos; i++) {
      const ref = pick(opts.refs);
      if (used.has(ref.firmId)) continue;
      used.add(ref.firmId);
      const scale = Math.exp(Math.log(0.05) + rand() * (Math.log(0.4) - Math.log(0.05)));
      const placed = place(canvas, ref.image, scale, boxes, rand);
      if (placed) truth.push({ firmId: ref.firmId, ...placed, scale, source: ref.source });
    }
    const decoys = Math.floor(rand() * 3);
    const placedDecoys: { name: string; region: Region }[] = [];
    for (let i = 0; i < decoys; i++) {
      const d = pick(decoyMarks);
      const placed = place(canvas, d.image, Math.exp(Math.log(0.08) + rand() * (Math.log(0.35) - Math.log(0.08))), boxes, rand);
      if (placed) placedDecoys.push({ name: d.name, region: placed.region });
    }
    const inverted = rand() < 0.2;
    if (inverted) for (let o = 0; o < canvas.data.length; o += 4) {
      canvas.data[o] = 255 - canvas.data[o]!; canvas.data[o + 1] = 255 - canvas.data[o + 1]!; canvas.data[o + 2] = 255 - canvas.data[o + 2]!;
    }
    const quality = 40 + Math.floor(rand() * 51);
    const jpeg = await sharp(canvas.data, { raw: { width, height, channels: 4 } }).jpeg({ quality }).toBuffer();
    const { data, info } = await sharp(jpeg).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    yield {
      id: `img-${String(n).padStart(4, '0')}`, background, inverted, quality,
      image: { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) },
      truth, decoys: placedDecoys,
    };
  }
}

/**
 * Places a mark at the given scale with rotation <= 15 degrees and corner jitter <= 6%: its box and
 * where its corners went; null if no room.
 */
function place(canvas: Rgba, logo: Rgba, scale: number, boxes: Region[], rand: () => number): { region: Region; corners: Point[] } | null {
  const long = Math.max(canvas.width, canvas.height);
  const k = (scale * long) / Math.max(logo.width, logo.height);
  const w = logo.width * k;
  const h = logo.height * k;
  const angle = ((rand() * 2 - 1) * 15 * Math.PI) / 180;
  const jitter = 0.06 * Math.max(w, h);
  const base: Point[] = [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]];
  const rel = base.map(([x, y]): Point => [
    x * Math.cos(angle) - y * Math.sin(angle) + (rand() * 2 - 1) * jitter,
    x * Math.sin(angle) + y * Math.cos(angle) + (rand() * 2 - 1) * jitter,
  ]);
  const xs = rel.map((p) => p[0]);
  const ys = rel.map((p) => p[1]);
  const bw = Math.max(...xs) - Math.min(...xs);
  const bh = Math.max(...ys) - Math.min(...ys);
  if (bw >= canvas.width - 4 || bh >= canvas.height - 4) return null;
  for (let attempt = 0; attempt < 20; attempt++) {
    const cx = bw / 2 + 2 + rand() * (canvas.width - bw - 4);
    const cy = bh / 2 + 2 + rand() * (canvas.height - bh - 4);
    const region = { x: Math.round(cx + Math.min(...xs)), y: Math.round(cy + Math.min(...ys)), width: Math.round(bw), height: Math.round(bh) };
    if (boxes.some((b) => overlaps(b, region))) continue;
    const corners = rel.map(([x, y]): Point => [cx + x, cy + y]);
    warpOnto(canvas, logo, corners);
    boxes.push(region);
    return { region, corners };
  }
  return null;
}

function overlaps(a: Region, b: Region): boolean {
  return a.x < b.x + b.width + 4 && b.x < a.x + a.width + 4 && a.y < b.y + b.height + 4 && b.y < a.y + a.height + 4;
}

async function renderBackground(kind: string, width: number, height: number, rand: () => number, pick: <T>(xs: readonly T[]) => T): Promise<Rgba> {
  const colour = (): string => `hsl(${Math.floor(rand() * 360)},${Math.floor(20 + rand() * 70)}%,${Math.floor(15 + rand() * 75)}%)`;
  let body = '';
  if (kind === 'texture') {
    body += `<rect width="100%" height="100%" fill="${colour()}"/>`;
    for (let i = 0; i < 120; i++) {
      const x = rand() * width, y = rand() * height, s = 4 + rand() * 60;
      body += pick([
        `<circle cx="${x}" cy="${y}" r="${s / 2}" fill="${colour()}" opacity="${0.3 + rand() * 0.7}"/>`,
        `<rect x="${x}" y="${y}" width="${s}" height="${s * rand()}" fill="${colour()}" transform="rotate(${rand() * 90} ${x} ${y})"/>`,
        `<line x1="${x}" y1="${y}" x2="${x + s * 2}" y2="${y + s * (rand() - 0.5)}" stroke="${colour()}" stroke-width="${1 + rand() * 4}"/>`,
      ]);
    }
  } else if (kind === 'ui') {
    const dark = rand() < 0.3;
    body += `<rect width="100%" height="100%" fill="${dark ? '#121418' : '#f6f7f9'}"/><rect width="100%" height="${height * 0.09}" fill="${colour()}"/>`;
    const ink = dark ? '#e5e7eb' : '#1f2937';
    for (let y = height * 0.14; y < height - 20; y += 18 + rand() * 26) {
      const x = 10 + rand() * width * 0.3;
      if (rand() < 0.2) body += `<rect x="${x}" y="${y}" rx="6" width="${60 + rand() * 120}" height="${20 + rand() * 14}" fill="${colour()}"/>`;
      else {
        const words = Array.from({ length: 2 + Math.floor(rand() * 6) }, () => pick(WORDS)).join(' ');
        body += `<text x="${x}" y="${y + 14}" font-family="${pick(FONTS)}" font-size="${10 + Math.floor(rand() * 14)}" fill="${ink}">${words}</text>`;
      }
    }
    for (let i = 0; i < 3; i++) body += `<rect x="${rand() * width}" y="${rand() * height}" width="${40 + rand() * 160}" height="${30 + rand() * 90}" rx="8" fill="none" stroke="${colour()}" stroke-width="2"/>`;
  } else if (kind === 'gradient') {
    body += `<defs><linearGradient id="g" x1="0" y1="0" x2="${rand()}" y2="1"><stop offset="0" stop-color="${colour()}"/><stop offset="1" stop-color="${colour()}"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>`;
    for (let i = 0; i < 6; i++) {
      body += `<text x="${rand() * width}" y="${rand() * height}" font-family="${pick(FONTS)}" font-size="${14 + rand() * 30}" fill="${colour()}">${pick(WORDS)} ${pick(WORDS)}</text>`;
    }
  } else {
    // "photo": blurred blobs under fine noise
    body += `<rect width="100%" height="100%" fill="${colour()}"/>`;
    for (let i = 0; i < 25; i++) body += `<ellipse cx="${rand() * width}" cy="${rand() * height}" rx="${20 + rand() * 150}" ry="${20 + rand() * 150}" fill="${colour()}" opacity="0.6"/>`;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${body}</svg>`;
  let img = sharp(Buffer.from(svg)).ensureAlpha();
  if (kind === 'photo') img = sharp(await img.blur(6).raw().toBuffer(), { raw: { width, height, channels: 4 } });
  const { data } = await img.raw().toBuffer({ resolveWithObject: true });
  const out = new Uint8Array(data.buffer, data.byteOffset, data.length).slice();
  if (kind === 'photo') for (let o = 0; o < out.length; o += 4) {
    const noise = (rand() - 0.5) * 40;
    for (let c = 0; c < 3; c++) out[o + c] = Math.max(0, Math.min(255, out[o + c]! + noise));
  }
  return { width, height, data: out };
}

/** Marks that are not in the catalogue: the sample firms' colours on other shapes, and names as plain text. */
async function renderDecoys(): Promise<{ name: string; image: Rgba }[]> {
  const svgs: string[] = [];
  const names: string[] = [];
  for (const m of SAMPLE_MARKS) {
    const [a, b] = m.colours;
    svgs.push(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 100 100"><circle cx="50" cy="50" r="45" fill="${a}"/><rect x="25" y="40" width="50" height="20" fill="${b}"/></svg>`);
    svgs.push(`<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 100 100"><polygon points="50,5 95,95 5,95" fill="${b}"/><circle cx="50" cy="65" r="18" fill="${a}"/></svg>`);
    const name = m.name.charAt(0) + m.name.slice(1).toLowerCase();
    svgs.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${60 + name.length * 44}" height="80"><text x="10" y="58" font-family="DejaVu Serif" font-size="56" fill="${a}">${name}</text></svg>`);
    names.push(`${m.firmId} colours: disc and bar`, `${m.firmId} colours: triangle and disc`, `${m.firmId} name as text`);
  }
  const out: { name: string; image: Rgba }[] = [];
  for (const [i, svg] of svgs.entries()) {
    const { data, info } = await sharp(Buffer.from(svg)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    out.push({ name: names[i]!, image: { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) } });
  }
  return out;
}
