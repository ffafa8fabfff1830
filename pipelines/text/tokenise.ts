// Tokeniser shared by the detectors: one linear pass, then every detector matches token sequences
// (Map look-ups) instead of running long regex alternations over the raw text.
import { isLetterOrNumberAt, isNumberAt, wordCharAt } from './chars.ts';
import { fold } from './fold.ts';

export interface Token {
  /** Position in the token list. */
  index: number;
  /** As written. */
  text: string;
  /** Folded (lower case, no accents) for matching. */
  key: string;
  start: number;
  end: number;
  /** 'num': digits, with ',' '.' or apostrophe group separators ("5,000", "100,50"). 'sym': a currency or percent sign. */
  kind: 'word' | 'num' | 'sym';
  /** Written as a hashtag (#ad) or handle (@qorvex). */
  hash: boolean;
  at: boolean;
  /** A sentence or line break (. ! ? newline) lies between this token and the previous one. */
  breakBefore: boolean;
}

export interface Tokenised {
  text: string;
  tokens: Token[];
}

// Word characters include '_' so handles and hashtags (@zyntra_global) stay one token. The scanner
// below is the regex /[\p{L}\p{M}\p{N}_]+|[%€$£¥₿]/gu written out with table look-ups (chars.ts).
const SYMBOLS = new Set(['%', '€', '$', '£', '¥', '₿'].map((c) => c.charCodeAt(0)));
const NUM_SEPARATORS = new Set([',', '.', "'", '’'].map((c) => c.charCodeAt(0)));
const BREAKS = new Set(['.', '!', '?', '\n', '\r', '…', '。', '！', '？'].map((c) => c.charCodeAt(0)));
const HASH = new Set(['#', '＃'].map((c) => c.charCodeAt(0)));
const AT = new Set(['@', '＠'].map((c) => c.charCodeAt(0)));

export function tokenise(text: string): Tokenised {
  const tokens: Token[] = [];
  const n = text.length;
  let sawBreak = false;
  let prev: Token | undefined;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let len = wordCharAt(text, i);
    if (len === 0) {
      if (!SYMBOLS.has(c)) {
        if (BREAKS.has(c)) sawBreak = true;
        i++;
        continue;
      }
      len = 1;
    }
    const start = i;
    let kind: Token['kind'];
    let ascii = c < 0x80;
    if (!wordCharAt(text, i)) {
      kind = 'sym';
      i++;
    } else {
      // A run of word characters; 'num' when every code point is a number (\p{N}).
      let digits = true;
      let code = 0;
      while (i < n && (len = wordCharAt(text, i)) > 0) {
        if (digits && !isNumberAt(text, i)) digits = false;
        if (text.charCodeAt(i) >= 0x80) ascii = false;
        i += len;
        code++;
      }
      // A lone combining mark is no word: like a currency sign, it is a 'sym'.
      kind = digits ? 'num' : code === 1 && i - start === 1 && !isLetterOrNumberAt(text, start) && c !== 95 ? 'sym' : 'word';
    }
    const end = i;
    // Merge "5" "," "000" into one number: the separator must be a single character between digit runs.
    if (kind === 'num' && prev && prev.kind === 'num' && start === prev.end + 1 && NUM_SEPARATORS.has(text.charCodeAt(prev.end))) {
      prev.text = text.slice(prev.start, end);
      prev.key = prev.text;
      prev.end = end;
      sawBreak = false;
      continue;
    }
    const raw = text.slice(start, end);
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    prev = {
      index: tokens.length,
      text: raw,
      key: kind === 'word' ? (ascii ? raw.toLowerCase() : fold(raw)) : raw,
      start,
      end,
      kind,
      hash: HASH.has(before),
      at: AT.has(before),
      breakBefore: tokens.length === 0 || sawBreak,
    };
    tokens.push(prev);
    sawBreak = false;
  }
  return { text, tokens };
}

/** The raw characters between token i-1 and token i (from the text start for i = 0). */
export function gapBefore(t: Tokenised, i: number): string {
  const tok = t.tokens[i];
  if (!tok) return '';
  const prev = t.tokens[i - 1];
  return t.text.slice(prev ? prev.end : 0, tok.start);
}

/** The raw characters between token i and token i+1 (to the text end for the last token). */
export function gapAfter(t: Tokenised, i: number): string {
  const tok = t.tokens[i];
  if (!tok) return '';
  const next = t.tokens[i + 1];
  return t.text.slice(tok.end, next ? next.start : t.text.length);
}

/** A snippet of at most `max` characters around [start, end), whitespace collapsed, for evidence context. */
export function snippet(text: string, start: number, end: number, max = 120): string {
  const span = end - start;
  let a: number;
  let b: number;
  if (span >= max) {
    a = start;
    b = start + max;
  } else {
    const pad = Math.floor((max - span) / 2);
    a = Math.max(0, start - pad);
    b = Math.min(text.length, a + max);
    a = Math.max(0, b - max);
  }
  return text.slice(a, b).replace(/\s+/g, ' ').trim();
}
