// Tokeniser for watchlist matching. Unlike the detectors' tokeniser it keeps web addresses whole
// (a query can name `bybit.com/invite`) and keeps the sign of #hashtags, @handles and $cashtags (a
// query can ask for `#ad` and not the word "ad"). Words split at apostrophes and hyphens, like the
// query parser splits them, so "l'inscription" and "code-promo" match either way of writing them.
import { WORD_CHARS, foldWord, foldedWords } from './fold-word.ts';

export interface WatchToken {
  start: number;
  end: number;
  /** Folded form; for a web address, without scheme and "www.". */
  key: string;
  sign: '' | '#' | '@' | '$';
  url: boolean;
  /** The folded words inside a web address or tag, so a bare word finds `bybit.com/fr` or `#bybit`. */
  parts?: string[];
}

const STOP = `\\s<>"'()\\[\\]{}`;
const TOKEN = new RegExp(`((?:https?:\\/\\/|www\\.)[^${STOP}]+)|([#@$][${WORD_CHARS}]+)|([${WORD_CHARS}]+)`, 'gu');
// A bare domain: ASCII lower-case top-level label, so "end.Start" in sloppy prose is not one. Tried
// only where a word is followed by "." or "-" (sticky, at the word's start), not at every word.
const DOMAIN = new RegExp(`[\\p{L}\\p{N}][\\p{L}\\p{N}-]*(?:\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,}(?:\\/[^${STOP}]*)?(?![${WORD_CHARS}])`, 'uy');
const TRAILING = /[.,;:!?'"»”’)\]}]+$/u;
const WORD_BEFORE = new RegExp(`[${WORD_CHARS}.]`, 'u');

export function urlKey(url: string): string {
  return foldWord(url.replace(/^[a-z][a-z0-9+.-]*:\/\//iu, '').replace(/^www\./iu, ''));
}

export function tokeniseForWatch(text: string): WatchToken[] {
  const out: WatchToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index;
    let url = m[1];
    if (m[3] !== undefined) {
      const next = text.charCodeAt(start + m[3].length);
      if (next === 0x2e || next === 0x2d) {
        DOMAIN.lastIndex = start;
        const d = DOMAIN.exec(text);
        if (d) url = d[0];
      }
    }
    if (url !== undefined) {
      const raw = url.replace(TRAILING, '');
      const key = urlKey(raw);
      out.push({ start, end: start + raw.length, key, sign: '', url: true, parts: foldedWords(key) });
      TOKEN.lastIndex = start + url.length;
    } else if (m[2] !== undefined) {
      const body = foldWord(m[2].slice(1));
      if (!body) continue;
      // "name@example.eu": the @ of an e-mail address is not a handle.
      const sign = start > 0 && WORD_BEFORE.test(text[start - 1]!) ? '' : (m[2][0] as '#' | '@' | '$');
      out.push({ start, end: start + m[2].length, key: body, sign, url: false, parts: sign ? foldedWords(body) : undefined });
    } else {
      const key = foldWord(m[3]!);
      if (key) out.push({ start, end: start + m[3]!.length, key, sign: '', url: false });
    }
  }
  return out;
}
