// A pair with more evidence than Elasticsearch's 10,000-hit result window: its case must be scored
// on every item, not on the first page (the cases stage once read at most 10,000 evidence documents
// and scored a busy pair on part of them). The pair's earlier evidence is written to the store
// directly, so the pair has no case state yet: the cases service rebuilds it from all 25,000 items
// when it takes one more from the bus, then takes further items into the state (docs/decisions/0028)
// and still agrees with the full rebuild.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';
import { createSqliteStore } from '../../infra/store/sqlite-store.ts';
import { createLogger } from '../../infra/log/logger.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { loadScoring } from '../../pipelines/cases/scoring-config.ts';
import { createEnricher } from '../../pipelines/enrich/create-enricher.ts';
import { evidenceFromItem } from '../../pipelines/cases/item-evidence.ts';
import { itemSchema } from '../../pipelines/contracts/item.ts';
import { caseSchema } from '../../pipelines/contracts/case.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import { createServices } from '../../services/runtime/pipeline.ts';
import { TOPIC_SPECS } from '../../services/runtime/topic-specs.ts';
import { GROUPS } from '../../services/runtime/consumer-groups.ts';
import { rebuildCases } from '../../services/cases/rebuild-cases.ts';
import { REPO, tempDir } from '../helpers/cli.ts';

test('a pair with 25,000 items is scored on all of them, and later items go through its state', { timeout: 300_000 }, async () => {
  const dir = tempDir();
  const catalogue = loadCatalogue({ dataDir: dir });
  const line = readFileSync(join(REPO, 'connectors/sample/items.jsonl'), 'utf8').split('\n').find((l) => l.includes('"handle":"CryptoLucie_FR"') && l.includes('ref='));
  assert.ok(line, 'a sample post with a referral link');
  const enriched = createEnricher({ catalogue })(itemSchema.parse(JSON.parse(line)));
  const [evidence] = evidenceFromItem(enriched);
  assert.ok(evidence, 'the post is evidence for a pair');

  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  const store = createSqliteStore({ file: join(dir, 'store.sqlite') });
  await bus.ensureTopics(TOPIC_SPECS);
  await store.ensureSchema();
  const earlier = 24_999;
  for (let from = 0; from < earlier; from += 2000) {
    const docs = [];
    for (let k = from; k < Math.min(earlier, from + 2000); k++) {
      const itemId = `${enriched.id}-${k}`;
      docs.push({ id: `${evidence.pairKey}|${itemId}`, doc: { ...evidence, id: `${evidence.pairKey}|${itemId}`, itemId } });
    }
    await store.upsert('evidence', docs);
  }
  await store.refresh();

  const scoring = loadScoring();
  const services = createServices({ bus, store, log: createLogger('silent'), catalogue, scoring }, ['cases', 'index']);
  try {
    for (const s of services) await s.start();
    await bus.publish(TOPICS.enriched, [{ key: enriched.id, value: JSON.stringify(enriched) }]);
    const waitDrained = async () => {
      const deadline = Date.now() + 240_000;
      while ((await bus.lag(GROUPS.cases.group, GROUPS.cases.topic)) + (await bus.lag(GROUPS.indexCases.group, GROUPS.indexCases.topic)) > 0 || (await store.count('cases')) === 0) {
        assert.ok(Date.now() < deadline, 'the case was not built in time');
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await waitDrained();
    await store.refresh();
    const cases = (await store.search('cases', { size: 10 })).hits.map((h) => caseSchema.parse(h.doc));
    assert.equal(cases.length, 1);
    assert.equal(cases[0]!.itemCount, earlier + 1, 'every item of the pair counted');

    // Later items, one batch each, earlier and later in time than the stored ones.
    for (let k = 0; k < 6; k++) {
      const at = new Date(Date.parse(enriched.publishedAt) + (k % 2 ? 1 : -1) * (k + 1) * 86_400_000).toISOString();
      const later = { ...enriched, id: `${enriched.id}-later${k}`, publishedAt: at };
      await bus.publish(TOPICS.enriched, [{ key: later.id, value: JSON.stringify(later) }]);
      await waitDrained();
    }
    await store.refresh();
    const [updated] = (await store.search('cases', { size: 10 })).hits.map((h) => caseSchema.parse(h.doc));
    assert.equal(updated!.itemCount, earlier + 7);
    // The reference: the full rebuild, published to a bus of its own and read back.
    const ref = createSqliteBus({ file: join(dir, 'bus-rebuild.sqlite') });
    await ref.ensureTopics(TOPIC_SPECS);
    await rebuildCases({ bus: ref, store, catalogue, scoring });
    const rebuilt: string[] = [];
    const sub = await ref.subscribe({ group: 'test-rebuild', topic: TOPICS.cases, handle: async (batch) => { for (const m of batch) rebuilt.push(m.value.toString('utf8')); } });
    while ((await ref.lag('test-rebuild', TOPICS.cases)) > 0) await new Promise((r) => setTimeout(r, 20));
    await sub.stop();
    await ref.close();
    assert.equal(rebuilt.length, 1);
    const strip = (c: Record<string, unknown>) => ({ ...c, status: undefined, updatedAt: undefined });
    assert.deepEqual(strip(updated!), strip(caseSchema.parse(JSON.parse(rebuilt[0]!))), 'the state path agrees with the full rebuild');
  } finally {
    for (const s of [...services].reverse()) await s.stop();
    await bus.close();
    await store.close();
  }
});
