// eld's detect() (npm `eld` 2.x, medium data) on the same data and with the same arithmetic, restructured
// for speed: eld keeps its n-gram table as an object of objects and sums scores with for-in loops over
// string keys, which made it a quarter of an item's enrichment (CPU profile of `npm run bench`). Here
// the table becomes, once, a Map from n-gram to a flat Int32Array of [language, score] pairs, and the
// n-grams of a text are a Set. Results are identical to eld's (eld-fast.test.ts compares language and
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

// One flat array of [language, score] pairs; the Map holds each n-gram's first pair index x 64 + its
// pair count (at most 60 languages): a small integer, so the table is one object for the collector, not 100k.
const TABLE = new Map<string, number>();
const PAIRS: Int32Array = (() => {
  const flat: number[] = [];
  for (const [ngram, byLanguage] of Object.entries(ngramsData.ngrams)) {
    const keys = Object.keys(byLanguage);
    TABLE.set(ngram, (flat.length / 2) * 64 + keys.length);
    for (const k of keys) flat.push(Number(k), (byLanguage[Number(k)] as number) + BASE_NGRAM_SCORE);
  }
  return Int32Array.from(flat);
})();

/** The text's words as eld encodes them: each UTF-8 byte one character of eld's dictionary; cut after ~350 bytes. */
function utf8Words(str: string): string[] {
  let encoded = '';
  const words: string[] = [];
  let bytes = 0;
  const d = dictionary;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (bytes > 350) break;
      } else encoded += str[i];
      bytes++;
    } else if (c < 0x800) {
      encoded += d[0xc0 | (c >> 6)]! + d[0x80 | (c & 0x3f)]!;
      bytes += 2;
    } else if (c < 0xd800 || c >= 0xe000) {
      encoded += d[0xe0 | (c >> 12)]! + d[0x80 | ((c >> 6) & 0x3f)]! + d[0x80 | (c & 0x3f)]!;
      bytes += 3;
    } else {
      i++;
      c = 0x10000 + (((c & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      encoded += d[0xf0 | (c >> 18)]! + d[0x80 | ((c >> 12) & 0x3f)]! + d[0x80 | ((c >> 6) & 0x3f)]! + d[0x80 | (c & 0x3f)]!;
      bytes += 4;
    }
    if (bytes > 380) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** Four-byte n-grams with a stride of three, the first marked by a leading space and the last by a trailing one. */
function ngramsOf(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const len = word.length > 70 ? 70 : word.length;
    let j = 0;
    for (; j + 4 < len; j += 3) out.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    out.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  return out;
}

export interface EldResult {
  /** ISO 639-1, or '' when no n-gram is known. */
  language: string;
  /** eld's 0..1 scores of the best and the second language (getScores()'s first two values). */
  best: number;
  second: number;
}

const scores = new Float64Array(N_LANGUAGES);

export function eldDetect(input: string): EldResult {
  const text = input.substring(0, 1000).replace(separators, ' ').trim().toLowerCase();
  const grams = ngramsOf(utf8Words(text));
  scores.fill(0);
  for (const g of grams) {
    const at = TABLE.get(g);
    if (at === undefined) continue;
    const from = (at >>> 6) * 2;
    const to = from + (at & 63) * 2;
    for (let j = from; j < to; j += 2) scores[PAIRS[j] as number]! += PAIRS[j + 1] as number;
  }
  // The first language with the highest positive score; then the two best scaled scores.
  let winner = -1;
  let max = 0;
  for (let k = 0; k < N_LANGUAGES; k++) {
    const v = scores[k] as number;
    if (v > 0 && v > max) {
      max = v;
      winner = k;
    }
  }
  if (winner < 0) return { language: '', best: 0, second: 0 };
  const n = grams.size;
  let best = 0;
  let second = 0;
  for (let k = 0; k < N_LANGUAGES; k++) {
    const v = scores[k] as number;
    if (v <= 0) continue;
    const s = v / n;
    const scaled = s / (s + SCALE);
    if (scaled > best) {
      second = best;
      best = scaled;
    } else if (scaled > second) second = scaled;
  }
  return { language: CODES[winner] as string, best, second };
}

/** eld's languages (ISO 639-1). */
export const ELD_LANGUAGE_CODES: readonly string[] = CODES;
