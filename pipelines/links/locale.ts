// Locale hints in URLs (/fr/, /de-de/, ?lang=fr): Guideline 1 annex treats an EU-language version
// of a site as an EU nexus. Only known language codes count, so /go/ or /my/ are not read as locales.

/**
 * Languages that sites actually use in locale paths: EU/EEA official languages, regional EU
 * languages, and the other languages crypto firms localise into. English is included and reported
 * (the consumer knows /en/ is not EU-specific). Deliberately absent: codes that collide with common
 * path words, e.g. "my" (Burmese), "to", "so", "or", "am", "be". Norwegian "no" counts only with a
 * region (no-NO), because a bare /no/ is rarely a locale.
 */
export const KNOWN_LANGUAGES: ReadonlySet<string> = new Set([
  // EU official languages
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl',
  'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
  // EEA and regional EU languages
  'is', 'nb', 'nn', 'ca', 'eu', 'gl', 'lb', 'cy',
  // other languages crypto sites localise into
  'ru', 'uk', 'tr', 'ar', 'zh', 'ja', 'ko', 'vi', 'th', 'id', 'ms', 'hi', 'he', 'fa', 'ur', 'bn', 'ka', 'kk',
  'az', 'sr', 'bs', 'mk', 'sq', 'tl', 'sw',
]);

/** Languages accepted only with a region suffix, because the bare code is a common path word. */
const REGION_ONLY_LANGUAGES: ReadonlySet<string> = new Set(['no']);

// Anchored, no nested quantifiers: linear on any input.
const LOCALE = /^([a-zA-Z]{2})(?:[-_]([a-zA-Z]{2}|[0-9]{3}))?$/;

/** 'fr' -> 'fr', 'de-de' -> 'de-DE', 'pt_PT' -> 'pt-PT', 'es-419' -> 'es-419'; unknown -> null. */
export function normaliseLocale(raw: string): string | null {
  if (raw.length > 6) return null;
  const m = LOCALE.exec(raw);
  if (!m) return null;
  const lang = (m[1] ?? '').toLowerCase();
  const region = m[2];
  if (!KNOWN_LANGUAGES.has(lang) && !(region && REGION_ONLY_LANGUAGES.has(lang))) return null;
  return region ? `${lang}-${region.toUpperCase()}` : lang;
}

/**
 * Looser test used only to skip a locale segment before matching a firm's referral path template:
 * there the template itself is specific, so any ll or ll-RR segment may be a locale.
 */
export function looksLikeLocaleSegment(seg: string): boolean {
  return seg.length <= 6 && LOCALE.test(seg);
}
