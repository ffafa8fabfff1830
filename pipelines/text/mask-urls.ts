// URLs, e-mail addresses and bare domains are blanked out (replaced by spaces of the same length)
// before the text detectors run: a referral code inside a link belongs to the links pipeline,
// and digits in a URL are neither phone numbers nor prices. Keeping the length keeps offsets valid.
import { parse } from 'tldts';
import { trimPunct } from './trim-punct.ts';

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

const CHUNK = /\S+/g;
const HOST_LABELS = /^[a-z0-9-]+$/;

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
  const labels = host.split('.');
  if (labels.length < 2) return undefined;
  for (const l of labels) if (!l || !HOST_LABELS.test(l)) return undefined;
  const tld = labels[labels.length - 1] ?? '';
  if (tld.length < 2 || /\d/.test(tld)) return undefined;
  return host;
}

export function maskUrls(text: string): MaskedText {
  const urls: UrlSpan[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(CHUNK)) {
    const chunk = m[0];
    // Cheap pre-check: every URL-like chunk has a dot.
    if (chunk.indexOf('.') < 0) continue;
    const host = urlHost(chunk);
    if (host === undefined) continue;
    const start = m.index;
    const end = start + chunk.length;
    urls.push({ start, end, host });
    out += text.slice(last, start) + ' '.repeat(chunk.length);
    last = end;
  }
  return { text: urls.length ? out + text.slice(last) : text, urls };
}
