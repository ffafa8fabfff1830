// franc's `francAll` (v6), same data and same arithmetic, restructured for speed (franc was 150 µs of
// a post's enrichment): the script of every character is classified once and cached, the text is
// cleaned and lower-cased in one pass into a reused buffer, trigrams are counted as packed integers in
// an open-addressing table, and the distance to every allowed language comes from one inverted index
// (trigram -> [language, rank] pairs) built at construction, instead of an `in` look-up per trigram
// and language. Results are identical to `francAll(value, { only, minLength: 1 })`: franc-fast.test.ts
// compares both on the test texts and on thousands of generated ones.
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's constants. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

export type Ranked = Array<[string, number]>;

// ---------------------------------------------------------------------------------------------------
// Script of the text (franc's getTopScript).

const SCRIPTS = Object.keys(expressions);
const SCRIPT_REGEXES = SCRIPTS.map((s) => new RegExp((expressions[s] as RegExp).source, 'g'));

/** BMP code unit -> script class: 0 unknown yet, 1 none, 2 + k script k, 255 several (see MULTI). */
const BMP_SCRIPT = new Uint8Array(0x10000);
const NO_SCRIPT = 1;
const SEVERAL = 255;
/** Characters matching several scripts, and astral characters (surrogate pairs): their script list. */
const MULTI = new Map<number, readonly number[]>();
const MAX_CACHED_ASTRAL = 4096;

/** How many matches each franc script expression has in `ch` (one character, maybe a surrogate pair). */
function scriptsOf(ch: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < SCRIPT_REGEXES.length; k++) {
    const re = SCRIPT_REGEXES[k] as RegExp;
    re.lastIndex = 0;
    const n = ch.match(re)?.length ?? 0;
    for (let j = 0; j < n; j++) out.push(k);
  }
  return out;
}

const scriptCounts = new Int32Array(SCRIPTS.length);

/** The script with most characters (the first in franc's order on ties), and its share of the text. */
function topScript(value: string): [string | undefined, number] {
  const counts = scriptCounts.fill(0);
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        const cp = c * 0x10000 + d;
        let list = MULTI.get(cp);
        if (!list) {
          list = scriptsOf(value.slice(i, i + 2));
          if (MULTI.size < MAX_CACHED_ASTRAL) MULTI.set(cp, list);
        }
        for (const k of list) counts[k]!++;
        i++;
        continue;
      }
    }
    let cls = BMP_SCRIPT[c] as number;
    if (cls === 0) {
      const list = scriptsOf(value.charAt(i));
      cls = list.length === 0 ? NO_SCRIPT : list.length === 1 ? 2 + (list[0] as number) : SEVERAL;
      if (cls === SEVERAL) MULTI.set(c, list);
      BMP_SCRIPT[c] = cls;
    }
    if (cls === NO_SCRIPT) continue;
    if (cls === SEVERAL) for (const k of MULTI.get(c) ?? []) counts[k]!++;
    else counts[cls - 2]!++;
  }
  let top = -1;
  let topIndex = -1;
  for (let k = 0; k < SCRIPTS.length; k++) {
    const share = (counts[k] as number) / n || 0;
    if (share > top) {
      top = share;
      topIndex = k;
    }
  }
  return [SCRIPTS[topIndex], top];
}

// ---------------------------------------------------------------------------------------------------
// Cleaning (trigram-utils' clean): runs of U+0021..U+0040 and whitespace become one space, the ends are
// trimmed, the rest is lower-cased; trigrams are read from ' ' + cleaned + ' '.

/** Code unit -> 1 when it separates words for trigram-utils (/[\u0021-\u0040]/ or /\s/). */
const SEPARATOR = new Uint8Array(0x10000);
for (let c = 0x21; c <= 0x40; c++) SEPARATOR[c] = 1;
for (let c = 0; c < 0x10000; c++) if (/\s/.test(String.fromCharCode(c))) SEPARATOR[c] = 1;

/**
 * Code unit -> its lower case when that is one code unit and independent of context, 0 otherwise
 * (surrogates, "İ" which lower-cases to two units, "Σ" whose lower case depends on the next letter):
 * a text holding one of those is lower-cased as a whole string, as trigram-utils does.
 */
const LOWER = new Uint16Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if ((c >= 0xd800 && c <= 0xdfff) || c === 0x03a3) continue;
  const l = String.fromCharCode(c).toLowerCase();
  if (l.length === 1) LOWER[c] = l.charCodeAt(0);
}

const CASELESS_ASTRAL = new Map<number, boolean>();
/** Whether an astral character (emoji ...) lower-cases to itself. */
function astralIsCaseless(hi: number, lo: number): boolean {
  const key = hi * 0x10000 + lo;
  let caseless = CASELESS_ASTRAL.get(key);
  if (caseless === undefined) {
    const ch = String.fromCharCode(hi, lo);
    caseless = ch.toLowerCase() === ch;
    if (CASELESS_ASTRAL.size < MAX_CACHED_ASTRAL) CASELESS_ASTRAL.set(key, caseless);
  }
  return caseless;
}

/** ' ' + cleaned + ' ' as code units; reused between calls (MAX_LENGTH + 2 at most). */
const buffer = new Uint16Array(MAX_LENGTH + 2);

/** The code units of ' ' + cleaned + ' ' (a view of `buffer` unless the slow path ran). */
function clean(value: string): Uint16Array {
  let n = 0;
  buffer[n++] = 32;
  let pendingSpace = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (SEPARATOR[c] === 1) {
      pendingSpace = n > 1; // leading separators are trimmed
      continue;
    }
    if (pendingSpace) {
      buffer[n++] = 32;
      pendingSpace = false;
    }
    const lower = LOWER[c] as number;
    if (lower !== 0) {
      buffer[n++] = lower;
      continue;
    }
    if (c < 0xd800 || c > 0xdfff) return cleanSlowly(value); // "İ", "Σ"
    // Surrogates: a pair is lower-cased as one character (emoji stay as they are), a lone one stays.
    const d = value.charCodeAt(i + 1);
    if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      if (!astralIsCaseless(c, d)) return cleanSlowly(value);
      buffer[n++] = c;
      buffer[n++] = d;
      i++;
    } else buffer[n++] = c;
  }
  buffer[n++] = 32;
  return buffer.subarray(0, n);
}

/** trigram-utils verbatim, for texts with a character whose lower case needs the whole string. */
function cleanSlowly(value: string): Uint16Array {
  const cleaned = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' ';
  // Lower-casing may lengthen the text ("İ" -> "i̇"): a buffer of its own.
  const out = new Uint16Array(cleaned.length);
  for (let i = 0; i < cleaned.length; i++) out[i] = cleaned.charCodeAt(i);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Trigram keys and tables.

/** Three code units as one exact number (at most 2^48). */
const pack = (a: number, b: number, c: number): number => a * 0x100000000 + b * 0x10000 + c;
/** Slot of a trigram in a table of 2^bits slots. */
const hash3 = (a: number, b: number, c: number, bits: number): number =>
  Math.imul((Math.imul(a, 0x01000193) ^ b) * 0x01000193 ^ c, 0x9e3779b1) >>> (32 - bits);

const EMPTY = -1;

/** Counting table: distinct trigrams of a sample are at most MAX_LENGTH + 2, so it stays under a quarter full. */
const COUNT_BITS = 13;
const COUNT_MASK = (1 << COUNT_BITS) - 1;
const countKey = new Float64Array(1 << COUNT_BITS).fill(EMPTY);
const countValue = new Int32Array(1 << COUNT_BITS);
const usedSlots = new Int32Array(1 << COUNT_BITS);

interface ScriptModel {
  /** Allowed languages of the script, in franc's (data) order. */
  languages: string[];
  /** Open-addressing index: trigram key, and the [from, to) range of its pairs in `pairs`. */
  bits: number;
  keys: Float64Array;
  from: Int32Array;
  to: Int32Array;
  /** Flat [languageIndex, rank, languageIndex, rank ...]. */
  pairs: Int32Array;
  /** Per-language distance, reused between calls. */
  distance: Float64Array;
}

function buildModel(languages: Record<string, string>, allowed: ReadonlySet<string>): ScriptModel {
  const names = Object.keys(languages).filter((l) => allowed.has(l));
  const lists = new Map<string, number[]>();
  names.forEach((name, li) => {
    const model = (languages[name] as string).split('|');
    // franc keeps the lowest rank of a trigram listed twice.
    const rankOf = new Map<string, number>();
    for (let w = model.length - 1; w >= 0; w--) {
      const t = model[w] as string;
      if (t.length === 3) rankOf.set(t, w); // franc's trigrams are three code units; others never match
    }
    for (const [t, rank] of rankOf) {
      let list = lists.get(t);
      if (!list) lists.set(t, (list = []));
      list.push(li, rank);
    }
  });
  let bits = 4;
  while (1 << bits < lists.size * 4) bits++;
  const mask = (1 << bits) - 1;
  const keys = new Float64Array(1 << bits).fill(EMPTY);
  const from = new Int32Array(1 << bits);
  const to = new Int32Array(1 << bits);
  const flat: number[] = [];
  for (const [t, list] of lists) {
    const [a, b, c] = [t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)];
    let slot = hash3(a, b, c, bits);
    while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    keys[slot] = pack(a, b, c);
    from[slot] = flat.length;
    flat.push(...list);
    to[slot] = flat.length;
  }
  return { languages: names, bits, keys, from, to, pairs: Int32Array.from(flat), distance: new Float64Array(names.length) };
}

/** Adds one trigram seen n times: |n - rank - 1| instead of MAX_DIFFERENCE for each language whose model has it. */
function addTrigram(model: ScriptModel, a: number, b: number, c: number, n: number): void {
  const key = pack(a, b, c);
  const mask = (1 << model.bits) - 1;
  let slot = hash3(a, b, c, model.bits);
  for (;;) {
    const k = model.keys[slot] as number;
    if (k === key) break;
    if (k === EMPTY) return;
    slot = (slot + 1) & mask;
  }
  const pairs = model.pairs;
  const distance = model.distance;
  const end = model.to[slot] as number;
  for (let j = model.from[slot] as number; j < end; j += 2) {
    let difference = n - (pairs[j + 1] as number) - 1;
    if (difference < 0) difference = -difference;
    distance[pairs[j] as number]! += difference - MAX_DIFFERENCE;
  }
}

/** A francAll restricted to `only`, for a text of at least one character (franc's minLength: 1). */
export function createFrancAll(only: readonly string[]): (value: string) => Ranked {
  const allowed = new Set(only);
  const models = new Map<string, ScriptModel>();
  for (const [script, languages] of Object.entries(data)) models.set(script, buildModel(languages, allowed));
  const und = (): Ranked => [['und', 1]];

  return (input: string): Ranked => {
    if (!input) return und();
    const value = input.slice(0, MAX_LENGTH);
    const [script, share] = topScript(value);
    const model = script === undefined ? undefined : models.get(script);
    if (script === undefined || !model) {
      if (script === undefined || share === 0 || !allowed.has(script)) return und();
      return [[script, 1]];
    }
    if (model.languages.length === 0) return und();

    // Count trigrams of the cleaned text.
    const units = clean(value);
    const length = units.length;
    let used = 0;
    let a = units[0] as number;
    let b = units[1] as number;
    for (let i = 2; i < length; i++) {
      const c = units[i] as number;
      const key = pack(a, b, c);
      let slot = hash3(a, b, c, COUNT_BITS);
      for (;;) {
        const k = countKey[slot] as number;
        if (k === key) {
          countValue[slot]!++;
          break;
        }
        if (k === EMPTY) {
          countKey[slot] = key;
          countValue[slot] = 1;
          usedSlots[used++] = slot;
          break;
        }
        slot = (slot + 1) & COUNT_MASK;
      }
      a = b;
      b = c;
    }

    const distance = model.distance.fill(used * MAX_DIFFERENCE);
    for (let u = 0; u < used; u++) {
      const slot = usedSlots[u] as number;
      const key = countKey[slot] as number;
      const hi = Math.floor(key / 0x100000000);
      const mid = Math.floor(key / 0x10000) & 0xffff;
      addTrigram(model, hi, mid, key & 0xffff, countValue[slot] as number);
      countKey[slot] = EMPTY;
    }

    // Stable sort by distance (insertion sort: a few dozen languages), then franc's normalisation.
    const ranked: Ranked = [];
    for (let li = 0; li < model.languages.length; li++) {
      const entry: [string, number] = [model.languages[li] as string, distance[li] as number];
      let j = ranked.length;
      ranked.push(entry);
      while (j > 0 && (ranked[j - 1] as [string, number])[1] > entry[1]) {
        ranked[j] = ranked[j - 1] as [string, number];
        j--;
      }
      ranked[j] = entry;
    }
    const min = (ranked[0] as [string, number])[1];
    const max = value.length * MAX_DIFFERENCE - min;
    for (const r of ranked) r[1] = 1 - (r[1] - min) / max || 0;
    return ranked;
  };
}
