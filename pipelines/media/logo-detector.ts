// Logo detection by normalised cross-correlation (NCC) of grey-level templates, coarse to fine
// (decision 0031). The coarse pass slides a tiny upright template of each mark over a pyramid of the
// image and keeps a few peaks per mark; the fine pass re-samples the image around each peak at a larger
// template size and tries rotations and small scale changes. NCC ignores brightness and contrast, and its
// absolute value also accepts the mark with inverted colours (dark mode).
import { integral, samplePatch, toGrey, type GreyImage } from './image-ops.ts';
import { buildTemplate, type Template } from './logo-templates.ts';
import type { DecodedImage, LogoDetector, LogoMatch, Region } from './media-types.ts';
import type { ReferenceLogo } from './reference-logos.ts';

export interface LogoDetectorOptions {
  /** Smallest and largest logo searched, as its longest side over the image's longest side. */
  minScale?: number;
  maxScale?: number;
  /** Fine NCC at which a match is reported (score 0.5); set from the evaluation (decision 0031). */
  threshold?: number;
  /** Coarse peaks kept per mark. */
  candidatesPerMark?: number;
}

const COARSE = { icon: { shortSide: 8, maxPoints: 48 }, wordmark: { shortSide: 6, maxPoints: 60 } };
const FINE = { shortSide: 16, maxPoints: 320 };
const COARSE_ROTATIONS = [-10, 0, 10];
const FINE_ROTATIONS = [-15, -10, -5, 0, 5, 10, 15];
const FINE_SCALES = [0.9, 1, 1.1];
const REFINE_SCALES = [0.95, 1, 1.05];
const FINE_MARGIN = 3;
const FINE_RING = 2;
const COLOUR_WEIGHT = 1.5;
const LEVEL_RATIO = 1.26;
const WORDMARK_MIN_SHORT = 10;
/** Levels larger than this (pixels) are searched at every other position: the coarse template is blurred enough. */
const STRIDE_ABOVE = 15_000;
const COARSE_MIN = 0.4;
const PER_LEVEL = 2;
/** Windows flatter than this (grey-level standard deviation) hold no mark. */
const MIN_STD = 6;
export const DEFAULT_THRESHOLD = 0.84;
/** Width of the logistic that maps fine NCC to the score, fitted on the evaluation set. */
const SCORE_WIDTH = 0.04;

interface Mark {
  coarse: Template;
  /** The coarse template at COARSE_ROTATIONS: even at 8 px a 12-degree turn blurs a mark's inside away. */
  coarseTurned: Template[];
  fine: Template[];
  /** Shorter side over longer side of the upright mark. */
  aspect: number;
}

interface Candidate {
  mark: Mark;
  /** Centre and shorter side of the mark, in image pixels. */
  cx: number;
  cy: number;
  shortSide: number;
  coarse: number;
  /** Rotation of the coarse template that found it; the fine pass tries rotations near it. */
  rotation: number;
}

export function createLogoDetector(refs: readonly ReferenceLogo[], opts: LogoDetectorOptions = {}): LogoDetector {
  const minScale = opts.minScale ?? 0.05;
  const maxScale = opts.maxScale ?? 0.45;
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const perMark = opts.candidatesPerMark ?? 6;
  const marks: Mark[] = refs.map((ref) => {
    const c = COARSE[ref.kind];
    return {
      coarse: buildTemplate(ref, { shortSide: c.shortSide, rotation: 0, ring: 1, maxPoints: c.maxPoints }),
      coarseTurned: COARSE_ROTATIONS.map((rotation) => buildTemplate(ref, { shortSide: c.shortSide, rotation, ring: 1, maxPoints: c.maxPoints })),
      fine: FINE_ROTATIONS.map((rotation) => buildTemplate(ref, { ...FINE, rotation, ring: FINE_RING })),
      aspect: Math.min(ref.image.width, ref.image.height) / Math.max(ref.image.width, ref.image.height),
    };
  });
  return (image: DecodedImage): LogoMatch[] => {
    const grey = toGrey(image);
    const sat = integral(grey);
    const colour = colourPlanes(image);
    const long = Math.max(grey.width, grey.height);
    const levels = new Map<number, GreyImage>();
    const level = (k: number): GreyImage => {
      let l = levels.get(k);
      if (!l) {
        const f = Math.pow(LEVEL_RATIO, -k);
        const w = Math.max(1, Math.floor(grey.width * f));
        const h = Math.max(1, Math.floor(grey.height * f));
        l = { width: w, height: h, data: samplePatch(grey, sat, f, 0, 0, w, h) };
        levels.set(k, l);
      }
      return l;
    };
    const candidates: Candidate[] = [];
    for (const mark of marks) {
      const found: Candidate[] = [];
      const tpl = mark.coarse;
      // level k shrinks the image by LEVEL_RATIO^k; a mark of shorter side m fits the template at f = S/m
      // a wordmark shorter than WORDMARK_MIN_SHORT pixels is unreadable, and searching for it is costly
      const mMin = Math.max(minScale * long * mark.aspect, tpl.kind === 'wordmark' ? WORDMARK_MIN_SHORT : 0);
      const mMax = maxScale * long * mark.aspect;
      const kLo = Math.max(0, Math.floor(Math.log(mMin / tpl.shortSide) / Math.log(LEVEL_RATIO)));
      const kHi = Math.ceil(Math.log(mMax / tpl.shortSide) / Math.log(LEVEL_RATIO));
      for (let k = kLo; k <= kHi; k++) {
        const l = level(k);
        if (l.width < tpl.width || l.height < tpl.height) break;
        const f = Math.pow(LEVEL_RATIO, -k);
        // the best few per level: a large mark seen at 8 px scores lower than noise at a finer level
        const atLevel: Candidate[] = [];
        for (const turned of mark.coarseTurned) {
          for (const peak of coarsePeaks(l, turned, l.width * l.height > STRIDE_ABOVE ? 2 : 1)) {
            atLevel.push({ mark, cx: peak.x / f, cy: peak.y / f, shortSide: tpl.shortSide / f, coarse: peak.score, rotation: turned.rotation });
          }
        }
        found.push(...suppress(atLevel, (c) => c.coarse, (c) => c.shortSide / mark.aspect, (c) => c.shortSide).slice(0, PER_LEVEL));
      }
      candidates.push(...suppress(found, (c) => c.coarse, (c) => c.shortSide / mark.aspect, (c) => c.shortSide).slice(0, perMark));
    }
    const matches: LogoMatch[] = [];
    for (const c of candidates) {
      // the coarse pose is off by up to half a level step and a coarse pixel: a second fine pass
      // centred on the first one's answer lands on the mark
      const first = verify(grey, sat, c, colour);
      const m = first ? refine(grey, sat, c, first, colour) : null;
      if (m && m.ncc >= threshold) {
        matches.push({ firmId: c.mark.coarse.firmId, score: calibrate(m.ncc, threshold), region: m.region });
      }
    }
    return suppressRegions(matches);
  };
}

/** Fine NCC of one reference at a given place (diagnostics of the evaluation). */
export function fineNccAt(ref: ReferenceLogo, image: DecodedImage, cx: number, cy: number, shortSide: number): number {
  const grey = toGrey(image);
  const mark: Mark = {
    coarse: buildTemplate(ref, { shortSide: 7, rotation: 0, ring: 1, maxPoints: 64 }),
    coarseTurned: [],
    fine: FINE_ROTATIONS.map((rotation) => buildTemplate(ref, { ...FINE, rotation, ring: FINE_RING })),
    aspect: 1,
  };
  return verify(grey, integral(grey), { mark, cx, cy, shortSide, coarse: 1, rotation: 0 }, colourPlanes(image))?.ncc ?? 0;
}

export function calibrate(ncc: number, threshold = DEFAULT_THRESHOLD): number {
  return 1 / (1 + Math.exp(-(ncc - threshold) / SCORE_WIDTH));
}

interface Peak { x: number; y: number; score: number }

/** Local maxima of |NCC| over one level; x, y are the template centre in level pixels. */
function coarsePeaks(l: GreyImage, tpl: Template, stride: number): Peak[] {
  const W = l.width;
  const data = l.data;
  const n = tpl.t.length;
  const offs = new Int32Array(n);
  for (let q = 0; q < n; q++) offs[q] = tpl.dy[q]! * W + tpl.dx[q]!;
  const t = tpl.t;
  const mw = W - tpl.width + 1;
  const mh = l.height - tpl.height + 1;
  const map = new Float32Array(mw * mh);
  const minVar = MIN_STD * MIN_STD * n;
  for (let y = 0; y < mh; y += stride) {
    for (let x = 0; x < mw; x += stride) {
      const base = y * W + x;
      let s1 = 0;
      let s2 = 0;
      let st = 0;
      for (let q = 0; q < n; q++) {
        const v = data[base + offs[q]!]!;
        s1 += v;
        s2 += v * v;
        st += v * t[q]!;
      }
      const variance = s2 - (s1 * s1) / n;
      if (variance < minVar) continue;
      map[y * mw + x] = Math.abs(st) / Math.sqrt(variance);
    }
  }
  const peaks: Peak[] = [];
  for (let y = 0; y < mh; y += stride) {
    for (let x = 0; x < mw; x += stride) {
      const v = map[y * mw + x]!;
      if (v < COARSE_MIN) continue;
      let isMax = true;
      for (let yy = Math.max(0, y - stride); yy <= Math.min(mh - 1, y + stride) && isMax; yy += stride) {
        for (let xx = Math.max(0, x - stride); xx <= Math.min(mw - 1, x + stride); xx += stride) {
          if (map[yy * mw + xx]! > v) { isMax = false; break; }
        }
      }
      if (isMax) peaks.push({ x: x + tpl.width / 2, y: y + tpl.height / 2, score: v });
    }
  }
  return peaks;
}

interface Verified { ncc: number; region: Region; pose: { cx: number; cy: number; shortSide: number; rotation: number } }

function better(a: Verified, b: Verified | null): Verified {
  return b && b.ncc > a.ncc ? b : a;
}

/**
 * Half a fine pixel of misalignment costs a sharp 16-px mark much of its NCC, and the fine pass only
 * moves in whole pixels: try the pose found shifted by half a pixel each way, at its rotation only.
 */
function refine(grey: GreyImage, sat: Float64Array, c: Candidate, first: Verified, colour: Plane[]): Verified {
  let best = first;
  const half = (0.5 * first.pose.shortSide) / FINE.shortSide;
  for (const oy of [-half, 0, half]) {
    for (const ox of [-half, 0, half]) {
      const pose = { ...first.pose, cx: first.pose.cx + ox, cy: first.pose.cy + oy };
      best = better(best, verify(grey, sat, { ...c, ...pose }, colour, REFINE_SCALES, 1, true));
    }
  }
  return best;
}
interface Plane { grey: GreyImage; sat: Float64Array }

function colourPlanes(image: DecodedImage): Plane[] {
  const n = image.width * image.height;
  return [0, 1, 2].map((c) => {
    const data = new Float32Array(n);
    for (let i = 0; i < n; i++) data[i] = image.data[i * 4 + c]!;
    const grey = { width: image.width, height: image.height, data };
    return { grey, sat: integral(grey) };
  });
}

/**
 * The grey-level NCC, scaled down by how far the mark's mean colour in the image is from the reference's
 * (or from its inverse when the match is inverted): grey NCC alone takes any blob of the right shape.
 */
function verify(
  grey: GreyImage, sat: Float64Array, c: Candidate, colour: Plane[],
  scales = FINE_SCALES, margin = FINE_MARGIN, sameRotation = false,
): Verified | null {
  let best: (Omit<Verified, 'pose'> & { tpl: Template; f: number; x: number; y: number; m: number }) | null = null;
  for (const scale of scales) {
    const m = c.shortSide * scale;
    for (const tpl of c.mark.fine) {
      if (sameRotation ? tpl.rotation !== c.rotation : Math.abs(tpl.rotation - c.rotation) > 7.5 && c.rotation !== 0) continue;
      const f = tpl.shortSide / m;
      const pw = tpl.width + 2 * margin;
      const ph = tpl.height + 2 * margin;
      const x0 = c.cx - pw / 2 / f;
      const y0 = c.cy - ph / 2 / f;
      const patch = samplePatch(grey, sat, f, x0, y0, pw, ph);
      const r = bestInPatch(patch, pw, tpl, 2 * margin + 1);
      if (r && (!best || r.ncc > best.ncc)) {
        best = {
          ncc: r.ncc, tpl, f, m, x: x0 + r.x / f, y: y0 + r.y / f,
          region: toRegion(x0 + (r.x + FINE_RING) / f, y0 + (r.y + FINE_RING) / f, (tpl.width - 2 * FINE_RING) / f, (tpl.height - 2 * FINE_RING) / f, grey),
        };
      }
    }
  }
  if (!best) return null;
  const { tpl, f } = best;
  const pose = { cx: best.x + tpl.width / 2 / f, cy: best.y + tpl.height / 2 / f, shortSide: best.m, rotation: tpl.rotation };
  // a multi-colour mark is judged by its inside alone: the ring's plate is a guess about the background
  if (tpl.ringless) return { ncc: colourNcc(colour, tpl, f, best.x, best.y), region: best.region, pose };
  // single-colour marks: grey shape match, discounted by how far the mark's mean colour is from the reference's
  const observed = colour.map((p) => {
    const patch = samplePatch(p.grey, p.sat, f, best.x, best.y, tpl.width, tpl.height);
    let sum = 0;
    for (const q of tpl.inner) sum += patch[tpl.dy[q]! * tpl.width + tpl.dx[q]!]!;
    return sum / Math.max(1, tpl.inner.length);
  });
  // the NCC's sign says whether the mark is lighter than what surrounds it, not whether the image is
  // inverted, so the mark may have either its own colour or the inverse (dark mode)
  const distance = Math.min(
    Math.hypot(...observed.map((v, i) => v - tpl.meanRgb[i]!)),
    Math.hypot(...observed.map((v, i) => 255 - v - tpl.meanRgb[i]!)),
  ) / (255 * Math.sqrt(3));
  const shape = best.ncc * Math.max(0, 1 - COLOUR_WEIGHT * distance);
  return { ncc: Math.max(shape, colourNcc(colour, tpl, f, best.x, best.y)), region: best.region, pose };
}

/**
 * Joint NCC over R, G and B at the pose found in grey, best of +-1 pixel: a mark whose colours differ
 * from the background but whose brightness does not (yellow on white) still matches, and a blob of the
 * right shape in the wrong colours does not. Inverting all three channels (dark mode) only flips the sign.
 */
function colourNcc(colour: Plane[], tpl: Template, f: number, x0: number, y0: number): number {
  const pw = tpl.width + 2;
  const ph = tpl.height + 2;
  const patches = colour.map((p) => samplePatch(p.grey, p.sat, f, x0 - 1 / f, y0 - 1 / f, pw, ph));
  let best = 0;
  const values = tpl.rgb;
  const n = tpl.t.length;
  for (let y = 0; y < 3; y++) {
    for (let x = 0; x < 3; x++) {
      let st = 0;
      let variance = 0;
      for (let c = 0; c < 3; c++) {
        const patch = patches[c]!;
        const t = values[c]!;
        let s1 = 0;
        let s2 = 0;
        for (let q = 0; q < n; q++) {
          const v = patch[(y + tpl.dy[q]!) * pw + x + tpl.dx[q]!]!;
          s1 += v;
          s2 += v * v;
          st += v * t[q]!;
        }
        variance += s2 - (s1 * s1) / n;
      }
      if (variance < MIN_STD * MIN_STD * n) continue;
      best = Math.max(best, Math.abs(st) / Math.sqrt(variance));
    }
  }
  return best;
}

function bestInPatch(patch: Float32Array, pw: number, tpl: Template, span: number): { ncc: number; x: number; y: number; sign: number } | null {
  const n = tpl.t.length;
  const offs = new Int32Array(n);
  for (let q = 0; q < n; q++) offs[q] = tpl.dy[q]! * pw + tpl.dx[q]!;
  const t = tpl.t;
  const minVar = MIN_STD * MIN_STD * n;
  let best: { ncc: number; x: number; y: number; sign: number } | null = null;
  for (let y = 0; y < span; y++) {
    for (let x = 0; x < span; x++) {
      const base = y * pw + x;
      let s1 = 0;
      let s2 = 0;
      let st = 0;
      for (let q = 0; q < n; q++) {
        const v = patch[base + offs[q]!]!;
        s1 += v;
        s2 += v * v;
        st += v * t[q]!;
      }
      const variance = s2 - (s1 * s1) / n;
      if (variance < minVar) continue;
      const ncc = Math.abs(st) / Math.sqrt(variance);
      if (!best || ncc > best.ncc) best = { ncc, x, y, sign: Math.sign(st) };
    }
  }
  return best;
}

function toRegion(x: number, y: number, w: number, h: number, grey: GreyImage): Region {
  const x1 = Math.max(0, Math.round(x));
  const y1 = Math.max(0, Math.round(y));
  const x2 = Math.min(grey.width, Math.round(x + w));
  const y2 = Math.min(grey.height, Math.round(y + h));
  return { x: x1, y: y1, width: Math.max(1, x2 - x1), height: Math.max(1, y2 - y1) };
}

/** Greedy non-maximum suppression of candidates by centre distance. */
function suppress<T extends { cx: number; cy: number }>(
  items: T[], score: (t: T) => number, w: (t: T) => number, h: (t: T) => number,
): T[] {
  const sorted = [...items].sort((a, b) => score(b) - score(a));
  const kept: T[] = [];
  for (const it of sorted) {
    const near = kept.some((k) => Math.abs(k.cx - it.cx) < Math.max(w(k), w(it)) / 2
      && Math.abs(k.cy - it.cy) < Math.max(h(k), h(it)) / 2);
    if (!near) kept.push(it);
  }
  return kept;
}

export function iou(a: Region, b: Region): number {
  const x1 = Math.max(a.x, b.x);
  const y1 = Math.max(a.y, b.y);
  const x2 = Math.min(a.x + a.width, b.x + b.width);
  const y2 = Math.min(a.y + a.height, b.y + b.height);
  const inter = Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/** One answer per place: where marks of several firms overlap, the best-scoring one stands. */
function suppressRegions(matches: LogoMatch[]): LogoMatch[] {
  const sorted = [...matches].sort((a, b) => b.score - a.score);
  const kept: LogoMatch[] = [];
  for (const m of sorted) {
    if (!kept.some((k) => iou(k.region, m.region) > 0.3)) kept.push(m);
  }
  return kept;
}
