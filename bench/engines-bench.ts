// `npm run bench:engines`: the pipeline as separate service processes on real Kafka and
// Elasticsearch, beside what the same broker and node do alone with the same data, in one run:
//   1. end to end: N items published by the bench -> 2 enrich, 1 cases, 1 index process -> ES;
//      items/s and per-item latency (indexedAt - publish time, read back from ES);
//   2. kafkajs producing the same N messages to a scratch topic, then consuming them (msgs/s);
//   3. bulk-indexing the same N item documents into a scratch index with the same mapping (docs/s);
//   4. end-to-end items/s as a share of each baseline.
// It deletes and recreates the pipeline's topics and groups: never run it while test:engines runs.
// N = sample items x BENCH_COPIES (default 20).
import { cpus, totalmem } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Client } from '@elastic/elasticsearch';
import { ensureKafkaForTests } from '../infra/engines/kafka-for-tests.ts';
import { ensureElasticsearchForTests } from '../infra/engines/es-engine.ts';
import { Processes, type EngineEnv } from '../test/engines/pipeline-helpers.ts';
import { runEndToEnd, type E2eResult } from './engines-e2e.ts';
import { bulkBaseline, deleteIndices, kafkaBaseline } from './engines-baselines.ts';

const copies = Number(process.env.BENCH_COPIES ?? 20);
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const rate = (n: number, ms: number) => (n / ms) * 1000;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

console.log('rsmon bench:engines — pipeline on real Kafka + Elasticsearch vs. the engines alone');
console.log('NOTE: resets the pipeline topics and consumer groups; do not run while `npm run test:engines` runs.');
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${process.platform}/${process.arch}`);
console.log('figures are from ONE run on a noisy 2-core machine shared by Kafka, Elasticsearch and the services: read them as rough.\n');

const kafka = await ensureKafkaForTests();
const es = await ensureElasticsearchForTests();
const procs = new Processes();
const prefix = `bench${randomUUID().slice(0, 6)}-`;
let failed = false;
try {
  if ('skip' in kafka) throw new Error(`Kafka unavailable: ${kafka.skip}`);
  if (es.url === undefined) throw new Error(`Elasticsearch unavailable: ${es.skip}`);
  const engines: EngineEnv = { brokers: kafka.brokers, esUrl: es.url };

  const e2e: E2eResult = await runEndToEnd(engines, prefix, copies, procs, log);
  const n = e2e.items;
  const e2eMs = e2e.lastIndexed - e2e.firstPublish;
  const e2eRate = rate(n, e2eMs);
  const lat = [...e2e.latenciesMs].sort((a, b) => a - b);

  log('Kafka baseline: produce + consume the same messages on a scratch topic');
  const k = await kafkaBaseline(engines.brokers, e2e.messages, e2e.partitions);
  log('Elasticsearch baseline: bulk-index the same item documents into a scratch index');
  const b = await bulkBaseline(engines.esUrl, e2e.docs);
  if (b.failed) throw new Error(`bulk baseline: ${b.failed} documents failed`);

  const prodRate = rate(n, k.produceMs);
  const consRate = rate(n, k.consumeMs);
  const bulkRate = rate(b.successful, b.ms);
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  console.log(`1. end to end (bench publishes -> 2 enrich + 1 cases + 1 index process -> ES, prefix ${prefix})`);
  console.log(`   items: ${fmt(n)} (${copies} copies of the sample, ${fmt(k.bytes)} bytes = ${mb(k.bytes)} MiB raw), rs.items.raw partitions: ${e2e.partitions}`);
  console.log(`   publish of all items: ${fmt(e2e.publishMs)} ms; first publish -> last indexedAt: ${fmt(e2eMs)} ms`);
  console.log(`   throughput: ${fmt(e2eRate)} items/s (all groups at lag 0 ${fmt(e2e.drainedAt - e2e.firstPublish)} ms after the first publish)`);
  console.log(`   latency (indexedAt - publish): p50 ${fmt(percentile(lat, 50))} ms, p95 ${fmt(percentile(lat, 95))} ms, p99 ${fmt(percentile(lat, 99))} ms, max ${fmt(lat[lat.length - 1]!)} ms`);
  console.log('2. Kafka alone (kafkajs, scratch topic, same partitions and messages)');
  console.log(`   producer (idempotent, acks=-1, 1 in flight, 500 per send): ${fmt(prodRate)} msgs/s (${fmt(k.produceMs)} ms)`);
  console.log(`   consumer (fresh group, from the start): ${fmt(consRate)} msgs/s (${fmt(k.consumeMs)} ms after the group join; join took ${fmt(k.joinMs)} ms, not counted)`);
  console.log('3. Elasticsearch alone (helpers.bulk, index actions, 5 MB requests, concurrency 2, same items mapping)');
  console.log(`   bulk index: ${fmt(bulkRate)} docs/s (${fmt(b.successful)} docs, ${mb(b.bytes)} MiB in ${fmt(b.ms)} ms)`);
  console.log('4. end-to-end items/s as a share of');
  console.log(`   Kafka producer rate: ${pct(e2eRate, prodRate)}`);
  console.log(`   Kafka consumer rate: ${pct(e2eRate, consRate)}`);
  console.log(`   raw bulk-index rate: ${pct(e2eRate, bulkRate)}`);
  // Issue 9: the size of the items index per item with the templates' mappings, beside the item JSON.
  const client = new Client({ node: engines.esUrl });
  try {
    await client.indices.forcemerge({ index: `${prefix}items*`, max_num_segments: 1 }).catch(() => undefined);
    const stats = await client.indices.stats({ index: `${prefix}items*`, metric: ['store', 'docs'] });
    const size = stats._all.primaries?.store?.size_in_bytes ?? 0;
    const docs = stats._all.primaries?.docs?.count ?? 0;
    const jsonPerItem = k.bytes / n;
    console.log('5. Elasticsearch items index (primaries, after force-merge to one segment)');
    console.log(`   ${fmt(docs)} items, ${mb(size)} MiB: ${fmt(size / Math.max(1, docs))} bytes per item = ${(size / Math.max(1, docs) / jsonPerItem).toFixed(1)}x the raw item JSON (${fmt(jsonPerItem)} bytes)`);
  } finally {
    await client.close();
  }
} catch (err) {
  failed = true;
  console.error(`bench failed: ${(err as Error).stack ?? String(err)}`);
} finally {
  log('cleaning up');
  await procs.stopAll();
  if (es.url) {
    const client = new Client({ node: es.url });
    await deleteIndices(client, prefix).catch((e: Error) => log(`could not delete ${prefix}* indices: ${e.message}`));
    await client.close();
  }
  await es.release();
  if (!('skip' in kafka)) await kafka.release();
}
process.exit(failed ? 1 : 0);
