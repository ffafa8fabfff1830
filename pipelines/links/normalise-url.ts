// URL normalisation: one canonical form per link so an item's links dedupe, and so the stored
// finalUrl carries no click-tracking noise. Referral parameters are never touched: they are evidence.

/** Longest URL we handle; the item contract caps link fields at the same length. */
export const MAX_URL_CHARS = 4096;

/** Longest DNS name (RFC 1035), plus two for IPv6 brackets' sake. */
export const MAX_HOST_CHARS = 255;

/** Click-tracking parameters: they identify the click, not the offer, so they are dropped. */
const TRACKING_PARAMS: ReadonlySet<string> = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'igshid', 'igsh',
  'si', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'mkt_tok', 'spm',
]);

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || TRACKING_PARAMS.has(n);
}

const HTTP_SCHEME = /^https?:\/\//i;
const ANY_SCHEME = /^[a-z][a-z0-9+.-]{0,30}:/i;

/**
 * Parse an http(s) URL. A bare "qorvex.io/x" gets https:// (what sites serve today, and what a
 * reader typing it lands on). Other schemes and junk give null.
 */
export function parseHttpUrl(raw: string): URL | null {
  const s = raw.trim();
  if (s.length === 0 || s.length > MAX_URL_CHARS) return null;
  let candidate: string;
  if (HTTP_SCHEME.test(s)) candidate = s;
  else if (s.startsWith('//')) candidate = `https:${s}`;
  // "binance.com:443/x" has a colon too, so only a colon before any dot or slash means a scheme.
  else if (ANY_SCHEME.test(s) && !/^[^:/]*\./.test(s)) return null;
  else candidate = `https://${s}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // DNS names stop at 253 characters; longer hosts are junk, and every host walk is bounded by this.
  if (!url.hostname || url.hostname.length > MAX_HOST_CHARS) return null;
  return url;
}

/** Decode a URL component without throwing on malformed escapes (hostile input is normal here). */
export function safeDecode(s: string): string {
  if (!s.includes('%') && !s.includes('+')) return s;
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Query parameters in order, names and values decoded. Linear split, no URLSearchParams re-encoding. */
export function queryParams(url: URL): Array<[string, string]> {
  const q = url.search.startsWith('?') ? url.search.slice(1) : url.search;
  if (!q) return [];
  const out: Array<[string, string]> = [];
  for (const piece of q.split('&')) {
    if (!piece) continue;
    const eq = piece.indexOf('=');
    const name = safeDecode(eq < 0 ? piece : piece.slice(0, eq));
    const value = safeDecode(eq < 0 ? '' : piece.slice(eq + 1));
    out.push([name, value]);
  }
  return out;
}

/** Path segments, empty ones dropped ("/fr//register/" -> ["fr", "register"]), percent-decoded. */
export function pathSegments(url: URL): string[] {
  const out: string[] = [];
  for (const seg of url.pathname.split('/')) if (seg) out.push(safeDecode(seg));
  return out;
}

/**
 * Canonical form: lower-case host without trailing dot (WHATWG URL already lower-cases, punycodes
 * and drops default ports), no credentials, no fragment, no tracking parameters. The remaining query
 * keeps its original order and encoding, so a referral link stays byte-identical where it matters.
 */
export function normaliseUrl(raw: string): URL | null {
  const url = parseHttpUrl(raw);
  if (!url) return null;
  // Each setter re-serialises the URL, so only what is present is cleared.
  // url.hash is '' for an empty fragment too ("x.io/a#"); a '#' in href means a fragment is present.
  // A fragment that is a single-page-app route ("#/register?inviteCode=X") or carries parameters
  // ("#a=CODE") is where such sites put the referral code, so it stays; a plain anchor goes.
  if (url.href.includes('#') && !isRouteFragment(url.hash)) url.hash = '';
  if (url.username) url.username = '';
  if (url.password) url.password = '';
  if (url.hostname.endsWith('.')) url.hostname = trimTrailingDots(url.hostname);
  if (url.search) {
    const pieces = url.search.slice(1).split('&');
    const kept: string[] = [];
    for (const piece of pieces) {
      if (!piece) continue;
      const eq = piece.indexOf('=');
      if (!isTrackingParam(safeDecode(eq < 0 ? piece : piece.slice(0, eq)))) kept.push(piece);
    }
    // Unchanged queries are left as parsed (setting the same, already encoded query is a no-op).
    if (kept.length !== pieces.length) url.search = kept.length ? `?${kept.join('&')}` : '';
  }
  return url;
}

/** "#/register?x=1", "#!/ref/X", "#a=CODE": fragments that address a page or carry parameters. */
export function isRouteFragment(hash: string): boolean {
  return hash.startsWith('#/') || hash.startsWith('#!/') || /^#[A-Za-z0-9_-]{1,40}=/.test(hash);
}

/** "qorvex.io." -> "qorvex.io"; a loop, because /\.+$/ is quadratic on long runs of dots. */
export function trimTrailingDots(host: string): string {
  let end = host.length;
  while (end > 0 && host.charCodeAt(end - 1) === 46) end--;
  return host.slice(0, end);
}

/** Dedupe key: the same link written as http://, https:// or bare is one link. */
export function dedupeKey(finalUrl: string): string {
  const i = finalUrl.indexOf('://');
  const rest = i >= 0 ? finalUrl.slice(i + 3) : finalUrl;
  // "[okx.com/join/X](https://www.okx.com/join/X)": the link text and its target are one link.
  return rest.startsWith('www.') ? rest.slice(4) : rest;
}
