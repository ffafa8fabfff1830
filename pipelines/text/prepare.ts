// Work the text detectors share: URLs masked once, the masked text tokenised once. Every detector
// accepts either a raw string (and prepares it itself) or a PreparedText, so a caller running several
// detectors over the same text (analyse-text.ts) pays for masking and tokenising once.
import { blankCaptionTimestamps } from './caption-timestamps.ts';
import { blankCodeTicks } from './code-ticks.ts';
import { maskUrls, type MaskedText } from './mask-urls.ts';
import { markJoined, tokenise, type Token, type Tokenised } from './tokenise.ts';

export interface PreparedText {
  /** The text as given (evidence snippets quote it). */
  text: string;
  masked: MaskedText;
  /** Tokens of masked.text (same offsets as text). */
  t: Tokenised;
}

export type TextInput = string | PreparedText;

export function prepareText(text: string): PreparedText {
  const found = maskUrls(text);
  const blanked = blankCodeTicks(blankCaptionTimestamps(found.text));
  const masked = blanked === found.text ? found : { ...found, text: blanked };
  return { text, masked, t: tokenise(masked.text) };
}

export function prepared(input: TextInput): PreparedText {
  return typeof input === 'string' ? prepareText(input) : input;
}

/**
 * prepareText(`${a.text}\n${b.text}`), built from the two parts: masking and tokenising never cross a
 * newline (chunks are whitespace-separated, numbers merge only over ',', '.', apostrophes, and the
 * newline is a sentence break), so the result is the same.
 */
export function joinPrepared(a: PreparedText, b: PreparedText): PreparedText {
  const shift = a.text.length + 1;
  const text = `${a.text}\n${b.text}`;
  const urls = [...a.masked.urls, ...b.masked.urls.map((u) => ({ start: u.start + shift, end: u.end + shift, host: u.host }))];
  const maskedText = a.masked.text !== a.text || b.masked.text !== b.text ? `${a.masked.text}\n${b.masked.text}` : text;
  const n = a.t.tokens.length;
  // Token objects are never modified once tokenise returns: the first part's are shared.
  const tokens: Token[] = a.t.tokens.slice();
  for (const tok of b.t.tokens) {
    tokens.push({
      index: tok.index + n, text: tok.text, key: tok.key, start: tok.start + shift, end: tok.end + shift, kind: tok.kind, hash: tok.hash, at: tok.at,
      breakBefore: tok.breakBefore,
    });
  }
  markJoined(tokens, a.t, b.t);
  return { text, masked: { text: maskedText, urls }, t: { text: maskedText, tokens, symbols: null, firmHits: null, sentences: null, clauses: null } };
}
