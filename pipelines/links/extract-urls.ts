// URLs written in free text (post body, title, bio, alt text). linkifyjs finds bare domains
// ("qorvex.io/i/QX9") with its own linear scanner and TLD list; we only trim what it leaves on.
import { find } from 'linkifyjs';

/** Longest text scanned, same bound as the item contract (hostile input beyond it is not read). */
export const MAX_SCAN_CHARS = 100_000;

/** Punctuation that ends a sentence or quote, never a URL as people write it in a post. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '…', '»', '«', '"', "'", '“', '”', '‘', '’', '„', '›', '‹', '。', '、', '，', '！', '？']);
const CLOSERS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{', '>': '<' };

/** Strip trailing punctuation and closing brackets that have no opener inside the URL ("(see x.io/a)."). */
export function trimTrailing(raw: string): string {
  const counts = new Map<string, number>();
  for (const ch of raw) if (ch in CLOSERS || ch === '(' || ch === '[' || ch === '{' || ch === '<') counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let s = raw;
  for (;;) {
    const last = s.slice(-1);
    if (!last) return s;
    // "…" etc. are single UTF-16 units; astral characters never end a URL here and are left alone.
    if (TRAILING.has(last)) {
      s = s.slice(0, -1);
      continue;
    }
    const opener = CLOSERS[last];
    if (opener !== undefined && (counts.get(last) ?? 0) > (counts.get(opener) ?? 0)) {
      counts.set(last, (counts.get(last) ?? 0) - 1);
      s = s.slice(0, -1);
      continue;
    }
    return s;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Drop emoji and symbols glued to the front of a bare domain ("🚀moonvale.exchange/..."): linkify
 * accepts them because emoji domains exist, but in posts they are decoration far more often.
 * URLs with a scheme are left alone: there the writer meant the host as typed.
 */
export function trimLeadingSymbols(raw: string): string {
  if (raw.includes('://')) return raw;
  let i = 0;
  for (const ch of raw) {
    if (WORD_CHAR.test(ch)) break;
    i += ch.length;
  }
  return raw.slice(i);
}

/** Whitespace that linkify's scanner always makes a WS/NL token of: no link ever spans one. */
function isSplitSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/**
 * Can text[start, end) (no whitespace inside) hold a link linkify reports as 'url'? Every such link
 * has a scheme colon ("https:", "mailto:"), a dot right before its TLD (a TLD starts with a letter,
 * ASCII or not), or is "localhost". Conservative: any non-ASCII character after a dot counts.
 */
function mayHoldUrl(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 58) return true; // ':'
    if (c === 46 && i + 1 < end) {
      const n = text.charCodeAt(i + 1) | 32; // '.' then a letter (ASCII folded) or anything non-ASCII
      if ((n >= 97 && n <= 122) || text.charCodeAt(i + 1) >= 128) return true;
    }
    if ((c | 32) === 108 && end - i >= 9 && text.slice(i, i + 9).toLowerCase() === 'localhost') return true;
  }
  return false;
}

/**
 * The whitespace-separated chunks of text that may hold a link, joined by single spaces. linkify
 * never matches across whitespace and starts afresh after it, so scanning only these chunks finds
 * exactly the links of the whole text, in the same order, while most prose is never tokenised.
 */
function candidateText(text: string): string {
  const parts: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSplitSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isSplitSpace(text.charCodeAt(i))) i++;
    if (i > start && mayHoldUrl(text, start, i)) parts.push(start === 0 && i === n ? text : text.slice(start, i));
  }
  return parts.length === 1 ? (parts[0] ?? '') : parts.join(' ');
}

/** URLs in text as written (trimmed), in order of appearance. E-mail addresses are not links here. */
export function findUrls(text: string | null | undefined, limit = Infinity): string[] {
  if (!text) return [];
  const scanned = candidateText(text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text);
  if (!scanned) return [];
  const out: string[] = [];
  for (const m of find(scanned, 'url')) {
    if (out.length >= limit) break;
    const v = trimLeadingSymbols(trimTrailing(m.value));
    if (v) out.push(v);
  }
  return out;
}
