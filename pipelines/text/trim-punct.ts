// Trims wrapping punctuation with a loop: an anchored /[...]+$/ regex rescans from every
// start position and turns quadratic on a long run of punctuation.

const WRAPPERS = new Set('()[]{}<>"\'«»“”„‘’‚`*_~:;,.!?¡¿'.split(''));

export interface Trimmed {
  value: string;
  /** Offset of `value` inside the untrimmed string. */
  offset: number;
  /** Characters removed from the end (lets a caller see a trailing '.' that ends a sentence). */
  tail: string;
}

export function trimPunct(s: string, chars: ReadonlySet<string> = WRAPPERS): Trimmed {
  let a = 0;
  let b = s.length;
  while (a < b && chars.has(s.charAt(a))) a++;
  while (b > a && chars.has(s.charAt(b - 1))) b--;
  return { value: s.slice(a, b), offset: a, tail: s.slice(b) };
}
