import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cornerWeights, refineCorners, warpedAt, warpedEdgeScore } from './corner-warp.ts';
import type { EdgeTemplate, PatchGradient } from './edge-templates.ts';

/** A long template (60 x 12) with edge points along its top and bottom rows, all horizontal edges. */
function template(): EdgeTemplate {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let x = 2; x < 58; x += 4) { xs.push(x, x); ys.push(2, 9); }
  const n = xs.length;
  return {
    rotation: 0, width: 60, height: 12, shortSide: 12,
    dx: Int16Array.from(xs), dy: Int16Array.from(ys),
    // a horizontal edge: gradient along y, doubled angle 180 degrees
    c2: new Float32Array(n).fill(-1), s2: new Float32Array(n),
    ix: new Int16Array(0), iy: new Int16Array(0), irgb: new Uint8Array(0), igroup: new Uint8Array(0), icore: new Uint8Array(0),
    egroup: new Int8Array(n).fill(-1), enx: new Float32Array(n), eny: new Float32Array(n),
  };
}

/** A patch whose horizontal edges lie where the template's points land under `moves`, with margin m. */
function patchFor(tpl: EdgeTemplate, moves: Float32Array, m: number): { g: PatchGradient; height: number } {
  const width = tpl.width + 2 * m;
  const height = tpl.height + 2 * m;
  const g = { width, cs: new Float32Array(2 * width * height) };
  const w = cornerWeights(tpl.dx, tpl.dy, tpl.width, tpl.height);
  for (let q = 0; q < tpl.dx.length; q++) {
    const [x, y] = warpedAt(tpl.dx, tpl.dy, w, moves, q, m, m);
    g.cs[2 * (y * width + x)] = -1;
  }
  return { g, height };
}

describe('corner moves', () => {
  it('bend a long template onto a mark whose right end is lower: the rigid score is low, the moved one full', () => {
    const tpl = template();
    // the right end 3 px lower (both right corners), as perspective does to a long name
    const truth = Float32Array.from([0, 0, 0, 3, 0, 3, 0, 0]);
    const { g, height } = patchFor(tpl, truth, 5);
    const w = cornerWeights(tpl.dx, tpl.dy, tpl.width, tpl.height);
    const rigid = warpedEdgeScore(g, height, tpl, w, new Float32Array(8), 5, 5);
    const r = refineCorners(g, height, tpl, w, 5, 5, 5, [4, 2, 1]);
    assert.ok(rigid < 0.7, `rigid ${rigid}`);
    assert.ok(r.score > 0.95, `moved ${r.score}`);
  });

  it('stay within the limit', () => {
    const tpl = template();
    const { g, height } = patchFor(tpl, Float32Array.from([0, 0, 0, 4, 0, 4, 0, 0]), 6);
    const w = cornerWeights(tpl.dx, tpl.dy, tpl.width, tpl.height);
    const r = refineCorners(g, height, tpl, w, 6, 6, 2, [4, 2, 1]);
    assert.ok([...r.moves].every((d) => Math.abs(d) <= 2), `moves ${[...r.moves]}`);
  });
});
