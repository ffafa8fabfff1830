// The Kafka bus against the real local broker: what the port conformance suite cannot show on its
// own — the topic spec, a consumer killed before it commits, partition sharing within a group,
// lag from the low watermark, and DLQ messages.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { Kafka, logLevel } from 'kafkajs';
import { DLQ_HEADERS, fromDeadLetterMessage, toDeadLetterMessage } from '../../infra/bus/dead-letter-message.ts';
import { createKafkaBus } from '../../infra/bus/kafka-bus.ts';
import { loadTopicSpecs } from '../../infra/bus/kafka-topics.ts';
import { ensureKafkaForTests } from '../../infra/engines/kafka-for-tests.ts';
import type { Bus, BusMessage, Subscription } from '../../infra/ports/bus.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import { PipelineError } from '../../pipelines/step-result.ts';
import { createLogger } from '../../infra/log/logger.ts';
import { consumingService } from '../../services/runtime/consuming-service.ts';

const env = await ensureKafkaForTests();
const TIMEOUT = 60_000;
// The broker's minimum; bounds how long a dead member holds its partitions.
const tuning = { sessionTimeoutMs: 6_000, rebalanceTimeoutMs: 10_000, heartbeatIntervalMs: 1_000 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe('kafka bus', { skip: 'skip' in env ? env.skip : false, timeout: 5 * 60_000 }, () => {
  if ('skip' in env) return;
  const buses: Bus[] = [];
  const subs: Subscription[] = [];
  const admin = new Kafka({ clientId: 'rsmon-test-admin', brokers: env.brokers, logLevel: logLevel.NOTHING }).admin();
  const makeBus = (): Bus => {
    const b = createKafkaBus({ brokers: env.brokers, clientId: 'rsmon-test', logLevel: 'error', ...tuning });
    buses.push(b);
    return b;
  };
  const created: string[] = [];
  const fresh = async (b: Bus, partitions = 1) => {
    const id = randomUUID().slice(0, 8);
    created.push(`kbus.${id}`);
    await b.ensureTopics([{ name: `kbus.${id}`, partitions, retentionMs: 3_600_000 }]);
    return { topic: `kbus.${id}`, group: `kbus-g.${id}` };
  };
  const collect = async (b: Bus, group: string, topic: string, maxBatch?: number) => {
    const got: BusMessage[] = [];
    const sub = await b.subscribe({ group, topic, maxBatch, handle: async (batch) => void got.push(...batch) });
    subs.push(sub);
    return { got, sub };
  };

  after(async () => {
    await Promise.allSettled(subs.map((s) => s.stop()));
    await Promise.allSettled(buses.map((b) => b.close()));
    // Keep a reused dev broker small: every leftover topic slows its next start.
    await admin.connect();
    await admin.deleteTopics({ topics: created }).catch(() => {});
    await admin.disconnect();
    await env.release();
  });

  test('ensureTopics applies infra/kafka/topics.json, idempotently', { timeout: TIMEOUT }, async () => {
    const b = makeBus();
    const specs = loadTopicSpecs();
    await b.ensureTopics(specs);
    await b.ensureTopics(specs); // second run: no error, no change
    await admin.connect();
    const meta = await admin.fetchTopicMetadata({ topics: Object.values(TOPICS) });
    for (const spec of specs) {
      assert.equal(meta.topics.find((t) => t.name === spec.name)?.partitions.length, spec.partitions, spec.name);
    }
    const cfg = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: 2, name: TOPICS.dlq, configNames: ['retention.ms'] }] });
    assert.equal(cfg.resources[0]?.configEntries[0]?.configValue, String(specs.find((s) => s.name === TOPICS.dlq)?.retentionMs));
  });

  test('keyed ordering across 4 partitions, two groups each get everything', { timeout: TIMEOUT }, async () => {
    const b = makeBus();
    const { topic, group } = await fresh(b, 4);
    const sent = Array.from({ length: 200 }, (_, i) => ({ key: `key-${i % 7}`, value: `${i % 7}:${i}` }));
    for (let i = 0; i < sent.length; i += 50) await b.publish(topic, sent.slice(i, i + 50));
    const g1 = await collect(b, `${group}.1`, topic, 16);
    const g2 = await collect(b, `${group}.2`, topic);
    await waitFor('both groups drained', async () => (await b.lag(`${group}.1`, topic)) === 0 && (await b.lag(`${group}.2`, topic)) === 0);
    for (const got of [g1.got, g2.got]) {
      assert.equal(got.length, 200);
      for (let k = 0; k < 7; k++) {
        const mine = got.filter((m) => m.key === `key-${k}`);
        assert.equal(new Set(mine.map((m) => m.partition)).size, 1);
        assert.deepEqual(mine.map((m) => m.value.toString()), sent.filter((s) => s.key === `key-${k}`).map((s) => s.value));
      }
    }
  });

  test('two consumers in one group share the partitions', { timeout: TIMEOUT }, async () => {
    const b1 = makeBus();
    const b2 = makeBus();
    const { topic, group } = await fresh(b1, 4);
    const c1 = await collect(b1, group, topic);
    const c2 = await collect(b2, group, topic);
    await admin.connect();
    await waitFor('group stable with 2 members', async () => {
      const d = (await admin.describeGroups([group])).groups[0];
      return d?.state === 'Stable' && d.members.length === 2;
    });
    await b1.publish(topic, Array.from({ length: 100 }, (_, i) => ({ key: `k${i}`, value: String(i) })));
    await waitFor('all 100 consumed', () => c1.got.length + c2.got.length >= 100);
    assert.ok(c1.got.length > 0 && c2.got.length > 0, `split ${c1.got.length}/${c2.got.length}`);
    const p1 = new Set(c1.got.map((m) => m.partition));
    const p2 = new Set(c2.got.map((m) => m.partition));
    assert.deepEqual([...p1].filter((p) => p2.has(p)), [], 'a partition was consumed by both members');
    assert.equal(new Set([...c1.got, ...c2.got].map((m) => m.value.toString())).size, 100);
  });

  test('a consumer killed before commit: the batch goes to the next member of the group', { timeout: TIMEOUT * 2 }, async () => {
    const b = makeBus();
    const { topic, group } = await fresh(b);
    await b.publish(topic, Array.from({ length: 12 }, (_, i) => ({ key: 'k', value: String(i) })));
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./kafka-bus-crash-child.ts', import.meta.url)), env.brokers.join(','), group, topic], {
      stdio: ['pipe', 'pipe', 'inherit'], // stdin: the child exits when it closes
    });
    const exited = new Promise((r) => child.once('exit', r));
    try {
      const firstLine = await new Promise<string>((resolve, reject) => {
        let buf = '';
        const timer = setTimeout(() => reject(new Error('child got no batch in 45 s')), 45_000);
        child.stdout.on('data', (d: Buffer) => {
          buf += d.toString();
          if (buf.includes('\n')) {
            clearTimeout(timer);
            resolve(buf.split('\n')[0]!);
          }
        });
        child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
      });
      assert.deepEqual(JSON.parse(firstLine), ['0', '1', '2', '3', '4']);
    } finally {
      child.kill('SIGKILL'); // dies mid-handle: no commit, no LeaveGroup
      await exited;
    }
    assert.equal(await b.lag(group, topic), 12, 'the killed consumer committed something');

    const batches: string[][] = [];
    const sub = await b.subscribe({ group, topic, maxBatch: 5, handle: async (batch) => void batches.push(batch.map((m) => m.offset)) });
    subs.push(sub);
    await waitFor('redelivered and drained', async () => (await b.lag(group, topic)) === 0, 45_000);
    assert.deepEqual(batches[0], ['0', '1', '2', '3', '4'], 'the uncommitted batch was not redelivered first');
    assert.equal(batches.flat().length, 12);
  });

  test('lag: never-committed group counts from the low watermark; commits reduce it', { timeout: TIMEOUT }, async () => {
    const b = makeBus();
    const { topic, group } = await fresh(b, 2);
    await b.publish(topic, Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: String(i) })));
    assert.equal(await b.lag(group, topic), 10);
    // Delete the first records of every partition: lag must not count what no longer exists.
    await admin.connect();
    const ends = await admin.fetchTopicOffsets(topic);
    const removed = ends.reduce((n, p) => n + Math.min(2, Number(p.high)), 0);
    await admin.deleteTopicRecords({ topic, partitions: ends.map((p) => ({ partition: p.partition, offset: String(Math.min(2, Number(p.high))) })) });
    assert.equal(await b.lag(group, topic), 10 - removed);
    const c = await collect(b, group, topic);
    await waitFor('drained', async () => (await b.lag(group, topic)) === 0);
    assert.equal(c.got.length, 10 - removed);
    await b.publish(topic, [{ key: 'late', value: 'x' }]);
    await waitFor('late message consumed', async () => (await b.lag(group, topic)) === 0 && c.got.length === 11 - removed);
  });

  test('binary values and DLQ headers round-trip; original bytes stay the value', { timeout: TIMEOUT }, async () => {
    const b = makeBus();
    const { topic, group } = await fresh(b);
    const original = Buffer.concat([Buffer.from([0xff, 0x00, 0xc3, 0x28]), randomBytes(4096)]);
    const dl = {
      value: original,
      key: null,
      reason: 'enrich: body: Invalid input — ünïcode too',
      sourceTopic: TOPICS.raw,
      stage: 'enrich',
      partition: 3,
      offset: '9007199254740993', // beyond Number precision: must stay a string
      attempts: 4,
      record: 'import.csv:17',
    };
    const out = toDeadLetterMessage(dl);
    assert.equal(out.value, original);
    assert.deepEqual(out.headers, {
      [DLQ_HEADERS.error]: dl.reason,
      [DLQ_HEADERS.sourceTopic]: TOPICS.raw,
      [DLQ_HEADERS.sourcePartition]: '3',
      [DLQ_HEADERS.sourceOffset]: '9007199254740993',
      [DLQ_HEADERS.attempts]: '4',
      [DLQ_HEADERS.stage]: 'enrich',
      [DLQ_HEADERS.record]: 'import.csv:17',
      [DLQ_HEADERS.keyless]: 'true',
    });
    await b.publish(topic, [out, { key: 'bin', value: randomBytes(0) }]);
    const c = await collect(b, group, topic);
    await waitFor('2 messages', () => c.got.length >= 2);
    const back = c.got[0]!;
    assert.ok(back.value.equals(original), 'DLQ value bytes changed');
    assert.deepEqual(fromDeadLetterMessage(back), dl);
    assert.equal(c.got[1]!.value.length, 0);
  });

  test('retries and liveness: a chunk failing retriably is dead-lettered after maxAttempts with its attempts and last error; the partition moves on', { timeout: TIMEOUT }, async () => {
    const b = createKafkaBus({ brokers: env.brokers, clientId: 'rsmon-test', logLevel: 'error', ...tuning, maxAttempts: 2, retryBackoffMaxMs: 200 });
    buses.push(b);
    await b.ensureTopics(loadTopicSpecs().filter((t) => t.name === TOPICS.dlq));
    const { topic, group } = await fresh(b);
    const deliveries: string[][] = [];
    const svc = consumingService('kafka-test', b, createLogger('silent'), [
      { group, topic, maxBatch: 2, handle: async (batch) => {
        deliveries.push(batch.map((m) => m.key!));
        if (batch.some((m) => m.key === 'a')) throw new PipelineError('store unavailable', { retriable: true });
        return { produced: batch.length, dead: [] };
      } },
    ]);
    await b.publish(topic, ['a', 'b', 'c'].map((k) => ({ key: k, value: `v-${k}` })));
    await svc.start();
    try {
      await waitFor('drained', async () => (await b.lag(group, topic)) === 0);
    } finally {
      await svc.stop();
    }
    assert.deepEqual(deliveries, [['a', 'b'], ['a', 'b'], ['c']]);
    const dlq = await collect(b, `${group}.dlq`, TOPICS.dlq);
    await waitFor('dead letters of this topic', () => dlq.got.filter((m) => m.headers['rs-source-topic'] === topic).length >= 2);
    const mine = dlq.got.filter((m) => m.headers['rs-source-topic'] === topic);
    assert.deepEqual(mine.map((m) => [m.value.toString(), m.headers['rs-attempts'], m.headers['rs-error']]), [
      ['v-a', '2', 'kafka-test failed after 2 attempts: store unavailable'],
      ['v-b', '2', 'kafka-test failed after 2 attempts: store unavailable'],
    ]);
  });
});
