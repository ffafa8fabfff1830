// Watchlists end to end on the sample: the enricher records hits on the items, an item-watchlist
// rule mails each hit once with the terms that matched, and a case watchlist (a query comparing a
// level) mails each matching case once, through a real SMTP server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { caseSchema } from '../../pipelines/contracts/case.ts';
import type { AlertRule } from '../../pipelines/alerts/alert-rules.ts';
import { parseWatchlists } from '../../pipelines/watchlists/watchlists-file.ts';
import { evaluateQuery } from '../../pipelines/watchlists/evaluate-query.ts';
import { caseDocument, itemDocument, type WatchItem } from '../../pipelines/watchlists/watch-document.ts';
import { GROUPS } from '../../services/runtime/consumer-groups.ts';
import { ingestSource } from '../../services/ingest/ingest-service.ts';
import { checkpointCursorStore } from '../../services/ingest/ingest-cursor.ts';
import { createFileCheckpointStore } from '../../connectors/collect/checkpoints.ts';
import { sampleSource } from '../../services/cli/sources.ts';
import { byMessageId, drained, harness, smtpServer } from '../helpers/mail-harness.ts';

const WATCHLISTS = `watchlists:
  - name: zyntra-de
    owner: analyst@nca.example
    description: Zyntra in German with a code or a bonus
    query: 'firm:zyntra AND lang:de AND (gutscheincode OR bonus* OR #werbung)'
  - name: high-de
    owner: supervision@nca.example
    query: 'level>=high AND lang:de'
`;

test('watchlists on the sample: hits stored on items, one mail per item hit with its terms, one per matching high case', { timeout: 300_000 }, async () => {
  const watchlists = parseWatchlists(WATCHLISTS, 'watchlists.yaml');
  const rules: AlertRule[] = [
    { name: 'zyntra', when: { watchlist: 'zyntra-de' }, to: ['analyst@nca.example'], mode: 'immediate', timezone: 'UTC' },
    { name: 'high-de', when: { watchlist: 'high-de' }, to: ['supervision@nca.example'], mode: 'immediate', timezone: 'UTC' },
  ];
  const smtp = await smtpServer();
  const h = await harness(['enrich', 'cases', 'index', 'alerts', 'mailer'], rules, `smtp://127.0.0.1:${smtp.port}`, watchlists);
  try {
    await ingestSource(sampleSource(), { bus: h.bus, log: h.log, cursors: checkpointCursorStore(createFileCheckpointStore(join(h.dir, 'checkpoints.json'))) });
    await drained(h.bus, Object.values(GROUPS));
    await h.store.refresh();

    // Every stored item carries exactly the hits the query gives on it (and only item watchlists).
    const hitItems: string[] = [];
    for await (const { id, doc } of h.store.scan('items', {})) {
      const expected = evaluateQuery(watchlists[0]!.ast, itemDocument(doc as WatchItem)).matched;
      const hits = ((doc.enrichment as { watchlistHits: Array<{ watchlist: string; terms: string[]; positions: Array<{ field: string; start: number; end: number }> }> }).watchlistHits);
      assert.deepEqual(hits.map((x) => x.watchlist), expected ? ['zyntra-de'] : [], `hits of ${id}`);
      if (!expected) continue;
      hitItems.push(id);
      // Positions point at the words as written.
      for (const p of hits[0]!.positions) if (p.field === 'text') assert.ok(String(doc.text).slice(p.start, p.end).length > 0);
    }
    assert.ok(hitItems.length >= 3, `the sample has German Zyntra promotions (${hitItems.length})`);
    assert.equal(await h.store.count('items', { 'enrichment.watchlistHits.watchlist': 'zyntra-de' }), hitItems.length, 'hits are searchable in the store');

    const itemMails = smtp.mails.filter((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '').includes('analyst@'));
    assert.equal(itemMails.length, hitItems.length, 'one mail per item hit');
    assert.ok([...byMessageId(smtp.mails).values()].every((n) => n === 1), 'no Message-ID twice');
    for (const m of itemMails) assert.match(m.text ?? '', /firm:zyntra/u, 'the mail names the terms that matched');

    // Case watchlist: each high case with German evidence alerts once.
    const cases = (await h.store.search('cases', { size: 10_000 })).hits.map((x) => caseSchema.parse(x.doc));
    const matching = cases.filter((c) => evaluateQuery(watchlists[1]!.ast, caseDocument(c)).matched);
    assert.ok(matching.length >= 2, `German high cases in the sample (${matching.length})`);
    const caseAlerts = (await h.store.search('alerts', { filters: { rule: 'high-de' }, size: 1000 })).hits.map((x) => x.doc);
    for (const c of matching) assert.equal(caseAlerts.filter((a) => a.caseId === c.id).length, 1, `one alert for ${c.id}`);
    const caseMails = smtp.mails.filter((m) => (m.to && !Array.isArray(m.to) ? m.to.text : '').includes('supervision@'));
    assert.equal(caseMails.length, caseAlerts.length);
    assert.ok(caseMails.every((m) => /level>=high/u.test(m.text ?? '')), 'case mails show the matched terms');
  } finally {
    await h.close();
    await smtp.stop();
  }
});
