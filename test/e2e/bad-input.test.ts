// Hostile and broken input ends in rs.dlq with a reason, and the pipeline goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';
import { createSqliteStore } from '../../infra/store/sqlite-store.ts';
import { createLogger } from '../../infra/log/logger.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { loadScoring } from '../../pipelines/cases/scoring-config.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import { createServices, waitForDrain } from '../../services/runtime/pipeline.ts';
import { TOPIC_SPECS } from '../../services/runtime/topic-specs.ts';
import type { Bus, BusMessage } from '../../infra/ports/bus.ts';
import { rsmon, tempDir } from '../helpers/cli.ts';

const good = (n: number, over: Record<string, unknown> = {}) => ({
  id: `x:${n}`, platform: 'x', kind: 'post', publishedAt: '2026-05-01T00:00:00Z', collectedAt: '2026-05-02T00:00:00Z',
  author: { id: `a${n}`, handle: `person${n}` }, text: `Inscris-toi sur Qorvex avec mon lien https://www.qorvex.io/fr/register?ref=P${n} #pub`,
  links: [], media: [], metrics: {}, source: { connector: 'test', watchlistIds: [] }, evidence: { sha256: createHash('sha256').update(String(n)).digest('hex') },
  ...over,
});

/** Attack strings for the kinds of regular expressions text detectors use. */
const redos = [
  `${'a'.repeat(3000)}!`.repeat(20),
  `code ${'1'.repeat(2000)} `.repeat(40),
  `https://${'a.'.repeat(1500)}com `.repeat(10),
  `${'#'.repeat(1000)} ${'€'.repeat(1000)} ${'+3'.repeat(1000)}`,
  `${'((((('.repeat(500)} ${'-_-_'.repeat(900)}`,
];

async function readDlq(bus: Bus): Promise<BusMessage[]> {
  const got: BusMessage[] = [];
  const sub = await bus.subscribe({ group: 'test-dlq-reader', topic: TOPICS.dlq, handle: async (b) => void got.push(...b) });
  while ((await bus.lag('test-dlq-reader', TOPICS.dlq)) > 0) await new Promise((r) => setTimeout(r, 50));
  await sub.stop();
  return got;
}

test('enrich stage: each kind of bad message is dead-lettered with a reason or neutralised; good ones go through', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  const store = createSqliteStore({ file: join(dir, 'store.sqlite') });
  await bus.ensureTopics(TOPIC_SPECS);
  await store.ensureSchema();
  const log = createLogger('silent');
  const services = createServices({ bus, store, log, catalogue: loadCatalogue({ dataDir: dir }), scoring: loadScoring() });
  for (const s of services) await s.start();
  // Always stop the consumers: an open subscription keeps this test file's process alive after a failure.
  try {

    const bad: Array<[string, Buffer, RegExp]> = [
      ['invalid json', Buffer.from('{"id": "x:1", '), /invalid JSON/],
      ['invalid utf-8', Buffer.concat([Buffer.from('{"id":"x:2","text":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}')]), /invalid UTF-8/],
      ['wrong types', Buffer.from(JSON.stringify(good(3, { publishedAt: 17, author: { id: 5 } }))), /schema: .*publishedAt/],
      ['missing id', Buffer.from(JSON.stringify({ ...good(4), id: undefined })), /schema: id/],
      ['5 MB text', Buffer.from(JSON.stringify(good(5, { text: 'Qorvex '.repeat(750_000) }))), /text: longer than/],
      ['10,000 links', Buffer.from(JSON.stringify(good(6, { links: Array.from({ length: 10_000 }, (_, i) => ({ url: `https://qorvex.io/i/C${i}` })) }))), /links: more than/],
      ['10,000 links in text', Buffer.from(JSON.stringify(good(7, { text: Array.from({ length: 10_000 }, (_, i) => `qorvex.io/i/C${i}`).join(' ') }))), /text: longer than|links/],
    ];
    // Backtracking bait used to be refused whole; now its long tokens and repeat runs are masked
    // (decision 0014), so it is neutralised: enriched, stored with its truncations, never stalling.
    const neutralised = redos.map((t, i) => ({ id: `x:${100 + i}`, value: JSON.stringify(good(100 + i, { text: t })) }));
    const goodIds = [1000, 1001, 1002];
    const messages = [
      { key: 'x:1000', value: JSON.stringify(good(1000)) },
      ...bad.map(([name, value]) => ({ key: name, value })),
      ...neutralised.map((m) => ({ key: m.id, value: m.value })),
      { key: 'x:1001', value: JSON.stringify(good(1001)) },
      { key: 'x:1002', value: JSON.stringify(good(1002)) },
    ];
    const t0 = Date.now();
    await bus.publish(TOPICS.raw, messages);
    await waitForDrain(bus, { timeoutMs: 90_000 });
    const elapsed = Date.now() - t0;

    const dlq = await readDlq(bus);
    const byKey = new Map(dlq.map((m) => [m.key, m]));
    for (const [name, value, reason] of bad) {
      const m = byKey.get(name);
      assert.ok(m, `${name}: not in the DLQ`);
      assert.match(m.headers['rs-error'] ?? '', reason, `${name}: reason "${m.headers['rs-error']}"`);
      assert.equal(m.headers['rs-stage'], 'enrich');
      assert.equal(m.headers['rs-source-topic'], TOPICS.raw);
      assert.ok(m.value.equals(value), `${name}: original bytes not kept`);
    }
    for (const n of goodIds) assert.ok(await store.get('items', `x:${n}`), `good item x:${n} after bad ones was not stored`);
    for (const m of neutralised) {
      assert.equal(byKey.has(m.id), false, `${m.id}: dead-lettered instead of neutralised`);
      const stored = (await store.get('items', m.id)) as { truncations?: Array<{ field: string; reason: string }> } | null;
      assert.ok(stored?.truncations?.some((t) => t.field === 'text'), `${m.id}: stored without a truncation record`);
    }
    assert.equal(await store.count('items'), goodIds.length + neutralised.length);
    const cases = await store.search('cases', { filters: { firmId: 'qorvex' } });
    assert.equal(cases.total, goodIds.length);
    console.log(`bad input: ${bad.length} bad messages dead-lettered, ${neutralised.length} neutralised, ${goodIds.length} good stored, in ${elapsed} ms`);
  } finally {
    for (const s of services.reverse()) await s.stop();
    await bus.close();
    await store.close();
  }
});

test('ingest stage: a JSON lines import with bad lines names each line and goes on', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const file = join(dir, 'items.jsonl');
  const lines = [
    JSON.stringify(good(1)),
    '{not json',
    JSON.stringify(good(2, { platform: 'myspace' })),
    JSON.stringify(good(3, { links: Array.from({ length: 10_000 }, (_, i) => ({ url: `https://x.io/${i}` })) })),
    JSON.stringify(good(4)),
  ];
  writeFileSync(file, Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from(JSON.stringify(good(5)) + '\n')]));
  const res = await rsmon(['import', file, '--data', join(dir, 'state')]);
  assert.equal(res.code, 0, res.stderr);
  assert.match(res.stdout, /7 records, 3 published, 4 dead-lettered/);

  const bus = createSqliteBus({ file: join(dir, 'state', 'bus.sqlite') });
  const dlq = await readDlq(bus);
  await bus.close();
  const reasons = dlq.map((m) => `${m.headers['rs-record']} ${m.headers['rs-error']}`).sort();
  assert.equal(reasons.length, 4);
  assert.match(reasons.join('\n'), /items\.jsonl:2 .*invalid JSON/);
  assert.match(reasons.join('\n'), /items\.jsonl:3 .*platform/);
  assert.match(reasons.join('\n'), /items\.jsonl:4 .*links/);
  assert.match(reasons.join('\n'), /items\.jsonl:6 .*UTF-8/);
});
