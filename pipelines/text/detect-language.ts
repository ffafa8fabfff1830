// Language of a post (ESMA Guideline 1 annex: content in an EU official language is a targeting factor).
import { francAll } from 'franc';
import type { LanguageResult } from '../contracts/enriched-item.ts';
import { maskUrls } from './mask-urls.ts';
import { ALPHABETS, EU_OFFICIAL_LANGUAGES, FRANC_LANGUAGES, ISO3_TO_ISO1 } from './phrases/languages.ts';

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
const LETTER = /\p{L}/gu;

/** Drop what is not language: URLs, @handles, #hashtags, codes (tokens with digits or all capitals), numbers. */
export function languageSample(text: string): string {
  const masked = maskUrls(text.length > SAMPLE_CHARS * 4 ? text.slice(0, SAMPLE_CHARS * 4) : text).text;
  const kept: string[] = [];
  let length = 0;
  for (const m of masked.matchAll(/\S+/g)) {
    const w = m[0];
    const c = w.charAt(0);
    if (c === '@' || c === '#' || c === '＃' || c === '$') continue;
    if (/\d/.test(w)) continue;
    // All-capital tokens of 3+ letters are codes, tickers or shouting; none carries trigram evidence we want.
    if (w.length >= 3 && w === w.toUpperCase() && w !== w.toLowerCase()) continue;
    kept.push(w);
    length += w.length + 1;
    if (length >= SAMPLE_CHARS) break;
  }
  return kept.join(' ');
}

export function detectLanguage(text: string): LanguageResult {
  const sample = languageSample(text);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters < MIN_LETTERS) return UNKNOWN;
  const ranked = francAll(sample, { only: [...FRANC_LANGUAGES], minLength: 1 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return UNKNOWN;
  const francCode = ISO3_TO_ISO1[best[0]] ?? null;
  if (!francCode) return UNKNOWN;
  // Single-script languages (Greek, Japanese ...) come back alone with score 1: the script decides.
  const gap = second ? best[1] - second[1] : 1;
  // Short texts get less credit for the same gap: trigram counts are small.
  const lengthFactor = Math.min(1, letters / 100);
  let confidence = Math.round(Math.min(1, gap / CLEAR_GAP) * (0.5 + 0.5 * lengthFactor) * 100) / 100;
  const code = byAlphabet(sample, francCode, ranked);
  // Overruling franc on a letter is a good bet, not a certainty.
  if (code !== francCode) confidence = Math.min(confidence, 0.6);
  return { code, confidence, euOfficial: EU_OFFICIAL_LANGUAGES.has(code) };
}

/** Non-ASCII letters of the text (lower case), once each. */
function foreignLetters(text: string): string[] {
  const out = new Set<string>();
  for (const ch of text.toLowerCase()) if (ch > '\u007f' && /\p{L}/u.test(ch)) out.add(ch);
  return [...out];
}

/** Letters are strong evidence ("ů" is Czech only), but only between candidates franc already ranks this close. */
const ALPHABET_GAP = 0.5;

/** The best-ranked candidate whose alphabet covers every non-ASCII letter, when the winner's does not. */
function byAlphabet(sample: string, winner: string, ranked: ReadonlyArray<readonly [string, number]>): string {
  const own = ALPHABETS[winner];
  if (own === undefined) return winner;
  const letters = foreignLetters(sample);
  const covers = (alphabet: string): boolean => letters.every((ch) => alphabet.includes(ch));
  if (covers(own)) return winner;
  const top = ranked[0]?.[1] ?? 1;
  for (const [iso3, score] of ranked.slice(1)) {
    if (top - score >= ALPHABET_GAP) break;
    const code = ISO3_TO_ISO1[iso3];
    const alphabet = code ? ALPHABETS[code] : undefined;
    if (code && alphabet !== undefined && covers(alphabet)) return code;
  }
  return winner;
}
