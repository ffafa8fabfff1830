// A case update at a level already alerted raises no alert, so the alerts stage must not read the
// case's evidence items for it (it read up to 20 stored items per case update and dropped the
// result: most of the stage's work at scale, issue 9 / decision 0035). An alert written but not yet
// published still goes out with its evidence on the next update of its case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { AlertRule } from '../../pipelines/alerts/alert-rules.ts';
import type { Store } from '../../infra/ports/store.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import { GROUPS } from '../../services/runtime/consumer-groups.ts';
import { createAlertsService } from '../../services/alerts/alerts-service.ts';
import { ingestSource } from '../../services/ingest/ingest-service.ts';
import { checkpointCursorStore } from '../../services/ingest/ingest-cursor.ts';
import { createFileCheckpointStore } from '../../connectors/collect/checkpoints.ts';
import { sampleSource } from '../../services/cli/sources.ts';
import { drained, harness } from '../helpers/mail-harness.ts';

const highRule: AlertRule = { name: 'high-cases', when: { caseLevel: 'high' }, to: ['supervision@nca.example'], mode: 'immediate', timezone: 'UTC' };

test('case updates at an already alerted level read no evidence item; a written, unpublished alert is still sent with its evidence', { timeout: 300_000 }, async () => {
  const h = await harness(['enrich', 'cases', 'index', 'alerts'], [highRule]);
  let alerts: ReturnType<typeof createAlertsService> | null = null;
  try {
    await ingestSource(sampleSource(), { bus: h.bus, log: h.log, cursors: checkpointCursorStore(createFileCheckpointStore(join(h.dir, 'checkpoints.json'))) });
    await drained(h.bus, Object.values(GROUPS).filter((g) => g !== GROUPS.mailer));
    for (const s of [...h.services].reverse()) await s.stop();
    const before = (await h.store.search('alerts', { filters: { rule: 'high-cases' }, size: 1_000 })).hits;
    assert.ok(before.length > 0, 'the sample has high cases');
    const alertedCases = new Set(before.map((a) => String(a.doc.caseId)));
    const cases = (await h.store.search('cases', { size: 1_000 })).hits.filter((c) => alertedCases.has(c.id));

    // The real store, counting the item reads the alerts stage makes.
    let itemReads = 0;
    const counting: Store = { ...h.store, get: (index, id) => ((index === 'items' && itemReads++), h.store.get(index, id)) };
    alerts = createAlertsService({ bus: h.bus, store: counting, rules: [highRule], log: h.log });
    await alerts.start();

    await h.bus.publish(TOPICS.cases, cases.map((c) => ({ key: c.id, value: JSON.stringify(c.doc) })));
    await drained(h.bus, [GROUPS.alertsCases]);
    assert.equal(itemReads, 0, 'no evidence item read for updates that raise nothing new');
    const after = (await h.store.search('alerts', { filters: { rule: 'high-cases' }, size: 1_000 })).hits;
    assert.equal(after.length, before.length, 'no alert added');

    // A crash between writing and publishing leaves the alert `written`: the next update publishes it.
    const pending = before[0]!;
    await h.store.upsert('alerts', [{ id: pending.id, doc: { status: 'written' } }]);
    const itsCase = cases.find((c) => c.id === pending.doc.caseId)!;
    await h.bus.publish(TOPICS.cases, [{ key: itsCase.id, value: JSON.stringify(itsCase.doc) }]);
    await drained(h.bus, [GROUPS.alertsCases]);
    assert.ok(itemReads > 0, 'the evidence items are read for an alert that goes out');
    const sent = await h.store.get('alerts', pending.id);
    assert.equal(sent?.status, 'published');
    const evidence = sent?.evidence as Array<{ url: string | null }> | undefined;
    assert.ok(evidence?.length && evidence.every((e) => e.url), 'sent with its evidence links');
  } finally {
    if (alerts) await alerts.stop();
    await h.bus.close();
    await h.store.close();
  }
});
