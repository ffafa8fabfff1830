// Perspective warp and alpha compositing of RGBA buffers, for the generated evaluation images.
export interface Rgba { width: number; height: number; data: Uint8Array }
export type Point = [number, number];

/** Homography mapping the four src points to the four dst points (8-unknown linear solve). */
export function homography(src: Point[], dst: Point[]): number[] {
  const a: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = src[i]!;
    const [u, v] = dst[i]!;
    a.push([x, y, 1, 0, 0, 0, -u * x, -u * y]); b.push(u);
    a.push([0, 0, 0, x, y, 1, -v * x, -v * y]); b.push(v);
  }
  const h = solve(a, b);
  return [...h, 1];
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const k = m[r]![c]! / m[c]![c]!;
      for (let q = c; q <= n; q++) m[r]![q]! -= k * m[c]![q]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/**
 * Draws `logo` onto `canvas` so that its corners land on `corners` (TL, TR, BR, BL), blending by the
 * logo's alpha; 3x3 supersampling keeps strongly shrunk marks from aliasing.
 */
export function warpOnto(canvas: Rgba, logo: Rgba, corners: Point[]): void {
  const src: Point[] = [[0, 0], [logo.width, 0], [logo.width, logo.height], [0, logo.height]];
  const inv = homography(corners, src);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const x1 = Math.max(0, Math.floor(Math.min(...xs)));
  const x2 = Math.min(canvas.width - 1, Math.ceil(Math.max(...xs)));
  const y1 = Math.max(0, Math.floor(Math.min(...ys)));
  const y2 = Math.min(canvas.height - 1, Math.ceil(Math.max(...ys)));
  const S = 3;
  for (let y = y1; y <= y2; y++) {
    for (let x = x1; x <= x2; x++) {
      let r = 0, g = 0, bl = 0, al = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const px = x + (sx + 0.5) / S;
          const py = y + (sy + 0.5) / S;
          const w = inv[6]! * px + inv[7]! * py + inv[8]!;
          const u = Math.floor((inv[0]! * px + inv[1]! * py + inv[2]!) / w);
          const v = Math.floor((inv[3]! * px + inv[4]! * py + inv[5]!) / w);
          if (u < 0 || v < 0 || u >= logo.width || v >= logo.height) continue;
          const o = (v * logo.width + u) * 4;
          const a = logo.data[o + 3]! / 255;
          r += logo.data[o]! * a; g += logo.data[o + 1]! * a; bl += logo.data[o + 2]! * a; al += a;
        }
      }
      if (al === 0) continue;
      const a = al / (S * S);
      const o = (y * canvas.width + x) * 4;
      canvas.data[o] = Math.round(canvas.data[o]! * (1 - a) + r / (S * S));
      canvas.data[o + 1] = Math.round(canvas.data[o + 1]! * (1 - a) + g / (S * S));
      canvas.data[o + 2] = Math.round(canvas.data[o + 2]! * (1 - a) + bl / (S * S));
    }
  }
}
