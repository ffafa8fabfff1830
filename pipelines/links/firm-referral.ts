// Referral links in a firm's own catalogued format (firm-schema ReferralFormat): the strongest
// evidence of G2 §20 "means of access", because the analyst wrote down exactly how the firm's codes look.
import type { FirmCatalogue } from '../firms/catalogue.ts';
import type { Firm } from '../firms/firm-schema.ts';
import { hostCatalogueFacts, type FormatEntry } from './catalogue-index.ts';
import { looksLikeLocaleSegment } from './locale.ts';
import { isReferralCode } from './referral-code.ts';
import { paramValue, type UrlView } from './url-view.ts';

export interface FirmReferralMatch {
  firm: Firm;
  code: string;
}

/** Match path segments against a template exactly; returns the ":code" segment ('' when none). */
function matchTemplate(template: string[], segments: string[]): string | null {
  if (template.length !== segments.length) return null;
  let code = '';
  for (let i = 0; i < template.length; i++) {
    const t = template[i] ?? '';
    const s = segments[i] ?? '';
    if (t === ':code') code = s;
    else if (t.toLowerCase() !== s.toLowerCase()) return null;
  }
  return code;
}

function matchEntry(entry: FormatEntry, view: UrlView): string | null {
  let pathCode = matchTemplate(entry.template, view.segments);
  // The template applies after an optional locale segment (/fr/register, /en-GB/register).
  if (pathCode === null && view.segments.length > 0 && looksLikeLocaleSegment(view.segments[0] ?? '')) {
    pathCode = matchTemplate(entry.template, view.segments.slice(1));
  }
  if (pathCode === null) return null;
  const code = entry.format.param ? (paramValue(view, entry.format.param) ?? pathCode) : pathCode;
  return isReferralCode(code) ? code : null;
}

export function matchFirmReferral(view: UrlView, catalogue: FirmCatalogue): FirmReferralMatch | null {
  // Formats whose host is the URL's host or a parent of it, most specific host first.
  for (const entry of hostCatalogueFacts(catalogue, view.host).formats) {
    const code = matchEntry(entry, view);
    if (code !== null) return { firm: entry.firm, code };
  }
  return null;
}
