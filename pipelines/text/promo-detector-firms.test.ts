// Whose code it is, in posts that name several firms (issue 7, blind23: how firms are named). Our own examples.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEnricher } from '../enrich/create-enricher.ts';
import { loadCatalogue } from '../firms/load-catalogue.ts';
import type { NormalizedItem } from '../contracts/item.ts';
import { detectContext } from './detect-context.ts';
import { prepareText } from './prepare.ts';
import { createFirmMatcher } from './firm-matcher.ts';
import { createPromoDetector } from './promo-detector.ts';
import { catalogue, postItem } from './test-fixtures.ts';
import { tokenise } from './tokenise.ts';

const detect = createPromoDetector(catalogue);
const codesWithFirms = (text: string): string[] => {
  const p = prepareText(text);
  return detect(p, [], detectContext(p)).promoCodes.map((c) => `${c.code}|${c.firmId}`);
};

test('a name before a colon in the code slot labels the code behind it', () => {
  assert.deepEqual(codesWithFirms('Mi código de Bit4U: LUNA2QX para el bono'), ['LUNA2QX|null']);
  assert.deepEqual(codesWithFirms('Mein Code bei Br1sk: HANS7BL, gilt bis Mai'), ['HANS7BL|null']);
  // A code-shaped word with no second code behind its colon is still the code.
  assert.deepEqual(codesWithFirms('Zyntra code ZY77: sign up today'), ['ZY77|zyntra']);
});

test('the firm named between the code word and the code owns it, over one as near before the code word', () => {
  assert.deepEqual(codesWithFirms('Zyntra per lo spot, Qorvex per i futures. Link Zyntra – codice Qorvex: MARE42.'), ['MARE42|qorvex']);
  assert.deepEqual(codesWithFirms('Kód Moonvale: BREZA9 a Zyntra mám v biu'), ['BREZA9|moonvale']);
  // A list: each code takes the firm of its own line, not the next line's.
  assert.deepEqual(codesWithFirms('Moje kódy:\n• Qorvex → ALBA33\n• Zyntra → ALBA-ZY'), ['ALBA33|qorvex', 'ALBA-ZY|zyntra']);
});

test("a code that is also a referral link's code belongs to the link's firm", () => {
  const enrich = createEnricher({ catalogue, now: () => new Date('2026-03-02T10:00:00Z') });
  const item: NormalizedItem = {
    id: 'x:1', platform: 'x', kind: 'post', publishedAt: '2026-03-01T10:00:00Z', collectedAt: '2026-03-02T10:00:00Z',
    author: { id: 'a1', handle: 'pavel_cz' }, links: [], media: [], metrics: {}, source: { connector: 'test', watchlistIds: [] }, evidence: { sha256: 'a'.repeat(64) },
    text: 'Copy trading je na Qorvex líp než na Zyntra. Zadejte kód PAVEL7 👉 https://qorvex.io/register?ref=PAVEL7',
  };
  const e = enrich(item).enrichment;
  assert.deepEqual(e.promoCodes.map((c) => `${c.code}|${c.firmId}`), ['PAVEL7|qorvex']);
});

const firmsIn = (text: string): string[] => createFirmMatcher(catalogue)(tokenise(text)).map((h) => `${h.firmId}:${h.via}`);

test("a hashtag that starts with a firm's one-word name names the firm; an ambiguous name does not", () => {
  assert.deepEqual(firmsIn('código rPT4 para novos #qorvexportugal'), ['qorvex:hashtag']);
  assert.deepEqual(firmsIn('#zyntracopytrading é o melhor'), ['zyntra:hashtag']);
  // "Gate" is also a word: "#gateway" and "#gatekeeper" are not the firm.
  assert.deepEqual(firmsIn('#gateway #gatekeeper'), []);
});

test('a firm name spelt with digits for letters is the firm ("B1nance" style)', () => {
  assert.deepEqual(firmsIn('na TikToku píšu Qorv3x 😂 kód HONZA500'), ['qorvex:text']);
  assert.deepEqual(firmsIn('Zyntr4 and M00nvale'), ['zyntra:text', 'moonvale:text']);
  // A code that happens to hold a name's letters is no name: digits that are not look-alikes stay.
  assert.deepEqual(firmsIn('code QORV2X and 4567'), []);
});

test('a firm name written in Cyrillic or Greek, and its Cyrillic case forms, name the firm', () => {
  const real = loadCatalogue();
  const firms = (text: string) => createFirmMatcher(real)(tokenise(text)).map((h) => h.firmId);
  assert.deepEqual(firms('Код за регистрация в Битгет: DIMBG24'), ['bitget']);
  assert.deepEqual(firms('Торгую на Байбите и на Бинансе'), ['bybit', 'binance']);
  assert.deepEqual(firms('Κωδικός για το Μπάιμπιτ: NIKOS7'), ['bybit']);
  // The monster of the sea is no exchange.
  assert.deepEqual(firms('кракен из легенды'), []);
});

test("a code labelled with a brand the catalogue lacks, which the post keeps naming, is that brand's and no catalogue firm's", () => {
  const enrich = createEnricher({ catalogue, now: () => new Date('2026-03-02T10:00:00Z') });
  const item = (text: string) => postItem(text, 'ola_pl');
  const e = enrich(item('Kryptal czy Qorvex? Zostaję przy Kryptalu, wypłaty są od ręki. Kod do Kryptala: OLAMAX – 50 zł na start.')).enrichment;
  assert.deepEqual(e.promoCodes.map((c) => [c.code, c.firmId, c.brand]), [['OLAMAX', null, 'Kryptala']]);
  assert.ok(!e.indicators.some((i) => i.code === 'promo_code'), 'the code is not put on Qorvex');
  // Named once only, or a capitalised noun: the label is no brand, the code stays with the firm the post names.
  const once = enrich(item('Qorvex: Code für Neukunden: HANS77, gilt bis Mai')).enrichment;
  assert.deepEqual(once.promoCodes.map((c) => [c.code, c.firmId, c.brand]), [['HANS77', 'qorvex', undefined]]);
});
