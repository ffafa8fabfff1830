// Codes said aloud in captions and transcripts (issue 7, blind21): the speaker says the code as words ("tomo seven"),
// spells it ("T O M O seven") or says it is in capitals, then the caption, the description or the chat writes it
// plainly ("that is TOMO7"). The written form is the code; the words said before it are its spoken form, not a
// second code. Speaker tags heading transcript lines ("HOST 2:", "[00:12] ANNA:") are names, never codes.
import { isLetterOrNumberAt } from './chars.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { CAPITALS_CUES } from './phrases/promo-phrases.ts';
import type { Token, Tokenised } from './tokenise.ts';

/** The detector's code shapes (promo-detector.ts): a code-shaped word, and a plain word that may be a code in a code slot. */
export interface CodeShapes {
  isCodeLike: (v: string) => boolean;
  isPlainCode: (v: string) => boolean;
}

/** A code found in its written form, with the stretch of text where it was said aloud before. */
export interface SpokenCode {
  code: string;
  start: number;
  end: number;
  /** Token index of the written code. */
  index: number;
  /** Characters [saidFrom, saidTo): the code's spoken form and spelling ("tomo seven T O M O"); a plain word found there is no code. */
  saidFrom: number;
  saidTo: number;
}

/** Runs of three or more single letters or digits one space apart ("T O M O", "b e n c e"). */
const SPELT_RUNS = /(?<![\p{L}\p{N}])(?:[\p{L}\p{N}] ){2,}[\p{L}\p{N}](?![\p{L}\p{N}])/gu;
/** The code point at i is a letter or a number (\p{L}, \p{N}); false outside the string. */
const letterOrNumber = (s: string, i: number): boolean => i >= 0 && i < s.length && isLetterOrNumberAt(s, i);
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** Length in UTF-16 units of the code point at i: 2 for a surrogate pair, else 1. */
const unitsAt = (s: string, i: number): number => (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1)) ? 2 : 1);
/** Where the code point ending at `end` (exclusive) starts. */
const startBefore = (s: string, end: number): number => (end >= 2 && isLow(s.charCodeAt(end - 1)) && isHigh(s.charCodeAt(end - 2)) ? end - 2 : end - 1);

/**
 * Whether the text holds three single letters or digits one space apart, standing alone ("x y z"): SPELT_RUNS's
 * shortest run, as /(?<![\p{L}\p{N}])[\p{L}\p{N}] [\p{L}\p{N}] [\p{L}\p{N}](?![\p{L}\p{N}])/u tests it, but read from one
 * space to the next (indexOf) with chars.ts's tables instead of trying the regex at every character. Linear: a few
 * look-ups per space.
 */
export function hasSpeltTriple(s: string): boolean {
  for (let sp = s.indexOf(' '); sp >= 0; sp = s.indexOf(' ', sp + 1)) {
    // The first letter ends at this space, and no letter stands right before it.
    if (sp === 0) continue;
    const a = startBefore(s, sp);
    if (!letterOrNumber(s, a) || (a > 0 && letterOrNumber(s, startBefore(s, a)))) continue;
    // The second letter, a space, the third letter, and no letter right after it.
    const b = sp + 1;
    if (!letterOrNumber(s, b)) continue;
    const sp2 = b + unitsAt(s, b);
    if (s.charCodeAt(sp2) !== 32) continue;
    const c = sp2 + 1;
    if (!letterOrNumber(s, c)) continue;
    if (letterOrNumber(s, c + unitsAt(s, c))) continue;
    return true;
  }
  return false;
}

/** A text may be nothing but runs: each one looks through the tokens once. */
const MAX_RUNS = 8;
/** Codes found at most: the spoken forms are then checked against each (promo-detector.ts, withoutSaidForms). */
const MAX_FOUND = 16;
/** Words said before a spelling that may be the code's spoken form ("tomo seven in capitals T O M O"). */
const SAID_WORDS_BEFORE = 4;
/** How many tokens after "in capitals" the written code may stand (spelt letters and number words between). */
const CUE_REACH = 12;
/** How many tokens before "in capitals" the spoken form may start, and how many words it may have ("cripto leo"). */
const STEM_REACH = 10;
const STEM_WORDS = 3;
/** What may stand before a speaker's name on its line: a time ("[19:04]", "0:45"), a bullet or a quote mark. */
const HEAD_CHARS = 24;
const SPEAKER_HEAD = /^\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?)?\s*[@>•*-]?\s*$/u;
const capitalsCues = new PhraseMatcher<true>(CAPITALS_CUES.map((w) => [w, true] as const));

/** The word at [start, end) is a speaker's name heading its line: "ANNA: ...", "[00:12] HOST 2: ...", "SPEAKER 1: ...". */
export function speakerTag(text: string, start: number, end: number): boolean {
  if (end <= start || !/^(?:[ \t]\d{1,2})?:/u.test(text.slice(end, end + 4)) || !/^\p{L}[\p{L}\p{N}_.-]*$/u.test(text.slice(start, end))) return false;
  // The line's head is short (a time, a bullet): look back a few characters only, never to the start of a long line.
  const from = Math.max(0, start - HEAD_CHARS);
  const head = text.slice(from, start);
  const line = head.lastIndexOf('\n');
  if (line < 0 && from > 0) return false;
  return SPEAKER_HEAD.test(head.slice(line + 1));
}

/** Written like an issued code: letters and digits, a capital or a digit ("TOMO7", "ZUZKA"), the letters first. */
function written(tok: Token, isCodeLike: (v: string) => boolean): boolean {
  return !tok.hash && !tok.at && /[\p{Lu}\p{N}]/u.test(tok.text) && isCodeLike(tok.text);
}

/** `key` is `stem` and then only digits: "tomo7" for "tomo", the numbers said as words. */
function stemThenDigits(key: string, stem: string): boolean {
  return key.length >= stem.length && key.startsWith(stem) && /^\d*$/u.test(key.slice(stem.length));
}

/**
 * "E I R E a seacht": a one-letter word of another case next to the spelling (an Irish particle, a copula) is no part
 * of it. Mixed case is cut to the upper-case stretch.
 */
function spelling(run: string): string {
  let letters = run.replace(/ /g, '');
  if (/\p{Lu}/u.test(letters) && /\p{Ll}/u.test(letters)) letters = letters.replace(/^\p{Ll}+|\p{Ll}+$/gu, '');
  return letters;
}

/**
 * The codes said aloud and then written, in a post that speaks of codes. `skip(k)`: token k is no code (a firm's
 * name).
 */
export function spokenCodes(t: Tokenised, masked: string, skip: (k: number) => boolean, shapes: CodeShapes): SpokenCode[] {
  const { isCodeLike } = shapes;
  const found: SpokenCode[] = [];
  const usable = (k: number): boolean => {
    const tok = t.tokens[k]!;
    return written(tok, isCodeLike) && !skip(k) && !speakerTag(masked, tok.start, tok.end);
  };
  const firstAt = (pos: number): number => {
    let k = 0;
    while (k < t.tokens.length && t.tokens[k]!.start < pos) k++;
    return k;
  };
  spelt(t, masked, usable, firstAt, shapes.isPlainCode, found);
  saidInCapitals(t, usable, found);
  return found;
}

/**
 * "T O M O seven, that is TOMO7", "kód: b e n c e five zero" and BENCE50 in the chat: a spelling and, anywhere in the
 * post, the written code made of its letters and then only digits (the numbers were said as words). The first such
 * code after the spelling, else the last before it. With none, a plain word right before its own spelling is the
 * code as written ("degendan, d e g e n d a n").
 */
function spelt(t: Tokenised, masked: string, usable: (k: number) => boolean, firstAt: (pos: number) => number, isPlainCode: (v: string) => boolean, found: SpokenCode[]): void {
  if (!hasSpeltTriple(masked)) return;
  let runs = 0;
  for (const run of masked.matchAll(SPELT_RUNS)) {
    if (++runs > MAX_RUNS) break;
    const stem = spelling(run[0]).toLowerCase();
    if (stem.replace(/\p{N}/gu, '').length < 3) continue;
    const runStart = run.index;
    const runEnd = run.index + run[0].length;
    const first = firstAt(runStart);
    let code = -1;
    for (let k = first; k < t.tokens.length && code < 0; k++) if (t.tokens[k]!.start >= runEnd && stemThenDigits(t.tokens[k]!.key, stem) && usable(k)) code = k;
    for (let k = first - 1; k >= 0 && code < 0; k--) if (stemThenDigits(t.tokens[k]!.key, stem) && usable(k)) code = k;
    let from = first;
    while (from > 0 && first - from < SAID_WORDS_BEFORE && !t.tokens[from]!.breakBefore) from--;
    const saidFrom = t.tokens[from]?.start ?? runStart;
    if (code >= 0) {
      const tok = t.tokens[code]!;
      found.push({ code: tok.text, start: tok.start, end: tok.end, index: code, saidFrom, saidTo: runEnd });
      continue;
    }
    // The word itself, then its spelling, with only a comma or a colon between.
    const before = t.tokens[first - 1];
    if (before && before.key === stem && !before.hash && !before.at && /^[\s,:–—-]*$/u.test(masked.slice(before.end, runStart)) && isPlainCode(before.text)) {
      found.push({ code: before.text, start: before.start, end: before.end, index: first - 1, saidFrom: before.start, saidTo: before.start });
    }
  }
}

/**
 * "de code is gewoon joost, in hoofdletters JOOST", "es cripto leo todo junto y en mayúsculas\n[01:45:20] CRIPTOLEO":
 * "in capitals", then within a few tokens a written code whose letters are the word or words said just before the cue.
 */
function saidInCapitals(t: Tokenised, usable: (k: number) => boolean, found: SpokenCode[]): void {
  for (const m of capitalsCues.matchAll(t)) {
    // A post gives one code or two; a hostile text may say "in capitals" on every line.
    if (found.length >= MAX_FOUND) return;
    let code = -1;
    for (let k = m.end; k < t.tokens.length && k < m.end + CUE_REACH && code < 0; k++) if (usable(k)) code = k;
    if (code < 0) continue;
    const stem = t.tokens[code]!.key.replace(/\d+$/u, '');
    const said = spokenStem(t, m.start, stem);
    if (said < 0) continue;
    const tok = t.tokens[code]!;
    found.push({ code: tok.text, start: tok.start, end: tok.end, index: code, saidFrom: t.tokens[said]!.start, saidTo: t.tokens[m.start]!.start });
  }
}

/** The first token of one to STEM_WORDS words, within STEM_REACH tokens before `cue`, that spell `stem` together; -1 if none. */
function spokenStem(t: Tokenised, cue: number, stem: string): number {
  if (stem.length < 3) return -1;
  for (let a = cue - 1; a >= 0 && a >= cue - STEM_REACH; a--) {
    let joined = '';
    for (let b = a; b < cue && b < a + STEM_WORDS; b++) {
      joined += t.tokens[b]!.key;
      if (joined === stem) return a;
      if (!stem.startsWith(joined)) break;
    }
  }
  return -1;
}
