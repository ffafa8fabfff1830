// eld's detect() (npm `eld` 2.x, medium data) on the same data and with the same arithmetic, restructured
// for speed: eld keeps its n-gram table as an object of objects and sums scores with for-in loops over
// string keys, which made it a quarter of an item's enrichment (CPU profile of `npm run bench`). Here
// the table becomes, once, an open-addressing hash table of integer-packed n-grams pointing into a flat
// Int32Array of [language, score] pairs, and a text's n-grams are read from typed arrays without
// building a string per byte or per n-gram. Results are identical to eld's (eld-fast.test.ts compares language and
// scores on the sample items and generated texts). eld's data files are read through its own module
// files (its package exports expose only the detector), found from where `eld` resolves.

interface EldData {
  languages: Record<number, string>;
  ngrams: Record<string, Record<number, number>>;
}

const base = import.meta.resolve('eld');
const { ngramsData } = (await import(new URL('../ngrams/medium.js', base).href)) as { ngramsData: EldData };
const { separators } = (await import(new URL('../regexPatterns.js', base).href)) as { separators: RegExp };
const { dictionary } = (await import(new URL('../dictionary.js', base).href)) as { dictionary: readonly string[] };

/** eld subtracts this minimum from every stored score to keep its data small, and adds it back when summing. */
const BASE_NGRAM_SCORE = 53;
/** eld's hand-picked scale turning a per-n-gram score into 0..1. */
const SCALE = 25;

const CODES: string[] = [];
for (const [k, v] of Object.entries(ngramsData.languages)) CODES[Number(k)] = v;
const N_LANGUAGES = CODES.length;

// An n-gram is a string of 3 to 6 characters, each below U+0100 (ASCII, or one of eld's dictionary
// characters standing for a UTF-8 byte; checked below). Packed as two int32s — the first four
// character codes, then the length and the last two — equal strings give equal keys and different
// strings different ones, so looking up the pair is looking up the string, without building strings
// per byte (that, and Set/Map of short strings, was most of eldDetect's time in a CPU profile).
const packLo = (s: ArrayLike<number>, len: number) => (s[0]! | (s[1]! << 8) | (s[2]! << 16) | (s[3]! << 24)) & (len >= 4 ? -1 : len === 3 ? 0xffffff : 0xffff);
const packHi = (s: ArrayLike<number>, len: number) => len | (len > 4 ? s[4]! << 8 : 0) | (len > 5 ? s[5]! << 16 : 0);
const hashOf = (lo: number, hi: number, bits: number) => (Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca77)) >>> (32 - bits);

// The table: open addressing over 2^18 slots (105k n-grams); hi is never 0 for a stored key (length >= 3),
// so 0 marks an empty slot. Slot s is TABLE[4s] (lo), TABLE[4s + 1] (hi), TABLE[4s + 2] (the n-gram's
// further pairs: index into PAIRS x 64 + their count), TABLE[4s + 3] (its first [language, score] pair,
// packed): a probe reads one cache line, not three arrays' (the probe was most of what remained of
// eldDetect's time), and the three n-grams in four that one language alone has need nothing more.
const TABLE_BITS = 18;
const TABLE_SIZE = 1 << TABLE_BITS;
const TABLE = new Int32Array(TABLE_SIZE * 4);

/**
 * A [language, score] pair in one int: language index in the low 6 bits (eld has 60), score above
 * (at most 260 once BASE_NGRAM_SCORE is added back). Half the memory of two ints: the tables are read
 * at random and do not stay in the CPU cache between items, so their size is their cost.
 */
const LANGUAGE_BITS = 6;
const packPair = (language: number, score: number) => language | (score << LANGUAGE_BITS);

/** Index into TABLE of the key's slot, or of the empty slot where it would go. */
function slotOf(lo: number, hi: number): number {
  let s = hashOf(lo, hi, TABLE_BITS) << 2;
  while (TABLE[s + 1] !== 0 && (TABLE[s + 1] !== hi || TABLE[s] !== lo)) s = (s + 4) & (TABLE_SIZE * 4 - 1);
  return s;
}

/** The pairs after each n-gram's first, packed (packPair), consecutive per n-gram. */
const PAIRS: Int32Array = (() => {
  const flat: number[] = [];
  const chars = new Int32Array(6);
  if (N_LANGUAGES > 1 << LANGUAGE_BITS) throw new Error('more eld languages than a packed pair holds');
  for (const [ngram, byLanguage] of Object.entries(ngramsData.ngrams)) {
    const len = ngram.length;
    if (len < 3 || len > 6) throw new Error(`eld n-gram of unexpected length ${len}`);
    for (let k = 0; k < 6; k++) chars[k] = k < len ? ngram.charCodeAt(k) : 0;
    if (chars.some((c) => c > 0xff)) throw new Error('eld n-gram with a character above U+00FF');
    const lo = packLo(chars, len);
    const hi = packHi(chars, len);
    const s = slotOf(lo, hi);
    if (TABLE[s + 1] !== 0) throw new Error('eld n-gram listed twice');
    const pairs = Object.keys(byLanguage).map((k) => packPair(Number(k), (byLanguage[Number(k)] as number) + BASE_NGRAM_SCORE));
    if (pairs.length === 0) throw new Error('eld n-gram without a language');
    TABLE[s] = lo;
    TABLE[s + 1] = hi;
    TABLE[s + 2] = flat.length * 64 + (pairs.length - 1);
    TABLE[s + 3] = pairs[0]!;
    for (let k = 1; k < pairs.length; k++) flat.push(pairs[k]!);
  }
  return Int32Array.from(flat);
})();

/** eld's dictionary character (its code) for each UTF-8 byte; all below U+0100 (checked). */
const BYTE_CHAR = Uint8Array.from(dictionary, (ch) => {
  const c = ch.charCodeAt(0);
  if (ch.length !== 1 || c > 0xff) throw new Error('eld dictionary entry is not one character below U+0100');
  return c;
});

/** At most 384 bytes are encoded (the cut comes after the byte passing 380), one character each. */
const WORD_CHARS = new Uint8Array(400);
/** Word k is WORD_CHARS[WORD_START[k], WORD_START[k + 1]); words are never empty. */
const WORD_START = new Int32Array(402);

/**
 * The code units of the text eld reads (its separators made spaces, trimmed, lower-cased), up to what its
 * encoding can reach: it stops after the byte passing 380, so within 381 code units.
 */
const TEXT_CAP = 400;
const TEXT = new Uint16Array(TEXT_CAP + 4);

/**
 * The text's words as eld encodes them (each UTF-8 byte one character of eld's dictionary, ASCII as
 * itself), from TEXT[0, length) into WORD_CHARS; cut after ~350 bytes as eld does. Returns the number of
 * words. A character of the text above U+00FF cannot occur here, as eld encodes only ASCII raw.
 */
function utf8Words(length: number): number {
  const str = TEXT;
  const d = BYTE_CHAR;
  const out = WORD_CHARS;
  let at = 0;
  let words = 0;
  let wordStart = 0;
  let bytes = 0;
  for (let i = 0; i < length; i++) {
    let c = str[i]!;
    if (c < 0x80) {
      if (c === 32) {
        if (at !== wordStart) {
          WORD_START[words++] = wordStart;
          wordStart = at;
        }
        if (bytes > 350) break;
      } else out[at++] = c;
      bytes++;
    } else if (c < 0x800) {
      out[at++] = d[0xc0 | (c >> 6)]!;
      out[at++] = d[0x80 | (c & 0x3f)]!;
      bytes += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      out[at++] = d[0xe0 | (c >> 12)]!;
      out[at++] = d[0x80 | ((c >> 6) & 0x3f)]!;
      out[at++] = d[0x80 | (c & 0x3f)]!;
      bytes += 3;
    } else {
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | ((i < length ? str[i]! : 0) & 0x3ff));
      out[at++] = d[0xf0 | (c >> 18)]!;
      out[at++] = d[0x80 | ((c >> 12) & 0x3f)]!;
      out[at++] = d[0x80 | ((c >> 6) & 0x3f)]!;
      out[at++] = d[0x80 | (c & 0x3f)]!;
      bytes += 4;
    }
    if (bytes > 380) break;
  }
  if (at !== wordStart) WORD_START[words++] = wordStart;
  WORD_START[words] = at;
  return words;
}

// The text's distinct n-grams (eld counts each once): a small open-addressing set, emptied per call by
// a generation stamp instead of clearing. A text has at most ~200 n-grams (384 bytes, stride 3 or
// one-letter words), so 1024 slots never fill.
const SEEN_BITS = 10;
const SEEN_SIZE = 1 << SEEN_BITS;
/**
 * Slot s is SEEN[4s] (the generation that filled it), SEEN[4s + 1] (lo), SEEN[4s + 2] (hi): one cache
 * line per probe, not one in each of three arrays. The set is out of the CPU cache by the time the
 * next item's text is read, so the lines a text touches are its cost.
 */
const SEEN = new Int32Array(SEEN_SIZE * 4);
let generation = 0;
const GRAM = new Int32Array(6);
/** Last n-grams of words over 71 characters (rare), which the packed keys cannot hold. */
const LONG_SEEN = new Set<string>();

export interface EldResult {
  /** ISO 639-1, or '' when no n-gram is known. */
  language: string;
  /** eld's 0..1 scores of the best and the second language (getScores()'s first two values). */
  best: number;
  second: number;
}

/** The best two of the current scores among the languages `allowed` keeps (all when undefined), scaled over n n-grams. */
function ranked(n: number, allowed?: (code: string) => boolean): EldResult {
  let winner = -1;
  let max = 0;
  let runnerUp = 0;
  for (let k = 0; k < N_LANGUAGES; k++) {
    const v = scores[k] as number;
    if (v <= 0 || (allowed && !allowed(CODES[k] as string))) continue;
    if (v > max) {
      runnerUp = max;
      max = v;
      winner = k;
    } else if (v > runnerUp) runnerUp = v;
  }
  if (winner < 0) return { language: '', best: 0, second: 0 };
  return { language: CODES[winner] as string, best: scaled(max, n), second: runnerUp > 0 ? scaled(runnerUp, n) : 0 };
}

const scores = new Float64Array(N_LANGUAGES);
/** The n-gram count of the last eldDetect call, for eldBestAmong. */
let lastN = 0;

/**
 * The text's n-grams, packed (KEYS[2k] lo, KEYS[2k + 1] hi), gathered before any is scored: gathering reads
 * each one's TABLE line, all independent loads the CPU overlaps, so that scoring then finds them in cache.
 * One by one, each probe of the 4 MB table waited for memory alone (the probe was eldDetect's top line in a
 * profile of the enrichment). At most ~200 n-grams per text (see SEEN).
 */
const KEYS = new Int32Array(2048);
let keys = 0;
/** Sum of the TABLE words read ahead, kept so the reads are not optimised away. */
let _touched = 0;

/** Queues the n-gram in GRAM[0, len) and reads its TABLE slot ahead. */
function queueGram(len: number): void {
  const lo = packLo(GRAM, len);
  const hi = packHi(GRAM, len);
  KEYS[keys++] = lo;
  KEYS[keys++] = hi;
  _touched ^= TABLE[(hashOf(lo, hi, TABLE_BITS) << 2) + 1]!;
}

/** Adds the n-gram (lo, hi) to the scores if it is new for this text; returns 1 if new, else 0. */
function addGram(lo: number, hi: number): number {
  let s = hashOf(lo, hi, SEEN_BITS) << 2;
  while (SEEN[s] === generation) {
    if (SEEN[s + 2] === hi && SEEN[s + 1] === lo) return 0;
    s = (s + 4) & (SEEN_SIZE * 4 - 1);
  }
  SEEN[s] = generation;
  SEEN[s + 1] = lo;
  SEEN[s + 2] = hi;
  const t = slotOf(lo, hi);
  if (TABLE[t + 1] !== 0) {
    const first = TABLE[t + 3]!;
    scores[first & 63]! += first >>> LANGUAGE_BITS;
    const at = TABLE[t + 2]!;
    const from = at >>> 6;
    const to = from + (at & 63);
    for (let j = from; j < to; j++) {
      const pair = PAIRS[j]!;
      scores[pair & 63]! += pair >>> LANGUAGE_BITS;
    }
  }
  return 1;
}

/**
 * Which BMP code units eld's `separators` regex counts as letters ([^L]+ not ending in an apostrophe,
 * with the u flag): read off the regex itself, once. Surrogates are never letters (the regex's class is
 * BMP only), and the three apostrophes are non-letters it may not end a run on.
 */
const APOSTROPHE = (c: number) => c === 0x27 || c === 0x60 || c === 0x2019;
const LETTER = (() => {
  const t = new Uint8Array(0x10000);
  const one = new RegExp(separators.source, 'u');
  for (let c = 0; c < 0x10000; c++) {
    if ((c >= 0xd800 && c < 0xe000) || APOSTROPHE(c)) continue;
    if (!one.test(String.fromCharCode(c))) t[c] = 1;
  }
  return t;
})();

/**
 * Per BMP code unit: 0 when eld's separators do not count it a letter; else the letter lower-cased (as
 * toLowerCase() does it alone), or 1 when lower-casing it is not one code unit for one (U+0130 İ becomes
 * two) or depends on its neighbours (Σ: σ or final ς). Built from LETTER and toLowerCase itself, once.
 */
const LOWER = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (LETTER[c] !== 1) continue;
    const lower = String.fromCharCode(c).toLowerCase();
    const l = lower.charCodeAt(0);
    t[c] = c === 0x3a3 || lower.length !== 1 || l < 2 || (l >= 0xd800 && l < 0xe000) ? 1 : l;
  }
  return t;
})();

/**
 * separatorsToSpaces(text).trim().toLowerCase() into TEXT, in one pass and only as far as eld reads (TEXT_CAP):
 * a long post was scanned, copied and lower-cased whole for its first ~380 bytes. Returns the length written, or
 * -1 when a letter needs the whole string's lower-casing (LOWER[c] === 1: Σ, İ): the caller does it as before.
 * Separators and apostrophes as in separatorsToSpaces; only spaces can be trimmed, as every other
 * whitespace character is a separator, and trailing ones never reach the encoding (it ends there anyway).
 */
function readText(input: string): number {
  const n = input.length < 1000 ? input.length : 1000;
  let length = 0;
  for (let i = 0; i < n && length < TEXT_CAP; ) {
    const low = LOWER[input.charCodeAt(i)]!;
    if (low !== 0) {
      if (low === 1) return -1;
      TEXT[length++] = low;
      i++;
      continue;
    }
    const start = i;
    while (i < n && LOWER[input.charCodeAt(i)] === 0) i++;
    let end = i;
    while (end > start && APOSTROPHE(input.charCodeAt(end - 1))) end--;
    // The run less its final apostrophes is one space (none at the start: trimmed); the apostrophes stay.
    if (end > start && length > 0) TEXT[length++] = 32;
    for (let k = end; k < i && length < TEXT_CAP; k++) TEXT[length++] = input.charCodeAt(k);
  }
  return length;
}

/** The text as eld reads it, into TEXT: readText, or eld's own steps on the whole string where it cannot. */
function eldText(input: string): number {
  const fast = readText(input);
  if (fast >= 0) return fast;
  const text = separatorsToSpaces(input.substring(0, 1000)).trim().toLowerCase();
  const length = text.length < TEXT_CAP ? text.length : TEXT_CAP;
  for (let i = 0; i < length; i++) TEXT[i] = text.charCodeAt(i);
  return length;
}

/**
 * text.replace(separators, ' ') by a table scan (the regex was half of eldDetect's time): each maximal
 * run of non-letters, less the apostrophes it ends with (the regex's lookbehind), becomes one space.
 * A run that is already a single space is left in place, so a plain text is returned as it is.
 */
function separatorsToSpaces(text: string): string {
  let out = '';
  let copied = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (LETTER[text.charCodeAt(i)] === 1) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && LETTER[text.charCodeAt(i)] !== 1) i++;
    let end = i;
    while (end > start && APOSTROPHE(text.charCodeAt(end - 1))) end--;
    if (end === start || (end - start === 1 && text.charCodeAt(start) === 32)) continue;
    out += text.slice(copied, start) + ' ';
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export function eldDetect(input: string): EldResult {
  const words = utf8Words(eldText(input));
  scores.fill(0);
  if (++generation > 0x3fffffff) {
    SEEN.fill(0);
    generation = 1;
  }
  // Four-character n-grams with a stride of three, the first marked by a leading space and the last by
  // a trailing one (eld's; its words are cut at 70 characters).
  let n = 0;
  keys = 0;
  // Clearing an empty Set is not free, and words of 72+ characters are rare.
  if (LONG_SEEN.size !== 0) LONG_SEEN.clear();
  const w = WORD_CHARS;
  for (let k = 0; k < words; k++) {
    const start = WORD_START[k]!;
    const whole = WORD_START[k + 1]! - start;
    const len = whole > 70 ? 70 : whole;
    let j = 0;
    for (; j + 4 < len; j += 3) {
      let g = 0;
      if (j === 0) GRAM[g++] = 32;
      for (let q = 0; q < 4; q++) GRAM[g++] = w[start + j + q]!;
      queueGram(g);
    }
    // The last n-gram: the word's last four characters, or all of a shorter word. eld cuts the word at
    // 70 characters for the stride only: past that, the last n-gram runs from character 66 to the end.
    const from = len < 4 ? 0 : len - 4;
    if (whole > 71) {
      // Longer than any stored n-gram (at most 6 characters): it only counts, once per distinct string.
      let s = '';
      for (let q = from; q < whole; q++) s += String.fromCharCode(w[start + q]!);
      if (!LONG_SEEN.has(s)) {
        LONG_SEEN.add(s);
        n++;
      }
      continue;
    }
    let g = 0;
    if (j === 0) GRAM[g++] = 32;
    for (let q = from; q < whole; q++) GRAM[g++] = w[start + q]!;
    GRAM[g++] = 32;
    queueGram(g);
  }
  for (let k = 0; k < keys; k += 2) n += addGram(KEYS[k]!, KEYS[k + 1]!);
  // The first language with the highest positive score, and the runner-up's score, in one pass. eld
  // scales every score, s / (s + SCALE) with s = score / n, and takes the two largest: scaling is
  // increasing and scores are integers (distinct ones differ by 1 / n, far above rounding), so the two
  // largest scaled scores are those of the two largest scores, scaled alone.
  lastN = n;
  return ranked(n);
}

/** The last eldDetect call's answer among the languages `allowed` keeps (alphabets.ts sets some aside). */
export function eldBestAmong(allowed: (code: string) => boolean): EldResult {
  return ranked(lastN, allowed);
}

/** eld's 0..1 score of a language's summed n-gram score over n n-grams. */
function scaled(v: number, n: number): number {
  const s = v / n;
  return s / (s + SCALE);
}

/** eld's languages (ISO 639-1). */
export const ELD_LANGUAGE_CODES: readonly string[] = CODES;
