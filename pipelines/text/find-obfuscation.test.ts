// Disguised codes, links and firm names are found after normalisation, the item keeps its text, and
// the disguise is reported (which characters, inside what) and becomes an indicator of the firm.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NormalizedItem } from '../contracts/item.ts';
import { createEnricher } from '../enrich/create-enricher.ts';
import { catalogue } from './test-fixtures.ts';

const enrich = createEnricher({ catalogue, now: () => new Date('2026-03-02T10:00:00Z') });
const item = (text: string): NormalizedItem => ({
  id: 'x:1', platform: 'x', kind: 'post', publishedAt: '2026-03-01T10:00:00Z', collectedAt: '2026-03-02T10:00:00Z',
  author: { id: 'a1', handle: 'someone' }, text, links: [], media: [], metrics: {}, source: { connector: 'test', watchlistIds: [] },
  evidence: { sha256: 'a'.repeat(64) },
});

test('a zero-width space inside a promo code no longer hides it, and is reported as a disguise', () => {
  const text = 'Use promo code QORV\u200bEX50 on Qorvex for a bonus';
  const e = enrich(item(text));
  assert.equal(e.text, text, 'the evidence keeps the text as written');
  assert.deepEqual(e.enrichment.promoCodes.map((p) => p.code), ['QORVEX50']);
  assert.equal(e.enrichment.obfuscations.length, 1);
  assert.match(e.enrichment.obfuscations[0]!.detail, /zero-width space U\+200B inside promo code QORVEX50/);
  assert.ok(e.enrichment.indicators.some((i) => i.code === 'obfuscated_text' && i.firmId === 'qorvex'));
});

test('invisible characters inside a referral URL or a bare domain no longer hide the link', () => {
  const a = enrich(item('Sign up: https://qorvex.io/re\u200bgister?ref=AB\u2060CDEFGH'));
  assert.deepEqual(a.enrichment.links.map((l) => [l.role, l.referralCode]), [['referral', 'ABCDEFGH']]);
  assert.equal(a.enrichment.obfuscations[0]?.entity, 'link');
  const b = enrich(item('Sign up at qor\u200bvex.io/i/QX9 today'));
  assert.deepEqual(b.enrichment.links.map((l) => [l.firmId, l.referralCode]), [['qorvex', 'QX9']]);
});

test('Cyrillic look-alike and fullwidth letters no longer hide a firm name', () => {
  for (const text of ['Trade on Qоrvex now, code QX2024 gives 20% off', 'Trade on ＱＯＲＶＥＸ now, code QX2024 gives 20% off']) {
    const e = enrich(item(text));
    assert.ok(e.enrichment.firmMentions.some((m) => m.firmId === 'qorvex' && m.via === 'text'), text);
    assert.equal(e.enrichment.obfuscations[0]?.entity, 'firm_name', text);
  }
});

test('invisible characters outside any link, code or firm name are no disguise (emoji joiners, soft hyphens)', () => {
  const e = enrich(item('Family day 👨\u200d👩\u200d👧 ❤\ufe0f with a soft\u00adhyphen, then code QX2024 on Qorvex'));
  assert.deepEqual(e.enrichment.obfuscations, []);
  assert.ok(!e.enrichment.indicators.some((i) => i.code === 'obfuscated_text'));
});
