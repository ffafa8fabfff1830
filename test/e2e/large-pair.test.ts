// A pair with more evidence than Elasticsearch's 10,000-hit result window: its case must be scored
// on every item, not on the first page (the cases stage once read at most 10,000 evidence documents
// and scored a busy pair on part of them). The pair's earlier evidence is written to the store
// directly (rebuilding it item by item through the pipeline is what issue 9's incremental cases will
// make cheap); the cases service then takes one more item of the pair from the bus.
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
import { REPO, tempDir } from '../helpers/cli.ts';

test('a pair with 10,050 items is scored on all of them', { timeout: 300_000 }, async () => {
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
  const earlier = 10_049;
  for (let from = 0; from < earlier; from += 2000) {
    const docs = [];
    for (let k = from; k < Math.min(earlier, from + 2000); k++) {
      const itemId = `${enriched.id}-${k}`;
      docs.push({ id: `${evidence.pairKey}|${itemId}`, doc: { ...evidence, id: `${evidence.pairKey}|${itemId}`, itemId } });
    }
    await store.upsert('evidence', docs);
  }
  await store.refresh();

  const services = createServices({ bus, store, log: createLogger('silent'), catalogue, scoring: loadScoring() }, ['cases', 'index']);
  try {
    for (const s of services) await s.start();
    await bus.publish(TOPICS.enriched, [{ key: enriched.id, value: JSON.stringify(enriched) }]);
    const deadline = Date.now() + 240_000;
    while ((await bus.lag(GROUPS.cases.group, GROUPS.cases.topic)) + (await bus.lag(GROUPS.indexCases.group, GROUPS.indexCases.topic)) > 0 || (await store.count('cases')) === 0) {
      assert.ok(Date.now() < deadline, 'the case was not built in time');
      await new Promise((r) => setTimeout(r, 100));
    }
    await store.refresh();
    const cases = (await store.search('cases', { size: 10 })).hits.map((h) => caseSchema.parse(h.doc));
    assert.equal(cases.length, 1);
    assert.equal(cases[0]!.itemCount, earlier + 1, 'every item of the pair counted');
  } finally {
    for (const s of [...services].reverse()) await s.stop();
    await bus.close();
    await store.close();
  }
});
