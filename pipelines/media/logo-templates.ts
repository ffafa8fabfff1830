// Templates of the logo detector: a reference mark rendered small, possibly rotated, flattened onto a
// plate of opposite brightness, and reduced to the pixels of the mark plus a thin ring around it. The
// ring carries the mark-versus-background contrast; pixels farther out are left out because in a real
// picture they show whatever is behind the logo.
import type { ReferenceLogo } from './reference-logos.ts';

export interface Template {
  firmId: string;
  source: string;
  kind: 'icon' | 'wordmark';
  rotation: number;
  /** Bounding box of the (rotated) mark, in template pixels. */
  width: number;
  height: number;
  /** Shorter side of the unrotated mark, in template pixels. */
  shortSide: number;
  dx: Int16Array;
  dy: Int16Array;
  /** Zero-mean, unit-norm values at (dx, dy). */
  t: Float32Array;
  /** Colour values at (dx, dy): R, G, B each zero-mean, jointly unit-norm (for the joint colour NCC). */
  rgb: [Float32Array, Float32Array, Float32Array];
  /** Indices (into dx/dy) of points inside the mark, not on the ring. */
  inner: Int32Array;
  /**
   * True when the mark's inside has enough contrast of its own to be matched without the ring. The
   * ring's plate is a guess about the background, wrong half of the time for a multi-colour mark (a
   * purple mark with a yellow letter is darker than a white background but lighter than a black one).
   */
  ringless: boolean;
  /** Mean colour of the mark itself (alpha-weighted), 0..255. */
  meanRgb: [number, number, number];
}

export interface TemplateSpec {
  shortSide: number;
  rotation: number;
  /** Ring width in pixels around the mark. */
  ring: number;
  maxPoints: number;
}

const SUPERSAMPLE = 4;
/** Grey-level standard deviation inside the mark above which it is matched without its ring. */
const INSIDE_MIN_STD = 20;

function insideContrast(value: Float32Array, alpha: Float32Array): number {
  let n = 0, s1 = 0, s2 = 0;
  for (let p = 0; p < value.length; p++) {
    if (alpha[p]! < 0.5) continue;
    n++; s1 += value[p]!; s2 += value[p]! * value[p]!;
  }
  return n < 8 ? 0 : Math.sqrt(Math.max(0, s2 / n - (s1 / n) ** 2));
}

export function buildTemplate(ref: ReferenceLogo, spec: TemplateSpec): Template {
  const { width: W, height: H, data } = ref.image;
  const plate = plateLuminance(ref);
  const k = spec.shortSide / Math.min(W, H);
  const w = W * k;
  const h = H * k;
  const rad = (spec.rotation * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // padded by the ring so that a mark filling its box still gets a ring
  const tw = Math.ceil(Math.abs(w * cos) + Math.abs(h * sin)) + 2 * spec.ring;
  const th = Math.ceil(Math.abs(w * sin) + Math.abs(h * cos)) + 2 * spec.ring;
  const value = new Float32Array(tw * th);
  const colour = [new Float32Array(tw * th), new Float32Array(tw * th), new Float32Array(tw * th)] as const;
  const alpha = new Float32Array(tw * th);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let j = 0; j < th; j++) {
    for (let i = 0; i < tw; i++) {
      let sv = 0;
      let sa = 0;
      const sc: [number, number, number] = [0, 0, 0];
      for (let sj = 0; sj < SUPERSAMPLE; sj++) {
        for (let si = 0; si < SUPERSAMPLE; si++) {
          const px = i + (si + 0.5) / SUPERSAMPLE - tw / 2;
          const py = j + (sj + 0.5) / SUPERSAMPLE - th / 2;
          // inverse rotation back into the upright mark, then into reference pixels
          const u = (px * cos + py * sin) / k + W / 2;
          const v = (-px * sin + py * cos) / k + H / 2;
          const x = Math.floor(u);
          const y = Math.floor(v);
          if (x < 0 || y < 0 || x >= W || y >= H) { sv += plate; sc[0] += plate; sc[1] += plate; sc[2] += plate; continue; }
          const o = (y * W + x) * 4;
          const a = data[o + 3]! / 255;
          const lum = 0.299 * data[o]! + 0.587 * data[o + 1]! + 0.114 * data[o + 2]!;
          sv += a * lum + (1 - a) * plate;
          for (let c = 0; c < 3; c++) sc[c]! += a * data[o + c]! + (1 - a) * plate;
          sa += a;
        }
      }
      value[j * tw + i] = sv / n;
      for (let c = 0; c < 3; c++) colour[c]![j * tw + i] = sc[c]! / n;
      alpha[j * tw + i] = sa / n;
    }
  }
  const ringless = insideContrast(value, alpha) >= INSIDE_MIN_STD;
  const keep = ringMask(alpha, tw, th, ringless ? 0 : spec.ring);
  let idx: number[] = [];
  for (let p = 0; p < keep.length; p++) if (keep[p]) idx.push(p);
  if (idx.length > spec.maxPoints) {
    // an evenly spread subset keeps the cost per position bounded for long wordmarks
    const step = idx.length / spec.maxPoints;
    idx = Array.from({ length: spec.maxPoints }, (_, q) => idx[Math.floor(q * step)]!);
  }
  let mean = 0;
  for (const p of idx) mean += value[p]!;
  mean /= idx.length;
  let norm = 0;
  for (const p of idx) norm += (value[p]! - mean) ** 2;
  norm = Math.sqrt(norm) || 1;
  const dx = new Int16Array(idx.length);
  const dy = new Int16Array(idx.length);
  const t = new Float32Array(idx.length);
  idx.forEach((p, q) => {
    dx[q] = p % tw;
    dy[q] = Math.floor(p / tw);
    t[q] = (value[p]! - mean) / norm;
  });
  const rgb = colour.map((plane) => {
    let m = 0;
    for (const p of idx) m += plane[p]!;
    m /= idx.length;
    return Float32Array.from(idx, (p) => plane[p]! - m);
  }) as [Float32Array, Float32Array, Float32Array];
  let cnorm = 0;
  for (const plane of rgb) for (const v of plane) cnorm += v * v;
  cnorm = Math.sqrt(cnorm) || 1;
  for (const plane of rgb) for (let q = 0; q < plane.length; q++) plane[q]! /= cnorm;
  const inner = Int32Array.from(idx.flatMap((p, q) => (alpha[p]! >= 0.5 ? [q] : [])));
  return {
    rgb, inner, ringless, meanRgb: meanColour(ref),
    firmId: ref.firmId, source: ref.source, kind: ref.kind, rotation: spec.rotation,
    width: tw, height: th, shortSide: spec.shortSide, dx, dy, t,
  };
}

/** Dark marks are put on white and light marks on black, so the mark always stands out from its ring. */
function plateLuminance(ref: ReferenceLogo): number {
  const d = ref.image.data;
  let sum = 0;
  let weight = 0;
  for (let o = 0; o < d.length; o += 4) {
    const a = d[o + 3]! / 255;
    sum += a * (0.299 * d[o]! + 0.587 * d[o + 1]! + 0.114 * d[o + 2]!);
    weight += a;
  }
  return weight > 0 && sum / weight > 128 ? 0 : 255;
}

function meanColour(ref: ReferenceLogo): [number, number, number] {
  const d = ref.image.data;
  const sum: [number, number, number] = [0, 0, 0];
  let weight = 0;
  for (let o = 0; o < d.length; o += 4) {
    const a = d[o + 3]! / 255;
    for (let c = 0; c < 3; c++) sum[c]! += a * d[o + c]!;
    weight += a;
  }
  return [sum[0] / weight, sum[1] / weight, sum[2] / weight];
}

function ringMask(alpha: Float32Array, w: number, h: number, ring: number): Uint8Array {
  const keep = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (alpha[y * w + x]! < 0.5) continue;
      for (let yy = Math.max(0, y - ring); yy <= Math.min(h - 1, y + ring); yy++) {
        for (let xx = Math.max(0, x - ring); xx <= Math.min(w - 1, x + ring); xx++) keep[yy * w + xx] = 1;
      }
    }
  }
  return keep;
}
