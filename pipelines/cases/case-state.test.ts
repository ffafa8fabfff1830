// The bounded state must give byte-identical cases to buildCase over all evidence, whatever order
// the items are added in: generated pairs (many codes, repeated details, ties in time, instants
// spelled with offsets, more items than the evidence list holds) in shuffled orders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { buildCase } from './build-case.ts';
import { addToState, canAddOutOfOrder, caseFromState, caseStateSchema, emptyState, stateFromEvidence } from './case-state.ts';
import { loadScoring } from './scoring-config.ts';
import type { ItemEvidence } from './item-evidence.ts';
import type { Indicator } from '../contracts/enriched-item.ts';
import { INDICATORS, type IndicatorCode } from '../indicators/indicator-codes.ts';
import { mulberry32 } from '../../connectors/sample/prng.ts';

const catalogue = FirmCatalogue.fromJson(JSON.parse(readFileSync(new URL('../../config/sample-firms.json', import.meta.url), 'utf8')), 'sample-firms.json');
const scoring = loadScoring();
const now = new Date('2026-11-01T00:00:00Z');
const CODES = Object.keys(INDICATORS) as IndicatorCode[];

const rng = mulberry32;

function generatePair(seed: number, n: number): ItemEvidence[] {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const out: ItemEvidence[] = [];
  for (let i = 0; i < n; i++) {
    const indicators: Indicator[] = [];
    const k = 1 + Math.floor(r() * 4);
    for (let j = 0; j < k; j++) {
      const code = pick(CODES);
      const def = INDICATORS[code];
      indicators.push({ code, guideline: def.guideline, firmId: 'qorvex', detail: `${code}-${Math.floor(r() * 14)}`, counter: def.group === 'counter', country: def.group === 'nexus' ? pick(['FR', 'DE', 'IT', null]) : null });
    }
    // Few distinct instants (ties ordered by item id), some spelled with an offset.
    const day = 1 + Math.floor(r() * 5);
    const publishedAt = r() < 0.3 ? `2026-03-0${day}T12:00:00+02:00` : `2026-03-0${day}T10:00:00Z`;
    out.push({
      id: `x:p${seed}|qorvex|x:${seed}-${i}`, pairKey: `x:p${seed}|qorvex`, personKey: `x:p${seed}`, firmId: 'qorvex', itemId: `x:${seed}-${i}`, platform: 'x', url: null,
      publishedAt, person: { handle: `h${i % 3}`, name: null, url: null, followers: r() < 0.2 ? null : Math.floor(r() * 10_000) },
      language: pick(['fr', 'de', null]), euTotalReach: r() < 0.2 ? Math.floor(r() * 5000) : 0, indicators,
    });
  }
  return out;
}

function shuffle<T>(xs: T[], r: () => number): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

test('items added to the state in any order give the case buildCase gives from all evidence', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const items = generatePair(seed, seed % 10 === 0 ? 1_200 : 1 + (seed % 40));
    const expected = JSON.stringify(buildCase(items, scoring, catalogue, now));
    const r = rng(seed * 7919);
    for (let round = 0; round < 3; round++) {
      const order = shuffle(items, r);
      const state = emptyState(order[0]!, scoring, catalogue);
      for (const ev of order) {
        assert.ok(canAddOutOfOrder(state, ev), 'integer reach adds in any order');
        addToState(state, ev, scoring);
      }
      // Through JSON and the schema, as it goes to and comes from the store.
      const stored = caseStateSchema.parse(JSON.parse(JSON.stringify(state)));
      assert.equal(JSON.stringify(caseFromState(stored, scoring, catalogue, now)), expected, `seed ${seed}, order ${round}`);
    }
    assert.equal(JSON.stringify(caseFromState(stateFromEvidence(items, scoring, catalogue)!, scoring, catalogue, now)), expected, `seed ${seed}, sorted fold`);
  }
});

test('the state stays bounded however many items the pair has', () => {
  const items = generatePair(99, 5_000);
  const state = stateFromEvidence(items, scoring, catalogue)!;
  assert.equal(state.itemCount, 5_000);
  assert.equal(state.recent.length, 1_000);
  for (const stat of Object.values(state.codes)) {
    assert.ok(stat.kept.length <= scoring.maxItemsPerCode);
    assert.ok(stat.details.length <= 10);
  }
});

test('a fractional ad reach refuses out-of-order additions (its sum depends on the order)', () => {
  const items = generatePair(5, 3);
  const state = emptyState(items[0]!, scoring, catalogue);
  addToState(state, { ...items[0]!, euTotalReach: 0.1 }, scoring);
  assert.equal(canAddOutOfOrder(state, items[1]!), false);
});
