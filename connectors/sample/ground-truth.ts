// Ground-truth format of the sample data set, and how it is assembled from the generated items.
// Consumers (evaluation, tests) read ground-truth.json; this module is the one place that defines it.
import type { Category } from './cast.ts';
import type { Lang } from './langs.ts';

/** The indicator vocabulary the detectors emit; the ground truth uses exactly these codes. */
export const INDICATOR_CODES = [
  'referral_link', 'firm_site_link', 'app_link', 'promo_code', 'promo_offer', 'disclosure', 'logo', 'eu_language',
  'country_tld_or_path', 'geo_targeted_ad', 'eu_phone', 'eu_payment', 'eu_country_mention', 'educational_only',
  'own_initiative_review', 'eu_entity_link',
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export interface GroundTruthPair {
  /** `<platform>:<handle lower-case without @>` — the personKey of the enrichment. */
  person: string;
  /** Catalogue firm id; "domain:<registrable domain>" for a firm outside the catalogue; "*" for any firm. */
  firm: string;
  expected: 'soliciting' | 'decoy';
  minLevel?: 'medium' | 'high';
  maxLevel?: 'low' | 'none';
  indicators: IndicatorCode[];
  reason: string;
  items: number;
}

export interface GroundTruthItem {
  person: string;
  lang: Lang;
  category: Category;
  firms: string[];
}

export interface GroundTruth {
  version: 1;
  generator: string;
  seed: number;
  pairs: GroundTruthPair[];
  items: Record<string, GroundTruthItem>;
  counts: { items: number; byPlatform: Record<string, number>; byLanguage: Record<string, number>; byCategory: Record<string, number> };
  notes: string[];
}

const NEXUS: IndicatorCode[] = ['eu_language', 'country_tld_or_path', 'geo_targeted_ad', 'eu_phone', 'eu_payment', 'eu_country_mention'];

export function sortIndicators(codes: Iterable<string>): IndicatorCode[] {
  const set = new Set(codes);
  return INDICATOR_CODES.filter((c) => set.has(c));
}

/**
 * A pair is expected at "high" when it carries the means of access (referral link or code), a
 * remuneration disclosure and an EU nexus over at least three items; otherwise "medium" is the floor.
 */
export function expectedMinLevel(indicators: IndicatorCode[], items: number, catalogued: boolean): 'medium' | 'high' {
  const has = (c: IndicatorCode) => indicators.includes(c);
  const access = has('referral_link') || has('promo_code');
  const nexus = NEXUS.some(has);
  return catalogued && access && has('disclosure') && nexus && items >= 3 ? 'high' : 'medium';
}

export function tally<T extends string>(values: T[]): Record<T, number> {
  const out = {} as Record<T, number>;
  for (const v of [...values].sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}
