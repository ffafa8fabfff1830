// Collection in the distributed mode (BUS=kafka STORE=elasticsearch): `rsmon collect --once` from a
// local Telegram stand-in publishes to Kafka and keeps its cursor in Elasticsearch (shared by every
// collect service), the engine pipeline indexes the items, and the collect lease is a real
// compare-and-set: of two contenders for a free lease exactly one wins.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ensureKafkaForTests } from '../../infra/engines/kafka-for-tests.ts';
import { ensureElasticsearchForTests } from '../../infra/engines/es-engine.ts';
import { createElasticsearchCollectState } from '../../infra/elasticsearch/collect-state.ts';
import { telegramPage, type FixtureMessage } from '../../connectors/telegram/telegram-page.fixture.ts';
import { rsmon, tempDir } from '../helpers/cli.ts';
import { allItemIds, Processes, serviceEnv, testStore, waitFor, type EngineEnv } from './pipeline-helpers.ts';

const kafka = await ensureKafkaForTests();
const es = await ensureElasticsearchForTests();
const skip = 'skip' in kafka ? kafka.skip : (es.skip ?? false);

describe('collection on Kafka and Elasticsearch', { skip, timeout: 5 * 60_000 }, () => {
  if (skip) return;
  const engines: EngineEnv = { brokers: (kafka as { brokers: string[] }).brokers, esUrl: es.url! };
  const procs = new Processes();
  // A channel name of its own: these ids cannot collide with another run's items on shared topics.
  const channel = `eng_${randomUUID().slice(0, 8)}`;
  const N = 45;
  let server: Server;
  let url = '';

  before(async () => {
    server = createServer((req, res) => {
      const beforeId = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('before') ?? N + 1);
      const msgs: FixtureMessage[] = [];
      for (let id = Math.max(1, beforeId - 20); id < beforeId && id <= N; id++) msgs.push({ id, datetime: '2026-11-23T08:00:00+00:00', html: `Message ${id}` });
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(telegramPage(channel, 'Engine Chan', '1K', msgs, msgs.length && msgs[0]!.id > 1 ? msgs[0]!.id : undefined));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(async () => {
    await procs.stopAll();
    await new Promise<void>((r) => server.close(() => r()));
    await es.release();
    if (!('skip' in kafka)) await kafka.release();
  });

  test('collect --once on the engines: cursor in Elasticsearch, items indexed by the engine pipeline', async () => {
    const dir = tempDir('rsmon-collect-engines-');
    const prefix = `c${randomUUID().slice(0, 6)}-`;
    const file = join(dir, 'collections.yaml');
    writeFileSync(file, `collections:\n  - name: tg-eng\n    platform: telegram\n    channels: [${channel}]\n    delaySeconds: 0\n`);
    const env = { ...serviceEnv(engines, prefix, join(dir, 'state')), COLLECTIONS_FILE: file, TELEGRAM_WEB_URL: url };
    assert.equal((await rsmon(['setup'], env)).code, 0);
    const collected = await rsmon(['collect', '--once'], env);
    assert.equal(collected.code, 0, collected.stderr + collected.stdout);
    assert.match(collected.stdout, new RegExp(`^tg-eng: 3 pages, 3 requests, ${N} items`, 'm'));

    // The cursor lives in Elasticsearch: a collect service on another machine (another data dir) sees it.
    const status = await rsmon(['collections', 'status', '--json'], { ...env, DATA_DIR: join(dir, 'elsewhere') });
    assert.equal(status.code, 0, status.stderr);
    const row = JSON.parse(status.stdout.trim()) as { name: string; items: number; lastSuccessAt: string | null; cursor: { channels: Record<string, { newest?: number }> } };
    assert.equal(row.items, N);
    assert.notEqual(row.lastSuccessAt, null);
    assert.ok(JSON.stringify(row.cursor.channels[channel]).includes(String(N)), JSON.stringify(row.cursor));

    procs.start('enrich', ['service', 'enrich'], env);
    procs.start('cases', ['service', 'cases'], env);
    procs.start('index', ['service', 'index'], env);
    const store = testStore(engines, prefix);
    try {
      const want = Array.from({ length: N }, (_, i) => `telegram:${channel}/${i + 1}`).sort();
      await waitFor(`${N} collected items indexed`, async () => (await allItemIds(store)).filter((id) => id.startsWith(`telegram:${channel}/`)).length === N, 180_000).catch((e: Error) => {
        throw new Error(`${e.message}\n${procs.logs()}`);
      });
      const got = (await allItemIds(store)).filter((id) => id.startsWith(`telegram:${channel}/`)).sort();
      assert.deepEqual(got, want);
    } finally {
      await procs.stopAll();
      await store.close();
    }
  });

  test('the Elasticsearch collect lease is a compare-and-set: two contenders, one holder; the other takes over after expiry', async () => {
    const prefix = `l${randomUUID().slice(0, 6)}-`;
    const a = createElasticsearchCollectState({ node: engines.esUrl, indexPrefix: prefix });
    const b = createElasticsearchCollectState({ node: engines.esUrl, indexPrefix: prefix });
    try {
      const la = a.lease('A', 2_000);
      const lb = b.lease('B', 2_000);
      const now = Date.now();
      const wins = await Promise.all([la.tryAcquire(now), lb.tryAcquire(now)]);
      assert.equal(wins.filter(Boolean).length, 1, `exactly one holder: ${JSON.stringify(wins)}`);
      const [winner, loser] = wins[0] ? [la, lb] : [lb, la];
      assert.equal(await loser.tryAcquire(now + 1_000), false, 'a live lease is not taken');
      assert.equal(await winner.tryAcquire(now + 1_000), true, 'the holder renews');
      assert.equal(await loser.tryAcquire(now + 3_500), true, 'an expired lease is taken over');
      assert.equal((await winner.current(now + 3_600))?.holder, loser.owner);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
