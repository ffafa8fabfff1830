// The faster kernels of decision 0052 give the values of the plain forms they replaced, on pictures
// made here: gradients read through point offsets, the squared edge test, the branch-free floor,
// orientation bins without atan2, the planar response maps, the carrying samplers and the one-pass
// stacks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rng } from '../../eval/media/logo-eval-set.ts';
import {
  buildEdgeTemplate, EDGE_SQUARED, edgeBits, edgeScore, edgeScoreAt, MIN_CHROMA_EDGE, MIN_EDGE, orientationBin, orientationBinByAngle,
  patchGradient, pointOffsets, positive, responseMapsWithPlanes, type EdgeTemplate,
} from './edge-templates.ts';
import { integral, lumaChromaStack, rgbStack, samplePatch, sampleStack, stackPlanes, toChroma, toGrey, type GreyImage } from './image-ops.ts';
import type { DecodedImage } from './media-types.ts';
import type { ReferenceLogo } from './reference-logos.ts';

/** A w x h RGBA picture of smooth blobs and hard steps, so that it has edges of every direction and flat parts. */
function picture(w: number, h: number, seed: number): DecodedImage {
  const rand = rng(seed);
  const blobs = Array.from({ length: 6 }, () => ({ x: rand() * w, y: rand() * h, r: 4 + rand() * 14, c: [rand() * 255, rand() * 255, rand() * 255] }));
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 4;
      let c = [120 + 60 * Math.sin(x / 7), 90 + 40 * Math.cos(y / 5), 140];
      for (const b of blobs) if ((x - b.x) ** 2 + (y - b.y) ** 2 < b.r * b.r) c = b.c;
      for (let k = 0; k < 3; k++) data[o + k] = Math.max(0, Math.min(255, Math.round(c[k]! + (rand() - 0.5) * 20)));
      data[o + 3] = 255;
    }
  }
  return { width: w, height: h, data };
}

/** A small coloured mark (a ring and a bar) as a reference, for edge templates. */
function mark(): ReferenceLogo {
  const w = 40, h = 40;
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const d = Math.hypot(x - 20, y - 20);
      const on = (d > 10 && d < 17) || (Math.abs(y - 20) < 3 && x > 12 && x < 28);
      const o = (y * w + x) * 4;
      data.set(on ? [220, 40, 90, 255] : [0, 0, 0, 0], o);
    }
  }
  return { firmId: 'test', source: 'test', kind: 'icon', image: { width: w, height: h, data } };
}

/** The gradient and score as they were before decision 0052: magnitudes kept, a point under MIN_EDGE skipped, a test per point. */
function oldScore(patch: Float32Array, width: number, height: number, chroma: { cb: Float32Array; cr: Float32Array } | null, tpl: EdgeTemplate, ox: number, oy: number): number {
  const c2 = new Float32Array(width * height), s2 = new Float32Array(width * height), mag = new Float32Array(width * height);
  for (let y = 1; y < height - 1; y++) {
    for (let x = 1; x < width - 1; x++) {
      const p = y * width + x;
      const gx = patch[p + 1]! - patch[p - 1]!;
      const gy = patch[p + width]! - patch[p - width]!;
      const m = gx * gx + gy * gy;
      if (m < MIN_EDGE * MIN_EDGE && chroma) {
        const bx = chroma.cb[p + 1]! - chroma.cb[p - 1]!, by = chroma.cb[p + width]! - chroma.cb[p - width]!;
        const rx = chroma.cr[p + 1]! - chroma.cr[p - 1]!, ry = chroma.cr[p + width]! - chroma.cr[p - width]!;
        const jxx = bx * bx + rx * rx, jyy = by * by + ry * ry;
        const d = jxx - jyy, e = 2 * (bx * by + rx * ry), r = Math.sqrt(d * d + e * e);
        if (jxx + jyy >= MIN_CHROMA_EDGE ** 2 && (jxx + jyy + r) / 2 >= MIN_CHROMA_EDGE ** 2 && r !== 0) {
          mag[p] = MIN_EDGE; c2[p] = d / r; s2[p] = e / r;
          continue;
        }
      }
      mag[p] = Math.sqrt(m);
      if (m > 0) { c2[p] = (gx * gx - gy * gy) / m; s2[p] = (2 * gx * gy) / m; }
    }
  }
  let sum = 0;
  for (let q = 0; q < tpl.dx.length; q++) {
    const p = (oy + tpl.dy[q]!) * width + ox + tpl.dx[q]!;
    if (mag[p]! < MIN_EDGE) continue;
    const agree = c2[p]! * tpl.c2[q]! + s2[p]! * tpl.s2[q]!;
    if (agree > 0) sum += agree;
  }
  return tpl.dx.length ? sum / tpl.dx.length : 0;
}

describe('detector kernels (decision 0052)', () => {
  it('score a template on a masked gradient through point offsets exactly as on the old gradient, with and without colour edges', () => {
    const image = picture(90, 70, 3);
    const grey = toGrey(image);
    const [cb, cr] = toChroma(image);
    const tpl = buildEdgeTemplate(mark(), 20, 10);
    const pw = tpl.width + 8, ph = tpl.height + 8;
    let compared = 0;
    for (const [f, x0, y0] of [[1, 10, 12], [0.6, 3, 4], [1.7, 20, 15]] as const) {
      const lum = samplePatch(grey, integral(grey), f, x0, y0, pw, ph);
      const chroma = { cb: samplePatch(cb, integral(cb), f, x0, y0, pw, ph), cr: samplePatch(cr, integral(cr), f, x0, y0, pw, ph) };
      for (const withColour of [false, true]) {
        const g = patchGradient(lum, pw, ph, withColour ? chroma : undefined);
        const offs = pointOffsets(tpl, pw);
        for (let oy = 0; oy <= 8; oy += 2) {
          for (let ox = 0; ox <= 8; ox += 3) {
            const want = oldScore(lum, pw, ph, withColour ? chroma : null, tpl, ox, oy);
            assert.equal(edgeScore(g, tpl, ox, oy), want);
            assert.equal(edgeScoreAt(g.cs, offs, tpl, 2 * (oy * pw + ox)), want);
            compared++;
          }
        }
      }
    }
    assert.ok(compared > 50);
  });

  it('reuses a gradient array: borders and weak points are zero whatever it held', () => {
    const image = picture(40, 30, 5);
    const lum = toGrey(image).data;
    const used = new Float32Array(2 * 40 * 30).fill(7);
    const fresh = patchGradient(lum, 40, 30);
    const reused = patchGradient(lum, 40, 30, undefined, used);
    assert.equal(reused.cs, used);
    assert.deepEqual([...reused.cs], [...fresh.cs]);
  });

  it('tests an edge by its square as the single-precision root did', () => {
    assert.ok(Math.fround(Math.sqrt(EDGE_SQUARED)) >= MIN_EDGE);
    const below = new Float64Array([EDGE_SQUARED]);
    new BigInt64Array(below.buffer)[0]! -= 1n;
    assert.ok(Math.fround(Math.sqrt(below[0]!)) < MIN_EDGE);
    assert.ok(EDGE_SQUARED < MIN_EDGE * MIN_EDGE && EDGE_SQUARED > MIN_EDGE * MIN_EDGE - 0.01);
  });

  it('floors an agreement at 0 without a branch, to the same value', () => {
    for (const a of [0.75, 1e-300, 0, -0, -0.4, 1, 0.1 + 0.2]) assert.ok(Object.is(positive(a), a > 0 ? a : 0), `${a}`);
  });

  it('bins directions as atan2 does, near the bin boundaries too', () => {
    for (let k = 0; k < 8; k++) {
      const edge = ((k + 0.5) * Math.PI) / 4;
      for (const d of [-1e-6, -1e-12, -1e-15, 0, 1e-15, 1e-12, 1e-6, 0.2]) {
        const c = Math.cos(edge + d), s = Math.sin(edge + d);
        assert.equal(orientationBin(c, s), orientationBinByAngle(c, s), `boundary ${k}, ${d}`);
      }
    }
    const rand = rng(11);
    for (let i = 0; i < 20_000; i++) {
      const gx = Math.round((rand() - 0.5) * 200), gy = Math.round((rand() - 0.5) * 200);
      const m = gx * gx + gy * gy;
      if (m === 0) continue;
      const c = (gx * gx - gy * gy) / m, s = (2 * gx * gy) / m;
      assert.equal(orientationBin(c, s), orientationBinByAngle(c, s));
    }
    for (const [c, s] of [[1, 0], [-1, 0], [-1, -0], [0, 1], [0, -1], [-0, 1], [-0, -1]] as const) assert.equal(orientationBin(c, s), orientationBinByAngle(c, s));
  });

  it('keeps one response plane per bin: 4 in the pixel\'s own bin, 3 in its neighbours, 0 elsewhere', () => {
    const grey: GreyImage = toGrey(picture(50, 40, 7));
    const bits = edgeBits(grey);
    const { exact } = responseMapsWithPlanes(grey);
    const n = grey.width * grey.height;
    let edges = 0;
    for (let p = 0; p < n; p++) {
      const b = bits[p] ? 31 - Math.clz32(bits[p]!) : -1;
      if (b >= 0) edges++;
      for (let t = 0; t < 8; t++) {
        const want = b < 0 ? 0 : t === b ? 4 : t === (b + 1) % 8 || t === (b + 7) % 8 ? 3 : 0;
        assert.equal(exact[t * n + p], want);
      }
    }
    assert.ok(edges > 100);
  });

  it('samples a stack as samplePatch samples each plane, shrinking (box sums) and enlarging (bilinear)', () => {
    const image = picture(80, 60, 9);
    const grey = toGrey(image);
    const [cb, cr] = toChroma(image);
    const stack = lumaChromaStack(image, grey);
    const planes = [grey, cb, cr];
    for (const [f, x0, y0, pw, ph] of [[0.3, -4, 2.5, 30, 25], [0.55, 7.3, 1.1, 40, 30], [0.8, 3.7, 9.2, 50, 40], [1.9, 20.4, 11.6, 45, 35], [1, 0, 0, 80, 60]] as const) {
      const into = [0, 1, 2].map(() => new Float32Array(pw * ph));
      const got = sampleStack(stack, f, x0, y0, pw, ph, into);
      planes.forEach((plane, k) => assert.deepEqual([...got[k]!], [...samplePatch(plane, integral(plane), f, x0, y0, pw, ph)], `plane ${k} at ${f}`));
    }
  });

  it('builds the luminance-chroma and colour stacks in one pass with the values and sums of the plane-by-plane forms', () => {
    const image = picture(70, 50, 13);
    const grey = toGrey(image);
    const fused = lumaChromaStack(image, grey);
    const planes = stackPlanes(grey, ...toChroma(image));
    assert.deepEqual([...fused.data], [...planes.data]);
    assert.deepEqual([...fused.sat], [...planes.sat]);
    const rgb = rgbStack(image);
    const channel = (c: number): GreyImage => ({ width: 70, height: 50, data: Float32Array.from({ length: 70 * 50 }, (_, i) => image.data[i * 4 + c]!) });
    const byPlane = stackPlanes(channel(0), channel(1), channel(2));
    assert.deepEqual([...rgb.data], [...byPlane.data]);
    assert.deepEqual([...rgb.sat], [...byPlane.sat]);
  });
});

describe('reused picture arrays (decision 0052)', () => {
  it('give the values of fresh ones, whatever the earlier picture left in them', () => {
    const first = picture(60, 40, 21), second = picture(60, 40, 22);
    const g1 = toGrey(first);
    const s1 = integral(g1);
    const l1 = lumaChromaStack(first, g1);
    const c1 = rgbStack(first);
    const g2 = toGrey(second, g1);
    assert.equal(g2.data.buffer, g1.data.buffer);
    assert.deepEqual([...g2.data], [...toGrey(second).data]);
    assert.deepEqual([...integral(g2, s1)], [...integral(toGrey(second))]);
    assert.deepEqual([...lumaChromaStack(second, g2, l1).sat], [...lumaChromaStack(second, toGrey(second)).sat]);
    assert.deepEqual([...rgbStack(second, c1).data], [...rgbStack(second).data]);
    // a smaller picture (another width: the tables' first column moves) in the same memory, a larger in new memory
    const small = picture(37, 23, 23);
    const gs = toGrey(small, g2);
    assert.equal(gs.data.buffer, g2.data.buffer);
    assert.deepEqual([...gs.data], [...toGrey(small).data]);
    assert.deepEqual([...integral(gs, s1)], [...integral(toGrey(small))]);
    assert.deepEqual([...lumaChromaStack(small, gs, l1).sat], [...lumaChromaStack(small, toGrey(small)).sat]);
    assert.deepEqual([...rgbStack(small, c1).sat], [...rgbStack(small).sat]);
    assert.notEqual(toGrey(picture(90, 50, 24), g2).data.buffer, g2.data.buffer);
  });
});
