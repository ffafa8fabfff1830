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

export function toGrey(image: DecodedImage): GreyImage {
  const { width, height, data } = image;
  if (data.length !== width * height * 4) {
    throw new Error(`DecodedImage: data has ${data.length} bytes, expected width*height*4 = ${width * height * 4}`);
  }
  const out = new Float32Array(width * height);
  for (let i = 0, j = 0; i < out.length; i++, j += 4) {
    out[i] = 0.299 * data[j]! + 0.587 * data[j + 1]! + 0.114 * data[j + 2]!;
  }
  return { width, height, data: out };
}

/** (width+1) x (height+1) summed-area table. */
export function integral(grey: GreyImage): Float64Array {
  const { width, height, data } = grey;
  const stride = width + 1;
  const sat = new Float64Array(stride * (height + 1));
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
  const out = new Float32Array(pw * ph);
  const step = 1 / f;
  if (step >= 1.5) {
    const stride = width + 1;
    const xs = new Int32Array(pw + 1);
    for (let i = 0; i <= pw; i++) xs[i] = clamp(Math.round(x0 + i * step), 0, width);
    for (let j = 0; j < ph; j++) {
      const ya = clamp(Math.round(y0 + j * step), 0, height - 1);
      const yb = clamp(Math.round(y0 + (j + 1) * step), ya + 1, height);
      for (let i = 0; i < pw; i++) {
        let xa = xs[i]!;
        let xb = xs[i + 1]!;
        if (xa >= width) xa = width - 1;
        if (xb <= xa) xb = xa + 1;
        const sum = sat[yb * stride + xb]! - sat[ya * stride + xb]! - sat[yb * stride + xa]! + sat[ya * stride + xa]!;
        out[j * pw + i] = sum / ((yb - ya) * (xb - xa));
      }
    }
    return out;
  }
  for (let j = 0; j < ph; j++) {
    const sy = clamp(y0 + (j + 0.5) * step - 0.5, 0, height - 1);
    const y1 = Math.floor(sy);
    const y2 = Math.min(y1 + 1, height - 1);
    const fy = sy - y1;
    for (let i = 0; i < pw; i++) {
      const sx = clamp(x0 + (i + 0.5) * step - 0.5, 0, width - 1);
      const x1 = Math.floor(sx);
      const x2 = Math.min(x1 + 1, width - 1);
      const fx = sx - x1;
      const top = data[y1 * width + x1]! * (1 - fx) + data[y1 * width + x2]! * fx;
      const bottom = data[y2 * width + x1]! * (1 - fx) + data[y2 * width + x2]! * fx;
      out[j * pw + i] = top * (1 - fy) + bottom * fy;
    }
  }
  return out;
}

export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
