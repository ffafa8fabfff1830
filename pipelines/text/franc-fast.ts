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
// Trigram keys and tables. A trigram whose three code units are below U+0400 (Latin, Greek: nearly
// all of them) is a small integer key kept in flat Int32Array hash tables, one cache line per probe;
// the others (Cyrillic, Arabic ...) go through Maps keyed by an exact double.

const SMALL = 0x400;
const smallKey = (a: number, b: number, c: number): number => (a << 20) | (b << 10) | c;
const bigKey = (a: number, b: number, c: number): number => a * 0x100000000 + b * 0x10000 + c;
const isSmall = (a: number, b: number, c: number): boolean => (a | b | c) < SMALL;
/** Slot of a small key in a table of 2^bits slots. */
const slotOf = (key: number, bits: number): number => Math.imul(key, 0x9e3779b1) >>> (32 - bits);

const EMPTY = -1;

/** Counting table, [key, count] per slot: a sample has at most ~4k distinct trigrams, so it stays under half full. */
const COUNT_BITS = 13;
const counts = new Int32Array(2 << COUNT_BITS).fill(EMPTY);
const usedSlots = new Int32Array(1 << COUNT_BITS);

interface ScriptModel {
  /** Allowed languages of the script, in franc's (data) order. */
  languages: string[];
  /** Open-addressing index of small keys, [key, from, to, -] per slot: the range of the key's pairs in `pairs`. */
  bits: number;
  index: Int32Array;
  /** Big keys: [from, to]. */
  big: Map<number, readonly [number, number]>;
  /** Flat [languageIndex, rank, languageIndex, rank ...]. */
  pairs: Int32Array;
  /** Per-language distance and sort order, reused between calls. */
  distance: Float64Array;
  order: Int32Array;
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
  while (1 << bits < lists.size * 2) bits++;
  const mask = (1 << bits) - 1;
  const index = new Int32Array(4 << bits).fill(EMPTY);
  const big = new Map<number, readonly [number, number]>();
  const flat: number[] = [];
  for (const [t, list] of lists) {
    const [a, b, c] = [t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)];
    const from = flat.length;
    flat.push(...list);
    if (!isSmall(a, b, c)) {
      big.set(bigKey(a, b, c), [from, flat.length]);
      continue;
    }
    const key = smallKey(a, b, c);
    let slot = slotOf(key, bits);
    while (index[slot * 4] !== EMPTY) slot = (slot + 1) & mask;
    index[slot * 4] = key;
    index[slot * 4 + 1] = from;
    index[slot * 4 + 2] = flat.length;
  }
  return { languages: names, bits, index, big, pairs: Int32Array.from(flat), distance: new Float64Array(names.length), order: new Int32Array(names.length) };
}

/** Adds the trigram pairs [from, to) seen n times: |n - rank - 1| instead of MAX_DIFFERENCE for each language having it. */
function addPairs(model: ScriptModel, from: number, to: number, n: number): void {
  const pairs = model.pairs;
  const distance = model.distance;
  for (let j = from; j < to; j += 2) {
    let difference = n - (pairs[j + 1] as number) - 1;
    if (difference < 0) difference = -difference;
    distance[pairs[j] as number]! += difference - MAX_DIFFERENCE;
  }
}

function addSmall(model: ScriptModel, key: number, n: number): void {
  const index = model.index;
  const mask = (1 << model.bits) - 1;
  let slot = slotOf(key, model.bits);
  for (;;) {
    const k = index[slot * 4] as number;
    if (k === key) return addPairs(model, index[slot * 4 + 1] as number, index[slot * 4 + 2] as number, n);
    if (k === EMPTY) return;
    slot = (slot + 1) & mask;
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
    let big: Map<number, number> | null = null;
    // A table sized to the sample (at most half full) keeps the touched memory small.
    let bits = 6;
    while (1 << bits < length * 2 && bits < COUNT_BITS) bits++;
    const mask = (1 << bits) - 1;
    let a = units[0] as number;
    let b = units[1] as number;
    for (let i = 2; i < length; i++) {
      const c = units[i] as number;
      if (isSmall(a, b, c)) {
        const key = smallKey(a, b, c);
        let slot = slotOf(key, bits);
        for (;;) {
          const k = counts[slot * 2] as number;
          if (k === key) {
            counts[slot * 2 + 1]!++;
            break;
          }
          if (k === EMPTY) {
            counts[slot * 2] = key;
            counts[slot * 2 + 1] = 1;
            usedSlots[used++] = slot;
            break;
          }
          slot = (slot + 1) & mask;
        }
      } else {
        const key = bigKey(a, b, c);
        big ??= new Map();
        big.set(key, (big.get(key) ?? 0) + 1);
      }
      a = b;
      b = c;
    }

    const distance = model.distance.fill((used + (big ? big.size : 0)) * MAX_DIFFERENCE);
    for (let u = 0; u < used; u++) {
      const slot = usedSlots[u] as number;
      addSmall(model, counts[slot * 2] as number, counts[slot * 2 + 1] as number);
      counts[slot * 2] = EMPTY;
    }
    big?.forEach((n, key) => {
      const range = model.big.get(key);
      if (range) addPairs(model, range[0], range[1], n);
    });

    // Stable sort by distance (insertion sort over language indices: a few dozen), then franc's normalisation.
    const nLanguages = model.languages.length;
    const order = model.order;
    for (let li = 0; li < nLanguages; li++) {
      const d = distance[li] as number;
      let j = li;
      while (j > 0 && (distance[order[j - 1] as number] as number) > d) {
        order[j] = order[j - 1] as number;
        j--;
      }
      order[j] = li;
    }
    const min = distance[order[0] as number] as number;
    const max = value.length * MAX_DIFFERENCE - min;
    const ranked: Ranked = [];
    for (let k = 0; k < nLanguages; k++) {
      const li = order[k] as number;
      ranked.push([model.languages[li] as string, 1 - ((distance[li] as number) - min) / max || 0]);
    }
    return ranked;
  };
}
