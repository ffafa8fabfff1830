// An alert is built while its evidence item is not stored yet (cases and index read the same items in
// parallel): it waits for the item, so the supervisor's mail carries the evidence link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { AlertRule } from '../../pipelines/alerts/alert-rules.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { loadScoring } from '../../pipelines/cases/scoring-config.ts';
import type { Alert } from '../../pipelines/contracts/alert.ts';
import { GROUPS } from '../../services/runtime/consumer-groups.ts';
import { createServices } from '../../services/runtime/pipeline.ts';
import { ingestSource } from '../../services/ingest/ingest-service.ts';
import { checkpointCursorStore } from '../../services/ingest/ingest-cursor.ts';
import { createFileCheckpointStore } from '../../connectors/collect/checkpoints.ts';
import { sampleSource } from '../../services/cli/sources.ts';
import { drained, harness } from '../helpers/mail-harness.ts';

const highRule: AlertRule = { name: 'high-cases', when: { caseLevel: 'high' }, to: ['supervision@nca.example'], mode: 'immediate', timezone: 'UTC' };

test('an alert whose evidence items are indexed late still carries their links', { timeout: 300_000 }, async () => {
  // No index service yet: every high case reaches the alerts service before its items are stored.
  const h = await harness(['enrich', 'cases', 'alerts'], [highRule]);
  const index = createServices({ bus: h.bus, store: h.store, log: h.log, catalogue: loadCatalogue({ dataDir: h.dir }), scoring: loadScoring() }, ['index']);
  try {
    await ingestSource(sampleSource(), { bus: h.bus, log: h.log, cursors: checkpointCursorStore(createFileCheckpointStore(join(h.dir, 'checkpoints.json'))) });
    await drained(h.bus, [GROUPS.enrich, GROUPS.cases]);
    await new Promise((r) => setTimeout(r, 1_000));
    assert.equal(await h.store.count('items', {}), 0, 'nothing indexed before the index service starts');
    for (const s of index) await s.start();
    await drained(h.bus, Object.values(GROUPS).filter((g) => g !== GROUPS.mailer));
    await h.store.refresh();
    const alerts = (await h.store.search('alerts', { filters: { rule: 'high-cases' }, size: 1_000 })).hits.map((x) => x.doc as Alert & { evidence?: Array<{ itemId: string; url: string | null }> });
    assert.ok(alerts.length > 0, 'the sample has high cases');
    for (const a of alerts) {
      assert.ok(a.evidence?.length, `alert ${a.id} lists its evidence`);
      for (const ev of a.evidence!) assert.ok(ev.url, `alert ${a.id}: evidence ${ev.itemId} without its link`);
    }
  } finally {
    for (const s of index) await s.stop();
    await h.close();
  }
});
