// Retries and liveness (issue 6, class 10): /livez and /readyz of a service process, over real HTTP
// against real adapters (SQLite bus and store; an Elasticsearch store pointed at a closed port).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createTcpServer } from 'node:net';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';
import { createSqliteStore } from '../../infra/store/sqlite-store.ts';
import { createElasticsearchStore } from '../../infra/store/elasticsearch-store.ts';
import { createLogger } from '../../infra/log/logger.ts';
import { tempDir } from '../../test/helpers/cli.ts';
import { consumingService } from './consuming-service.ts';
import { startMetricsServer } from './metrics-server.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function closedPort(): Promise<number> {
  const srv = createTcpServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

async function get(server: Server, path: string): Promise<{ status: number; body: { ok: boolean; checks?: Array<{ name: string; ok: boolean }> } }> {
  const { port } = server.address() as { port: number };
  const res = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(10_000) });
  return { status: res.status, body: (await res.json()) as { ok: boolean } };
}

async function waitFor(what: string, cond: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

test('retries and liveness: /livez turns red on a stuck consumer with lag and green again after progress', async () => {
  const dir = tempDir();
  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite'), pollMs: 5 });
  const store = createSqliteStore({ file: join(dir, 'store.sqlite') });
  await bus.ensureTopics([{ name: 'in', partitions: 1, retentionMs: -1 }]);
  let release!: () => void;
  const stuck = new Promise<void>((r) => (release = r));
  let handled = 0;
  const svc = consumingService('test', bus, createLogger('silent'), [
    { group: 'g', topic: 'in', maxBatch: 1, handle: async () => {
      if (handled === 1) await stuck; // the second message hangs (a wedged call, not an error)
      handled++;
      return { produced: 1, dead: [] };
    } },
  ]);
  await svc.start();
  const server = await startMetricsServer({ port: 0, host: '127.0.0.1', bus, store, services: [svc], groups: [{ group: 'g', topic: 'in' }], stallMs: 1_000 });
  try {
    assert.equal((await get(server, '/livez')).status, 200, 'idle without lag is live');
    await bus.publish('in', ['1', '2', '3'].map((k) => ({ key: k, value: k })));
    await waitFor('first message handled', async () => handled === 1);
    assert.equal((await get(server, '/livez')).status, 200, 'lag, but the stall time has not passed');
    await waitFor('/livez red', async () => (await get(server, '/livez')).status === 503, 5_000);
    const red = await get(server, '/livez');
    assert.deepEqual(red.body.checks?.map((c) => [c.name, c.ok]), [['g/in', false]]);
    assert.equal((await get(server, '/health')).status, 503, '/health includes liveness');
    assert.equal((await get(server, '/readyz')).status, 200, 'a stuck consumer is not a readiness problem');
    release();
    await waitFor('drained', async () => (await bus.lag('g', 'in')) === 0);
    assert.equal((await get(server, '/livez')).status, 200, 'progress turns it green again');
    assert.equal((await get(server, '/health')).status, 200);
  } finally {
    release();
    await new Promise((r) => server.close(r));
    await svc.stop();
    await bus.close();
    await store.close();
  }
});

test('retries and liveness: /readyz is red when the store is unreachable, green when it answers', async () => {
  const dir = tempDir();
  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  await bus.ensureTopics([{ name: 'in', partitions: 1, retentionMs: -1 }]);
  const down = createElasticsearchStore({ node: `http://127.0.0.1:${await closedPort()}`, indexPrefix: 'readyz-' });
  const up = createSqliteStore({ file: join(dir, 'store.sqlite') });
  const groups = [{ group: 'g', topic: 'in' }];
  const unreachable = await startMetricsServer({ port: 0, host: '127.0.0.1', bus, store: down, services: [], groups });
  const reachable = await startMetricsServer({ port: 0, host: '127.0.0.1', bus, store: up, services: [], groups });
  try {
    const red = await get(unreachable, '/readyz');
    assert.equal(red.status, 503);
    assert.deepEqual(red.body.checks?.map((c) => [c.name, c.ok]), [['broker', true], ['store', false]]);
    assert.equal((await get(unreachable, '/health')).status, 503, '/health includes readiness');
    assert.equal((await get(unreachable, '/livez')).status, 200, 'an unreachable store is not a liveness problem');
    const green = await get(reachable, '/readyz');
    assert.equal(green.status, 200);
    assert.deepEqual(green.body.checks?.map((c) => [c.name, c.ok]), [['broker', true], ['store', true]]);
  } finally {
    await new Promise((r) => unreachable.close(r));
    await new Promise((r) => reachable.close(r));
    await bus.close();
    await up.close();
    await down.close().catch(() => {});
  }
});
