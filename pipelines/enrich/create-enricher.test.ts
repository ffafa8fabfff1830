import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { itemSchema } from '../contracts/item.ts';
import { loadCatalogue } from '../firms/load-catalogue.ts';
import { createEnricher, isoOf } from './create-enricher.ts';

const line = readFileSync(new URL('../../connectors/sample/items.jsonl', import.meta.url), 'utf8').split('\n')[0]!;
const item = itemSchema.parse(JSON.parse(line));
const catalogue = loadCatalogue({ includeSample: true });

test('enrichedAt is the time of enrichment, also when many items share a millisecond (the string is reused)', async () => {
  const enrich = createEnricher({ catalogue });
  const before = Date.now();
  const stamps = Array.from({ length: 50 }, () => enrich(item).enrichment.enrichedAt);
  await new Promise((r) => setTimeout(r, 5));
  const later = enrich(item).enrichment.enrichedAt;
  const after = Date.now();
  for (const s of [...stamps, later]) {
    assert.match(s, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const ms = Date.parse(s);
    assert.ok(ms >= before && ms <= after, `${s} outside the enrichment`);
  }
  assert.ok(Date.parse(later) > Date.parse(stamps[0]!), 'a later item gets a later time');
});

test('a given clock is used as given', () => {
  const enrich = createEnricher({ catalogue, now: () => new Date('2026-03-02T10:00:00Z') });
  assert.equal(enrich(item).enrichment.enrichedAt, '2026-03-02T10:00:00.000Z');
});

test('the per-second ISO formatting equals toISOString, milliseconds and negative times included', () => {
  for (const ms of [0, 1, 9, 10, 99, 100, 999, 1000, -1, -999, -1000, -1001, 1_780_000_000_123, 1_780_000_000_005, 8.64e15, -8.64e15, Date.now()]) {
    assert.equal(isoOf(ms), new Date(ms).toISOString(), String(ms));
  }
});
