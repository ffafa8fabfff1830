// Markup tags, URLs, e-mail addresses and bare domains are blanked out (replaced by spaces of the same length)
// before the text detectors run: a referral code inside a link belongs to the links pipeline,
// and digits in a URL are neither phone numbers nor prices. Keeping the length keeps offsets valid.
import { parse } from 'tldts';
import { blankMarkup } from './blank-markup.ts';
import { SPACE_TABLE } from './chars.ts';
import { trimPunct } from './trim-punct.ts';

/** /\s/ per code unit (chars.ts), bound locally for the scanning loops. */
const SPACE = SPACE_TABLE;

export interface UrlSpan {
  start: number;
  end: number;
  /** Lower-case host name, or null when none could be read (mailto-like chunks). */
  host: string | null;
}

export interface MaskedText {
  /** The input with every URL-like chunk replaced by spaces. */
  text: string;
  urls: UrlSpan[];
}

/** Host name of a chunk that looks like a URL, a bare domain or an e-mail; undefined when it is not one. */
export function urlHost(rawChunk: string): string | null | undefined {
  const chunk = trimPunct(rawChunk).value;
  if (chunk.length < 4) return undefined;
  const lower = chunk.toLowerCase();
  const scheme = lower.indexOf('://');
  if (scheme > 0) return hostOf(lower.slice(scheme + 3)) ?? null;
  if (lower.startsWith('www.')) return hostOf(lower) ?? null;
  const at = lower.indexOf('@');
  if (at > 0) return lower.indexOf('.', at) > at ? (hostOf(lower.slice(at + 1)) ?? null) : undefined;
  if (at === 0) return undefined; // @handle
  const host = hostOf(lower);
  if (!host) return undefined;
  // A bare "word.word" is only a domain when its suffix is a real public suffix: "great.Use" is a typo, "qorvex.io" a domain.
  const parsed = parse(host);
  return parsed.isIcann && parsed.domainWithoutSuffix ? host : undefined;
}

function hostOf(rest: string): string | undefined {
  let end = rest.length;
  for (const sep of ['/', '?', '#', ':']) {
    const i = rest.indexOf(sep);
    if (i >= 0 && i < end) end = i;
  }
  let host = rest.slice(0, end);
  const userinfo = host.lastIndexOf('@');
  if (userinfo >= 0) host = host.slice(userinfo + 1);
  // Two or more dot-separated labels of [a-z0-9-], none empty, the last (the TLD) of two or more characters and no
  // digit: host.split('.') and a regexp test per label, read in one pass (a chunk with a dot is read so per post).
  let labelStart = 0;
  let dots = 0;
  let digit = false;
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    if (c === 46 /* . */) {
      if (i === labelStart) return undefined;
      dots++;
      labelStart = i + 1;
      digit = false;
    } else if (c >= 48 && c <= 57) digit = true;
    else if (!((c >= 97 && c <= 122) || c === 45)) return undefined;
  }
  if (dots === 0 || host.length - labelStart < 2 || digit) return undefined;
  return host;
}

/** Characters trimPunct strips from the ends of a chunk, as code units. */
const WRAPPER_CODES = new Uint8Array(0x10000);
for (const c of '()[]{}<>"\'«»“”„‘’‚`*_~:;,.!?¡¿') WRAPPER_CODES[c.charCodeAt(0)] = 1;

export function maskUrls(input: string): MaskedText {
  // Markup tags out first (blank-markup.ts): a tag glued to a code or a link text hides it.
  const text = blankMarkup(input);
  const urls: UrlSpan[] = [];
  let out = '';
  let last = 0;
  const n = text.length;
  // Whitespace-separated chunks (/\S+/g), scanned by hand.
  for (let i = 0; i < n; ) {
    while (i < n && SPACE[text.charCodeAt(i)] === 1) i++;
    if (i >= n) break;
    const start = i;
    // Cheap pre-check: every URL-like chunk has a dot, and it lies inside the wrapping punctuation
    // ("today." has none) unless a scheme ("://") makes it a URL anyway.
    let dot = -1;
    let lastInner = -1;
    let colon = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (SPACE[c] === 1) break;
      if (c === 46) {
        if (dot < 0) dot = i;
      } else if (c === 58) {
        colon = true;
      } else if (WRAPPER_CODES[c] === 0) lastInner = i;
    }
    if (dot < 0 || (dot > lastInner && !colon)) continue;
    const chunk = text.slice(start, i);
    const host = urlHost(chunk);
    if (host === undefined) continue;
    // Only the URL itself is blanked: the punctuation around it ("bybit.com:", "(x.io)", "x.io.") still
    // opens a code slot or ends a sentence for the detectors that read the masked text.
    const inner = trimPunct(chunk);
    const from = start + inner.offset;
    const end = from + inner.value.length;
    urls.push({ start: from, end, host });
    out += text.slice(last, from) + ' '.repeat(end - from);
    last = end;
  }
  return { text: urls.length ? out + text.slice(last) : text, urls };
}
