// Referral links in a firm's own catalogued format (firm-schema ReferralFormat): the strongest
// evidence of G2 §20 "means of access", because the analyst wrote down exactly how the firm's codes look.
import type { FirmCatalogue } from '../firms/catalogue.ts';
import type { Firm } from '../firms/firm-schema.ts';
import { hostCatalogueFacts, type FormatEntry } from './catalogue-index.ts';
import { looksLikeLocaleSegment } from './locale.ts';
import { isPlainWord, isReferralCode, looksGenerated } from './referral-code.ts';
import { paramValue, type UrlView } from './url-view.ts';

export interface FirmReferralMatch {
  firm: Firm;
  code: string;
  /**
   * The URL's first path segment is a fixed word of the format (partner.bitget.com/bg/<code>): the firm's own
   * path, not a locale, whatever it spells ("bg" is not Bulgaria there).
   */
  firstSegmentIsFormat: boolean;
}

/** One template segment against one path segment; returns the code part, '' for a literal match, null if no match. */
function matchSegment(t: string, s: string): string | null {
  const at = t.indexOf(':code');
  if (at < 0) return t.toLowerCase() === s.toLowerCase() ? '' : null;
  const prefix = t.slice(0, at).toLowerCase();
  const suffix = t.slice(at + 5).toLowerCase();
  const lower = s.toLowerCase();
  if (s.length <= prefix.length + suffix.length || !lower.startsWith(prefix) || !lower.endsWith(suffix)) return null;
  return s.slice(prefix.length, s.length - suffix.length);
}

/** Match path segments against a template; returns the ":code" part ('' when none). A final "*" takes any rest. */
function matchTemplate(template: string[], segments: string[]): string | null {
  const open = template.length > 0 && template[template.length - 1] === '*';
  const fixed = open ? template.length - 1 : template.length;
  if (open ? segments.length < fixed : segments.length !== fixed) return null;
  let code = '';
  for (let i = 0; i < fixed; i++) {
    const m = matchSegment(template[i] ?? '', segments[i] ?? '');
    if (m === null) return null;
    if (m) code = m;
  }
  return code;
}

/** The first of the format's parameters present on the URL, in the format's order. */
function paramCode(entry: FormatEntry, view: UrlView): string | undefined {
  const { param, altParams } = entry.format;
  if (!param) return undefined;
  const first = paramValue(view, param);
  if (first || !altParams) return first;
  for (const name of altParams) {
    const v = paramValue(view, name);
    if (v) return v;
  }
  return undefined;
}

function matchEntry(entry: FormatEntry, view: UrlView): { code: string; firstSegmentIsFormat: boolean } | null {
  let pathCode = matchTemplate(entry.template, view.segments);
  let firstSegmentIsFormat = pathCode !== null && entry.template.length > 0 && entry.template[0] !== '*' && !(entry.template[0] ?? '').includes(':code');
  // The template applies after an optional locale segment (/fr/register, /en-GB/register).
  if (pathCode === null && view.segments.length > 0 && looksLikeLocaleSegment(view.segments[0] ?? '')) {
    pathCode = matchTemplate(entry.template, view.segments.slice(1));
    firstSegmentIsFormat = false;
  }
  if (pathCode === null) return null;
  const code = paramCode(entry, view) ?? pathCode;
  // Even in a firm's own format, "?ref=twitter" is attribution, not an affiliate's code.
  if (!isReferralCode(code) || isPlainWord(code)) return null;
  // A format whose whole path is the code (one.ndax.io/<code>) turns every page of that host into a
  // code ("/markets", "/login"): there the code must look issued, not like a page name.
  if (isWholePathCode(entry) && !looksGenerated(code)) return null;
  return { code, firstSegmentIsFormat };
}

function isWholePathCode(entry: FormatEntry): boolean {
  return !entry.format.param && entry.template.length === 1 && entry.template[0] === ':code';
}

export function matchFirmReferral(view: UrlView, catalogue: FirmCatalogue): FirmReferralMatch | null {
  // Formats whose host is the URL's host or a parent of it, most specific host first.
  for (const entry of hostCatalogueFacts(catalogue, view.host).formats) {
    const m = matchEntry(entry, view);
    if (m !== null) return { firm: entry.firm, ...m };
  }
  return null;
}
