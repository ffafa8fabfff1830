// Tokeniser shared by the detectors: one linear pass, then every detector matches token sequences
// (Map look-ups) instead of running long regex alternations over the raw text.
import { isLetterOrNumberAt, isNumberAt, isSpace, wordCharAt } from './chars.ts';
import type { FirmHit } from './firm-matcher.ts';
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
  /**
   * Work other modules derive from the tokens alone, kept with them so that several detectors over one
   * text, or every item of an author over the author's shared bio, do it once: phrase-matcher.ts's
   * symbols (phrase-symbols.ts), firm-matcher.ts's hits. Read and written only by those modules. (Kept in WeakMaps keyed by
   * the token list before: an entry set per short-lived list cost more, GC included, than the work.)
   */
  symbols?: { tokens: readonly Token[]; version: number; data: Int32Array } | null;
  firmHits?: { tokens: readonly Token[]; owner: object; hits: FirmHit[] } | null;
  /** positions.ts's sentence and clause numbers (asked by several detectors per text). */
  sentences?: { tokens: readonly Token[]; ids: Int32Array } | null;
  clauses?: { tokens: readonly Token[]; ids: Int32Array } | null;
}

// Word characters include '_' so handles and hashtags (@zyntra_global) stay one token. The scanner
// below is the regex /[\p{L}\p{M}\p{N}_]+|[%€$£¥₿]/gu written out with table look-ups (chars.ts).
const table = (chars: readonly string[]): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
};
const SYMBOLS = table(['%', '€', '$', '£', '¥', '₿']);
const NUM_SEPARATORS = table([',', '.', "'", '’']);
const BREAKS = table(['.', '!', '?', '\n', '\r', '…', '。', '！', '？']);
/** ASCII: 1 lower-case letter, 2 upper-case letter, 3 digit, 4 '_', 0 no word character. */
const ASCII = new Uint8Array(0x80);
for (let c = 0x61; c <= 0x7a; c++) ASCII[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) ASCII[c] = 2;
for (let c = 0x30; c <= 0x39; c++) ASCII[c] = 3;
ASCII[0x5f] = 4;

export function tokenise(text: string): Tokenised {
  const tokens: Token[] = [];
  const n = text.length;
  let sawBreak = false;
  let prev: Token | undefined;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    const isWord = c < 0x80 ? ASCII[c] !== 0 : wordCharAt(text, i) > 0;
    if (!isWord && SYMBOLS[c] !== 1) {
      if (BREAKS[c] === 1) sawBreak = true;
      i++;
      continue;
    }
    const start = i;
    let kind: Token['kind'];
    // Plain ASCII without capitals is its own key; ASCII with capitals is only lower-cased (what fold does to ASCII).
    let plain = true;
    let ascii = true;
    if (!isWord) {
      kind = 'sym';
      i++;
    } else {
      // A run of word characters; 'num' when every code point is a number (\p{N}).
      let digits = true;
      let code = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 0x80) {
          const a = ASCII[d] as number;
          if (a === 0) break;
          if (a !== 3) digits = false;
          if (a === 2) plain = false;
          i++;
        } else {
          const len = wordCharAt(text, i);
          if (len === 0) break;
          if (digits && !isNumberAt(text, i)) digits = false;
          plain = false;
          ascii = false;
          i += len;
        }
        code++;
      }
      // A lone combining mark is no word: like a currency sign, it is a 'sym'.
      kind = digits ? 'num' : code === 1 && i - start === 1 && c >= 0x80 && !isLetterOrNumberAt(text, start) ? 'sym' : 'word';
    }
    const end = i;
    // Merge "5" "," "000" into one number: the separator must be a single character between digit runs.
    if (kind === 'num' && prev && prev.kind === 'num' && start === prev.end + 1 && NUM_SEPARATORS[text.charCodeAt(prev.end)] === 1) {
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
      key: kind === 'word' && !plain ? (ascii ? raw.toLowerCase() : fold(raw)) : raw,
      start,
      end,
      kind,
      hash: before === 0x23 || before === 0xff03,
      at: before === 0x40 || before === 0xff20,
      breakBefore: tokens.length === 0 || sawBreak,
    };
    tokens.push(prev);
    sawBreak = false;
  }
  // The memo slots exist from the start: every list has the same shape.
  return { text, tokens, symbols: null, firmHits: null, sentences: null, clauses: null };
}

/** Token lists built by joining two others (prepare.ts joinPrepared): per-token work already done on the parts is reused. */
const JOINED = new WeakMap<readonly Token[], readonly [Tokenised, Tokenised]>();

/** Records that `tokens` is the tokens of `a` followed by (re-indexed copies of) those of `b`, token for token. */
export function markJoined(tokens: readonly Token[], a: Tokenised, b: Tokenised): void {
  JOINED.set(tokens, [a, b]);
}

/** The two lists `tokens` was joined from, when it was. */
export function joinedFrom(tokens: readonly Token[]): readonly [Tokenised, Tokenised] | undefined {
  return JOINED.get(tokens);
}

/** The raw characters between token i-1 and token i (from the text start for i = 0). */
export function gapBefore(t: Tokenised, i: number): string {
  const tok = t.tokens[i];
  if (!tok) return '';
  const prev = t.tokens[i - 1];
  return t.text.slice(prev ? prev.end : 0, tok.start);
}

/**
 * A token whose key is in `keys` among the `reach` tokens before token `start`, within its sentence (no ".", "!", "?" or
 * line break between): "neither ... pays me", "usually sponsored".
 */
export function keyBeforeInSentence(t: Tokenised, start: number, reach: number, keys: ReadonlySet<string>): boolean {
  for (let i = start - 1; i >= 0 && i >= start - reach; i--) {
    if (/[.!?\n]/u.test(gapBefore(t, i + 1))) return false;
    if (keys.has(t.tokens[i]!.key)) return true;
  }
  return false;
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
  const s = text.slice(a, b);
  // Collapse whitespace only when there is more than single spaces to collapse (the regex is the slow part).
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || s.charCodeAt(i + 1) === 32 || i === 0 || i === s.length - 1)) return s.replace(/\s+/g, ' ').trim();
  }
  return s;
}
