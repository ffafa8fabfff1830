// URLs written in free text (post body, title, bio, alt text). linkifyjs finds bare domains
// ("qorvex.io/i/QX9") with its own linear scanner and TLD list; we only trim what it leaves on.
import { tokenize } from 'linkifyjs';
import { rejoinedUrls } from './rejoin-urls.ts';

/** Longest text scanned, same bound as the item contract (hostile input beyond it is not read). */
export const MAX_SCAN_CHARS = 100_000;

/** Punctuation that ends a sentence or quote, never a URL as people write it in a post. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '…', '»', '«', '"', "'", '“', '”', '‘', '’', '„', '›', '‹', '。', '、', '，', '！', '？', '*', '~']);
const NON_ASCII_DECORATION = /^[\p{S}\p{P}]$/u;
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
    // Non-ASCII symbols and punctuation glued after a link ("url)←", "url👈") are decoration, never
    // part of a URL as written; non-ASCII letters (IDN paths) stay.
    const cp = s.codePointAt(s.length >= 2 && /[\uDC00-\uDFFF]/.test(last) ? s.length - 2 : s.length - 1) ?? 0;
    if (cp > 127 && NON_ASCII_DECORATION.test(String.fromCodePoint(cp))) {
      s = s.slice(0, cp > 0xffff ? -2 : -1);
      continue;
    }
    // Markdown emphasis "__[x](url)__": a run of underscores after ")" or a double one ends no code.
    if (last === '_' && (s.endsWith('__') || s.endsWith(')_'))) {
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

/** A letter (ASCII, either case) or any non-ASCII character: what may start a TLD after a dot. */
function mayStartTld(c: number): boolean {
  const l = c | 32;
  return (l >= 97 && l <= 122) || c >= 128;
}

const LOCALHOST = /localhost/gi;

/**
 * linkify's schemes followed by their colon (its scanner lower-cases ASCII only; no custom scheme is
 * registered), or a backslash (unmarkup may turn "\u003a" into a colon).
 */
const SCHEME_COLON_OR_ESCAPE = /(?:file|mailto|https?|ftps?):|\\/i;

/**
 * Whether text[start, end) could hold a link through a scheme colon. A chunk whose only trigger is a
 * colon ("Reminder:", "00:00") has no dot before a TLD and no "localhost", so linkify reports a URL
 * in it only after "http:", "mailto:" and the like; most such chunks are skipped without tokenising.
 */
function mayHoldSchemeColon(text: string, start: number, end: number): boolean {
  return SCHEME_COLON_OR_ESCAPE.test(text.slice(start, end));
}

/**
 * The whitespace-separated chunks of text that may hold a link, joined by single spaces. linkify
 * never matches across whitespace and starts afresh after it, so scanning only these chunks finds
 * exactly the links of the whole text, in the same order, while most prose is never tokenised.
 * A chunk may hold a link linkify reports as 'url' only if it has a scheme colon ("https:",
 * "mailto:"), a dot right before a TLD (a TLD starts with a letter, ASCII or not), or "localhost";
 * those triggers are found with native indexOf and each widened to its chunk; a chunk with a colon
 * alone must also name a scheme (mayHoldSchemeColon). Linear in the text.
 */
function candidateText(text: string): string {
  const n = text.length;
  let parts: string[] | undefined;
  let only = '';
  let from = 0;
  let colon = text.indexOf(':');
  let dot = text.indexOf('.');
  LOCALHOST.lastIndex = 0;
  let local = LOCALHOST.test(text) ? LOCALHOST.lastIndex - 9 : -1;
  for (;;) {
    if (colon >= 0 && colon < from) colon = text.indexOf(':', from);
    while (dot >= 0 && (dot < from || dot + 1 >= n || !mayStartTld(text.charCodeAt(dot + 1)))) {
      dot = text.indexOf('.', Math.max(dot + 1, from));
    }
    if (local >= 0 && local < from) {
      LOCALHOST.lastIndex = from;
      local = LOCALHOST.test(text) ? LOCALHOST.lastIndex - 9 : -1;
    }
    let t = colon;
    if (dot >= 0 && (t < 0 || dot < t)) t = dot;
    if (local >= 0 && (t < 0 || local < t)) t = local;
    if (t < 0) break;
    let start = t;
    while (start > from && !isSplitSpace(text.charCodeAt(start - 1))) start--;
    let end = t + 1;
    while (end < n && !isSplitSpace(text.charCodeAt(end))) end++;
    if (t === colon && !(dot >= 0 && dot < end) && !(local >= 0 && local < end) && !mayHoldSchemeColon(text, start, end)) {
      from = end;
      continue;
    }
    const chunk = start === 0 && end === n ? text : text.slice(start, end);
    if (parts) parts.push(chunk);
    else if (only) parts = [only, chunk];
    else only = chunk;
    from = end;
  }
  return parts ? parts.join(' ') : only;
}

/**
 * Characters that never stand unencoded in a URL as sites serve them, but do delimit one in markup:
 * quotes and angle brackets of HTML attributes and tags, Markdown's brackets and code ticks, BBCode's
 * square brackets, Slack's "<url|label>", template braces. linkify reads straight through them
 * ("https://x.io/a\">Name</a"), so they become spaces before it scans; parentheses are left to
 * trimTrailing, because real paths carry balanced ones (Wikipedia).
 */
const MARKUP_DELIMITERS = /["<>`[\]{}|^]/g;
const HAS_MARKUP = /["<>`[\]{}|^\\&]/;
/** The HTML entities that stand for URL characters or delimit attributes (&amp; between parameters). */
const ENTITIES = /&(?:amp|quot|apos|lt|gt|#0*(?:38|34|39|60|62)|#x0*(?:26|22|27|3c|3e));/gi;
const ENTITY_CHARS: Readonly<Record<string, string>> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '38': '&', '34': '"', '39': "'", '60': '<', '62': '>',
  x26: '&', x22: '"', x27: "'", x3c: '<', x3e: '>',
};
/** Markdown and JSON escapes inside a URL ("ref\_type", "https:\/\/x.io"): the backslash is not part of it. */
const BACKSLASH_ESCAPE = /\\([_*/\\()[\]#&.~-])/g;

/** JSON's "\u0026"-style escapes of the characters URLs are made of. */
const JSON_UNICODE_ESCAPE = /\\u00(26|3[dDfFaA]|2[fF]|23|25)/g;

function decodeUnicodeEscape(_m: string, hex: string): string {
  return String.fromCharCode(parseInt(hex, 16));
}

function decodeEntity(m: string): string {
  const key = m.slice(1, -1).toLowerCase().replace(/^#0*/, '').replace(/^x0*/, 'x');
  return ENTITY_CHARS[key] ?? m;
}

/** Candidate text with markup taken apart, so each URL inside it is scanned on its own. */
export function unmarkup(chunk: string): string {
  if (!HAS_MARKUP.test(chunk)) return chunk;
  let s = chunk.includes('&') ? chunk.replace(ENTITIES, decodeEntity) : chunk;
  if (s.includes('\\')) s = s.replace(JSON_UNICODE_ESCAPE, decodeUnicodeEscape).replace(BACKSLASH_ESCAPE, '$1');
  // "[text](url)": the "](" joins the label to the target; a space lets the target start a token.
  return s.replace(MARKUP_DELIMITERS, ' ');
}

/** URLs in text as written (trimmed), in order of appearance. E-mail addresses are not links here. */
export function findUrls(text: string | null | undefined, limit = Infinity): string[] {
  if (!text) return [];
  const read = text.length > MAX_SCAN_CHARS ? text.slice(0, MAX_SCAN_CHARS) : text;
  const scanned = unmarkup(candidateText(read));
  const out: string[] = [];
  // tokenize + filter is what find(text, 'url') does with default options, minus building an
  // Options object and a formatted copy of every link.
  for (const m of scanned ? tokenize(scanned) : []) {
    if (!m.isLink || m.t !== 'url') continue;
    if (out.length >= limit) break;
    const v = trimLeadingSymbols(trimTrailing(m.toString()));
    if (v) out.push(v);
  }
  // A link cut at the line end where its code begins takes the code back; a spaced-out one is added.
  for (const r of rejoinedUrls(read, limit)) {
    // The finder drops a trailing "?" or "&" from the cut piece ("…/invite?" is found as "…/invite").
    const at = r.piece === null ? -1 : Math.max(out.indexOf(r.piece), out.indexOf(r.piece.replace(/[?&]$/u, '')));
    if (at >= 0) out[at] = r.url;
    else if (out.length < limit && !out.includes(r.url)) out.push(r.url);
  }
  return out;
}
