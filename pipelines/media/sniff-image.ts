// The image format from its first bytes. Content-Type headers are set by whoever serves the file
// and say nothing reliable; only these raster formats go on to the decoder. SVG is refused, never
// rasterised: a rasteriser is one more parser of attacker text, and SVG can name external
// resources and carry scripts, so refusing it makes both impossible rather than hoped-for.
export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp';

export function sniffImage(b: Uint8Array): ImageFormat | null {
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 6 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61) return 'gif';
  if (b.length >= 12 && b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) return 'webp';
  return null;
}

/** A short name for what the bytes are instead, for the skip reason. */
export function describeNonImage(b: Uint8Array): string {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 256)).trimStart().toLowerCase();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'SVG (refused: not rasterised)';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<')) return 'HTML or XML';
  if (b.length === 0) return 'empty body';
  return 'unknown format';
}
