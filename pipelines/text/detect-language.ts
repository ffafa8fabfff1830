// Language of a post (ESMA Guideline 1 annex: content in an EU official language is a targeting factor).
import type { LanguageResult } from '../contracts/enriched-item.ts';
import { createFrancAll } from './franc-fast.ts';
import { letterAt, SPACE_TABLE } from './chars.ts';
import { maskUrls } from './mask-urls.ts';
import type { TextInput } from './prepare.ts';
import { ALPHABETS, EU_OFFICIAL_LANGUAGES, FRANC_LANGUAGES, ISO3_TO_ISO1 } from './phrases/languages.ts';
import { STOP_WORD_CODES, STOP_WORD_FILTER, STOP_WORD_INDEX, stopWordSlot } from './phrases/stop-words.ts';
import { tokenise, type Token } from './tokenise.ts';

/** /\s/ per code unit (chars.ts), bound locally for the scanning loops. */
const SPACE = SPACE_TABLE;

/** Fewer letters than this and trigram statistics are noise. */
export const MIN_LETTERS = 20;
/** franc reads at most 2048 characters; we cut earlier on a whitespace so a word is not split. */
const SAMPLE_CHARS = 2000;
/**
 * franc's scores are normalised so the best language is 1. A gap of 0.1 to the runner-up is already
 * a clear decision on a post-sized text (measured on the test samples); below ~0.02 languages are
 * near ties (da/sv, cs/sk, hr/sl).
 */
const CLEAR_GAP = 0.1;

const UNKNOWN: LanguageResult = { code: null, confidence: 0, euOfficial: false };
/** franc's francAll restricted to FRANC_LANGUAGES (same results, see franc-fast.ts). */
const rank = createFrancAll(FRANC_LANGUAGES);

/** Drop what is not language: URLs, @handles, #hashtags, codes (tokens with digits or all capitals), numbers. */
export function languageSample(input: TextInput): string {
  return sampleString(sampleOf(input));
}

interface Sample {
  /** The masked text the words are read from. */
  text: string;
  /** Number of kept words; their [start, end) ranges in `text` are WORDS[2k], WORDS[2k + 1]. */
  words: number;
  /** Letters (\p{L}) in the sample. */
  letters: number;
  /** No character above U+007F: no letter for the alphabet check. */
  ascii: boolean;
  /** The masked text the sample was taken from, when it is not the prepared input's (else null). */
  source: string | null;
}

/**
 * Word ranges of the last sample (at most SAMPLE_CHARS characters, so at most SAMPLE_CHARS / 2 + 1
 * words). The sample string is only built when franc needs it: the stop-word path reads the ranges.
 */
const WORDS = new Int32Array(SAMPLE_CHARS + 4);

/** The kept words joined by single spaces: what franc reads. */
function sampleString(s: Sample): string {
  let out = '';
  for (let k = 0; k < s.words; k++) {
    const w = s.text.slice(WORDS[2 * k] as number, WORDS[2 * k + 1] as number);
    out = k === 0 ? w : out + ' ' + w;
  }
  return out;
}

function sampleOf(input: TextInput): Sample {
  const text = typeof input === 'string' ? input : input.text;
  // A long text is cut before masking; a short one prepared by the caller is already masked.
  const source =
    text.length > SAMPLE_CHARS * 4 ? maskUrls(text.slice(0, SAMPLE_CHARS * 4)).text : typeof input === 'string' ? maskUrls(text).text : input.masked.text;
  let words = 0;
  let length = 0;
  let letters = 0;
  let allAscii = true;
  const n = source.length;
  for (let i = 0; i < n; ) {
    // A whitespace-separated word [start, i).
    while (i < n && SPACE[source.charCodeAt(i)] === 1) i++;
    if (i >= n) break;
    const start = i;
    let digit = false;
    let ascii = true;
    let asciiUpper = false;
    let asciiLower = false;
    let asciiLetters = 0;
    // \p{L} code points above U+007F, counted as countLetters(word) would (a letter's surrogate pair is one).
    let otherLetters = 0;
    for (; i < n; i++) {
      const c = source.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 48 && c <= 57) digit = true;
        else if (c >= 65 && c <= 90) {
          asciiUpper = true;
          asciiLetters++;
        } else if (c >= 97 && c <= 122) {
          asciiLower = true;
          asciiLetters++;
        } else if (SPACE[c] === 1) break;
      } else {
        if (SPACE[c] === 1) break;
        ascii = false;
        const len = letterAt(source, i);
        if (len) {
          otherLetters++;
          i += len - 1;
        }
      }
    }
    if (digit) continue;
    const c = source.charCodeAt(start);
    if (c === 64 /* @ */ || c === 35 /* # */ || c === 0xff03 /* ＃ */ || c === 36 /* $ */) continue;
    // All-capital tokens of 3+ letters are codes, tickers or shouting; none carries trigram evidence we want.
    // (A lower-case ASCII letter already rules it out: no case conversion needed.)
    if (i - start >= 3 && (ascii || asciiLower ? asciiUpper && !asciiLower : isAllCapsWord(source.slice(start, i)))) continue;
    WORDS[2 * words] = start;
    WORDS[2 * words + 1] = i;
    words++;
    length += i - start + 1;
    letters += asciiLetters + otherLetters;
    if (!ascii) allAscii = false;
    if (length >= SAMPLE_CHARS) break;
  }
  return { text: source, words, letters, ascii: allAscii, source: typeof input === 'string' || source !== input.masked.text ? source : null };
}

function isAllCapsWord(w: string): boolean {
  return w === w.toUpperCase() && w !== w.toLowerCase();
}

// ---------------------------------------------------------------------------------------------------
// Stop-word fast path: the tokens' folded keys looked up among the distinctive function words of the
// Latin-script EU languages (phrases/stop-words.ts). A clear winner is franc's answer on such texts
// (detect-language-fast.test.ts compares both on the sample items); anything less goes to franc.

/** Hits the winner needs, and how many times the runner-up's it must have. */
const MIN_HITS = 4;
const HIT_RATIO = 2;
/**
 * Languages franc near-ties with a neighbour (da/sv, sk/cs, hr/sl): their words still count, so a
 * Danish text is no clear win for English, but franc decides when they win (it says Danish for some
 * Swedish posts, and the answer must stay franc's).
 */
const FRANC_DECIDES: ReadonlySet<string> = new Set(['da', 'sv', 'sk', 'hr', 'sl']);
const STOP_FILTER = STOP_WORD_FILTER;
/** Weighted hits per language (STOP_WORD_CODES order), reused between calls. */
const hits = new Float64Array(STOP_WORD_CODES.length);

/** Latin letters (Latin-1, Extended-A/B, Extended Additional): franc's Latin script. */
function isLatinStart(c: number): boolean {
  return c < 0x250 || (c >= 0x1e00 && c <= 0x1eff);
}

/** The stop-word winner and its margin, or null when franc must decide. */
function byStopWords(tokens: readonly Token[]): { code: string; best: number; second: number } | null {
  hits.fill(0);
  let latin = 0;
  let other = 0;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k] as Token;
    if (tok.kind !== 'word') continue;
    const len = tok.end - tok.start;
    if (isLatinStart(tok.text.charCodeAt(0))) latin += len;
    else other += len;
    if (tok.hash || tok.at || len > 7 || STOP_FILTER[stopWordSlot(tok.key)] !== 1) continue;
    const word = STOP_WORD_INDEX.get(tok.key);
    if (word === undefined) continue;
    // All-capital words are left out of franc's sample.
    const c1 = tok.text.charCodeAt(1);
    if (len >= 3 && c1 >= 65 && c1 <= 90) continue;
    for (const lang of word.langs) hits[lang]! += word.weight;
  }
  // franc reads the script with most characters first: the text must be clearly Latin.
  if (latin <= 2 * other) return null;
  let best = 0;
  let second = 0;
  let winner = -1;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as number;
    if (h > best) {
      second = best;
      best = h;
      winner = k;
    } else if (h > second) second = h;
  }
  const code = STOP_WORD_CODES[winner];
  if (code === undefined || best < MIN_HITS || best < HIT_RATIO * second || FRANC_DECIDES.has(code)) return null;
  return { code, best, second };
}

export function detectLanguage(input: TextInput): LanguageResult {
  const sample = sampleOf(input);
  const { letters, ascii, source } = sample;
  if (letters < MIN_LETTERS) return UNKNOWN;
  const fast = byStopWords(source === null && typeof input !== 'string' ? input.t.tokens : tokenise(source ?? '').tokens);
  if (fast) {
    const own = ALPHABETS[fast.code];
    // The letters check: a letter the winner never writes sends the text to franc.
    if (ascii || own === undefined || alphabetCovers(own, sample)) {
      const lengthFactor = Math.min(1, letters / 100);
      const confidence = Math.round(Math.min(1, (fast.best - fast.second) / 3) * (0.5 + 0.5 * lengthFactor) * 100) / 100;
      return { code: fast.code, confidence, euOfficial: true };
    }
  }
  return byFranc(sampleString(sample), letters, ascii);
}

/**
 * covers(alphabet, foreignLetters(sampleString(s))) without building the sample: the words are lower-
 * cased one by one (the same letters: the only context-dependent lower-casing, Greek final sigma, never
 * looks across a space).
 */
function alphabetCovers(alphabet: string, s: Sample): boolean {
  for (let k = 0; k < s.words; k++) {
    const start = WORDS[2 * k] as number;
    const end = WORDS[2 * k + 1] as number;
    let i = start;
    while (i < end && s.text.charCodeAt(i) < 0x80) i++;
    if (i === end) continue;
    const lower = s.text.slice(start, end).toLowerCase();
    for (let j = 0; j < lower.length; ) {
      if (lower.charCodeAt(j) < 0x80) {
        j++;
        continue;
      }
      const len = letterAt(lower, j);
      if (len && !alphabet.includes(lower.slice(j, j + len))) return false;
      j += len || 1;
    }
  }
  return true;
}

/** What detectLanguage answered before the stop-word fast path (franc only); tests compare the codes. */
export function detectLanguageByFranc(input: TextInput): LanguageResult {
  const sample = sampleOf(input);
  return sample.letters < MIN_LETTERS ? UNKNOWN : byFranc(sampleString(sample), sample.letters, sample.ascii);
}

function byFranc(sample: string, letters: number, ascii: boolean): LanguageResult {
  const ranked = rank(sample);
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return UNKNOWN;
  const francCode = ISO3_TO_ISO1[best[0]] ?? null;
  if (!francCode) return UNKNOWN;
  // Single-script languages (Greek, Japanese ...) come back alone with score 1: the script decides.
  const gap = second ? best[1] - second[1] : 1;
  // Short texts get less credit for the same gap: trigram counts are small.
  const lengthFactor = Math.min(1, letters / 100);
  let confidence = Math.round(Math.min(1, gap / CLEAR_GAP) * (0.5 + 0.5 * lengthFactor) * 100) / 100;
  // The alphabet check needs a letter above U+007F: pure ASCII keeps franc's answer.
  const code = ascii ? francCode : byAlphabet(sample, francCode, ranked);
  // Overruling franc on a letter is a good bet, not a certainty.
  if (code !== francCode) confidence = Math.min(confidence, 0.6);
  return { code, confidence, euOfficial: EU_OFFICIAL_LANGUAGES.has(code) };
}

/** Non-ASCII letters of the text (lower case), once each. */
function foreignLetters(text: string): string[] {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    if (lower.charCodeAt(i) < 0x80) {
      i++;
      continue;
    }
    const len = letterAt(lower, i);
    if (len) out.add(lower.slice(i, i + len));
    i += len || 1;
  }
  return [...out];
}

/** Letters are strong evidence ("ů" is Czech only), but only between candidates franc already ranks this close. */
const ALPHABET_GAP = 0.5;

function covers(alphabet: string, letters: readonly string[]): boolean {
  return letters.every((ch) => alphabet.includes(ch));
}

/** The best-ranked candidate whose alphabet covers every non-ASCII letter, when the winner's does not. */
function byAlphabet(sample: string, winner: string, ranked: ReadonlyArray<readonly [string, number]>): string {
  const own = ALPHABETS[winner];
  if (own === undefined) return winner;
  const letters = foreignLetters(sample);
  if (covers(own, letters)) return winner;
  const top = ranked[0]?.[1] ?? 1;
  for (const [iso3, score] of ranked.slice(1)) {
    if (top - score >= ALPHABET_GAP) break;
    const code = ISO3_TO_ISO1[iso3];
    const alphabet = code ? ALPHABETS[code] : undefined;
    if (code && alphabet !== undefined && covers(alphabet, letters)) return code;
  }
  return winner;
}
