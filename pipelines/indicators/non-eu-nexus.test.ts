// The EU-language nexus holds only for a confident, non-English EU language with no sign that the content
// targets a non-EU country using that language; signs of a non-EU audience are a counter-indication with
// their reasons (G1 annex).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { deriveIndicators, type EnrichmentFindings } from './derive-indicators.ts';
import type { NormalizedItem } from '../contracts/item.ts';
import { createEnricher } from '../enrich/create-enricher.ts';
import { evidenceFromItem } from '../cases/item-evidence.ts';
import { buildCase } from '../cases/build-case.ts';
import { loadScoring } from '../cases/scoring-config.ts';

const catalogue = FirmCatalogue.fromJson(JSON.parse(readFileSync(new URL('../../config/sample-firms.json', import.meta.url), 'utf8')), 'sample-firms.json');
const item = (author: Partial<NormalizedItem['author']> = {}): NormalizedItem => ({
  id: 'x:1', platform: 'x', kind: 'post', publishedAt: '2026-03-01T10:00:00Z', collectedAt: '2026-03-02T10:00:00Z',
  author: { id: 'a1', handle: 'someone', ...author }, text: '', links: [], media: [], metrics: {}, source: { connector: 'test', watchlistIds: [] },
  evidence: { sha256: 'a'.repeat(64) },
});
const found = (over: Partial<EnrichmentFindings>): EnrichmentFindings => ({
  language: { code: 'pt', confidence: 0.9, euOfficial: true },
  links: [], offers: [], disclosures: [], firmMentions: [], logos: [], phones: [], euSignals: [],
  promoCodes: [{ code: 'QX2024', firmId: 'qorvex', context: 'use QX2024' }], ...over,
});
const codes = (over: Partial<EnrichmentFindings>, author?: Partial<NormalizedItem['author']>) =>
  deriveIndicators(item(author), found(over), catalogue).map((i) => i.code).sort();

test('a low-confidence language guess gives no EU-language nexus', () => {
  assert.deepEqual(codes({ language: { code: 'da', confidence: 0.3, euOfficial: true } }), ['promo_code']);
  assert.deepEqual(codes({ language: { code: 'da', confidence: 0.8, euOfficial: true } }), ['eu_language', 'promo_code']);
});

test('Portuguese with reais and Pix is aimed at Brazil: no EU-language nexus, a non-EU audience counter-indication with its reasons', () => {
  const out = deriveIndicators(item(), found({
    nonEuSignals: [{ code: 'non_eu_currency', country: 'BR', detail: 'R$ 50' }, { code: 'non_eu_payment', country: 'BR', detail: 'Pix' }],
  }), catalogue);
  assert.deepEqual(out.map((i) => i.code).sort(), ['non_eu_audience', 'promo_code']);
  const counter = out.find((i) => i.code === 'non_eu_audience')!;
  assert.equal(counter.counter, true);
  assert.match(counter.detail, /R\$ 50/);
  assert.match(counter.detail, /Pix/);
  assert.match(counter.detail, /EU-language nexus pt not counted/);
});

test('a non-EU audience in another language does not cancel a Polish nexus, but is still shown', () => {
  assert.deepEqual(codes({ language: { code: 'pl', confidence: 0.9, euOfficial: true }, nonEuSignals: [{ code: 'non_eu_payment', country: 'PH', detail: 'GCash' }] }), [
    'eu_language', 'non_eu_audience', 'promo_code',
  ]);
});

test("the author's own non-EU country is a counter-indication", () => {
  assert.deepEqual(codes({ language: { code: 'en', confidence: 0.9, euOfficial: true } }, { country: 'PH' }), ['non_eu_audience', 'promo_code']);
});

test('a person promoting to a Brazilian audience in Portuguese stays low however many referral posts', () => {
  const enrich = createEnricher({ catalogue, now: () => new Date('2026-03-02T10:00:00Z') });
  const posts = [
    'Cadastre-se na Qorvex pelo meu link e ganhe bônus de R$ 50 no primeiro depósito via Pix https://qorvex.io/register?ref=BRASIL1',
    'Promoção para brasileiros: deposite R$ 100 por Pix e receba o dobro, use meu link https://qorvex.io/register?ref=BRASIL1',
    'Ainda dá tempo! Bônus de boas-vindas de R$ 200 para novos usuários brasileiros https://qorvex.io/register?ref=BRASIL1',
  ];
  const evidence = posts.flatMap((text, k) => evidenceFromItem(enrich({ ...item({ handle: 'cripto_br' }), id: `x:${k}`, text })));
  const c = buildCase(evidence.filter((e) => e.firmId === 'qorvex'), loadScoring(), catalogue, new Date('2026-03-03T00:00:00Z'))!;
  assert.ok(c.indicators.some((i) => i.code === 'referral_link'));
  assert.ok(c.indicators.some((i) => i.code === 'non_eu_audience' && i.counter));
  assert.ok(!c.indicators.some((i) => i.code === 'eu_language'));
  assert.equal(c.level, 'low');
});

test("a link's language locale, bare or regional, is no nexus for a non-EU country writing that language (decision 0061)", () => {
  const geoLink = (finalUrl: string, pathLocale: string) => ({
    url: finalUrl, finalUrl, domain: 'qorvex.io', host: 'qorvex.io', firmId: 'qorvex', entity: 'third_country' as const, role: 'referral' as const,
    referralCode: 'ABIDJAN7', genericReferral: false, from: 'text' as const, geo: { tldCountry: null, pathLocale, langParam: null, appStoreCountry: null },
  });
  const ivorian = [{ code: 'non_eu_audience' as const, country: 'CI', detail: "abonnés en Côte d'Ivoire" }];
  const bare = deriveIndicators(item(), found({ language: { code: 'fr', confidence: 0.9, euOfficial: true }, promoCodes: [], links: [geoLink('https://qorvex.io/fr/join?ref=ABIDJAN7', 'fr')], nonEuSignals: ivorian }), catalogue);
  assert.deepEqual(bare.map((i) => i.code).sort(), ['non_eu_audience', 'referral_link']);
  assert.match(bare.find((i) => i.code === 'non_eu_audience')!.detail, /link locale fr not counted: also a language of CI/);
  const country = deriveIndicators(item(), found({ language: { code: 'fr', confidence: 0.9, euOfficial: true }, promoCodes: [], links: [geoLink('https://qorvex.io/fr-FR/join?ref=ABIDJAN7', 'fr-FR')], nonEuSignals: ivorian }), catalogue);
  // "/fr-FR/" is the firm's one French page, which readers in Côte d'Ivoire get too: the language, not France.
  assert.deepEqual(country.map((i) => i.code).sort(), ['non_eu_audience', 'referral_link']);
  assert.match(country.find((i) => i.code === 'non_eu_audience')!.detail, /link locale fr not counted: also a language of CI/);
  // Without the non-EU audience the same link is a nexus.
  const inFrance = deriveIndicators(item(), found({ language: { code: 'fr', confidence: 0.9, euOfficial: true }, promoCodes: [], links: [geoLink('https://qorvex.io/fr-FR/join?ref=ABIDJAN7', 'fr-FR')] }), catalogue);
  assert.ok(inFrance.some((i) => i.code === 'country_tld_or_path'));
  // Dutch for Suriname likewise.
  const sr = deriveIndicators(item(), found({ language: { code: 'nl', confidence: 0.9, euOfficial: true }, promoCodes: [], links: [geoLink('https://qorvex.io/nl/join?ref=ABIDJAN7', 'nl')], nonEuSignals: [{ code: 'non_eu_audience', country: 'SR', detail: 'volgers in Suriname' }] }), catalogue);
  assert.deepEqual(sr.map((i) => i.code).sort(), ['non_eu_audience', 'referral_link']);
});
