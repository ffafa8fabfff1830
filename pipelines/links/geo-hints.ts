// EU-nexus hints carried by a URL itself (Section 6 §36, Guideline 1 annex): country TLD, locale
// path segment, language parameter, app-store storefront. Reported raw; scoring happens downstream.
import type { EnrichedLink } from '../contracts/enriched-item.ts';
import { hostFacts } from './host-facts.ts';
import { normaliseLocale } from './locale.ts';
import { paramValue, type UrlView } from './url-view.ts';

const LANG_PARAMS = ['lang', 'locale', 'hl', 'language', 'lng'] as const;

export function geoHints(view: UrlView, appStoreCountry: string | null): EnrichedLink['geo'] {
  // On app stores the first segment is a storefront country (apps.apple.com/fr/...), not a locale.
  const facts = hostFacts(view.host);
  const pathLocale = facts.appStore ? null : normaliseLocale(view.segments[0] ?? '');
  let langParam: string | null = null;
  for (const name of LANG_PARAMS) {
    const v = paramValue(view, name);
    langParam = v === undefined ? null : normaliseLocale(v);
    if (langParam) break;
  }
  return { tldCountry: facts.tldCountry, pathLocale, langParam, appStoreCountry };
}
