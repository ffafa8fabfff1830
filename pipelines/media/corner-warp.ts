// Corner-warp refinement of a matched pose (decision 0046). A mark photographed on a screen or printed
// at an angle is not a rotated, scaled copy of the reference: each corner of its box moves on its own
// (perspective), and for a long wordmark that moves the far end by a good part of its height, more
// than the rigid fine pass (rotation, scale, shift) can follow. Here the four corners of the template's
// box are moved one at a time, keeping what raises the edge agreement; every template point moves by
// the bilinear blend of its box's corner moves (close to a homography for small moves).
import { positive, type EdgeTemplate, type PatchGradient } from './edge-templates.ts';

/** Moves of the box's corners (top-left, top-right, bottom-right, bottom-left), x then y, in template pixels. */
export type CornerMoves = Float32Array;

/** Bilinear weights of the four box corners at each point (4 per point, same order as CornerMoves). */
export function cornerWeights(xs: Int16Array, ys: Int16Array, width: number, height: number): Float32Array {
  const out = new Float32Array(xs.length * 4);
  for (let q = 0; q < xs.length; q++) {
    const u = xs[q]! / Math.max(1, width - 1);
    const v = ys[q]! / Math.max(1, height - 1);
    out[q * 4] = (1 - u) * (1 - v);
    out[q * 4 + 1] = u * (1 - v);
    out[q * 4 + 2] = u * v;
    out[q * 4 + 3] = (1 - u) * v;
  }
  return out;
}

/** Where point q lands (rounded, in patch pixels) with the template's origin at (ox, oy) and corners moved by d. */
export function warpedAt(xs: Int16Array, ys: Int16Array, w: Float32Array, d: CornerMoves, q: number, ox: number, oy: number): [number, number] {
  const a = w[q * 4]!, b = w[q * 4 + 1]!, c = w[q * 4 + 2]!, e = w[q * 4 + 3]!;
  const x = ox + xs[q]! + a * d[0]! + b * d[2]! + c * d[4]! + e * d[6]!;
  const y = oy + ys[q]! + a * d[1]! + b * d[3]! + c * d[5]! + e * d[7]!;
  return [Math.round(x), Math.round(y)];
}

/**
 * Edge agreement (as edgeScore of edge-templates.ts) with the template's points moved by the corner
 * moves. The edge directions are not turned with the moves: corner moves of a tenth of the mark turn
 * an edge by a few degrees, which costs under 0.05 of cos 2x.
 */
export function warpedEdgeScore(g: PatchGradient, height: number, tpl: EdgeTemplate, w: Float32Array, d: CornerMoves, ox: number, oy: number): number {
  const n = tpl.dx.length;
  let sum = 0;
  for (let q = 0; q < n; q++) {
    const [x, y] = warpedAt(tpl.dx, tpl.dy, w, d, q, ox, oy);
    if (x < 1 || y < 1 || x >= g.width - 1 || y >= height - 1) continue;
    const p = 2 * (y * g.width + x);
    // a point with no edge is a zero vector (patchGradient): it adds nothing
    sum += positive(g.cs[p]! * tpl.c2[q]! + g.cs[p + 1]! * tpl.s2[q]!);
  }
  return n ? sum / n : 0;
}

/**
 * Coordinate ascent over the eight corner coordinates, each within +-limit template pixels: steps of
 * `steps[0]`, then the smaller ones, each while some move still helps. Returns the best score and moves.
 */
export function refineCorners(
  g: PatchGradient, height: number, tpl: EdgeTemplate, w: Float32Array, ox: number, oy: number, limit: number, steps: readonly number[],
): { score: number; moves: CornerMoves } {
  const d = new Float32Array(8);
  let best = warpedEdgeScore(g, height, tpl, w, d, ox, oy);
  for (const step of steps) {
    if (step > limit) continue;
    for (let round = 0; round < 4; round++) {
      let improved = false;
      for (let i = 0; i < 8; i++) {
        for (const sign of [1, -1]) {
          const old = d[i]!;
          const next = old + sign * step;
          if (Math.abs(next) > limit) continue;
          d[i] = next;
          const s = warpedEdgeScore(g, height, tpl, w, d, ox, oy);
          if (s > best + 1e-6) { best = s; improved = true; break; }
          d[i] = old;
        }
      }
      if (!improved) break;
    }
  }
  return { score: best, moves: d };
}
