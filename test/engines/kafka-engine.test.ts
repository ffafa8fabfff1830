// Smoke test: the engine starts a real Kafka 4.x and kafkajs 2.2.4 speaks every API we rely on
// to it (KIP-896 removed old protocol versions in 4.0; this is the proof that the overlap holds).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { Kafka, logLevel, type EachBatchPayload } from 'kafkajs';
import { kafkaStatus, startKafka } from '../../infra/engines/kafka-engine.ts';
import { ensureKafkaForTests } from '../../infra/engines/kafka-for-tests.ts';

const env = await ensureKafkaForTests();
const skip = 'skip' in env ? env.skip : false;

describe('kafka engine + kafkajs 2.2.4 against Kafka 4.x', { skip }, () => {
  if ('skip' in env) return;
  const kafka = new Kafka({ clientId: 'rsmon-smoke', brokers: env.brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  const topic = `smoke-${randomUUID()}`;
  const group = `smoke-group-${randomUUID()}`;

  after(async () => {
    await admin.deleteTopics({ topics: [topic] }).catch(() => {});
    await admin.disconnect();
    await env.release();
  });

  it('reports up, and `up` on a running broker is a no-op', async () => {
    assert.equal(await kafkaStatus(), 'up');
    const again = await startKafka();
    assert.equal(again.alreadyRunning, true);
  });

  it('admin: describe cluster, create topic with config, metadata, describe configs', async () => {
    await admin.connect();
    const cluster = await admin.describeCluster();
    assert.equal(cluster.brokers.length, 1);
    assert.equal(cluster.brokers[0]?.port, 9092);
    // waitForLeaders: false, because kafkajs' wait gives up on the UNKNOWN_TOPIC_OR_PARTITION a
    // fresh KRaft broker answers first; fetchTopicMetadata below retries that itself.
    const created = await admin.createTopics({
      waitForLeaders: false,
      topics: [{ topic, numPartitions: 2, replicationFactor: 1, configEntries: [{ name: 'retention.ms', value: '3600000' }] }],
    });
    assert.equal(created, true);
    const meta = await admin.fetchTopicMetadata({ topics: [topic] });
    assert.equal(meta.topics[0]?.partitions.length, 2);
    const configs = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: 2 /* TOPIC */, name: topic, configNames: ['retention.ms'] }] });
    assert.equal(configs.resources[0]?.configEntries.find((e) => e.configName === 'retention.ms')?.configValue, '3600000');
    assert.ok((await admin.listTopics()).includes(topic));
  });

  it('produce (idempotent), consume, commit, fetch committed offsets, describe group', async () => {
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: 10 }, (_, i) => ({ key: `k${i % 3}`, value: `v${i}`, headers: { h: `x${i}` }, partition: 0 })),
    });
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId: group, sessionTimeout: 10_000 });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    const seen: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`only ${seen.length} messages within 30 s`)), 30_000);
      void consumer.run({
        autoCommit: false,
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset }: EachBatchPayload) => {
          for (const m of batch.messages) {
            seen.push(m.value?.toString() ?? '');
            assert.equal(m.headers?.h?.toString(), `x${Number(m.offset)}`);
            resolveOffset(m.offset);
          }
          const last = batch.messages[batch.messages.length - 1];
          if (last) await consumer.commitOffsets([{ topic, partition: batch.partition, offset: String(Number(last.offset) + 1) }]);
          if (seen.length >= 10) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
    assert.deepEqual(seen, Array.from({ length: 10 }, (_, i) => `v${i}`));

    const described = await admin.describeGroups([group]);
    assert.equal(described.groups[0]?.state, 'Stable');
    await consumer.disconnect();

    const offsets = await admin.fetchOffsets({ groupId: group, topics: [topic] });
    const p0 = offsets[0]?.partitions.find((p) => p.partition === 0);
    assert.equal(p0?.offset, '10');
    const ends = await admin.fetchTopicOffsets(topic);
    assert.equal(ends.find((p) => p.partition === 0)?.high, '10');
    const groups = await admin.listGroups();
    assert.ok(groups.groups.some((g) => g.groupId === group));
    await admin.deleteGroups([group]);
  });
});
