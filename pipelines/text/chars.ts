// Character classes for hand-written scanners: the same answers as the Unicode regexes they replace
// (/\s/, /\p{L}/u, /\p{M}/u, /\p{N}/u), but a table look-up per character instead of a regex call.
// The table is filled lazily from those very regexes, so it cannot drift from them.

const LETTER = 1;
const MARK = 2;
const NUMBER = 4;
const KNOWN = 128;

const IS_L = /^\p{L}$/u;
const IS_M = /^\p{M}$/u;
const IS_N = /^\p{N}$/u;

/** BMP code unit -> KNOWN | LETTER | MARK | NUMBER bits (0 = not classified yet). */
const BMP = new Uint8Array(0x10000);
const ASTRAL = new Map<number, number>();
const MAX_ASTRAL = 4096;

function classify(ch: string): number {
  return KNOWN | (IS_L.test(ch) ? LETTER : 0) | (IS_M.test(ch) ? MARK : 0) | (IS_N.test(ch) ? NUMBER : 0);
}

// ASCII up front: the common case never reaches a regex.
for (let c = 0; c < 0x80; c++) BMP[c] = classify(String.fromCharCode(c));

function bmpClass(c: number): number {
  let k = BMP[c] as number;
  if (k === 0) BMP[c] = k = classify(String.fromCharCode(c));
  return k;
}

function astralClass(hi: number, lo: number): number {
  const cp = (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  let k = ASTRAL.get(cp);
  if (k === undefined) {
    k = classify(String.fromCodePoint(cp));
    if (ASTRAL.size < MAX_ASTRAL) ASTRAL.set(cp, k);
  }
  return k;
}

/**
 * Class bits of the code point at i, shifted left by two, plus its length in code units (1 or 2).
 * Lone surrogates are of no class (as in a /u regex).
 */
function at(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return ((BMP[c] as number) << 2) | 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (astralClass(c, d) << 2) | 2;
  }
  if (c >= 0xd800 && c <= 0xdfff) return (KNOWN << 2) | 1;
  return (bmpClass(c) << 2) | 1;
}

/** Length (1 or 2) of the code point at i when it is a letter, number, mark or '_' (a word character), else 0. */
export function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c === 95 || ((BMP[c] as number) & (LETTER | NUMBER)) !== 0 ? 1 : 0;
  const x = at(s, i);
  return ((x >> 2) & (LETTER | MARK | NUMBER)) !== 0 ? x & 3 : 0;
}

/** Length (1 or 2) of the code point at i when it is a letter (\p{L}), else 0. */
export function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return ((BMP[c] as number) & LETTER) !== 0 ? 1 : 0;
  const x = at(s, i);
  return ((x >> 2) & LETTER) !== 0 ? x & 3 : 0;
}

/** Whether the code point at i is a letter or a number (\p{L} or \p{N}). */
export function isLetterOrNumberAt(s: string, i: number): boolean {
  return ((at(s, i) >> 2) & (LETTER | NUMBER)) !== 0;
}

/** Whether the code point at i is a number (\p{N}). */
export function isNumberAt(s: string, i: number): boolean {
  return ((at(s, i) >> 2) & NUMBER) !== 0;
}

/** Whether the code point at i is a mark (\p{M}). */
export function isMarkAt(s: string, i: number): boolean {
  return ((at(s, i) >> 2) & MARK) !== 0;
}

/** Number of letters (\p{L} code points) in s: `s.match(/\p{L}/gu)?.length ?? 0`. */
export function countLetters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; ) {
    const len = letterAt(s, i);
    if (len) {
      n++;
      i += len;
    } else i++;
  }
  return n;
}

const SPACE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) SPACE[c] = 1;

/**
 * The /\s/ table itself (1 = space), for hot loops: a module-local binding of it
 * (`const SPACE = SPACE_TABLE`) is read without a call through the module's exports.
 */
export const SPACE_TABLE: Readonly<Uint8Array> = SPACE;

/** JavaScript's /\s/ on one UTF-16 code unit. */
export function isSpace(c: number): boolean {
  return SPACE[c] === 1;
}
