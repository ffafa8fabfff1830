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

/** URLs in text as written (trimmed), in order of appearance. E-mail addresses are not links here. */
export function findUrls(text: string | null | undefined, limit = Infinity): string[] {
  if (!text) return [];
  const scanned = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const out: string[] = [];
  for (const m of find(scanned, 'url')) {
    if (out.length >= limit) break;
    const v = trimLeadingSymbols(trimTrailing(m.value));
    if (v) out.push(v);
  }
  return out;
}
