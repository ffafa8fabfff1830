import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { deriveIndicators, localeNexus, type EnrichmentFindings } from './derive-indicators.ts';
import type { NormalizedItem } from '../contracts/item.ts';
import type { EnrichedLink } from '../contracts/enriched-item.ts';

const catalogue = FirmCatalogue.fromJson(JSON.parse(readFileSync(new URL('../../config/sample-firms.json', import.meta.url), 'utf8')), 'sample-firms.json');

const item = (over: Partial<NormalizedItem> = {}): NormalizedItem => ({
  id: 'x:1',
  platform: 'x',
  kind: 'post',
  publishedAt: '2026-03-01T10:00:00Z',
  collectedAt: '2026-03-02T10:00:00Z',
  author: { id: 'a1', handle: 'lucie_fr' },
  text: '',
  links: [],
  media: [],
  metrics: {},
  source: { connector: 'test', watchlistIds: [] },
  evidence: { sha256: 'a'.repeat(64) },
  ...over,
});

const link = (over: Partial<EnrichedLink>): EnrichedLink => ({
  url: 'https://qorvex.io/', finalUrl: 'https://qorvex.io/', domain: 'qorvex.io', host: 'qorvex.io', firmId: 'qorvex', entity: 'third_country',
  role: 'firm_site', referralCode: null, genericReferral: false, from: 'text',
  geo: { tldCountry: null, pathLocale: null, langParam: null, appStoreCountry: null }, ...over,
});

const none = (over: Partial<EnrichmentFindings> = {}): EnrichmentFindings => ({
  language: { code: 'en', confidence: 0.9, euOfficial: true },
  links: [], promoCodes: [], offers: [], disclosures: [], firmMentions: [], logos: [], phones: [], euSignals: [], ...over,
});

const codes = (list: { code: string; firmId: string | null }[], firm: string) => list.filter((i) => i.firmId === firm).map((i) => i.code).sort();

test('referral link in French with a /fr/ path gives means of access and EU nexus, each with its paragraph', () => {
  const out = deriveIndicators(item(), none({
    language: { code: 'fr', confidence: 0.95, euOfficial: true },
    links: [link({ role: 'referral', referralCode: 'LUCIE', finalUrl: 'https://qorvex.io/fr/register?ref=LUCIE', geo: { tldCountry: null, pathLocale: 'fr', langParam: null, appStoreCountry: null } })],
  }), catalogue);
  assert.deepEqual(codes(out, 'qorvex'), ['country_tld_or_path', 'eu_language', 'referral_link']);
  const ref = out.find((i) => i.code === 'referral_link')!;
  assert.equal(ref.guideline, 'G2 §20');
  assert.match(ref.detail, /code LUCIE/);
  assert.equal(out.find((i) => i.code === 'eu_language')!.guideline, 'G1 annex');
});

test('English is not an EU-language nexus; a promo code without a firm goes to the only firm in scope', () => {
  const out = deriveIndicators(item(), none({
    firmMentions: [{ firmId: 'zyntra', via: 'text' }],
    promoCodes: [{ code: 'ZY100', firmId: null, context: 'use my code ZY100' }],
  }), catalogue);
  assert.deepEqual(codes(out, 'zyntra'), ['promo_code']);
});

test('a disclosure counts for the firms the item promotes; a firm only named beside them gets none; with none promoted, the named ones', () => {
  const out = deriveIndicators(item(), none({
    firmMentions: [{ firmId: 'zyntra', via: 'text' }],
    links: [link({})],
    disclosures: [{ marker: '#ad', kind: 'sponsored', language: 'en' }],
  }), catalogue);
  assert.ok(!codes(out, 'zyntra').includes('disclosure'));
  assert.ok(codes(out, 'qorvex').includes('disclosure'));
  const named = deriveIndicators(item(), none({
    firmMentions: [{ firmId: 'zyntra', via: 'text' }],
    disclosures: [{ marker: '#ad', kind: 'sponsored', language: 'en' }],
  }), catalogue);
  assert.ok(codes(named, 'zyntra').includes('disclosure'));
});

test('links to the EU-authorised entity are a counter-indication, not a means of access', () => {
  const out = deriveIndicators(item(), none({
    links: [link({ firmId: 'halvora', entity: 'eu_authorised', domain: 'halvora.eu', host: 'halvora.eu', role: 'referral', referralCode: 'X1' })],
  }), catalogue);
  assert.deepEqual(codes(out, 'halvora'), ['eu_entity_link']);
  assert.equal(out[0]!.counter, true);
});

test('a review naming a firm without link, code or disclosure is an own-initiative review (G2 §21)', () => {
  const out = deriveIndicators(item({ text: 'Mon avis honnête: Moonvale review après 6 mois' }), none({ firmMentions: [{ firmId: 'moonvale', via: 'text' }] }), catalogue);
  assert.deepEqual(out.map((i) => [i.code, i.guideline]), [['own_initiative_review', 'G2 §21']]);
});

test('educational content naming a firm is §17', () => {
  const out = deriveIndicators(item({ text: 'Thread: what is self-custody, and why Moonvale is not your wallet' }), none({ firmMentions: [{ firmId: 'moonvale', via: 'text' }] }), catalogue);
  assert.deepEqual(out.map((i) => i.code), ['educational_only']);
});

test('generic referral to a firm missing from the catalogue is attributed to its domain', () => {
  const out = deriveIndicators(item(), none({
    links: [link({ firmId: null, entity: null, domain: 'vexaprime.io', host: 'www.vexaprime.io', role: 'referral', referralCode: 'VX42', genericReferral: true })],
  }), catalogue);
  assert.deepEqual(codes(out, 'domain:vexaprime.io'), ['referral_link']);
});

test('a firm promoting itself from its own account is not a person x firm case', () => {
  const out = deriveIndicators(item({ author: { id: 'q', handle: 'qorvex' } }), none({ links: [link({ role: 'referral', referralCode: 'A1' })] }), catalogue);
  assert.deepEqual(out, []);
});

test("a post its firm's team signs is the firm speaking: no person x firm case; a person's own team is no firm", () => {
  const firmLink = none({ links: [link({ role: 'firm_site' })] });
  assert.deepEqual(deriveIndicators(item({ text: 'Unser Partnerprogramm ist offen: qorvex.io/de/partner — euer Qorvex-Team' }), firmLink, catalogue), []);
  assert.deepEqual(deriveIndicators(item({ text: 'New listing today.\nYour Qorvex team' }), firmLink, catalogue), []);
  const person = deriveIndicators(item({ text: 'Qorvex is where my team trades: qorvex.io' }), firmLink, catalogue);
  assert.ok(person.some((i) => i.code === 'firm_site_link' && i.firmId === 'qorvex'));
});

test('geo-targeted ads, EU phones and payment signals are nexus indicators with their country', () => {
  const out = deriveIndicators(
    item({ kind: 'ad', platform: 'meta_ads', ad: { targetLocations: ['FR', 'US'], reachByCountry: { FR: 12000, BE: 300, US: 9 } } }),
    none({ links: [link({ role: 'referral', referralCode: 'A' })], phones: [{ e164: '+33612345678', country: 'FR', eu: true }], euSignals: [{ code: 'sepa', country: null, detail: 'SEPA' }] }),
    catalogue,
  );
  const geo = out.filter((i) => i.code === 'geo_targeted_ad').map((i) => i.country);
  assert.deepEqual(geo, ['BE', 'FR']);
  assert.ok(out.some((i) => i.code === 'eu_phone' && i.guideline === 'S6 §36' && i.country === 'FR'));
  assert.ok(out.some((i) => i.code === 'eu_payment'));
});

test('localeNexus: fr and de-DE are EU, en and pt-BR are not', () => {
  assert.deepEqual(localeNexus('fr'), { eu: true, country: null });
  assert.deepEqual(localeNexus('de-DE'), { eu: true, country: 'DE' });
  assert.equal(localeNexus('en').eu, false);
  assert.equal(localeNexus('pt-BR').eu, false);
  assert.equal(localeNexus(null).eu, false);
});

test('codes, deals and disclosures in an item that links only to the EU-authorised entity do not count for the third-country firm', () => {
  const out = deriveIndicators(item({ text: 'Halvora Europe: codice GIO per lo sconto #adv' }), none({
    language: { code: 'it', confidence: 0.95, euOfficial: true },
    links: [link({ firmId: 'halvora', entity: 'eu_authorised', domain: 'halvora.eu', host: 'halvora.eu', role: 'referral', referralCode: 'GIO' })],
    firmMentions: [{ firmId: 'halvora', via: 'text' }],
    promoCodes: [{ code: 'GIO', firmId: null, context: 'codice GIO' }],
    offers: [{ kind: 'fee_discount', firmId: null, detail: 'sconto' }],
    disclosures: [{ marker: '#adv', kind: 'sponsored', language: 'it' }],
  }), catalogue);
  assert.deepEqual(out.map((i) => i.code), ['eu_entity_link']);
});

test('a scam warning naming a firm is a counter-indication (warning_notice), never a sign of acting', () => {
  const found = none({
    language: { code: 'de', confidence: 0.9, euOfficial: true },
    firmMentions: [{ firmId: 'qorvex', via: 'text' }],
    context: [{ kind: 'warning', marker: 'Betrug' }],
  });
  const inds = deriveIndicators(item({ text: 'Achtung Betrug: qorvex-bonus[.]de ist nicht Qorvex' }), found, catalogue);
  assert.deepEqual(inds.map((i) => [i.code, i.firmId, i.counter]), [['warning_notice', 'qorvex', true]]);
  assert.match(inds[0]!.detail, /Betrug/);
});

test('an explainer or a report naming a firm without its own link or code is educational_only', () => {
  const found = none({ firmMentions: [{ firmId: 'qorvex', via: 'text' }], context: [{ kind: 'report', marker: 'investigation' }] });
  const inds = deriveIndicators(item({ text: 'Investigation: creators promote Qorvex' }), found, catalogue);
  assert.deepEqual(inds.map((i) => [i.code, i.counter]), [['educational_only', true]]);
});

test('a brand whose name is its domain, written as the name, is a mention; the same domain with a path or scheme is a link to the site', () => {
  const real = FirmCatalogue.fromJson(JSON.parse(readFileSync(new URL('../../config/firms.json', import.meta.url), 'utf8')), 'firms.json');
  const site = (url: string) => link({ url, finalUrl: `https://${url.replace(/^https?:\/\//, '')}`, firmId: 'cryptocom', domain: 'crypto.com', host: 'crypto.com', role: 'firm_site' });
  const asName = deriveIndicators(item({ text: "Xi ħadd juża Crypto.com f'Malta?" }), none({ firmMentions: [{ firmId: 'cryptocom', via: 'text' }], links: [site('Crypto.com')] }), real);
  assert.ok(!codes(asName, 'cryptocom').includes('firm_site_link'));
  const asLink = deriveIndicators(item({ text: 'Sign up: https://crypto.com/eu' }), none({ links: [site('https://crypto.com/eu')] }), real);
  assert.ok(codes(asLink, 'cryptocom').includes('firm_site_link'));
});

test('codes, deals and disclosures for a firm that is itself an EU-authorised CASP are a counter-indication, not acting', () => {
  const real = FirmCatalogue.fromJson(JSON.parse(readFileSync(new URL('../../config/firms.json', import.meta.url), 'utf8')), 'firms.json');
  const out = deriveIndicators(item({ text: 'Koda za Bitpando: JESEN15 #oglas' }), none({
    language: { code: 'sl', confidence: 0.9, euOfficial: true },
    firmMentions: [{ firmId: 'bitpanda', via: 'text' }],
    promoCodes: [{ code: 'JESEN15', firmId: 'bitpanda', context: 'Koda za Bitpando: JESEN15' }],
    disclosures: [{ marker: '#oglas', kind: 'sponsored', language: 'sl' }],
  }), real);
  assert.deepEqual(codes(out, 'bitpanda'), ['eu_authorised_firm']);
  // A third-country firm in the same shape still acts.
  const other = deriveIndicators(item({ text: 'Koda za Bybit: JESEN15 #oglas' }), none({
    language: { code: 'sl', confidence: 0.9, euOfficial: true },
    firmMentions: [{ firmId: 'bybit', via: 'text' }],
    promoCodes: [{ code: 'JESEN15', firmId: 'bybit', context: 'Koda za Bybit: JESEN15' }],
    disclosures: [{ marker: '#oglas', kind: 'sponsored', language: 'sl' }],
  }), real);
  assert.deepEqual(codes(other, 'bybit'), ['disclosure', 'eu_language', 'promo_code']);
});

test('"learn" in an everyday post is no educational cue: a rant naming a firm is a mention', () => {
  const out = deriveIndicators(item({ text: 'why did the Qorvex app move the convert button AGAIN, every time I finally learn where things are' }), none({
    firmMentions: [{ firmId: 'qorvex', via: 'text' }],
  }), catalogue);
  assert.deepEqual(out.map((i) => i.code), ['mention_only']);
});

test('a disclosure in an item that promotes only an EU-authorised firm does not fall on another firm it names', () => {
  const real = FirmCatalogue.fromJson(JSON.parse(readFileSync(new URL('../../config/firms.json', import.meta.url), 'utf8')), 'firms.json');
  const out = deriveIndicators(item({ text: 'Was on Binance, moved to Bitvavo: https://bitvavo.com/invite?a=DIRK4U (affiliate link)' }), none({
    language: { code: 'nl', confidence: 0.9, euOfficial: true },
    links: [link({ url: 'https://bitvavo.com/invite?a=DIRK4U', finalUrl: 'https://bitvavo.com/invite?a=DIRK4U', domain: 'bitvavo.com', host: 'bitvavo.com', firmId: 'bitvavo', entity: 'eu_authorised', role: 'referral', referralCode: 'DIRK4U' })],
    firmMentions: [{ firmId: 'binance', via: 'text' }, { firmId: 'bitvavo', via: 'text' }],
    disclosures: [{ marker: 'affiliate link', kind: 'affiliate', language: 'en' }],
  }), real);
  assert.deepEqual(codes(out, 'binance'), ['mention_only']);
  assert.deepEqual(codes(out, 'bitvavo'), ['eu_entity_link']);
});

test('a warning or explainer that links only to a firm\'s own pages cites them: no sign of acting, the context counts against', () => {
  const findings = (context: EnrichmentFindings['context']) => none({
    language: { code: 'es', confidence: 1, euOfficial: true },
    links: [link({ url: 'qorvex.io/es/support', finalUrl: 'https://qorvex.io/es/support', geo: { tldCountry: null, pathLocale: 'es', langParam: null, appStoreCountry: null } })],
    firmMentions: [{ firmId: 'qorvex', via: 'domain' }],
    context,
  });
  const text = 'Ejemplo: qorvex.io/es/support no es un enlace de referido.';
  assert.deepEqual(codes(deriveIndicators(item({ text }), findings([{ kind: 'explainer', marker: 'Ejemplo' }]), catalogue), 'qorvex'), ['educational_only']);
  assert.deepEqual(codes(deriveIndicators(item({ text }), findings([{ kind: 'warning', marker: 'phishing' }]), catalogue), 'qorvex'), ['warning_notice']);
  // Without such a context the same link directs readers to the firm's site.
  assert.deepEqual(codes(deriveIndicators(item({ text }), findings([]), catalogue), 'qorvex'), ['country_tld_or_path', 'eu_language', 'firm_site_link']);
});

test('an EU language addressed to a named non-EU audience is no nexus, unless an EU place is named beside it', () => {
  const findings = (euSignals: EnrichmentFindings['euSignals']) => none({
    language: { code: 'cs', confidence: 1, euOfficial: true },
    links: [link({ role: 'referral', referralCode: 'PAVEL', url: 'https://qorvex.io/fr/ref/PAVEL', finalUrl: 'https://qorvex.io/fr/ref/PAVEL', geo: { tldCountry: null, pathLocale: 'fr', langParam: null, appStoreCountry: null } })],
    nonEuSignals: [{ code: 'non_eu_audience', country: 'NZ', detail: '🇳🇿' }],
    euSignals,
  });
  const text = 'Češi na Novém Zélandu 🇳🇿, můj odkaz: qorvex.io/fr/ref/PAVEL';
  const out = deriveIndicators(item({ text }), findings([]), catalogue);
  assert.deepEqual(codes(out, 'qorvex'), ['non_eu_audience', 'referral_link']);
  assert.match(out.find((i) => i.code === 'non_eu_audience')!.detail, /EU-language nexus cs not counted: the post addresses readers in NZ; link locale fr not counted/);
  // Readers in Czechia named too: a mixed audience, the language counts.
  assert.deepEqual(codes(deriveIndicators(item({ text }), findings([{ code: 'eu_country_mention', country: 'CZ', detail: 'Česku' }]), catalogue), 'qorvex'),
    ['country_tld_or_path', 'eu_country_mention', 'eu_language', 'non_eu_audience', 'referral_link']);
});

test('a regional locale in the language of a named non-EU audience ("/es-ES/" to Argentina) is the language, not Spain', () => {
  const findings = none({
    language: { code: 'es', confidence: 1, euOfficial: true },
    links: [link({ role: 'referral', referralCode: 'TINCHO', url: 'https://qorvex.io/es-ES/ref/TINCHO', finalUrl: 'https://qorvex.io/es-ES/ref/TINCHO', geo: { tldCountry: null, pathLocale: 'es-ES', langParam: null, appStoreCountry: null } })],
    nonEuSignals: [{ code: 'non_eu_audience', country: 'AR', detail: 'solo para Argentina' }],
  });
  const out = deriveIndicators(item({ text: 'Solo para Argentina: mi link qorvex.io/es-ES/ref/TINCHO' }), findings, catalogue);
  assert.deepEqual(codes(out, 'qorvex'), ['non_eu_audience', 'referral_link']);
  assert.match(out.find((i) => i.code === 'non_eu_audience')!.detail, /link locale es not counted/);
  // Without the named audience the same link is a nexus.
  const spain = none({ ...findings, nonEuSignals: [] });
  assert.ok(codes(deriveIndicators(item({ text: 'mi link qorvex.io/es-ES/ref/TINCHO' }), spain, catalogue), 'qorvex').includes('country_tld_or_path'));
});
