// Folding for watchlist matching: the detectors' fold (lower case, accents dropped) plus the letters
// that Unicode does not decompose, so "Straße", "Łódź", "Ærø" and "œuvre" match their ASCII spellings.
// Zero-width and other format characters are dropped, and styled letters read as plain: they are how a
// word hides from a keyword search.
import { fold } from '../text/fold.ts';

const EXTRA: Record<string, string> = { ß: 'ss', ẞ: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ς: 'σ' };
const EXTRA_RE = new RegExp(`[${Object.keys(EXTRA).join('')}]`, 'gu');
const FORMAT = /\p{Cf}/gu;

export function foldWord(s: string): string {
  for (let i = 0; i < s.length; i++) {
    // Only words with non-ASCII letters need more than lower-casing (most words of most posts are ASCII).
    // NFKC first: styled and fullwidth letters (𝐁𝐲𝐛𝐢𝐭, Ｂｙｂｉｔ) become plain ones.
    if (s.charCodeAt(i) >= 0x80) return fold(s.normalize('NFKC')).replace(FORMAT, '').replace(EXTRA_RE, (c) => EXTRA[c] ?? c);
  }
  return s.toLowerCase();
}

/** Letters, digits, marks, '_' and format characters (dropped by foldWord) make up a word. */
export const WORD_CHARS = '\\p{L}\\p{M}\\p{N}_\\p{Cf}';
const WORD_RUN = new RegExp(`[${WORD_CHARS}]+`, 'gu');

/** The folded words of a string, as the document tokeniser would cut them (apostrophes and hyphens split). */
export function foldedWords(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(WORD_RUN)) {
    const w = foldWord(m[0]);
    if (w) out.push(w);
  }
  return out;
}
