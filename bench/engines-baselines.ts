// Baselines for `npm run bench:engines`: what the same broker and node do with the same data
// when nothing of ours runs in between. Kafka: kafkajs producing the pipeline's raw messages as
// our bus does (idempotent, acks=-1, one request in flight, 500 per send) to a scratch topic,
// then one consumer in a fresh group reading them all. Elasticsearch: the items as stored by
// the pipeline, bulk-indexed (`index` actions) into a scratch items index with the same mapping.
import { randomUUID } from 'node:crypto';
import { Client } from '@elastic/elasticsearch';
import { Kafka, Partitioners, logLevel } from 'kafkajs';
import { createElasticsearchStore } from '../infra/store/elasticsearch-store.ts';
import { ILM_POLICY_SUFFIX } from '../infra/store/es-templates.ts';
import { INDICES, type Doc } from '../infra/ports/store.ts';
import type { OutgoingMessage } from '../infra/ports/bus.ts';

const SEND_CHUNK = 500;

export interface KafkaBaseline {
  produceMs: number;
  /** Group joined (partitions assigned) to the last message read. */
  consumeMs: number;
  /** consumer.run() to the group join: not counted in the consume rate. */
  joinMs: number;
  bytes: number;
}

export async function kafkaBaseline(brokers: string[], messages: OutgoingMessage[], partitions: number): Promise<KafkaBaseline> {
  const kafka = new Kafka({ clientId: 'rsmon-bench-baseline', brokers, logLevel: logLevel.ERROR });
  const topic = `rsmon-bench-${randomUUID().slice(0, 8)}`;
  const groupId = `${topic}-group`;
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: partitions, replicationFactor: 1 }] });

    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner, allowAutoTopicCreation: false });
    await producer.connect();
    const t0 = performance.now();
    for (let i = 0; i < messages.length; i += SEND_CHUNK) {
      await producer.send({ topic, acks: -1, messages: messages.slice(i, i + SEND_CHUNK).map((m) => ({ key: m.key, value: m.value })) });
    }
    const produceMs = performance.now() - t0;
    await producer.disconnect();

    const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let seen = 0;
    let joined = 0;
    consumer.on(consumer.events.GROUP_JOIN, () => (joined = performance.now()));
    const runAt = performance.now();
    const done = new Promise<number>((resolve) => {
      void consumer.run({
        partitionsConsumedConcurrently: 1,
        eachBatch: async ({ batch }) => {
          seen += batch.messages.length;
          if (seen >= messages.length) resolve(performance.now());
        },
      });
    });
    const last = await Promise.race([done, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`consumer saw ${seen}/${messages.length} messages in 5 min`)), 300_000).unref())]);
    await consumer.disconnect();
    const bytes = messages.reduce((n, m) => n + Buffer.byteLength(m.value) + Buffer.byteLength(m.key), 0);
    return { produceMs, consumeMs: last - joined, joinMs: joined - runAt, bytes };
  } finally {
    await admin.deleteGroups([groupId]).catch(() => {});
    await admin.deleteTopics({ topics: [topic] }).catch(() => {});
    await admin.disconnect();
  }
}

export interface BulkBaseline {
  ms: number;
  successful: number;
  failed: number;
  bytes: number;
}

export async function bulkBaseline(esUrl: string, docs: Doc[]): Promise<BulkBaseline> {
  const prefix = `benchscratch${randomUUID().slice(0, 6)}-`;
  const store = createElasticsearchStore({ node: esUrl, indexPrefix: prefix });
  const client = new Client({ node: esUrl });
  try {
    await store.ensureSchema();
    const stats = await client.helpers.bulk<Doc>({
      datasource: docs,
      onDocument: (d) => ({ index: { _index: `${prefix}items`, _id: String(d.id) } }),
      // As the store's bulk writes: 5 MB requests, two in flight, no refresh.
      flushBytes: 5_000_000,
      concurrency: 2,
    });
    return { ms: stats.time, successful: stats.successful, failed: stats.failed, bytes: stats.bytes };
  } finally {
    await store.close();
    await deleteIndices(client, prefix).finally(() => client.close());
  }
}

/** Removes everything ensureSchema made for `prefix`: indices (with their aliases), templates, ILM policy. */
export async function deleteIndices(client: Client, prefix: string): Promise<void> {
  const existing = Object.keys(await client.indices.get({ index: `${prefix}*`, allow_no_indices: true, expand_wildcards: 'all' }));
  if (existing.length) await client.indices.delete({ index: existing });
  for (const index of INDICES) await client.indices.deleteIndexTemplate({ name: `${prefix}${index}` }).catch(() => {});
  await client.ilm.deleteLifecycle({ name: `${prefix}${ILM_POLICY_SUFFIX}` }).catch(() => {});
}
