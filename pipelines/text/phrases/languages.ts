// The EU official languages: an item in one of them (other than English) may have an EU-language nexus.

/** The 24 official languages of the EU (ISO 639-1). */
export const EU_OFFICIAL_LANGUAGES: ReadonlySet<string> = new Set([
  'bg', 'hr', 'cs', 'da', 'nl', 'en', 'et', 'fi', 'fr', 'de', 'el', 'hu', 'ga', 'it', 'lv', 'lt', 'mt', 'pl', 'pt', 'ro', 'sk', 'sl', 'es', 'sv',
]);
