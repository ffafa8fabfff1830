// Where an ad was shown, read from an ad library's text (issue 7, blind31): the countries of "Shown in: ..." in any EU
// language, an EU country a targeting nexus, an ad shown only outside the EU no EU nexus at all.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { createEnricher } from '../enrich/create-enricher.ts';
import type { NormalizedItem } from '../contracts/item.ts';
import { adDeliveries } from './ad-delivery.ts';
import { detectNonEuAudience } from './detect-non-eu-audience.ts';
import { detectEuSignals } from './detect-eu-signals.ts';
import { catalogue as fixtureCatalogue, disclosureKindsIn } from './test-fixtures.ts';

test('the countries of a delivery segment, in the libraries\' languages, also inside a metadata line', () => {
  assert.deepEqual(adDeliveries('Started running on 6.12.2026 · ID: 9860240934 · Shown in: Ireland, Malta · 90K–200K').map((d) => d.countries), [['IE', 'MT']]);
  assert.deepEqual(adDeliveries('Προβάλλεται από 13.10.2026 · Εμφανίζεται σε: Τουρκία · Πληρώθηκε από x').map((d) => d.countries), [['TR']]);
  assert.deepEqual(adDeliveries('Ag rith ó 25.10.2026 · Á thaispeáint in: an Nigéir').map((d) => d.countries), [['NG']]);
  assert.deepEqual(adDeliveries('Angezeigt in: Deutschland und Österreich').map((d) => d.countries), [['DE', 'AT']]);
  // Not a country list, or no delivery label: nothing.
  assert.deepEqual(adDeliveries('Shown in: my latest video'), []);
  assert.deepEqual(adDeliveries('Favourite coin: Bitcoin · Fees: 0.1 %'), []);
});

test('an EU country in the delivery line is an EU signal; only non-EU countries are a non-EU audience', () => {
  assert.deepEqual(detectEuSignals('Shown in: Ireland, Malta').filter((s) => s.code === 'ad_delivery').map((s) => s.country), ['IE', 'MT']);
  assert.deepEqual(detectNonEuAudience('Difuzat începând cu 19.10.2026 · Afișat în: Turcia').map((s) => [s.code, s.country]), [['non_eu_audience', 'TR']]);
  assert.deepEqual(detectNonEuAudience('Afișat în: România, Turcia'), [], 'shown in the EU too');
});

const sample = FirmCatalogue.fromJson(JSON.parse(readFileSync(new URL('../../config/sample-firms.json', import.meta.url), 'utf8')), 'sample-firms.json');
const enrich = createEnricher({ catalogue: sample, now: () => new Date('2026-12-07T00:00:00Z') });
const ad = (text: string): NormalizedItem => ({
  id: 'x:ad', platform: 'x', kind: 'post', publishedAt: '2026-12-01T10:00:00Z', collectedAt: '2026-12-02T10:00:00Z',
  author: { id: 'a1', handle: 'someone' }, text, links: [], media: [], metrics: {}, source: { connector: 'test', watchlistIds: [] },
  evidence: { sha256: 'a'.repeat(64) },
});
const codesOf = (text: string): string[] => [...new Set(enrich(ad(text)).enrichment.indicators.filter((i) => i.firmId === 'qorvex').map((i) => i.code))].sort();

test('an ad shown only outside the EU carries no EU nexus; shown in an EU country it is geo-targeted', () => {
  const copy = 'Sponsorizat\nCodul QXRELO53: comisioane cu 15% mai mici pe Qorvex. Cu codul meu QXRELO53 primești 15% reducere.\n';
  const outside = codesOf(`${copy}Difuzat începând cu 19.10.2026 · ID: 3814502287185 · Afișat în: Turcia · €500–€3999`);
  assert.ok(outside.includes('non_eu_audience') && !outside.includes('eu_language') && !outside.includes('eu_payment'), outside.join(' '));
  const inside = codesOf(`${copy}Difuzat începând cu 19.10.2026 · ID: 3814502287185 · Afișat în: România`);
  assert.ok(inside.includes('geo_targeted_ad') && !inside.includes('non_eu_audience'), inside.join(' '));
});

test('an ad library\'s "Sponsored ·" label line names no sponsor brand', () => {
  assert.deepEqual(disclosureKindsIn('Sponzorováno · Kód QXEVA55: o 40 % nižší poplatky na Qorvex · [Zaregistrovat se]'), ['sponsored']);
  void fixtureCatalogue;
});
