// Decodes sniffed raster bytes to the DecodedImage the analysers take: RGBA, longest side <= 1280.
// The header's dimensions are read first (sharp's metadata parses only the header), so a small file
// declaring 50000x50000 is refused before any pixel buffer is allocated; limitInputPixels stays on
// as a second wall for formats whose header lies.
import sharp from 'sharp';
import type { DecodedImage } from './media-types.ts';

export const MAX_SIDE = 1280;

export type Decoded = { ok: true; image: DecodedImage; width: number; height: number } | { ok: false; error: string };

export async function decodeImage(bytes: Uint8Array, opts: { maxPixels: number }): Promise<Decoded> {
  let width: number;
  let height: number;
  try {
    // Header only: no pixel is decoded here, so the cap is checked by us with the dimensions in the reason.
    const meta = await sharp(bytes, { limitInputPixels: false, failOn: 'error' }).metadata();
    width = meta.width ?? 0;
    height = meta.height ?? 0;
  } catch (e) {
    return { ok: false, error: `undecodable image: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (width <= 0 || height <= 0) return { ok: false, error: 'image header has no dimensions' };
  if (width * height > opts.maxPixels) return { ok: false, error: `image of ${width}x${height} pixels exceeds the ${opts.maxPixels}-pixel cap` };
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: opts.maxPixels, failOn: 'error', animated: false })
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 4) return { ok: false, error: `decoder gave ${info.channels} channels, not RGBA` };
    return { ok: true, image: { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) }, width, height };
  } catch (e) {
    // A truncated or corrupt file fails here (failOn: 'error'), not as half an image.
    return { ok: false, error: `undecodable image: ${e instanceof Error ? e.message : String(e)}` };
  }
}
