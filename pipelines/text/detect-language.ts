// Language of a post (ESMA Guideline 1 annex: content in an EU official language is a targeting factor).
import type { LanguageResult } from '../contracts/enriched-item.ts';
import { letterAt, SPACE_TABLE } from './chars.ts';
import { fold } from './fold.ts';
import { identify } from './identify-language.ts';
import { maskUrls } from './mask-urls.ts';
import type { TextInput } from './prepare.ts';
import { EU_OFFICIAL_LANGUAGES } from './phrases/languages.ts';

/** /\s/ per code unit (chars.ts), bound locally for the scanning loops. */
const SPACE = SPACE_TABLE;

/**
 * Fewer letters than this and the answer is a guess: right on 62-77% of 5-9-letter samples of the corpora's
 * language rows (docs/decisions/0018, sixth addendum), so it is given, for the analyst and the language
 * filter, but capped at SHORT_GUESS_CONFIDENCE, under the EU-language nexus floor (0.4): a word or two never
 * make a nexus. Between this and ~40 letters answers come with a low confidence too.
 */
export const MIN_LETTERS = 10;
/** Fewer letters than this and no answer at all: at 5 letters a guess is still right 62% of the time (0018). */
export const MIN_GUESS_LETTERS = 5;
/** The most confidence a guess on fewer than MIN_LETTERS letters carries: below the EU-language nexus floor. */
export const SHORT_GUESS_CONFIDENCE = 0.3;
/** The identifiers read a few hundred bytes; we cut on a whitespace so a word is not split. */
const SAMPLE_CHARS = 1000;

const UNKNOWN: LanguageResult = { code: null, confidence: 0, euOfficial: false };

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
  /** Letters of the all-capital words of 3+ characters left out (codes, tickers, or a post written in capitals). */
  capsLetters: number;
  /** A letter in a compatibility form (fancy font, full width) was met: NFKC is wanted. */
  compat: boolean;
  /** The words are read lower-cased (a post written in capitals). */
  lower: boolean;
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
  return s.lower ? out.toLowerCase() : out;
}

/**
 * Whether the code unit c at i starts a letter in a compatibility form NFKC turns into a plain one: "fancy fonts"
 * (mathematical bold, italic, script, double-struck, sans-serif: U+1D400-1D7FF, high surrogate D835), full-width
 * letters, circled and squared letters (U+24B6-24E9, U+1F130-1F189), ligatures (ﬁ, ﬂ). The identifiers were trained on
 * plain letters: "𝐄𝐧𝐝𝐥𝐢𝐜𝐡 𝐰𝐢𝐞𝐝𝐞𝐫" is no German to them. Checked in the scan, so an ordinary post pays nothing more.
 */
function compatLetterAt(source: string, i: number, c: number): boolean {
  if (c === 0xd835) return true;
  if (c === 0xd83c) {
    const d = source.charCodeAt(i + 1);
    return d >= 0xdd30 && d <= 0xdd89;
  }
  return (
    (c >= 0xff21 && c <= 0xff5a && (c <= 0xff3a || c >= 0xff41)) || (c >= 0x24b6 && c <= 0x24e9) || (c >= 0xfb00 && c <= 0xfb06) ||
    (c >= 0x0262 && c <= 0x029f && SMALL_CAPITALS.has(c)) || (c >= 0x1d00 && c <= 0x1d22 && SMALL_CAPITALS.has(c)) || c === 0xa730 || c === 0xa731 ||
    c === 0x0305 || (c >= 0x0332 && c <= 0x0338)
  );
}

/**
 * Fancy fonts NFKC leaves alone: "small capitals" (ᴛᴏᴅᴏ ᴇɴ ʀᴏᴊᴏ: phonetic letters no language we meet writes) stand
 * for the plain letters; underline, overline and strike-through marks (H̲e̲u̲t̲e̲, T̶u̶t̶t̶o̶) are decoration, and split
 * every word into single letters for the identifiers.
 */
const SMALL_CAPITALS: ReadonlyMap<number, string> = new Map(
  [...'ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢ'].map((ch, k) => [ch.charCodeAt(0), 'abcdefghijklmnoprstuvwyz'[k]!]),
);
const DECORATION = /[\u0305\u0332-\u0338]/gu;
const SMALL_CAPITAL = /[\u0262-\u029f\u1d00-\u1d22\ua730\ua731]/gu;

/** The text with fancy-font letters made plain: NFKC, small capitals lower-cased, decorative marks dropped. */
function plainLetters(text: string): string {
  return text.normalize('NFKC').replace(DECORATION, '').replace(SMALL_CAPITAL, (ch) => SMALL_CAPITALS.get(ch.charCodeAt(0)) ?? ch);
}

function sampleOf(input: TextInput): Sample {
  const text = typeof input === 'string' ? input : input.text;
  // A long text is cut before masking; a short one prepared by the caller is already masked.
  let source =
    text.length > SAMPLE_CHARS * 4 ? maskUrls(text.slice(0, SAMPLE_CHARS * 4)).text : typeof input === 'string' ? maskUrls(text).text : input.masked.text;
  let sample = scan(source, false);
  // Fancy-font letters are read as the plain letters they stand for (masked again: a full-width link becomes one).
  if (sample.compat) {
    source = maskUrls(plainLetters(source)).text;
    sample = scan(source, false);
  }
  // A post written in capitals ("TODO EN ROJO HOY", "ΠΑΜΕ ΓΙΑ ΝΕΑ ΥΨΗΛΑ"): its all-capital words are its language, not
  // codes. When they hold more letters than the other words, they are read too, lower-cased (the identifiers' models
  // and our marker words are of ordinary text). Codes with digits, handles and cashtags stay out.
  const shouted = sample.capsLetters > sample.letters ? { ...scan(source, true), lower: true } : sample;
  return { ...shouted, source: typeof input === 'string' || source !== input.masked.text ? source : null };
}

function scan(source: string, keepCaps: boolean): Sample {
  let words = 0;
  let capsLetters = 0;
  let compat = false;
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
        if (!compat && compatLetterAt(source, i, c)) compat = true;
        const len = letterAt(source, i);
        if (len) {
          otherLetters++;
          i += len - 1;
        }
      }
    }
    if (digit) continue;
    const c = source.charCodeAt(start);
    // A hashtag in letters beyond ASCII ("#Україна", "#Србија", "#Għawdex") is a word of the post's language;
    // an ASCII one ("#crypto", "#fyp") is mostly English tagging and stays out.
    const hashtag = c === 35 /* # */ || c === 0xff03; /* ＃ */
    if (c === 64 /* @ */ || c === 36 /* $ */ || (hashtag && (ascii || otherLetters === 0))) continue;
    if (hashtag) {
      WORDS[2 * words] = start + 1;
      WORDS[2 * words + 1] = i;
      words++;
      length += i - start;
      letters += asciiLetters + otherLetters;
      allAscii = false;
      if (length >= SAMPLE_CHARS) break;
      continue;
    }
    // All-capital tokens of 3+ letters are codes, tickers or shouting; none carries trigram evidence we want.
    // (A lower-case ASCII letter already rules it out: no case conversion needed.)
    if (!keepCaps && i - start >= 3 && (ascii || asciiLower ? asciiUpper && !asciiLower : isAllCapsWord(source.slice(start, i)))) {
      capsLetters += asciiLetters + otherLetters;
      continue;
    }
    WORDS[2 * words] = start;
    WORDS[2 * words + 1] = i;
    words++;
    length += i - start + 1;
    letters += asciiLetters + otherLetters;
    if (!ascii) allAscii = false;
    if (length >= SAMPLE_CHARS) break;
  }
  return { text: source, words, letters, capsLetters, compat, lower: false, ascii: allAscii, source: null };
}

function isAllCapsWord(w: string): boolean {
  return w === w.toUpperCase() && w !== w.toLowerCase();
}


export function detectLanguage(input: TextInput): LanguageResult {
  const sample = sampleOf(input);
  if (sample.letters < MIN_GUESS_LETTERS) return UNKNOWN;
  const found = identify(sampleString(sample), sample.letters, () => countryHints(input));
  if (!found) return UNKNOWN;
  const confidence = sample.letters < MIN_LETTERS ? Math.min(found.confidence, SHORT_GUESS_CONFIDENCE) : found.confidence;
  return { code: found.code, confidence, euOfficial: EU_OFFICIAL_LANGUAGES.has(found.code) };
}

const HASHTAG = /(?:^|[^\p{L}\p{N}_])[#＃]([\p{L}_]{2,40})/gu;

/**
 * Hashtag words (folded, underscores dropped); the text's words of four letters or more, and each two adjacent words
 * joined, folded (a place named in a sentence: "u Beogradu", "iz Novog Sada"; never a two-letter domain); and the
 * top-level domains of the post's links.
 */
function countryHints(input: TextInput): string[] {
  const text = (typeof input === 'string' ? input : input.text).slice(0, SAMPLE_CHARS * 4);
  const masked = typeof input === 'string' ? maskUrls(text) : input.masked;
  const out: string[] = [];
  for (const m of text.matchAll(HASHTAG)) out.push(fold(m[1]!.replace(/_/g, '')));
  let previous = '';
  for (const m of masked.text.slice(0, SAMPLE_CHARS * 4).matchAll(/\p{L}+/gu)) {
    const word = fold(m[0]);
    if (word.length >= 4) out.push(word);
    if (previous && (previous.length >= 4 || word.length >= 4)) out.push(previous + word);
    previous = word;
  }
  for (const u of masked.urls) if (u.host) out.push(u.host.slice(u.host.lastIndexOf('.') + 1));
  return out;
}
