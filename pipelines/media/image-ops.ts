// Grey-level helpers of the logo detector: luminance, an integral image, and patch resampling that
// averages over each output pixel's footprint when shrinking (so small marks are not aliased away) and
// interpolates when enlarging.
import type { DecodedImage } from './media-types.ts';

export interface GreyImage {
  width: number;
  height: number;
  /** Luminance 0..255, row-major. */
  data: Float32Array;
}

/**
 * The picture's luminance. `reuse`, a GreyImage of an earlier picture that is no longer read, is
 * written over where its memory is large enough (as the detector does from one picture to the next of
 * a run: the large arrays of a picture are then not allocated anew, which the garbage collector felt,
 * decision 0052).
 */
export function toGrey(image: DecodedImage, reuse?: GreyImage): GreyImage {
  const { width, height, data } = image;
  if (data.length !== width * height * 4) {
    throw new Error(`DecodedImage: data has ${data.length} bytes, expected width*height*4 = ${width * height * 4}`);
  }
  const out = floats(reuse?.data, width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    out[i] = 0.299 * data[j]! + 0.587 * data[j + 1]! + 0.114 * data[j + 2]!;
  }
  return { width, height, data: out };
}

/**
 * The picture's chroma as two grey-level planes, JPEG's Cb and Cr (blue and red less luminance, in
 * grey levels): for colour edges where a mark differs from its background in colour only (decision 0051).
 * JPEG's own planes, so that what the encoder keeps of colour is what is read.
 */
export function toChroma(image: DecodedImage): [GreyImage, GreyImage] {
  const { width, height, data } = image;
  const cb = new Float32Array(width * height);
  const cr = new Float32Array(width * height);
  for (let i = 0, j = 0; i < cb.length; i++, j += 4) {
    const r = data[j]!, g = data[j + 1]!, b = data[j + 2]!;
    const y = 0.299 * r + 0.587 * g + 0.114 * b;
    cb[i] = 0.564 * (b - y);
    cr[i] = 0.713 * (r - y);
  }
  return [{ width, height, data: cb }, { width, height, data: cr }];
}

/** n values over the memory of `reuse` where that is large enough (its contents are the caller's to overwrite), else new. */
function floats(reuse: Float32Array | undefined, n: number): Float32Array {
  return reuse && reuse.buffer.byteLength >= n * 4 ? new Float32Array(reuse.buffer, 0, n) : new Float32Array(n);
}

function doubles(reuse: Float64Array | undefined, n: number): Float64Array {
  return reuse && reuse.buffer.byteLength >= n * 8 ? new Float64Array(reuse.buffer, 0, n) : new Float64Array(n);
}

/** A stack's table with its first row and first column (three values each) zero, as the sums need. */
function zeroEdges(sat: Float64Array, stride: number, height: number): Float64Array {
  sat.fill(0, 0, stride);
  for (let y = 1; y <= height; y++) sat.fill(0, y * stride, y * stride + 3);
  return sat;
}

/** (width+1) x (height+1) summed-area table; into `reuse`'s memory where that is large enough (as toGrey). */
export function integral(grey: GreyImage, reuse?: Float64Array): Float64Array {
  const { width, height, data } = grey;
  const stride = width + 1;
  const sat = doubles(reuse, stride * (height + 1));
  // the first row and column are zero (reused memory holds an earlier table)
  sat.fill(0, 0, stride);
  for (let y = 1; y <= height; y++) sat[y * stride] = 0;
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += data[y * width + x]!;
      sat[(y + 1) * stride + x + 1] = sat[y * stride + x + 1]! + row;
    }
  }
  return sat;
}

/**
 * Samples a pw x ph patch whose pixel (i, j) covers the source rectangle starting at
 * (x0 + i / f, y0 + j / f) of size 1/f. Pixels outside the image repeat the border.
 */
export function samplePatch(
  grey: GreyImage, sat: Float64Array, f: number, x0: number, y0: number, pw: number, ph: number,
): Float32Array {
  const { width, height, data } = grey;
  // the whole picture at its own size (a pyramid's first level): what the interpolation below gives
  if (f === 1 && x0 === 0 && y0 === 0 && pw === width && ph === height) return data.slice();
  const out = new Float32Array(pw * ph);
  const step = 1 / f;
  if (step >= 1.5) {
    const stride = width + 1;
    const [xa, xb] = boxColumns(x0, step, width, pw);
    for (let j = 0; j < ph; j++) {
      const ya = clamp(Math.round(y0 + j * step), 0, height - 1);
      const yb = clamp(Math.round(y0 + (j + 1) * step), ya + 1, height);
      const top = ya * stride;
      const bottom = yb * stride;
      // a box's right-edge table values are the next box's left-edge ones (as in sampleStack)
      let last = -1, tl = 0, bl = 0;
      for (let i = 0; i < pw; i++) {
        const a = xa[i]!, b = xb[i]!;
        if (a !== last) { tl = sat[top + a]!; bl = sat[bottom + a]!; }
        const tr = sat[top + b]!, br = sat[bottom + b]!;
        out[j * pw + i] = (br - tr - bl + tl) / ((yb - ya) * (b - a));
        last = b; tl = tr; bl = br;
      }
    }
    return out;
  }
  const xs = bilinearAxis(x0, step, pw, width);
  const ys = bilinearAxis(y0, step, ph, height);
  for (let j = 0; j < ph; j++) {
    const y1 = ys.lo[j]!, y2 = ys.hi[j]!, fy = ys.frac[j]!;
    const r1 = y1 * width, r2 = y2 * width;
    // the last output pixel's four source values carried (as in sampleStack)
    let lastLo = -1, lastHi = -1, l1 = 0, l2 = 0, h1 = 0, h2 = 0;
    for (let i = 0; i < pw; i++) {
      const x1 = xs.lo[i]!, x2 = xs.hi[i]!, fx = xs.frac[i]!;
      if (x1 !== lastLo || x2 !== lastHi) {
        if (x1 === lastHi) { l1 = h1; l2 = h2; } else { l1 = data[r1 + x1]!; l2 = data[r2 + x1]!; }
        h1 = data[r1 + x2]!;
        h2 = data[r2 + x2]!;
        lastLo = x1;
        lastHi = x2;
      }
      const top = l1 * (1 - fx) + h1 * fx;
      const bottom = l2 * (1 - fx) + h2 * fx;
      out[j * pw + i] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}

/**
 * Three planes of one picture (luminance, Cb, Cr) with their values and summed-area tables
 * interleaved: sampled together (sampleStack), each memory line of the tables is read once for all
 * three. The fine pass of colour edges reads them at thousands of places per picture (decision 0051).
 */
export interface PlaneStack { width: number; height: number; data: Float32Array; sat: Float64Array }

/** Three planes stacked (the plain form: the detector builds its stacks in one pass, lumaChromaStack and rgbStack). */
export function stackPlanes(a: GreyImage, b: GreyImage, c: GreyImage): PlaneStack {
  const { width, height } = a;
  const da = a.data, db = b.data, dc = c.data;
  const data = new Float32Array(width * height * 3);
  const stride = (width + 1) * 3;
  const sat = new Float64Array(stride * (height + 1));
  for (let y = 0; y < height; y++) {
    // the same sums in the same order as integral(), plane by plane
    let ra = 0, rb = 0, rc = 0;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      data[i * 3] = da[i]!;
      data[i * 3 + 1] = db[i]!;
      data[i * 3 + 2] = dc[i]!;
      ra += da[i]!;
      rb += db[i]!;
      rc += dc[i]!;
      const o = (y + 1) * stride + (x + 1) * 3;
      const u = o - stride;
      sat[o] = sat[u]! + ra;
      sat[o + 1] = sat[u + 1]! + rb;
      sat[o + 2] = sat[u + 2]! + rc;
    }
  }
  return { width, height, data, sat };
}

/**
 * stackPlanes(grey, ...toChroma(image)) in one pass over the picture, without the two chroma planes
 * on their own (decision 0052): the same values and sums (checked against those in the tests). Into
 * `reuse`'s memory when that is a stack no longer read (as toGrey).
 */
export function lumaChromaStack(image: DecodedImage, grey: GreyImage, reuse?: PlaneStack): PlaneStack {
  const { width, height, data: rgba } = image;
  const lum = grey.data;
  const data = floats(reuse?.data, width * height * 3);
  const stride = (width + 1) * 3;
  const sat = zeroEdges(doubles(reuse?.sat, stride * (height + 1)), stride, height);
  for (let y = 0; y < height; y++) {
    let ra = 0, rb = 0, rc = 0;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const r = rgba[i * 4]!, g = rgba[i * 4 + 1]!, b = rgba[i * 4 + 2]!;
      const l = 0.299 * r + 0.587 * g + 0.114 * b;
      const d = i * 3;
      data[d] = lum[i]!;
      data[d + 1] = 0.564 * (b - l);
      data[d + 2] = 0.713 * (r - l);
      // the sums of the values as kept (single precision), as stackPlanes adds them
      ra += data[d]!;
      rb += data[d + 1]!;
      rc += data[d + 2]!;
      const o = (y + 1) * stride + (x + 1) * 3;
      const u = o - stride;
      sat[o] = sat[u]! + ra;
      sat[o + 1] = sat[u + 1]! + rb;
      sat[o + 2] = sat[u + 2]! + rc;
    }
  }
  return { width, height, data, sat };
}

/**
 * The picture's red, green and blue as a PlaneStack (the colour check's planes), read in one pass over
 * the RGBA bytes: the same values and sums as three planes built one by one (they are whole numbers,
 * so their sums are exact in any order), with a third of the passes (decision 0052). Into `reuse`'s
 * memory when that is a stack no longer read (as toGrey).
 */
export function rgbStack(image: DecodedImage, reuse?: PlaneStack): PlaneStack {
  const { width, height, data: rgba } = image;
  const data = floats(reuse?.data, width * height * 3);
  const stride = (width + 1) * 3;
  const sat = zeroEdges(doubles(reuse?.sat, stride * (height + 1)), stride, height);
  for (let y = 0; y < height; y++) {
    let ra = 0, rb = 0, rc = 0;
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const r = rgba[i * 4]!, g = rgba[i * 4 + 1]!, b = rgba[i * 4 + 2]!;
      data[i * 3] = r;
      data[i * 3 + 1] = g;
      data[i * 3 + 2] = b;
      ra += r;
      rb += g;
      rc += b;
      const o = (y + 1) * stride + (x + 1) * 3;
      const u = o - stride;
      sat[o] = sat[u]! + ra;
      sat[o + 1] = sat[u + 1]! + rb;
      sat[o + 2] = sat[u + 2]! + rc;
    }
  }
  return { width, height, data, sat };
}

/**
 * For each of `n` output pixels along one axis, sampled every `step` source pixels from `origin`: the two source
 * pixels the bilinear interpolation reads (border repeated) and the weight of the second. Worked out once per axis,
 * not once per output pixel.
 */
function bilinearAxis(origin: number, step: number, n: number, size: number): { lo: Int32Array; hi: Int32Array; frac: Float64Array } {
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  const frac = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = clamp(origin + (i + 0.5) * step - 0.5, 0, size - 1);
    const a = Math.floor(s);
    lo[i] = a;
    hi[i] = Math.min(a + 1, size - 1);
    frac[i] = s - a;
  }
  return { lo, hi, frac };
}

/** The first and past-the-end source columns of each of `pw` output columns, boxes of `step` pixels from `x0`. */
function boxColumns(x0: number, step: number, width: number, pw: number): [Int32Array, Int32Array] {
  const xa = new Int32Array(pw);
  const xb = new Int32Array(pw);
  for (let i = 0; i < pw; i++) {
    let a = clamp(Math.round(x0 + i * step), 0, width);
    let b = clamp(Math.round(x0 + (i + 1) * step), 0, width);
    if (a >= width) a = width - 1;
    if (b <= a) b = a + 1;
    xa[i] = a;
    xb[i] = b;
  }
  return [xa, xb];
}

/** samplePatch of the three planes of a stack, into `into` (three arrays of at least pw * ph); the same values. */
export function sampleStack(stack: PlaneStack, f: number, x0: number, y0: number, pw: number, ph: number, into: readonly Float32Array[]): readonly Float32Array[] {
  const { width, height, data, sat } = stack;
  const oa = into[0]!, ob = into[1]!, oc = into[2]!;
  if (f === 1 && x0 === 0 && y0 === 0 && pw === width && ph === height) {
    // the whole picture at its own size (a pyramid's first level): the interpolation below gives the
    // values themselves (weights 1 and 0), as samplePatch's copy does
    for (let p = 0, d = 0; p < pw * ph; p++, d += 3) { oa[p] = data[d]!; ob[p] = data[d + 1]!; oc[p] = data[d + 2]!; }
    return into;
  }
  const step = 1 / f;
  if (step >= 1.5) {
    const stride = (width + 1) * 3;
    const [xa, xb] = boxColumns(x0, step, width, pw);
    for (let j = 0; j < ph; j++) {
      const ya = clamp(Math.round(y0 + j * step), 0, height - 1);
      const yb = clamp(Math.round(y0 + (j + 1) * step), ya + 1, height);
      const top = ya * stride;
      const bottom = yb * stride;
      // a box's right edge is mostly the next box's left edge: its four table values are carried
      // over rather than read again (the same values, half the reads)
      let last = -1;
      let ta = 0, tb = 0, tc = 0, ba = 0, bb = 0, bc = 0;
      for (let i = 0; i < pw; i++) {
        const a = xa[i]!, b = xb[i]!;
        const area = (yb - ya) * (b - a);
        if (a !== last) {
          const i10 = bottom + a * 3, i00 = top + a * 3;
          ta = sat[i00]!; tb = sat[i00 + 1]!; tc = sat[i00 + 2]!;
          ba = sat[i10]!; bb = sat[i10 + 1]!; bc = sat[i10 + 2]!;
        }
        const i11 = bottom + b * 3, i01 = top + b * 3;
        const ra = sat[i01]!, rb = sat[i01 + 1]!, rc = sat[i01 + 2]!;
        const qa = sat[i11]!, qb = sat[i11 + 1]!, qc = sat[i11 + 2]!;
        const o = j * pw + i;
        oa[o] = (qa - ra - ba + ta) / area;
        ob[o] = (qb - rb - bb + tb) / area;
        oc[o] = (qc - rc - bc + tc) / area;
        last = b;
        ta = ra; tb = rb; tc = rc;
        ba = qa; bb = qb; bc = qc;
      }
    }
    return into;
  }
  const xs = bilinearAxis(x0, step, pw, width);
  const ys = bilinearAxis(y0, step, ph, height);
  for (let j = 0; j < ph; j++) {
    const y1 = ys.lo[j]!, y2 = ys.hi[j]!, fy = ys.frac[j]!;
    const r1 = y1 * width * 3, r2 = y2 * width * 3;
    // the four source pixels of the last output pixel, per plane (l: left column, r: right; 1: top
    // row, 2: bottom): enlarging, neighbours read the same ones, and stepping on by a column the right
    // ones become the left ones, so they are carried rather than read again (the same values)
    let lastLo = -1, lastHi = -1;
    let l1a = 0, l1b = 0, l1c = 0, l2a = 0, l2b = 0, l2c = 0, h1a = 0, h1b = 0, h1c = 0, h2a = 0, h2b = 0, h2c = 0;
    for (let i = 0; i < pw; i++) {
      const x1 = xs.lo[i]!, x2 = xs.hi[i]!, fx = xs.frac[i]!;
      if (x1 !== lastLo || x2 !== lastHi) {
        if (x1 === lastHi) {
          l1a = h1a; l1b = h1b; l1c = h1c; l2a = h2a; l2b = h2b; l2c = h2c;
        } else {
          const p11 = r1 + x1 * 3, p21 = r2 + x1 * 3;
          l1a = data[p11]!; l1b = data[p11 + 1]!; l1c = data[p11 + 2]!;
          l2a = data[p21]!; l2b = data[p21 + 1]!; l2c = data[p21 + 2]!;
        }
        const p12 = r1 + x2 * 3, p22 = r2 + x2 * 3;
        h1a = data[p12]!; h1b = data[p12 + 1]!; h1c = data[p12 + 2]!;
        h2a = data[p22]!; h2b = data[p22 + 1]!; h2c = data[p22 + 2]!;
        lastLo = x1;
        lastHi = x2;
      }
      const o = j * pw + i;
      oa[o] = (l1a * (1 - fx) + h1a * fx) * (1 - fy) + (l2a * (1 - fx) + h2a * fx) * fy;
      ob[o] = (l1b * (1 - fx) + h1b * fx) * (1 - fy) + (l2b * (1 - fx) + h2b * fx) * fy;
      oc[o] = (l1c * (1 - fx) + h1c * fx) * (1 - fy) + (l2c * (1 - fx) + h2c * fx) * fy;
    }
  }
  return into;
}

export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
