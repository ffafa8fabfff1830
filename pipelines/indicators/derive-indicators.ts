// Turns what the enrichers found in one item into indicators per firm. Pure: the same item and
// catalogue always give the same indicators, which is what makes a case reproducible.
import type { NormalizedItem } from '../contracts/item.ts';
import type { Enrichment, Indicator } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { INDICATORS, type IndicatorCode } from './indicator-codes.ts';
import { EDUCATIONAL_CUES, REVIEW_CUES, hasCue } from './content-cues.ts';
import { isEuCountry } from '../links/eu-countries.ts';
import { signingFirm } from './firm-signature.ts';
import { EU_LANGUAGES_OF_COUNTRY } from '../text/phrases/non-eu-phrases.ts';
import { AD_DELIVERY } from '../text/detect-eu-signals.ts';
import { adDeliveries } from '../text/ad-delivery.ts';

/** What the detectors found; obfuscations may be left out by callers that have none (older producers and tests). */
export type EnrichmentFindings = Omit<Enrichment, 'indicators' | 'watchlistHits' | 'personKey' | 'enrichedAt' | 'obfuscations' | 'nonEuSignals'> & {
  obfuscations?: Enrichment['obfuscations'];
  nonEuSignals?: Enrichment['nonEuSignals'];
};

/** EU official languages whose use hints at EU targeting; English is customary in international finance (G1 annex). */
const EU_NEXUS_LANGUAGES = new Set([
  'bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
]);

/**
 * Least language confidence for an EU-language nexus. Below it the guess is short, mixed (code-switched)
 * or unsure. Set at 0.5 by docs/decisions/0009; lowered to 0.4 by 0059, measured over the language rows of every
 * corpus (5,047 rows): from 0.5 to 0.4, 52 more of the 3,873 EU-language rows give a nexus and no non-EU or English
 * row more (20 of 1,174 either way, mostly Serbian read as Croatian); at 0.3, four more non-EU rows would.
 */
export const EU_LANGUAGE_MIN_CONFIDENCE = 0.4;
/** euSignals code: a short post's promotion words belong to one EU language (text/vocabulary-language.ts); detail "fi: koodi". */
export const EU_LANGUAGE_WORDS = 'eu_language_words';

/** Firm key for a referral link to a firm missing from the catalogue: how new firms surface. */
export function unknownFirmKey(domain: string): string {
  return `domain:${domain}`;
}

function mk(code: IndicatorCode, firmId: string | null, detail: string, country: string | null = null): Indicator {
  const def = INDICATORS[code];
  return { code, guideline: def.guideline, firmId, detail, counter: def.group === 'counter', country };
}

/** Locale such as "fr", "de-DE", "pt-PT": an EU nexus when its language is a non-English EU language or its region is an EU country. */
export function localeNexus(locale: string | null): { eu: boolean; country: string | null } {
  if (!locale) return { eu: false, country: null };
  const [lang, region] = locale.split(/[-_]/);
  const country = region && region.length === 2 ? region.toUpperCase() : null;
  if (country) return { eu: isEuCountry(country), country: isEuCountry(country) ? country : null };
  return { eu: EU_NEXUS_LANGUAGES.has((lang ?? '').toLowerCase()), country: null };
}

/** EEA countries outside the EU: an ad shown there reaches clients MiCA's passport covers too. */
const EEA_ONLY: ReadonlySet<string> = new Set(['NO', 'IS', 'LI']);

/** adDeliveries reads only text with a colon (ASCII or wide): itemText joins title and text with a newline. */
function mayHoldColon(s: string | null | undefined): boolean {
  return !!s && (s.includes(':') || s.includes('：'));
}

function itemText(item: NormalizedItem): string {
  return `${item.title ?? ''}\n${item.text}`;
}

/**
 * Adds an indicator to the firm's list unless one with the same code and detail is there already.
 * A module function, not a closure per call: under tsx (tests; the product uses decision 0058's hook) every named
 * closure costs a runtime __name() call.
 */
function add(map: Map<string, Indicator[]>, firmId: string, ind: Indicator): void {
  let list = map.get(firmId);
  if (list === undefined) map.set(firmId, (list = []));
  for (const x of list) if (x.code === ind.code && x.detail === ind.detail) return;
  list.push(ind);
}

/** The one firm the item acts for or names, when there is exactly one (a code or offer without a firm goes to it). */
function soleFirm(acting: ReadonlyMap<string, unknown>, mentioned: ReadonlySet<string>): string | null {
  const candidates = new Set([...acting.keys(), ...mentioned]);
  return candidates.size === 1 ? [...candidates][0]! : null;
}

/** The link as written is exactly the firm's name or an alias (case aside): "Crypto.com", "CEX.IO". */
function isBrandName(written: string, name: string | undefined, aliases: readonly string[] | undefined): boolean {
  const w = written.toLowerCase();
  return (name !== undefined && name.includes('.') && name.toLowerCase() === w) || (aliases ?? []).some((a) => a.includes('.') && a.toLowerCase() === w);
}

/** Neither the author's own firm nor one whose only links here go to its EU-authorised entity: a firm the item may act for. */
function actsFor(firmId: string, ownFirmId: string | undefined, euEntityOnly: ReadonlySet<string>): boolean {
  return firmId !== ownFirmId && !euEntityOnly.has(firmId);
}

export function deriveIndicators(item: NormalizedItem, found: EnrichmentFindings, catalogue: FirmCatalogue): Indicator[] {
  const acting = new Map<string, Indicator[]>();
  const counters = new Map<string, Indicator[]>();

  // A firm's own account promoting itself is the firm soliciting, not a person acting on its behalf: no person x firm case.
  // So is a post its team signs ("— euer Bitget-Team").
  const ownFirmId = (item.author.handle ? catalogue.byHandle(item.author.handle)?.id : undefined) ?? (item.text ? signingFirm(item.text, catalogue) : undefined);

  const linkCountry = new Map<string, Indicator[]>();
  /** Locale indicators of a bare language ("/fr/", "?lang=es"), with that language: a language, not a country. */
  const localeLanguage = new Map<Indicator, string>();
  for (const link of found.links) {
    const firmId = link.firmId ?? (link.role === 'referral' && link.genericReferral && link.domain ? unknownFirmKey(link.domain) : null);
    if (!firmId || firmId === ownFirmId) continue;
    if (link.entity === 'eu_authorised') {
      add(counters, firmId, mk('eu_entity_link', firmId, `link to EU-authorised entity ${link.host ?? link.domain}: ${link.finalUrl}`));
      continue;
    }
    if (link.role === 'referral') {
      add(acting, firmId, mk('referral_link', firmId, `referral link ${link.finalUrl}${link.referralCode ? ` (code ${link.referralCode})` : ''}${link.from === 'image' ? ', read in an image' : ''}`));
    } else if (link.role === 'app_store') {
      add(acting, firmId, mk('app_link', firmId, `app link ${link.finalUrl}`));
    } else if (link.role === 'firm_site') {
      // "Xi ħadd juża Crypto.com f'Malta?", "XT.COM fees are low": a brand whose name is its domain, written as
      // the name, is a mention (the firm-mention detector has it), not the author directing readers to the site.
      if (link.from === 'text' && isBrandName(link.url, catalogue.byId(firmId)?.name, catalogue.byId(firmId)?.aliases)) continue;
      add(acting, firmId, mk('firm_site_link', firmId, `firm website ${link.finalUrl}`));
    } else continue;
    const geo: Indicator[] = linkCountry.get(firmId) ?? [];
    if (link.geo.tldCountry && (isEuCountry(link.geo.tldCountry) || link.geo.tldCountry === 'EU')) {
      geo.push(mk('country_tld_or_path', firmId, `country TLD .${link.geo.tldCountry.toLowerCase()} in ${link.finalUrl}`, link.geo.tldCountry));
    }
    for (const [what, locale] of [['path', link.geo.pathLocale], ['language parameter', link.geo.langParam]] as const) {
      const n = localeNexus(locale);
      if (!n.eu) continue;
      const ind = mk('country_tld_or_path', firmId, `${what} locale ${locale} in ${link.finalUrl}`, n.country);
      // Also "es-ES" and "pt-PT": exchanges serve every reader of a language from one regional locale, so a post that
      // addresses Argentina in Spanish links "/es-ES/" for the language, not for Spain.
      if (locale) localeLanguage.set(ind, locale.split(/[-_]/)[0]!.toLowerCase());
      geo.push(ind);
    }
    if (link.geo.appStoreCountry && isEuCountry(link.geo.appStoreCountry)) {
      geo.push(mk('country_tld_or_path', firmId, `app store country ${link.geo.appStoreCountry} in ${link.finalUrl}`, link.geo.appStoreCountry));
    }
    linkCountry.set(firmId, geo);
  }

  // A firm whose only links in this item go to its EU-authorised entity: the item promotes that
  // entity, so its codes, deals, logo and disclosure are not signs of acting for the third-country one.
  const euEntityOnly = new Set<string>();
  for (const f of counters.keys()) if (!acting.has(f)) euEntityOnly.add(f);
  // A firm that is itself an EU-authorised CASP (Bitvavo, Bitpanda) may market in the EU: its codes, deals, logo and
  // disclosures are no reverse-solicitation sign. Said once per item in the case, and nothing of it acts.
  const authorised = (firmId: string): boolean => {
    if (catalogue.byId(firmId)?.status !== 'eu_authorised') return false;
    if (!counters.get(firmId)?.some((i) => i.code === 'eu_authorised_firm')) add(counters, firmId, mk('eu_authorised_firm', firmId, `${catalogue.byId(firmId)?.name ?? firmId} is an EU-authorised CASP`));
    euEntityOnly.add(firmId);
    return true;
  };

  for (const f of [...found.promoCodes, ...found.offers, ...found.logos]) if (f.firmId && !acting.has(f.firmId)) authorised(f.firmId);
  for (const logo of found.logos) if (actsFor(logo.firmId, ownFirmId, euEntityOnly)) add(acting, logo.firmId, mk('logo', logo.firmId, logoDetail(logo)));

  const mentioned = new Set<string>();
  for (const m of found.firmMentions) if (actsFor(m.firmId, ownFirmId, euEntityOnly)) mentioned.add(m.firmId);
  for (const p of found.promoCodes) {
    // A code the text gives to a brand the catalogue lacks is that brand's, not the one catalogue firm named beside it.
    const firmId = p.firmId ?? (p.brand ? null : soleFirm(acting, mentioned));
    if (firmId && actsFor(firmId, ownFirmId, euEntityOnly)) add(acting, firmId, mk('promo_code', firmId, `promo code ${p.code}: "${p.context}"`));
  }
  for (const o of found.offers) {
    const firmId = o.firmId ?? soleFirm(acting, mentioned);
    if (firmId && actsFor(firmId, ownFirmId, euEntityOnly)) add(acting, firmId, mk('promo_offer', firmId, `${o.kind.replaceAll('_', ' ')}: "${o.detail}"`));
  }
  // A disclosure says the item is paid for; it points at the firms the item promotes (links, codes, deals), or
  // when it promotes none, at the firms it names. A firm only named beside promoted ones ("Bitvavo: no link, I
  // have none there") is not what the "#ad" is about.
  // A disclosure of a sponsor the catalogue does not know ("sponsorisée par DormiPlus") is that brand's, not the firms'.
  const disclosures = found.disclosures.filter((d) => !d.brand);
  if (disclosures.length) {
    const marker = disclosures.map((d) => d.marker).join(', ');
    // An item that promotes only an EU-authorised entity or firm discloses that promotion, not one of a firm it also names.
    for (const firmId of acting.size ? [...acting.keys()] : euEntityOnly.size ? [] : [...mentioned]) {
      if (!acting.has(firmId) && authorised(firmId)) continue;
      add(acting, firmId, mk('disclosure', firmId, `discloses ${disclosures[0]!.kind} content (${marker})`));
    }
  }

  // Disguised links, codes or firm names (zero-width, bidi, look-alike letters): a sign of intent to get past
  // filters, attached to the firm the disguised thing belongs to when it acts in this item, else to every firm
  // that does. A disguise around nothing that acts for a firm raises nothing.
  for (const o of found.obfuscations ?? []) {
    const firms = o.firmId && acting.has(o.firmId) ? [o.firmId] : o.firmId ? [] : [...acting.keys()];
    for (const firmId of firms) add(acting, firmId, mk('obfuscated_text', firmId, o.detail));
  }

  // Counter-indications for firms named without any sign of acting on their behalf. The text is
  // lower-cased only when such a firm exists (most items have none: it is the costly part here).
  let lower: string | null = null;
  // The same for every such firm: each cue list is read once per item.
  let review: boolean | null = null;
  let educational: boolean | null = null;
  const context = found.context ?? [];
  const warning = context.find((c) => c.kind === 'warning');
  const abstract = context.find((c) => c.kind === 'explainer' || c.kind === 'report');
  // A warning, explainer or report that links only to a firm's own pages ("kucoin.com/es/support is not a referral")
  // cites them as examples or sources: no sign of acting, the context is the counter-indication instead.
  if (warning || abstract) {
    for (const [firmId, list] of acting) {
      if (!list.every((i) => i.code === 'firm_site_link')) continue;
      acting.delete(firmId);
      mentioned.add(firmId);
    }
  }
  for (const firmId of mentioned) {
    if (acting.has(firmId) || counters.has(firmId)) continue;
    // A scam warning names the firm to protect its clients: a sign against acting on its behalf (shown in the case).
    if (warning) {
      add(counters, firmId, mk('warning_notice', firmId, `warns about scams or fakes ("${warning.marker}"): codes and domains it quotes are not offers`));
      continue;
    }
    if (abstract) {
      add(counters, firmId, mk('educational_only', firmId, `${abstract.kind === 'report' ? 'report' : 'explainer'} ("${abstract.marker}") naming the firm with no link or code of its author`));
      continue;
    }
    lower ??= itemText(item).toLowerCase();
    if ((review ??= hasCue(lower, REVIEW_CUES))) add(counters, firmId, mk('own_initiative_review', firmId, 'review naming the firm with no link, code or disclosure'));
    else if ((educational ??= hasCue(lower, EDUCATIONAL_CUES))) add(counters, firmId, mk('educational_only', firmId, 'educational content naming the firm with no link or code'));
    else add(counters, firmId, mk('mention_only', firmId, 'names the firm with no link, code or disclosure'));
  }

  // EU nexus: properties of the item, attached to each firm it promotes.
  const nexus: Indicator[] = [];
  const lang = found.language;
  // Signs of a non-EU audience, and the author's own non-EU country: a counter-indication with its reasons.
  const nonEu = [...(found.nonEuSignals ?? [])];
  const givenCountry = item.author.country?.toUpperCase();
  if (givenCountry && !isEuCountry(givenCountry)) nonEu.push({ code: 'non_eu_location', country: givenCountry, detail: `author gives country ${givenCountry}` });
  // G1 annex: an EU language is no nexus when the content targets a non-EU country using that language ("pt" with R$ and Pix).
  // An EU language used by the diaspora ("Češi v Londýně 🇬🇧", "Българите в Молдова"): a named non-EU audience, and no
  // EU place, euro amount or EU payment beside it, says whom the language addresses: no nexus either.
  const namedAudience = nonEu.find((s) => s.code === 'non_eu_audience' && s.country);
  const diaspora = namedAudience && !found.euSignals.some((s) => s.code !== EU_LANGUAGE_WORDS) ? namedAudience : undefined;
  /** Why a language (the post's, or a link's bare locale) is no nexus here, or null when it is one. */
  const notCounted = (language: string): string | null => {
    const shared = nonEu.find((s) => s.country && EU_LANGUAGES_OF_COUNTRY[s.country]?.includes(language));
    if (shared) return `also a language of ${shared.country}`;
    return diaspora ? `the post addresses readers in ${diaspora.country}` : null;
  };
  // An ad library's text says where the ad was shown (text/ad-delivery.ts): shown only outside the EU and the EEA, the
  // item reached no EU client, so nothing in it is an EU nexus (its language, a euro spend range, a link locale).
  // (Most items hold no colon: their title and text are not joined only to be searched for one.)
  const delivered = mayHoldColon(item.title) || mayHoldColon(item.text) ? adDeliveries(itemText(item)) : [];
  const shownOnlyOutside = delivered.length > 0 && delivered.every((d) => d.countries.every((c) => !isEuCountry(c) && !EEA_ONLY.has(c) && c !== 'EU'))
    ? [...new Set(delivered.flatMap((d) => d.countries))]
    : null;
  const languageReason = shownOnlyOutside ? `the ad was shown only in ${shownOnlyOutside.join(', ')}` : lang.code ? notCounted(lang.code) : null;
  const languageNexus = !!lang.code && lang.euOfficial && EU_NEXUS_LANGUAGES.has(lang.code) && lang.confidence >= EU_LANGUAGE_MIN_CONFIDENCE;
  if (languageNexus && !languageReason) {
    nexus.push(mk('eu_language', null, `written in ${lang.code} (confidence ${lang.confidence.toFixed(2)})`));
  }
  // A link's bare language locale ("binance.com/fr/") is the same sign as the language: no nexus when the post addresses a
  // non-EU country that writes it ("/fr/" for Côte d'Ivoire), or only a non-EU audience. A country locale ("/fr-FR/") or TLD stays.
  const droppedLocales: string[] = [];
  for (const [firmId, geo] of linkCountry) {
    const kept = geo.filter((g) => {
      const l = localeLanguage.get(g);
      const reason = l ? notCounted(l) : null;
      if (reason) droppedLocales.push(`link locale ${l} not counted: ${reason}`);
      return !reason;
    });
    linkCountry.set(firmId, kept);
  }
  if (shownOnlyOutside) {
    for (const [firmId, geo] of linkCountry) {
      if (geo.length) droppedLocales.push(`link country not counted: the ad was shown only in ${shownOnlyOutside.join(', ')}`);
      linkCountry.set(firmId, []);
    }
  }
  const nonEuCounter: Indicator[] = [];
  if (nonEu.length) {
    const reasons = nonEu.slice(0, 6).map((s) => `${s.code.replace('non_eu_', 'non-EU ')}${s.country ? ` (${s.country})` : ''}: ${s.detail}`);
    const dropped = (languageNexus && languageReason ? `; EU-language nexus ${lang.code} not counted: ${languageReason}` : '')
      + [...new Set(droppedLocales)].map((d) => `; ${d}`).join('');
    nonEuCounter.push(mk('non_eu_audience', null, `${reasons.join('; ')}${dropped}`, nonEu.find((s) => s.country)?.country ?? null));
  }
  if (item.ad) {
    const euTargets = new Set<string>();
    for (const loc of item.ad.targetLocations) if (isEuCountry(loc.toUpperCase())) euTargets.add(loc.toUpperCase());
    for (const [c, reach] of Object.entries(item.ad.reachByCountry)) if (reach > 0 && isEuCountry(c.toUpperCase())) euTargets.add(c.toUpperCase());
    for (const c of [...euTargets].sort()) {
      const reach = item.ad.reachByCountry[c] ?? item.ad.reachByCountry[c.toLowerCase()];
      nexus.push(mk('geo_targeted_ad', null, `ad targeted at ${c}${reach ? `, reach ${reach}` : ''}`, c));
    }
  }
  for (const ph of found.phones) if (ph.eu) nexus.push(mk('eu_phone', null, `EU phone number ${ph.e164}`, ph.country));
  for (const s of found.euSignals) {
    if (s.code === EU_LANGUAGE_WORDS) {
      const [code = '', words = ''] = s.detail.split(': ');
      const codes = code.split('/');
      const shared = nonEu.find((n) => n.country && codes.some((c) => EU_LANGUAGES_OF_COUNTRY[n.country!]?.includes(c)));
      if (!languageNexus && !shared && codes.every((c) => EU_NEXUS_LANGUAGES.has(c))) {
        nexus.push(mk('eu_language', null, `promotion words in ${code} (${words}); the text is too short for a confident language`));
      }
      continue;
    }
    // An ad library's text says the ad is shown in an EU country: the targeting the structured ad fields give above.
    if (s.code === AD_DELIVERY) nexus.push(mk('geo_targeted_ad', null, `ad shown in ${s.country}: ${s.detail}`, s.country));
    else if (s.code === 'eu_country_mention' || s.code === 'eu_audience') nexus.push(mk('eu_country_mention', null, `${s.detail}`, s.country));
    else nexus.push(mk('eu_payment', null, `${s.code.replace(/_/g, ' ')}: ${s.detail}`, s.country));
  }
  // (The author's own EU country stays below: it is the person's, not the ad's.)
  if (shownOnlyOutside) nexus.length = 0;
  const authorCountry = item.author.country?.toUpperCase();
  if (authorCountry && isEuCountry(authorCountry)) nexus.push(mk('eu_based_person', null, `author gives country ${authorCountry}`, authorCountry));

  const out: Indicator[] = [];
  for (const [firmId, list] of acting) {
    out.push(...list);
    for (const g of linkCountry.get(firmId) ?? []) if (!list.some((x) => x.detail === g.detail)) out.push(g);
    for (const n of nexus) out.push({ ...n, firmId });
    for (const c of nonEuCounter) out.push({ ...c, firmId });
  }
  for (const [firmId, list] of counters) if (!acting.has(firmId)) out.push(...list);
  return dedupe(out);
}

function dedupe(list: Indicator[]): Indicator[] {
  const seen = new Set<string>();
  return list.filter((i) => {
    const k = `${i.firmId}|${i.code}|${i.detail}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Upstream labels read as before; a detected logo also names its score and where in the image it is. */
function logoDetail(logo: EnrichmentFindings['logos'][number]): string {
  const where = logo.mediaUrl ?? logo.path ?? 'media';
  if (!logo.region) return `logo of ${logo.firmId} in ${where}`;
  const r = logo.region;
  return `logo of ${logo.firmId} in ${where} (score ${logo.score.toFixed(2)}, region ${r.x},${r.y} ${r.width}x${r.height})`;
}
