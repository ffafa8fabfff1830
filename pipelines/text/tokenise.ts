// Tokeniser shared by the detectors: one linear pass, then every detector matches token sequences
// (Map look-ups) instead of running long regex alternations over the raw text.
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

// Word characters include '_' so handles and hashtags (@zyntra_global) stay one token.
const TOKEN = /[\p{L}\p{M}\p{N}_]+|[%€$£¥₿]/gu;
const DIGITS = /^\p{N}+$/u;
const NUM_SEPARATORS = new Set([',', '.', "'", '’']);
const BREAKS = new Set(['.', '!', '?', '\n', '\r', '…', '。', '！', '？']);

export function tokenise(text: string): Tokenised {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const prev = tokens[tokens.length - 1];
    const isDigits = DIGITS.test(raw);
    // Merge "5" "," "000" into one number: the separator must be a single character between digit runs.
    if (isDigits && prev && prev.kind === 'num' && start === prev.end + 1 && NUM_SEPARATORS.has(text.charAt(prev.end))) {
      prev.text = text.slice(prev.start, end);
      prev.key = prev.text;
      prev.end = end;
      prevEnd = end;
      continue;
    }
    let breakBefore = tokens.length === 0;
    for (let i = prevEnd; i < start && !breakBefore; i++) if (BREAKS.has(text.charAt(i))) breakBefore = true;
    const before = start > 0 ? text.charAt(start - 1) : '';
    const kind = raw.length === 1 && !/[\p{L}\p{N}_]/u.test(raw) ? 'sym' : isDigits ? 'num' : 'word';
    tokens.push({
      index: tokens.length,
      text: raw,
      key: kind === 'word' ? fold(raw) : raw,
      start,
      end,
      kind,
      hash: before === '#' || before === '＃',
      at: before === '@' || before === '＠',
      breakBefore,
    });
    prevEnd = end;
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
