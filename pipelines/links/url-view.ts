// The pieces of a normalised URL that the classifiers read, computed once per URL.
import { isRouteFragment, pathSegments, queryParams, safeDecode } from './normalise-url.ts';

export interface UrlView {
  url: URL;
  /** Lower-case host as WHATWG URL gives it (punycode; IPv6 literals keep their brackets). */
  host: string;
  /** Decoded, non-empty path segments, original case (referral codes are case-sensitive). */
  segments: string[];
  /** Decoded query parameters in order. */
  params: Array<[string, string]>;
}

/**
 * A single-page app's route lives in the fragment (bitmax.io/#/register?inviteCode=X,
 * app.mux.network/#/ref/X): its path continues the URL's path and its parameters join the query's.
 * "#a=CODE" fragments add parameters only.
 */
export function viewOf(url: URL): UrlView {
  const segments = pathSegments(url);
  const params = queryParams(url);
  const hash = url.hash;
  if (hash.length > 1 && isRouteFragment(hash)) {
    const route = hash.slice(hash.startsWith('#!') ? 2 : 1);
    const q = route.indexOf('?');
    const path = route.startsWith('/') ? (q < 0 ? route : route.slice(0, q)) : '';
    const query = route.startsWith('/') ? (q < 0 ? '' : route.slice(q + 1)) : route;
    for (const seg of path.split('/')) if (seg) segments.push(safeDecode(seg));
    for (const piece of query.split('&')) {
      if (!piece) continue;
      const eq = piece.indexOf('=');
      params.push([safeDecode(eq < 0 ? piece : piece.slice(0, eq)), safeDecode(eq < 0 ? '' : piece.slice(eq + 1))]);
    }
  }
  return { url, host: url.hostname, segments, params };
}

/** First value of a query parameter, name compared case-insensitively (inviteCode == invitecode). */
export function paramValue(view: UrlView, name: string): string | undefined {
  const n = name.toLowerCase();
  for (const [k, v] of view.params) if (k.toLowerCase() === n) return v;
  return undefined;
}
