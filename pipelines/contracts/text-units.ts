// Measures (and caps) the two shapes backtracking attacks are built from: over-long tokens and long
// runs of a short repeating pattern. Counted in characters a reader sees, not UTF-16 code units: an
// emoji is two code units, a flag two code points, a family emoji five, and a run of 300 emoji is
// ordinary text, not an attack. A "unit" here is a simplified grapheme: a code point with the marks,
// variation selectors, skin-tone modifiers, tags and ZWJ-joined code points that follow it, or a pair
// of regional indicators. (Intl.Segmenter gives real graphemes but took seconds on 100k characters.)

/** Whitespace that separates tokens (and neither extends nor breaks a repeat run). */
const isGap = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;

const MARK = /^\p{M}$/u;
/** U+0300 and above, BMP: 1 = mark, 2 = not, 0 = not looked up yet. */
const BMP_MARK = new Uint8Array(0x10000);
const astralMark = new Map<number, boolean>();

function isMark(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp < 0x10000) {
    let k = BMP_MARK[cp] as number;
    if (k === 0) BMP_MARK[cp] = k = MARK.test(String.fromCharCode(cp)) ? 1 : 2;
    return k === 1;
  }
  let m = astralMark.get(cp);
  if (m === undefined) {
    m = MARK.test(String.fromCodePoint(cp));
    if (astralMark.size < 4096) astralMark.set(cp, m);
  }
  return m;
}

const ZWJ = 0x200d;
const isRegional = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;
/** Joins the unit before it: marks (incl. variation selectors), ZWJ, emoji modifiers, tag characters. */
const extendsUnit = (cp: number): boolean =>
  cp === ZWJ || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f) || isMark(cp);

function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

export interface Units {
  /** One id per unit: the code point for single-code-point units, an interned id above 0x10FFFF otherwise. */
  ids: Int32Array;
  /** Code-unit offset where each unit starts; starts[n] = text length. */
  starts: Int32Array;
  n: number;
}

/** No surrogates, marks or ZWJ: every code unit is a unit of its own (the common case, accents and ’ included). */
function simple(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && ((c >= 0xd800 && c <= 0xdfff) || c === ZWJ || isMark(c))) return false;
  }
  return true;
}

export function units(text: string): Units {
  const ids = new Int32Array(text.length);
  const starts = new Int32Array(text.length + 1);
  let n = 0;
  if (simple(text)) {
    for (let i = 0; i < text.length; i++) {
      ids[i] = text.charCodeAt(i);
      starts[i] = i;
    }
    starts[text.length] = text.length;
    return { ids, starts, n: text.length };
  }
  const interned = new Map<string, number>();
  for (let i = 0; i < text.length; ) {
    const start = i;
    const first = codePointAt(text, i);
    i += first > 0xffff ? 2 : 1;
    let count = 1;
    if (!isGap(first)) {
      let joinNext = first === ZWJ;
      let regional = isRegional(first);
      while (i < text.length) {
        const cp = codePointAt(text, i);
        if (isGap(cp)) break;
        if (joinNext || extendsUnit(cp)) joinNext = cp === ZWJ;
        else if (regional && isRegional(cp)) regional = false; // a flag is exactly two indicators
        else break;
        i += cp > 0xffff ? 2 : 1;
        count++;
      }
    }
    let id = first;
    if (count > 1) {
      const key = text.slice(start, i);
      id = interned.get(key) ?? 0x110000 + interned.size;
      interned.set(key, id);
    }
    ids[n] = id;
    starts[n] = start;
    n++;
  }
  starts[n] = text.length;
  return { ids, starts, n };
}

/** Code points in text[from, to). */
export function codePoints(text: string, from = 0, to = text.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // The low half of a pair is not counted again.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > from && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800)) n++;
  }
  return n;
}

/** Whitespace-separated tokens longer than `max` code points: their code-unit spans and lengths. */
export function longTokens(text: string, max: number): Array<{ start: number; end: number; length: number }> {
  const out: Array<{ start: number; end: number; length: number }> = [];
  let start = -1;
  let len = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isGap(c)) {
      if (start >= 0 && len > max) out.push({ start, end: i, length: len });
      start = -1;
      len = 0;
    } else {
      if (start < 0) start = i;
      if ((c & 0xfc00) !== 0xdc00 || i === start || (text.charCodeAt(i - 1) & 0xfc00) !== 0xd800) len++;
    }
  }
  return out;
}

/** Longest whitespace-separated token, in code points. */
export function longestToken(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isGap(c)) run = 0;
    else if ((c & 0xfc00) !== 0xdc00 || i === 0 || (text.charCodeAt(i - 1) & 0xfc00) !== 0xd800) {
      if (++run > longest) longest = run;
    }
  }
  return longest;
}

export interface RepeatRun {
  /** Unit index of the first unit of the run (the pattern's first occurrence). */
  from: number;
  /** Unit index after the run's last unit. */
  to: number;
  /** Units that repeated the one `period` places before (the run's length as longestRepeatRun counts it). */
  length: number;
}

/**
 * Runs in which each non-space unit equals the one `p` places before it, for p = 1..maxPeriod, longer
 * than `max`. Linear (maxPeriod passes); spaces neither extend nor break a run, so "ha ha ha"
 * repeats like "hahaha".
 */
export function repeatRuns(u: Units, max: number, maxPeriod = 8): { longest: number; over: RepeatRun[] } {
  let longest = 0;
  const over: RepeatRun[] = [];
  const { ids, n } = u;
  // No closures in the loop: variables captured by one live in a heap context and the scan slows tenfold.
  for (let p = 1; p <= maxPeriod; p++) {
    let run = 0;
    let first = 0;
    let last = 0;
    for (let i = p; i <= n; i++) {
      const c = i < n ? (ids[i] as number) : -1;
      if (c !== -1 && isGap(c)) continue;
      if (c !== -1 && c === ids[i - p]) {
        if (run === 0) first = i;
        last = i;
        if (++run > longest) longest = run;
        continue;
      }
      if (run > max) over.push({ from: first - p, to: last + 1, length: run });
      run = 0;
    }
  }
  return { longest, over };
}

/** Longest repeat run (see repeatRuns), in units. */
export function longestRepeatRun(text: string, maxPeriod = 8): number {
  return repeatRuns(units(text), Number.POSITIVE_INFINITY, maxPeriod).longest;
}
