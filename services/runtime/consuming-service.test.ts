import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';
import { createLogger } from '../../infra/log/logger.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import { PipelineError } from '../../pipelines/step-result.ts';
import type { BusMessage } from '../../infra/ports/bus.ts';
import { tempDir } from '../../test/helpers/cli.ts';
import { consumingService } from './consuming-service.ts';

async function drain(bus: ReturnType<typeof createSqliteBus>, group: string, topic: string) {
  const deadline = Date.now() + 20_000;
  while ((await bus.lag(group, topic)) > 0) {
    if (Date.now() > deadline) throw new Error('not drained');
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('a message that fails for good goes to the DLQ alone; the rest of its batch and the partition go on', async () => {
  const bus = createSqliteBus({ file: join(tempDir(), 'bus.sqlite') });
  await bus.ensureTopics([{ name: 'in', partitions: 1, retentionMs: -1 }, { name: TOPICS.dlq, partitions: 1, retentionMs: -1 }]);
  const handled: string[] = [];
  let storeDown = 2;
  const svc = consumingService('test', bus, createLogger('silent'), [
    {
      group: 'g', topic: 'in', maxBatch: 10,
      handle: async (batch: BusMessage[]) => {
        // First a retriable outage (the bus must redeliver), then a poison message (never curable).
        if (storeDown-- > 0) throw new PipelineError('store unavailable', { retriable: true });
        if (batch.some((m) => m.key === 'poison')) throw new PipelineError('document rejected: field x', { retriable: false });
        handled.push(...batch.map((m) => m.key!));
        return { produced: batch.length, dead: [] };
      },
    },
  ]);
  await svc.start();
  try {
    await bus.publish('in', ['a', 'b', 'poison', 'c'].map((k) => ({ key: k, value: k })));
    await drain(bus, 'g', 'in');
  } finally {
    await svc.stop();
  }

  assert.deepEqual(handled.sort(), ['a', 'b', 'c']);
  const dlq: BusMessage[] = [];
  const sub = await bus.subscribe({ group: 'reader', topic: TOPICS.dlq, handle: async (b) => void dlq.push(...b) });
  await drain(bus, 'reader', TOPICS.dlq);
  await sub.stop();
  assert.equal(dlq.length, 1);
  assert.equal(dlq[0]!.value.toString(), 'poison');
  assert.match(dlq[0]!.headers['rs-error'] ?? '', /test failed: document rejected: field x/);
  assert.equal(svc.counters.deadLettered, 1);
  assert.ok(svc.counters.retries >= 3);
  await bus.close();
});

test('retries and liveness: a retriable failure is retried a bounded number of times, then dead-lettered with its attempts and last error; the partition moves on', async () => {
  const bus = createSqliteBus({ file: join(tempDir(), 'bus.sqlite'), pollMs: 5, maxAttempts: 3, retryBackoffMaxMs: 200 });
  await bus.ensureTopics([{ name: 'in', partitions: 1, retentionMs: -1 }, { name: TOPICS.dlq, partitions: 1, retentionMs: -1 }]);
  const deliveries: string[][] = [];
  let failures = 0;
  const svc = consumingService('test', bus, createLogger('silent'), [
    {
      group: 'g', topic: 'in', maxBatch: 2,
      handle: async (batch: BusMessage[]) => {
        deliveries.push(batch.map((m) => m.key!));
        // The store never comes back for the first batch; later batches go through.
        if (batch.some((m) => m.key === 'a')) throw new PipelineError(`store unavailable (${++failures})`, { retriable: true });
        return { produced: batch.length, dead: [] };
      },
    },
  ]);
  await svc.start();
  try {
    await bus.publish('in', ['a', 'b', 'c'].map((k) => ({ key: k, value: `v-${k}` })));
    await drain(bus, 'g', 'in');
  } finally {
    await svc.stop();
  }
  assert.deepEqual(deliveries, [['a', 'b'], ['a', 'b'], ['a', 'b'], ['c']], 'not exactly 3 deliveries of the failing batch, then the next one');
  const dlq: BusMessage[] = [];
  const sub = await bus.subscribe({ group: 'reader', topic: TOPICS.dlq, handle: async (b) => void dlq.push(...b) });
  await drain(bus, 'reader', TOPICS.dlq);
  await sub.stop();
  assert.deepEqual(dlq.map((m) => m.value.toString()), ['v-a', 'v-b'], 'the original bytes of the whole batch');
  for (const m of dlq) {
    assert.equal(m.headers['rs-attempts'], '3');
    assert.equal(m.headers['rs-error'], 'test failed after 3 attempts: store unavailable (3)');
    assert.equal(m.headers['rs-source-topic'], 'in');
  }
  assert.equal(svc.counters.deadLettered, 2);
  assert.equal(svc.counters.consumed, 3, 'a redelivery counted as newly consumed');
  await bus.close();
});
