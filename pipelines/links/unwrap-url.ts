// Wrapped links: redirectors (?url=, ?link=, /redirect?to=, "/302.html?target=<url>"), affiliate
// networks (awin's ued=, prf.hn's destination:) and app deep-link wrappers (af_web_dp=, $fallback_url=,
// bybitapp://...?url=) carry the real target inside, often percent-encoded. The inner URL is what a
// reader lands on, so it is what gets classified; the wrapper stays the link as written.
import { safeDecode } from './normalise-url.ts';

/** Wrappers inside wrappers are followed this deep, no further (hostile input stays bounded). */
export const MAX_UNWRAP_DEPTH = 3;

/** An embedded http(s) URL, plain or percent-encoded once or twice ("https%253A%252F%252F"). */
const EMBEDDED = /https?(?::|%3A|%253A)(?:\/|%2F|%252F){2}/i;

/**
 * Parameters that hold a URL without sending the reader there: where the visitor came from, the
 * OAuth callback, where to go after logging in, a picture. Their URL is not the link's target.
 */
const NOT_A_TARGET = /^(?:utm_.*|ref|referrer|referer|source|src|origin|from|redirect_uri|callback.*|return.*|cancel.*|image|img|og_image|logo|icon|avatar|thumbnail)$/i;

/** Name of the query parameter whose value starts at `at` in `s`, or null when `at` is not a value start. */
function paramNameBefore(s: string, at: number): string | null {
  if (at === 0 || s[at - 1] !== '=') return null;
  const start = Math.max(s.lastIndexOf('?', at - 1), s.lastIndexOf('&', at - 1));
  return start < 0 ? null : safeDecode(s.slice(start + 1, at - 1));
}

function decodeFully(s: string): string {
  let out = s;
  // At most two rounds: affiliate networks double-encode, nobody triple-encodes a real link.
  for (let i = 0; i < 2 && /%(?:25)?(?:3A|2F)/i.test(out); i++) out = safeDecode(out.replace(/\+/g, '%2B'));
  return out;
}

/**
 * The URL wrapped inside `raw`, or null. `raw` is the URL as written (any scheme: app deep links
 * carry web fallbacks). The search starts after the wrapper's own scheme and host, so an ordinary
 * "https://x.io/" is never its own inner URL. An unencoded inner URL runs to the end of the wrapper
 * (its own "&" parameters belong to it); an encoded one ends at the wrapper's next "&".
 */
export function innerUrl(raw: string): string | null {
  const schemeEnd = raw.indexOf('://');
  const hostStart = schemeEnd >= 0 ? schemeEnd + 3 : 0;
  const pathStart = raw.slice(hostStart).search(/[/?#]/);
  if (pathStart < 0) return null;
  const rest = raw.slice(hostStart + pathStart);
  const m = EMBEDDED.exec(rest);
  if (!m) return null;
  const at = m.index;
  const name = paramNameBefore(rest, at);
  if (name !== null && NOT_A_TARGET.test(name)) return null;
  const plain = m[0].includes('://');
  let inner = rest.slice(at);
  if (!plain) {
    const amp = inner.indexOf('&');
    if (amp >= 0) inner = inner.slice(0, amp);
    const hash = inner.indexOf('#');
    if (hash >= 0) inner = inner.slice(0, hash);
  }
  // prf.hn-style path parameters ("destination:https%3A...") and "/out/https%3A..." alike end at a '/'
  // only when encoded: an encoded URL has no raw '/'.
  if (!plain) {
    const slash = inner.indexOf('/');
    if (slash >= 0) inner = inner.slice(0, slash);
  }
  const decoded = decodeFully(inner);
  return /^https?:\/\/[^/?#\s]+/i.test(decoded) ? decoded : null;
}
