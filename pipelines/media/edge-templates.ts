// Edge templates of the logo detector (decision 0034): the directions of a mark's edges at a few dozen
// points, compared with the image's gradient directions. Unlike grey-level NCC this needs no guess about
// what is behind the mark (holes and the ring show the background, which on a busy picture is anything),
// and an edge's direction modulo 180 degrees is the same whether the mark is lighter or darker than its
// surroundings or the picture is inverted (dark mode). Where brightness is flat, a picture's colour edges
// (chroma, decision 0051) can stand in, in the response maps and in a patch's gradient.
import type { GreyImage } from './image-ops.ts';
import type { ReferenceLogo } from './reference-logos.ts';

export interface EdgeTemplate {
  rotation: number;
  /** Box of the (rotated) mark plus a margin of one pixel, in template pixels. */
  width: number;
  height: number;
  shortSide: number;
  /** Points on the mark's edges, in template pixels (at least 1 from the border). */
  dx: Int16Array;
  dy: Int16Array;
  /** cos and sin of twice the edge's gradient angle: the sign of the gradient does not matter. */
  c2: Float32Array;
  s2: Float32Array;
  /** Points inside the mark (opaque), for the colour check. */
  ix: Int16Array;
  iy: Int16Array;
  /** The mark's own colour at each inside point (r, g, b interleaved), for the per-point colour check. */
  irgb: Uint8Array;
  /** Colour group of each inside point (points within COLOUR_GROUP of a group's first colour), for the check per colour. */
  igroup: Uint8Array;
  /**
   * Inside points at a stroke's core: at least as far from the nearest pixel of another colour (or
   * outside the mark) as half of their colour group's points (1), or not (0). The colour check reads
   * these (decision 0057): at a blended border the picture shows a mix of the part and its neighbour.
   */
  icore: Uint8Array;
  /**
   * Per edge point on the mark's outline (opaque on one side, transparent on the other): the colour
   * group of its opaque side; -1 for edges inside the mark (between its colours). A part whose colour
   * the background shares has no outline in the picture (swallowed parts, decision 0056).
   */
  egroup: Int8Array;
  /** Outward unit normal of each outline point (0, 0 inside the mark), in template pixels. */
  enx: Float32Array;
  eny: Float32Array;
}

/** Distance (RGB, 0..441) within which inside points share a colour group. */
const COLOUR_GROUP = 80;

const SUPERSAMPLE = 4;
/** Edge points kept per template: more costs time, fewer lets clutter pass. */
const MAX_POINTS = 96;
/** A template point is an edge where its gradient is at least this share of the strongest. */
const EDGE_SHARE = 0.3;

/**
 * Renders the mark at `shortSide` px, rotated, on black and on white; edges are where either has one.
 * With `ground` (r, g, b), the mark is rendered on that colour only: its edges as they show on a
 * background of that colour (a part of that colour has no outline there; decision 0056).
 */
export function buildEdgeTemplate(ref: ReferenceLogo, shortSide: number, rotation: number, maxPoints = MAX_POINTS, ground?: readonly number[]): EdgeTemplate {
  const { width: W, height: H, data } = ref.image;
  const k = shortSide / Math.min(W, H);
  const w = W * k;
  const h = H * k;
  const rad = (rotation * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const tw = Math.ceil(Math.abs(w * cos) + Math.abs(h * sin)) + 4;
  const th = Math.ceil(Math.abs(w * sin) + Math.abs(h * cos)) + 4;
  const onBlack = new Float32Array(tw * th);
  const alpha = new Float32Array(tw * th);
  const rgb = [new Float32Array(tw * th), new Float32Array(tw * th), new Float32Array(tw * th)] as const;
  const onWhite = new Float32Array(tw * th);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let j = 0; j < th; j++) {
    for (let i = 0; i < tw; i++) {
      let b = 0;
      let wh = 0;
      for (let sj = 0; sj < SUPERSAMPLE; sj++) {
        for (let si = 0; si < SUPERSAMPLE; si++) {
          const px = i + (si + 0.5) / SUPERSAMPLE - tw / 2;
          const py = j + (sj + 0.5) / SUPERSAMPLE - th / 2;
          const u = (px * cos + py * sin) / k + W / 2;
          const v = (-px * sin + py * cos) / k + H / 2;
          const x = Math.floor(u);
          const y = Math.floor(v);
          if (x < 0 || y < 0 || x >= W || y >= H) { wh += 255; continue; }
          const o = (y * W + x) * 4;
          const a = data[o + 3]! / 255;
          const lum = 0.299 * data[o]! + 0.587 * data[o + 1]! + 0.114 * data[o + 2]!;
          b += a * lum;
          wh += a * lum + (1 - a) * 255;
          alpha[j * tw + i]! += a / n;
          for (let c = 0; c < 3; c++) rgb[c]![j * tw + i]! += (a * data[o + c]!) / n;
        }
      }
      onBlack[j * tw + i] = b / n;
      onWhite[j * tw + i] = wh / n;
      if (ground) {
        // on a ground of one colour (a part's own, decision 0056): that part's outline is gone
        const p = j * tw + i;
        const a = alpha[p]!;
        const lum = 0.299 * (rgb[0]![p]! + (1 - a) * ground[0]!) + 0.587 * (rgb[1]![p]! + (1 - a) * ground[1]!) + 0.114 * (rgb[2]![p]! + (1 - a) * ground[2]!);
        onBlack[p] = lum;
        onWhite[p] = lum;
      }
    }
  }
  const mag = new Float32Array(tw * th);
  const gxs = new Float32Array(tw * th);
  const gys = new Float32Array(tw * th);
  let strongest = 0;
  for (let y = 1; y < th - 1; y++) {
    for (let x = 1; x < tw - 1; x++) {
      const p = y * tw + x;
      let best = 0;
      for (const img of [onBlack, onWhite]) {
        const gx = img[p + 1]! - img[p - 1]!;
        const gy = img[p + tw]! - img[p - tw]!;
        const m = gx * gx + gy * gy;
        if (m > best) { best = m; gxs[p] = gx; gys[p] = gy; }
      }
      mag[p] = Math.sqrt(best);
      if (mag[p]! > strongest) strongest = mag[p]!;
    }
  }
  let idx: number[] = [];
  // on one ground a part of that colour leaves rounding dust, not edges: nothing under a picture's edge floor
  const weakest = ground ? Math.max(EDGE_SHARE * strongest, MIN_EDGE) : EDGE_SHARE * strongest;
  for (let p = 0; p < mag.length; p++) if (mag[p]! >= weakest && strongest > 0) idx.push(p);
  if (idx.length > maxPoints) {
    // evenly spread over the edge pixels, so that every part of the outline has a say
    const step = idx.length / maxPoints;
    idx = Array.from({ length: maxPoints }, (_, q) => idx[Math.floor(q * step)]!);
  }
  const dx = Int16Array.from(idx, (p) => p % tw);
  const dy = Int16Array.from(idx, (p) => Math.floor(p / tw));
  const c2 = Float32Array.from(idx, (p) => doubled(gxs[p]!, gys[p]!)[0]);
  const s2 = Float32Array.from(idx, (p) => doubled(gxs[p]!, gys[p]!)[1]);
  let inner: number[] = [];
  for (let p = 0; p < alpha.length; p++) {
    if (alpha[p]! < 0.9) continue;
    inner.push(p);
  }
  if (inner.length > maxPoints) {
    const step = inner.length / maxPoints;
    inner = Array.from({ length: maxPoints }, (_, q) => inner[Math.floor(q * step)]!);
  }
  const irgb = new Uint8Array(inner.length * 3);
  inner.forEach((p, q) => { for (let c = 0; c < 3; c++) irgb[q * 3 + c] = Math.round(rgb[c]![p]! / alpha[p]!); });
  const igroup = colourGroups(irgb);
  const ix = Int16Array.from(inner, (p) => p % tw);
  const iy = Int16Array.from(inner, (p) => Math.floor(p / tw));
  const outline = outlineOf(idx, alpha, rgb, tw, th, irgb, igroup);
  const icore = coreOf(inner.map((p, q) => depthOf(p, irgb, q, alpha, rgb, tw, th)), igroup);
  return { rotation, width: tw, height: th, shortSide, dx, dy, c2, s2, ix, iy, irgb, igroup, icore, ...outline };
}

/** How far (template pixels) a stroke's depth is measured: deeper points are all core. */
const DEPTH_REACH = 5;
/** Colour distance (RGB) from the point's own colour at which a pixel is another part. */
const OTHER_PART = COLOUR_GROUP / 2;

/**
 * Distance (template pixels, at most DEPTH_REACH) from inside point `p` to the nearest pixel that is
 * not of its part: outside the mark (alpha under a half), off the template, or of another colour.
 */
function depthOf(p: number, irgb: Uint8Array, q: number, alpha: Float32Array, rgb: readonly Float32Array[], tw: number, th: number): number {
  const x = p % tw;
  const y = Math.floor(p / tw);
  let best = DEPTH_REACH;
  for (let oy = -DEPTH_REACH; oy <= DEPTH_REACH; oy++) {
    for (let ox = -DEPTH_REACH; ox <= DEPTH_REACH; ox++) {
      const d = Math.hypot(ox, oy);
      if (d >= best) continue;
      const xx = x + ox;
      const yy = y + oy;
      if (xx < 0 || yy < 0 || xx >= tw || yy >= th) { best = d; continue; }
      const o = yy * tw + xx;
      const a = alpha[o]!;
      if (a < 0.5) { best = d; continue; }
      const dist = Math.hypot(rgb[0]![o]! / a - irgb[q * 3]!, rgb[1]![o]! / a - irgb[q * 3 + 1]!, rgb[2]![o]! / a - irgb[q * 3 + 2]!);
      if (dist > OTHER_PART) best = d;
    }
  }
  return best;
}

/**
 * 1 for the points at least as deep as their colour group's median depth: the deeper half, ties in.
 * A thin stroke's points are mostly at the same one or two pixels from its border, and then all of
 * them are its core: a sharper rule (only points deeper than the median) took more clutter than marks
 * on seed 7 (decision 0057).
 */
function coreOf(depth: number[], igroup: Uint8Array): Uint8Array {
  const byGroup = new Map<number, number[]>();
  depth.forEach((d, q) => {
    const g = igroup[q]!;
    byGroup.set(g, [...(byGroup.get(g) ?? []), d]);
  });
  const median = new Map<number, number>();
  for (const [g, ds] of byGroup) median.set(g, [...ds].sort((a, b) => a - b)[Math.floor((ds.length - 1) / 2)]!);
  return Uint8Array.from(depth, (d, q) => (d >= median.get(igroup[q]!)! ? 1 : 0));
}

/** Alpha step (over 2 px) from which an edge point lies on the mark's outline. */
const OUTLINE_ALPHA = 0.25;

/**
 * For each edge point: whether it lies on the outline (alpha changes across it), its outward normal,
 * and the colour group of the opaque side (the group of the inside point whose colour is nearest to
 * the colour read a pixel or two inwards).
 */
function outlineOf(idx: number[], alpha: Float32Array, rgb: readonly Float32Array[], tw: number, th: number, irgb: Uint8Array, igroup: Uint8Array): { egroup: Int8Array; enx: Float32Array; eny: Float32Array } {
  const n = idx.length;
  const egroup = new Int8Array(n).fill(-1);
  const enx = new Float32Array(n);
  const eny = new Float32Array(n);
  for (let q = 0; q < n; q++) {
    const p = idx[q]!;
    const x = p % tw, y = Math.floor(p / tw);
    const ax = alpha[p + 1]! - alpha[p - 1]!;
    const ay = alpha[p + tw]! - alpha[p - tw]!;
    const m = Math.hypot(ax, ay);
    if (m < OUTLINE_ALPHA || igroup.length === 0) continue;
    enx[q] = -ax / m;
    eny[q] = -ay / m;
    // the opaque side's colour, a pixel or two inwards
    let at = -1;
    for (const step of [1, 2, 3]) {
      const sx = Math.round(x - enx[q]! * step), sy = Math.round(y - eny[q]! * step);
      if (sx < 0 || sy < 0 || sx >= tw || sy >= th) break;
      if (alpha[sy * tw + sx]! >= 0.5) { at = sy * tw + sx; break; }
    }
    if (at < 0) { enx[q] = 0; eny[q] = 0; continue; }
    const a = alpha[at]!;
    const r = rgb[0]![at]! / a, g = rgb[1]![at]! / a, b = rgb[2]![at]! / a;
    let best = Infinity;
    for (let k = 0; k < igroup.length; k++) {
      const d = (irgb[k * 3]! - r) ** 2 + (irgb[k * 3 + 1]! - g) ** 2 + (irgb[k * 3 + 2]! - b) ** 2;
      if (d < best) { best = d; egroup[q] = igroup[k]!; }
    }
  }
  return { egroup, enx, eny };
}

/** Greedy colour groups: each point joins the first group whose first colour is within COLOUR_GROUP, else starts one. */
function colourGroups(irgb: Uint8Array): Uint8Array {
  const n = irgb.length / 3;
  const heads: number[] = [];
  const out = new Uint8Array(n);
  for (let q = 0; q < n; q++) {
    let g = heads.findIndex((h) => Math.hypot(irgb[h * 3]! - irgb[q * 3]!, irgb[h * 3 + 1]! - irgb[q * 3 + 1]!, irgb[h * 3 + 2]! - irgb[q * 3 + 2]!) <= COLOUR_GROUP);
    if (g < 0 && heads.length < 255) { heads.push(q); g = heads.length - 1; }
    out[q] = Math.max(0, g);
  }
  return out;
}

function doubled(gx: number, gy: number): [number, number] {
  const m = gx * gx + gy * gy || 1;
  return [(gx * gx - gy * gy) / m, (2 * gx * gy) / m];
}

/**
 * Gradient of a patch (central differences) as the doubled-angle unit vector of each point, cos and
 * sin interleaved (`cs[2p]`, `cs[2p + 1]`), and zero where the point is no edge (its step under
 * MIN_EDGE): a score then needs no test of the magnitude, since a zero vector agrees with nothing,
 * and reads one memory place per point instead of three (decision 0052).
 */
export interface PatchGradient { width: number; cs: Float32Array }

/**
 * Gradient of a patch; with `chroma` (the patch's Cb and Cr, decision 0051), a point whose brightness
 * step is under MIN_EDGE takes the colour edge there if that is at least MIN_CHROMA_EDGE. Written into
 * `into` when that is long enough (the fine pass reuses one array: its gradients are read once).
 */
export function patchGradient(patch: Float32Array, width: number, height: number, chroma?: ChromaPatch, into?: Float32Array): PatchGradient {
  const n = 2 * width * height;
  const cs = into && into.length >= n ? into : new Float32Array(n);
  // the border has no central difference: no edge
  cs.fill(0, 0, 2 * width);
  cs.fill(0, n - 2 * width, n);
  const flat = MIN_EDGE * MIN_EDGE;
  for (let y = 1; y < height - 1; y++) {
    const row = y * width;
    cs[2 * row] = 0; cs[2 * row + 1] = 0;
    cs[2 * (row + width - 1)] = 0; cs[2 * (row + width - 1) + 1] = 0;
    for (let x = 1; x < width - 1; x++) {
      const p = row + x;
      const gx = patch[p + 1]! - patch[p - 1]!;
      const gy = patch[p + width]! - patch[p - width]!;
      const m = gx * gx + gy * gy;
      if (m < flat && chroma && colourEdge(chroma.cb, chroma.cr, p, width)) {
        cs[2 * p] = edgeOut[0]!;
        cs[2 * p + 1] = edgeOut[1]!;
        continue;
      }
      if (m >= EDGE_SQUARED) {
        cs[2 * p] = (gx * gx - gy * gy) / m;
        cs[2 * p + 1] = (2 * gx * gy) / m;
      } else {
        cs[2 * p] = 0;
        cs[2 * p + 1] = 0;
      }
    }
  }
  return { width, cs };
}

/** A patch's two chroma planes (Cb, Cr), sampled like its luminance. */
export interface ChromaPatch { cb: Float32Array; cr: Float32Array }

/**
 * Strength (Di Zenzo's, over Cb and Cr, central differences) from which a point with no brightness
 * edge has a colour edge (decision 0051). JPEG keeps chroma at half resolution and in coarser steps,
 * so its blocks leave small chroma steps everywhere: this is set above them.
 */
export const MIN_CHROMA_EDGE = 24;

/** Doubled-angle direction of the last colour edge found by colourEdge (no allocation per point). */
const edgeOut = new Float32Array(2);

/**
 * Whether the chroma at p has an edge of at least MIN_CHROMA_EDGE; if so its direction (doubled angle,
 * the dominant one of the two planes' structure tensor: the sign of the step does not matter, as for
 * brightness) is left in edgeOut.
 */
function colourEdge(cb: Float32Array, cr: Float32Array, p: number, w: number): boolean {
  const bx = cb[p + 1]! - cb[p - 1]!;
  const by = cb[p + w]! - cb[p - w]!;
  const rx = cr[p + 1]! - cr[p - 1]!;
  const ry = cr[p + w]! - cr[p - w]!;
  const jxx = bx * bx + rx * rx;
  const jyy = by * by + ry * ry;
  // the larger eigenvalue is at most the trace: most points end here, before the square root
  if (jxx + jyy < MIN_CHROMA_EDGE * MIN_CHROMA_EDGE) return false;
  const d = jxx - jyy;
  const e = 2 * (bx * by + rx * ry);
  const r = Math.sqrt(d * d + e * e);
  if ((jxx + jyy + r) / 2 < MIN_CHROMA_EDGE * MIN_CHROMA_EDGE || r === 0) return false;
  edgeOut[0] = d / r;
  edgeOut[1] = e / r;
  return true;
}

/** Central-difference step under which an image point counts as no edge (grey levels over 2 px). */
export const MIN_EDGE = 16;

/**
 * The least squared step whose magnitude, kept in single precision as patch gradients once kept it,
 * is at least MIN_EDGE: a hair under MIN_EDGE squared, since such a square root rounds up to it. Comparing
 * the square with it decides as `Math.fround(Math.sqrt(m)) >= MIN_EDGE` did, without the root (both
 * are monotone in m); found by bisection over the doubles below MIN_EDGE squared.
 */
export const EDGE_SQUARED = leastSquareReaching(MIN_EDGE);

function leastSquareReaching(edge: number): number {
  const reaches = (m: number): boolean => Math.fround(Math.sqrt(m)) >= edge;
  // doubles of one sign are ordered as their bit patterns: bisect on those
  const bits = new BigInt64Array(1);
  const value = new Float64Array(bits.buffer);
  value[0] = (edge - 1) * (edge - 1);
  let lo = bits[0]!;
  value[0] = edge * edge;
  let hi = bits[0]!;
  // reaches(hi), not reaches(lo)
  while (hi - lo > 1n) {
    bits[0] = (lo + hi) / 2n;
    if (reaches(value[0]!)) hi = bits[0]!;
    else lo = bits[0]!;
  }
  bits[0] = hi;
  return value[0]!;
}

/**
 * Mean agreement of edge directions with the template placed at (ox, oy) of the patch: cos of twice the
 * angle between them, floored at 0, and 0 where the image has no edge. Clutter averages about 0.2-0.3
 * (directions agree by chance); the mark itself 0.7-0.95.
 */
export function edgeScore(g: PatchGradient, tpl: EdgeTemplate, ox: number, oy: number): number {
  return edgeScoreAt(g.cs, pointOffsets(tpl, g.width), tpl, 2 * (oy * g.width + ox));
}

/** edgeScore with the template's offsets on the gradient (pointOffsets) and the place's offset `base` (2 * pixel) given. */
export function edgeScoreAt(cs: Float32Array, offs: Int32Array, tpl: EdgeTemplate, base: number): number {
  // twice the sum of the positive agreements, without a branch per point (positive(), below)
  let twice = 0;
  const n = offs.length;
  const tc = tpl.c2, ts = tpl.s2;
  for (let q = 0; q < n; q++) {
    const p = base + offs[q]!;
    const agree = cs[p]! * tc[q]! + cs[p + 1]! * ts[q]!;
    twice += agree + Math.abs(agree);
  }
  return n ? (twice * 0.5) / n : 0;
}

/**
 * An agreement floored at 0, without a branch: whether a point agrees is a coin toss on clutter, so a
 * test per point was mostly mispredicted (decision 0052: the fine score 1.5x faster). Exactly the
 * same value: a + |a| is 2a or 0, and halving is exact; likewise a sum of doubled terms halved at the
 * end equals the sum of the terms, rounding included (scaling by 2 commutes with rounding).
 */
export function positive(agree: number): number {
  return (agree + Math.abs(agree)) * 0.5;
}

const offsetCache = new WeakMap<EdgeTemplate, Map<number, Int32Array>>();

/**
 * Where each edge point of a template lies in a gradient `width` wide (offsets into its `cs`, from the
 * template's origin), worked out once per template and width: the fine pass places a template at
 * dozens of shifts on patches of one width.
 */
export function pointOffsets(tpl: EdgeTemplate, width: number): Int32Array {
  let byWidth = offsetCache.get(tpl);
  if (!byWidth) { byWidth = new Map(); offsetCache.set(tpl, byWidth); }
  let offs = byWidth.get(width);
  if (!offs) {
    offs = Int32Array.from(tpl.dx, (x, q) => 2 * (tpl.dy[q]! * width + x));
    byWidth.set(width, offs);
  }
  return offs;
}

/** Edge direction modulo 180 degrees in 8 bins of 22.5 degrees (from the doubled-angle vector). */
export function orientationBin(c2: number, s2: number): number {
  // The bin from comparisons with tan(pi/8) and the signs, without atan2 (the pyramid's edges ask for
  // millions a picture, decision 0052). Where the vector lies within a hair of a boundary between
  // bins, far wider than either way's rounding, the atan2 formula decides, so the bin is always the
  // one it gives.
  const ax = Math.abs(c2), ay = Math.abs(s2);
  const low = ay - ax * TAN_PI_8, high = ax - ay * TAN_PI_8;
  const hair = BIN_HAIR * (ax + ay);
  if (Math.abs(low) < hair || Math.abs(high) < hair) return orientationBinByAngle(c2, s2);
  // within an axis's bin, or on a diagonal, measured from the nearer axis
  const fold = low < 0 ? 0 : high < 0 ? 2 : 1;
  if (c2 >= 0) return s2 >= 0 ? fold : (8 - fold) % 8;
  return s2 >= 0 ? 4 - fold : 4 + fold;
}

const TAN_PI_8 = Math.SQRT2 - 1;
/** Relative distance from a bin boundary under which orientationBin asks atan2 (rounding is ~1e-15). */
const BIN_HAIR = 1e-9;

/** orientationBin by the angle itself: the definition. */
export function orientationBinByAngle(c2: number, s2: number): number {
  return ((Math.round(Math.atan2(s2, c2) / (Math.PI / 4)) % 8) + 8) % 8;
}

/** Agreement of two bins, 0..4: same 4, neighbours 3 (cos 45 degrees of the doubled angle), else 0. */
const BIN_SIMILARITY = [4, 3, 0, 0, 0, 0, 0, 3];

/**
 * Response maps of one pyramid level for the coarse search (after LINE-MOD): for each template bin a
 * map says how well the image's edge at each pixel agrees with it (byte bin * pixels + pixel: one
 * plane per bin). Scoring a template at a position is then one lookup per template point, shared by
 * every mark.
 */
export function responseMaps(grey: GreyImage): Uint8Array {
  return responseMapsWithPlanes(grey).exact;
}

/** The response maps and the bin planes of the same level (below); with `chroma`, colour edges where brightness has none. */
export function responseMapsWithPlanes(grey: GreyImage, chroma?: ChromaPatch): LevelMaps {
  const bits = edgeBits(grey);
  const maps = mapsOfBits(bits, grey.width, grey.height);
  return chroma ? withColourEdges(maps, bits, chroma, grey.width, grey.height) : maps;
}

/**
 * A level's response maps (byte bin * pixels + pixel) and bin planes. One plane per bin rather than
 * eight bytes per pixel: the coarse pass reads each template point at neighbouring positions one
 * after the other, which then fall in one memory line (decision 0052).
 */
export interface LevelMaps { exact: Uint8Array; planes: BinPlanes }

/** Each pixel's edge direction as one bit of 8 (0: no edge), from brightness. */
export function edgeBits(grey: GreyImage): Uint8Array {
  const { width: w, height: h, data } = grey;
  const bits = new Uint8Array(w * h);
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const p = y * w + x;
      const gx = data[p + 1]! - data[p - 1]!;
      const gy = data[p + w]! - data[p - w]!;
      const m = gx * gx + gy * gy;
      if (m < MIN_EDGE * MIN_EDGE) continue;
      bits[p] = 1 << orientationBin((gx * gx - gy * gy) / m, (2 * gx * gy) / m);
    }
  }
  return bits;
}

/** Response maps and bin planes of a level's edge bits. */
export function mapsOfBits(bits: Uint8Array, w: number, h: number): LevelMaps {
  // Not spread over a neighbourhood as LINE-MOD does: on a busy picture every 3x3 neighbourhood of a
  // small pyramid level holds edges of most directions, and every position would score near the top.
  return { exact: lookup(bits, w * h), planes: binPlanes(bits, w, h) };
}

/**
 * A level's maps (from its brightness edge `bits`) with colour edges added where brightness has none
 * (decision 0051): copies of the brightness maps with the colour edges written in, so that a level
 * searched both ways shares its picture, brightness edges and most of the work.
 */
export function withColourEdges(maps: LevelMaps, bits: Uint8Array, chroma: ChromaPatch, w: number, h: number): LevelMaps {
  const exact = maps.exact.slice();
  const { words } = maps.planes;
  const same = maps.planes.same.map((plane) => plane.slice());
  const n = w * h;
  for (let y = 1; y < h - 1; y++) {
    for (let x = 1; x < w - 1; x++) {
      const p = y * w + x;
      if (bits[p] !== 0 || !colourEdge(chroma.cb, chroma.cr, p, w)) continue;
      const b = orientationBin(edgeOut[0]!, edgeOut[1]!);
      for (let t = 0; t < 8; t++) exact[t * n + p] = TABLE[t]![1 << b]!;
      same[b]![y * words + (x >> 5)]! |= 1 << (x & 31);
    }
  }
  return { exact, planes: { words, same, near: nearPlanes(same) } };
}

/**
 * Per orientation bin, one bit per pixel packed 32 to a word along rows (one spare word per row):
 * `same[b]` where the pixel's edge is in bin b, `near[b]` where it is in a neighbour bin. A template
 * point then tests 32 positions of a row in a few word operations (the coarse pass's first exit,
 * decision 0046).
 */
export interface BinPlanes { words: number; same: Int32Array[]; near: Int32Array[] }

function binPlanes(bits: Uint8Array, w: number, h: number): BinPlanes {
  const words = (w >> 5) + 2;
  const same = Array.from({ length: 8 }, () => new Int32Array(words * h));
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const m = bits[y * w + x]!;
      if (m === 0) continue;
      const b = 31 - Math.clz32(m);
      same[b]![y * words + (x >> 5)]! |= 1 << (x & 31);
    }
  }
  return { words, same, near: nearPlanes(same) };
}

/** For each bin, where a pixel's edge is in one of its two neighbour bins. */
function nearPlanes(same: Int32Array[]): Int32Array[] {
  return same.map((_, b) => {
    const lo = same[(b + 7) % 8]!;
    const hi = same[(b + 1) % 8]!;
    const out = new Int32Array(lo.length);
    for (let i = 0; i < out.length; i++) out[i] = lo[i]! | hi[i]!;
    return out;
  });
}

/** For each mask of 8 bits, the best agreement with each template bin. */
const TABLE = Array.from({ length: 8 }, (_, t) => Uint8Array.from({ length: 256 }, (_, mask) => {
  let best = 0;
  for (let i = 0; i < 8; i++) if (mask & (1 << i)) best = Math.max(best, BIN_SIMILARITY[(i - t + 8) % 8]!);
  return best;
}));

/** Eight planes in one array (bin * n + pixel): a template point is then one offset into one array. */
function lookup(masks: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(n * 8);
  for (let p = 0; p < n; p++) {
    const m = masks[p]!;
    if (m === 0) continue;
    if ((m & (m - 1)) === 0) {
      // one direction (as edgeBits gives): its own bin and its two neighbours, the rest stays 0 (TABLE's values)
      const b = 31 - Math.clz32(m);
      out[b * n + p] = BIN_SIMILARITY[0]!;
      out[((b + 1) % 8) * n + p] = BIN_SIMILARITY[7]!;
      out[((b + 7) % 8) * n + p] = BIN_SIMILARITY[1]!;
      continue;
    }
    for (let t = 0; t < 8; t++) out[t * n + p] = TABLE[t]![m]!;
  }
  return out;
}

export type { GreyImage };
