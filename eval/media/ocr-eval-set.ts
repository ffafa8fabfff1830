// Rendered referral codes and URLs for the OCR evaluation: several fonts, sizes, colours and JPEG
// qualities, generated from a fixed seed.
import sharp from 'sharp';
import type { DecodedImage } from '../../pipelines/media/media-types.ts';
import { rng } from './logo-eval-set.ts';

export interface OcrCase { id: string; expected: string; font: string; size: number; image: DecodedImage }

const FONTS = ['DejaVu Sans', 'DejaVu Serif', 'DejaVu Sans Mono', 'DejaVu Sans Condensed'];
const HOSTS = ['qorvex.io/register?ref=', 'moonvale.exchange/join/', 'accounts.zyntra.com/signup?invite_code=', 'halvora.com/invite?code=', 'app.tradelyx.com/ref/'];
// no 0/O and 1/I/l pairs: real referral codes avoid them too, and no reader can tell them apart in every face
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function renderText(text: string, font: string, size: number, dark: boolean): string {
  const width = Math.ceil(text.length * size * 0.72) + 40;
  const height = Math.ceil(size * 1.8) + 20;
  const [bg, fg] = dark ? ['#15171c', '#f1f5f9'] : ['#ffffff', '#1f2937'];
  const safe = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${bg}"/>`
    + `<text x="20" y="${Math.round(height / 2 + size * 0.35)}" font-family="${font}" font-size="${size}" fill="${fg}">${safe}</text></svg>`;
}

export async function* generateOcrEvalSet(seed: number, count: number): AsyncGenerator<OcrCase> {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  for (let n = 0; n < count; n++) {
    const code = Array.from({ length: 6 + Math.floor(rand() * 5) }, () => pick([...ALPHABET])).join('');
    const expected = rand() < 0.5 ? code : `${pick(HOSTS)}${code}`;
    const font = pick(FONTS);
    const size = pick([14, 18, 24, 32, 40]);
    const svg = renderText(`Use ${expected}`, font, size, rand() < 0.3);
    const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 60 + Math.floor(rand() * 31) }).toBuffer();
    const { data, info } = await sharp(jpeg).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    yield { id: `ocr-${n}`, expected, font, size, image: { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.length) } };
  }
}
