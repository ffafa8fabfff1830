// The pieces of a normalised URL that the classifiers read, computed once per URL.
import { pathSegments, queryParams } from './normalise-url.ts';

export interface UrlView {
  url: URL;
  /** Lower-case host as WHATWG URL gives it (punycode; IPv6 literals keep their brackets). */
  host: string;
  /** Decoded, non-empty path segments, original case (referral codes are case-sensitive). */
  segments: string[];
  /** Decoded query parameters in order. */
  params: Array<[string, string]>;
}

export function viewOf(url: URL): UrlView {
  return { url, host: url.hostname, segments: pathSegments(url), params: queryParams(url) };
}

/** First value of a query parameter, name compared case-insensitively (inviteCode == invitecode). */
export function paramValue(view: UrlView, name: string): string | undefined {
  const n = name.toLowerCase();
  for (const [k, v] of view.params) if (k.toLowerCase() === n) return v;
  return undefined;
}
