// A short post's promotion words name its EU language when a language identifier cannot (issue 7, EU nexus).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEnricher } from '../enrich/create-enricher.ts';
import { prepareText } from './prepare.ts';
import { catalogue } from './test-fixtures.ts';
import { vocabularyLanguage } from './vocabulary-language.ts';
import type { NormalizedItem } from '../contracts/item.ts';

const lang = (text: string) => vocabularyLanguage(prepareText(text).t);

test('code words and disclosure labels of one EU language name it; shared by two EU languages, both', () => {
  // Our own examples.
  assert.equal(lang('qorvex kampanjakoodi: lokki')?.language, 'fi');
  assert.equal(lang('Qorvex #werbung')?.language, 'de');
  assert.equal(lang('qorvex koodi: lokki')?.language, 'et/fi');
  // English, loanwords, words shared with a non-EU language, or two languages with nothing in common: none.
  assert.equal(lang('qorvex promo code: GULL'), null);
  assert.equal(lang('qorvex код: GULL'), null);
  assert.equal(lang('kampanjakoodi #werbung'), null);
});

test('the eu_language indicator of a short post comes from its promotion words and names them', () => {
  const enrich = createEnricher({ catalogue, now: () => new Date('2026-01-01T00:00:00Z') });
  const item: NormalizedItem = {
    id: 'x:1', platform: 'x', kind: 'post', publishedAt: '2026-03-01T10:00:00Z', collectedAt: '2026-03-02T10:00:00Z',
    author: { id: 'a1', handle: 'gull_fi' }, text: 'Qorvex kampanjakoodi: LOKKI7', links: [], media: [], metrics: {},
    source: { connector: 'test', watchlistIds: [] }, evidence: { sha256: 'a'.repeat(64) },
  };
  const ind = enrich(item).enrichment.indicators.filter((i) => i.code === 'eu_language');
  assert.equal(ind.length, 1);
  assert.match(ind[0]!.detail, /promotion words in fi \(kampanjakoodi\)/);
});
