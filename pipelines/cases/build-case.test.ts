import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { buildCase } from './build-case.ts';
import { loadScoring } from './scoring-config.ts';
import type { ItemEvidence } from './item-evidence.ts';
import type { Indicator } from '../contracts/enriched-item.ts';
import { INDICATORS, type IndicatorCode } from '../indicators/indicator-codes.ts';

const catalogue = FirmCatalogue.fromJson(JSON.parse(readFileSync(new URL('../../config/sample-firms.json', import.meta.url), 'utf8')), 'sample-firms.json');
const scoring = loadScoring();
const now = new Date('2026-11-01T00:00:00Z');

const ind = (code: IndicatorCode, detail: string = code, country: string | null = null): Indicator => ({
  code, guideline: INDICATORS[code].guideline, firmId: 'qorvex', detail, counter: INDICATORS[code].group === 'counter', country,
});

const ev = (itemId: string, day: number, indicators: Indicator[], followers = 1000): ItemEvidence => ({
  id: `x:lucie|qorvex|${itemId}`, pairKey: 'x:lucie|qorvex', personKey: 'x:lucie', firmId: 'qorvex', itemId, platform: 'x', url: null,
  publishedAt: `2026-03-${String(day).padStart(2, '0')}T10:00:00Z`, person: { handle: 'lucie', name: 'Lucie', url: null, followers },
  language: 'fr', euTotalReach: 0, indicators,
});

test('a referral link with EU nexus is medium; every point names an item and a rule', () => {
  const c = buildCase([ev('x:1', 1, [ind('referral_link'), ind('eu_language')])], scoring, catalogue, now)!;
  assert.equal(c.level, 'medium');
  assert.equal(c.score, 5);
  assert.deepEqual(c.contributions.map((x) => [x.code, x.itemId, x.points]), [['referral_link', 'x:1', 3], ['eu_language', 'x:1', 2]]);
  assert.equal(c.contributions.reduce((s, x) => s + x.points, 0), c.score);
});

test('acting signs without EU nexus stay low whatever their number', () => {
  const items = Array.from({ length: 10 }, (_, i) => ev(`x:${i}`, i + 1, [ind('referral_link'), ind('promo_code'), ind('disclosure')]));
  assert.equal(buildCase(items, scoring, catalogue, now)!.level, 'low');
});

test('a pattern of referral links, codes and disclosures aimed at the EU is high', () => {
  const items = [1, 2, 3].map((d) => ev(`x:${d}`, d, [ind('referral_link'), ind('promo_code'), ind('disclosure'), ind('eu_language'), ind('geo_targeted_ad', 'FR', 'FR')]));
  const c = buildCase(items, scoring, catalogue, now)!;
  assert.equal(c.level, 'high');
  assert.deepEqual(c.euNexus.countries, [{ country: 'FR', via: ['geo_targeted_ad'] }]);
  assert.deepEqual(c.euNexus.languages, [{ code: 'fr', items: 3 }]);
});

test('repeats decay and stop after maxItemsPerCode items', () => {
  const items = Array.from({ length: 8 }, (_, i) => ev(`x:${i}`, i + 1, [ind('referral_link')]));
  const c = buildCase(items, scoring, catalogue, now)!;
  const ref = c.indicators.find((i) => i.code === 'referral_link')!;
  assert.equal(ref.count, 8);
  assert.equal(ref.points, 3 + 1.5 + 0.75 + 0.38 + 0.19);
});

test('only counter-indications give level none', () => {
  const c = buildCase([ev('x:1', 1, [ind('own_initiative_review')]), ev('x:2', 2, [ind('eu_entity_link')])], scoring, catalogue, now)!;
  assert.equal(c.level, 'none');
  assert.ok(c.score < 0);
});

test('the same evidence in any order gives the same case', () => {
  const items = [ev('x:1', 1, [ind('referral_link'), ind('eu_language')]), ev('x:2', 5, [ind('promo_code')]), ev('x:3', 3, [ind('logo')])];
  const a = buildCase(items, scoring, catalogue, now);
  const b = buildCase([...items].reverse(), scoring, catalogue, now);
  assert.deepEqual(a, b);
  assert.equal(a!.firstSeen, '2026-03-01T10:00:00.000Z');
  assert.equal(a!.lastSeen, '2026-03-05T10:00:00.000Z');
  assert.deepEqual(a!.evidence, ['x:1', 'x:3', 'x:2']);
});

test('the scoring file is validated: an unknown code is refused with its name', async () => {
  const { scoringSchema } = await import('./scoring-config.ts');
  const bad = { ...scoring, weights: { ...scoring.weights, made_up: 1 } };
  const res = scoringSchema.safeParse(bad);
  assert.equal(res.success, false);
  assert.match(JSON.stringify(res.error!.issues), /made_up/);
});

test('a pair with thousands of items stays a bounded message: scoring items and the latest are listed', async () => {
  const { MAX_EVIDENCE_IDS } = await import('./build-case.ts');
  const items = Array.from({ length: 3000 }, (_, i) => ({ ...ev(`x:${String(i).padStart(5, '0')}`, 1, [ind('referral_link'), ind('eu_language')]), publishedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }));
  const c = buildCase(items, scoring, catalogue, now)!;
  assert.equal(c.itemCount, 3000);
  assert.equal(c.evidence.length, MAX_EVIDENCE_IDS);
  assert.ok(c.evidence.includes('x:00000') && c.evidence.includes('x:02999'));
  assert.ok(c.contributions.every((x) => x.points !== 0));
  assert.ok(JSON.stringify(c).length < 100_000);
});

test('dates: firstSeen and lastSeen compare by instant, not by spelling, and are written in UTC', () => {
  const at = (itemId: string, publishedAt: string): ItemEvidence => ({ ...ev(itemId, 1, [ind('referral_link')]), publishedAt });
  // As text, "2026-05-01T01:30:00+02:00" sorts last; as an instant it is the earliest of the three.
  const c = buildCase([at('x:1', '2026-04-30T23:45:00Z'), at('x:2', '2026-05-01T01:30:00+02:00'), at('x:3', '2026-04-30T23:50:00.000Z')], scoring, catalogue, now)!;
  assert.equal(c.firstSeen, '2026-04-30T23:30:00.000Z');
  assert.equal(c.lastSeen, '2026-04-30T23:50:00.000Z');
  assert.deepEqual(c.evidence, ['x:2', 'x:1', 'x:3']);
});
