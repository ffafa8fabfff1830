// Links to the sample firms built from the firm catalogue's own formats, so the sample and the
// catalogue cannot disagree about what a Qorvex referral link looks like.
import { readFileSync } from 'node:fs';
import type { Rng } from './prng.ts';

interface CatalogueFirm {
  id: string;
  name: string;
  domains: string[];
  hashtags?: string[];
  referral: Array<{ host: string; path: string; param?: string }>;
  apps?: { ios?: string[]; android?: string[] };
}

const catalogue = JSON.parse(readFileSync(new URL('../../config/sample-firms.json', import.meta.url), 'utf8')) as { firms: CatalogueFirm[] };

export function firm(id: string): CatalogueFirm {
  const f = catalogue.firms.find((x) => x.id === id);
  if (!f) throw new Error(`firm ${id} is not in config/sample-firms.json`);
  return f;
}

/** Display name as influencers write it: the short alias ("Nebulix"), not the legal-ish name. */
export function firmName(id: string): string {
  return id === 'nebulix' ? 'Nebulix' : firm(id).name;
}

export interface BuiltLink {
  url: string;
  /** True when a locale path segment (/fr/, /de-de/) was inserted: an EU nexus indicator. */
  localized: boolean;
}

/** A referral link in one of the firm's catalogue formats, sometimes under a locale path or with tracking. */
export function referralLink(firmId: string, code: string, locale: string | undefined, rng: Rng, utmSource: string): BuiltLink {
  const tpl = rng.pick(firm(firmId).referral);
  const localized = Boolean(locale) && rng.chance(0.6);
  let url = `https://${tpl.host}${localized ? `/${locale}` : ''}${tpl.path.replace(':code', code)}`;
  const params: string[] = [];
  if (tpl.param) params.push(`${tpl.param}=${code}`);
  if (rng.chance(0.15)) params.push(`utm_source=${utmSource}`);
  if (params.length) url += `?${params.join('&')}`;
  return { url, localized };
}

export function homepage(firmId: string, locale: string | undefined): string {
  return `https://${firm(firmId).domains[0]}/${locale ? `${locale}/` : ''}`;
}

/** App-store links, when the catalogue lists apps; the store country follows the audience. */
export function appLinks(firmId: string, country: string, lang: string): string[] {
  const apps = firm(firmId).apps;
  const out: string[] = [];
  const slug = firm(firmId).name.toLowerCase();
  for (const ios of apps?.ios ?? []) out.push(`https://apps.apple.com/${country.toLowerCase()}/app/${slug}/${ios}`);
  for (const pkg of apps?.android ?? []) out.push(`https://play.google.com/store/apps/details?id=${pkg}&hl=${lang}`);
  return out;
}

export function hashtagOf(firmId: string): string {
  return firm(firmId).hashtags?.[0] ?? firmId;
}
