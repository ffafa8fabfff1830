// Class of failure: the incremental cases path (per-pair state, docs/decisions/0028) drifting from
// the full rebuild. The sample plus generated copies of its soliciting posts (several pairs with
// dozens of items each), new versions of some items (one withdraws the pair's evidence), stale old
// versions arriving after the new ones, and redeliveries, all in random orders and random batch cuts
// through the real cases service: the last case of every pair must be byte-identical to what
// `rebuildCases` gives from all stored evidence. The same run also shows the state path was taken
// (a pair read back from the store only when it had no state or an item changed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';
import { createSqliteStore } from '../../infra/store/sqlite-store.ts';
import type { Bus } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';
import { createLogger } from '../../infra/log/logger.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { loadScoring } from '../../pipelines/cases/scoring-config.ts';
import { createEnricher } from '../../pipelines/enrich/create-enricher.ts';
import { evidenceFromItem } from '../../pipelines/cases/item-evidence.ts';
import { itemSchema, type NormalizedItem as Item } from '../../pipelines/contracts/item.ts';
import type { EnrichedItem } from '../../pipelines/contracts/enriched-item.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import { createCasesService } from '../../services/cases/cases-service.ts';
import { rebuildCases } from '../../services/cases/rebuild-cases.ts';
import { TOPIC_SPECS } from '../../services/runtime/topic-specs.ts';
import { GROUPS } from '../../services/runtime/consumer-groups.ts';
import { REPO, tempDir } from '../helpers/cli.ts';
import { mulberry32 } from '../../connectors/sample/prng.ts';

const NOW = new Date('2026-12-01T00:00:00Z');

const rng = mulberry32;

/** The last value per key on a topic, read with a fresh consumer group. */
async function lastPerKey(bus: Bus, topic: string, group: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const sub = await bus.subscribe({ group, topic, maxBatch: 1000, handle: async (batch) => { for (const m of batch) out.set(m.key!, m.value.toString('utf8')); } });
  while ((await bus.lag(group, topic)) > 0) await new Promise((r) => setTimeout(r, 20));
  await sub.stop();
  return out;
}

async function drained(bus: Bus): Promise<void> {
  const deadline = Date.now() + 60_000;
  while ((await bus.lag(GROUPS.cases.group, GROUPS.cases.topic)) > 0) {
    assert.ok(Date.now() < deadline, 'the cases service did not drain');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Reads of one pair's whole evidence (the rebuild path), counted on the real store. */
function countingPairScans(store: Store): { store: Store; scans: () => number } {
  let n = 0;
  const scan: Store['scan'] = (index, query, pageSize) => {
    if (index === 'evidence' && typeof query.filters?.pairKey === 'string') n++;
    return store.scan(index, query, pageSize);
  };
  return { store: { ...store, scan }, scans: () => n };
}

for (const seed of [11, 23, 47]) {
  test(`random orders, batch cuts, redeliveries and new versions give the rebuild's cases byte for byte (seed ${seed})`, { timeout: 300_000 }, async () => {
    const r = rng(seed);
    const dir = tempDir();
    const catalogue = loadCatalogue({ dataDir: dir });
    const scoring = loadScoring();
    const enrich = createEnricher({ catalogue });
    const sample = readFileSync(join(REPO, 'connectors/sample/items.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => itemSchema.parse(JSON.parse(l)));

    const deliveries: EnrichedItem[] = sample.map((it) => enrich(it));
    // Copies of posts that support a pair: new ids, spread over days (also before the original).
    const supporting = sample.filter((it) => evidenceFromItem(enrich(it)).length > 0);
    const versioned: Item[] = [];
    for (const it of supporting.slice(0, 12)) {
      for (let k = 0; k < 15 + Math.floor(r() * 20); k++) {
        const at = new Date(Date.parse(it.publishedAt) + Math.round((r() - 0.5) * 40 * 86_400_000)).toISOString();
        const copy = { ...it, id: `${it.id}-g${k}`, publishedAt: at };
        deliveries.push(enrich(copy));
        if (r() < 0.08) versioned.push(copy);
      }
    }
    // New versions: one rewords the post (same pair, other content), one drops every sign of the firm.
    for (const [i, it] of versioned.entries()) {
      const text = i % 2 === 0 ? `${it.text ?? ''} (edited)` : 'Nothing to see here today.';
      const next = { ...it, text, collectedAt: '2026-11-30T00:00:00Z', evidence: { ...it.evidence, sha256: createHash('sha256').update(`${it.id}:${text}`).digest('hex') } };
      deliveries.push(enrich(next));
    }
    // Shuffled (a stale old version may now come after its new one), then some sent twice.
    for (let i = deliveries.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
    }
    const redelivered = deliveries.filter(() => r() < 0.15);
    const stream = [...deliveries, ...redelivered.map((d) => d)];
    for (const d of redelivered) stream.splice(Math.floor(r() * stream.length), 0, d);

    const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
    const raw = createSqliteStore({ file: join(dir, 'store.sqlite') });
    await bus.ensureTopics(TOPIC_SPECS);
    await raw.ensureSchema();
    const counted = countingPairScans(raw);
    const service = createCasesService({ bus, store: counted.store, catalogue, scoring, log: createLogger('silent'), now: () => NOW });
    await service.start();
    try {
      for (let i = 0; i < stream.length; ) {
        const n = 1 + Math.floor(r() * 40);
        await bus.publish(TOPICS.enriched, stream.slice(i, i + n).map((d) => ({ key: d.id, value: JSON.stringify(d) })));
        i += n;
        await drained(bus);
      }
    } finally {
      await service.stop();
    }
    const incremental = await lastPerKey(bus, TOPICS.cases, 'test-incremental');

    const ref = createSqliteBus({ file: join(dir, 'bus-rebuild.sqlite') });
    await ref.ensureTopics(TOPIC_SPECS);
    await rebuildCases({ bus: ref, store: raw, catalogue, scoring, now: () => NOW });
    const rebuilt = await lastPerKey(ref, TOPICS.cases, 'test-rebuild');

    // Pairs whose every item was withdrawn keep a level-none case the rebuild does not make.
    const withEvidence = [...incremental.keys()].filter((k) => rebuilt.has(k)).sort();
    assert.deepEqual(withEvidence, [...rebuilt.keys()].sort(), 'the same pairs');
    assert.ok(withEvidence.length >= 12, `several pairs (${withEvidence.length})`);
    for (const k of withEvidence) assert.equal(incremental.get(k), rebuilt.get(k), `case ${k}`);
    for (const k of incremental.keys()) if (!rebuilt.has(k)) assert.match(incremental.get(k)!, /"level":"none","indicators":\[\]/, `withdrawn pair ${k}`);

    // One read of the pair per first sighting, per changed item and per withdrawal, not per item.
    assert.ok(counted.scans() <= incremental.size + 2 * versioned.length, `pair reads ${counted.scans()} for ${incremental.size} pairs, ${versioned.length} new versions, ${stream.length} deliveries`);
    await bus.close();
    await ref.close();
    await raw.close();
  });
}

test('a failure between the state write and the evidence write counts the items once when the batch is redelivered', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const catalogue = loadCatalogue({ dataDir: dir });
  const scoring = loadScoring();
  const enrich = createEnricher({ catalogue });
  const line = readFileSync(join(REPO, 'connectors/sample/items.jsonl'), 'utf8').split('\n').find((l) => l.includes('"handle":"CryptoLucie_FR"') && l.includes('ref='));
  assert.ok(line, 'a sample post with a referral link');
  const base = itemSchema.parse(JSON.parse(line));
  const copies = (from: number, n: number) => Array.from({ length: n }, (_, k) => enrich({ ...base, id: `${base.id}-f${from + k}`, publishedAt: new Date(Date.parse(base.publishedAt) + (from + k) * 3_600_000).toISOString() }));

  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  const raw = createSqliteStore({ file: join(dir, 'store.sqlite') });
  await bus.ensureTopics(TOPIC_SPECS);
  await raw.ensureSchema();
  let failNext = false;
  let failed = 0;
  // The real store, with one evidence write failing as a crash after the state write would. On
  // SQLite the cases stage's Store.write is one transaction; this store applies its steps one by
  // one, as Elasticsearch does, so the crash can fall between them.
  const store: Store = {
    ...raw,
    upsert: async (index, docs) => {
      if (index === 'evidence' && failNext) {
        failNext = false;
        failed++;
        throw new Error('simulated crash between the state write and the evidence write');
      }
      return raw.upsert(index, docs);
    },
    write: async (steps) => {
      for (const step of steps) {
        if ('upsert' in step) await store.upsert(step.upsert, step.docs);
        else await raw.delete(step.delete, step.ids);
      }
    },
  };
  const service = createCasesService({ bus, store, catalogue, scoring, log: createLogger('silent'), now: () => NOW });
  await service.start();
  try {
    const publish = (items: EnrichedItem[]) => bus.publish(TOPICS.enriched, items.map((d) => ({ key: d.id, value: JSON.stringify(d) })));
    await publish(copies(0, 5)); // the pair's state exists from here on
    await drained(bus);
    failNext = true;
    await publish(copies(5, 7));
    await drained(bus);
    failNext = true;
    await publish([...copies(12, 3), ...copies(5, 2)]); // with a redelivery of already-counted items
    await drained(bus);
  } finally {
    await service.stop();
  }
  assert.equal(failed, 2, 'both failures happened');
  const incremental = await lastPerKey(bus, TOPICS.cases, 'test-incremental');
  const ref = createSqliteBus({ file: join(dir, 'bus-rebuild.sqlite') });
  await ref.ensureTopics(TOPIC_SPECS);
  await rebuildCases({ bus: ref, store: raw, catalogue, scoring, now: () => NOW });
  const rebuilt = await lastPerKey(ref, TOPICS.cases, 'test-rebuild');
  assert.equal(rebuilt.size, 1);
  const [key, value] = [...rebuilt.entries()][0]!;
  assert.equal(JSON.parse(value).itemCount, 15);
  assert.equal(incremental.get(key), value);
  await bus.close();
  await ref.close();
  await raw.close();
});
