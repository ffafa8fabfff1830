// `npm run bench:engines`: the pipeline as separate service processes on real Kafka and
// Elasticsearch, beside what the same broker and node do alone with the same data, in one run:
//   1. end to end at full load: N items published by the bench -> 2 enrich, 1 cases, 1 index
//      process -> ES; items/s and per-item latency (indexedAt - publish time, read back from ES),
//      split by stage (when enrich and cases published, from the Kafka message timestamps), and
//      per consumer group its largest lag and when it drained;
//   1b. the same services at a steady rate (BENCH_RATE items/s, default 100, for BENCH_STEADY_SECONDS,
//      default 30): latency percentiles per stage;
//   2. kafkajs producing the same N messages to a scratch topic, then consuming them (msgs/s);
//   3. bulk-indexing the same N item documents into a scratch index with the same mapping (docs/s);
//   4. end-to-end items/s as a share of each baseline.
// It deletes and recreates the pipeline's topics and groups: never run it while test:engines runs.
// N = sample items x BENCH_COPIES (default 20).
import { cpus, loadavg, totalmem } from 'node:os';
import { randomUUID } from 'node:crypto';
import { Client } from '@elastic/elasticsearch';
import { ensureKafkaForTests } from '../infra/engines/kafka-for-tests.ts';
import { ensureElasticsearchForTests } from '../infra/engines/es-engine.ts';
import { Processes, type EngineEnv } from '../test/engines/pipeline-helpers.ts';
import { runEndToEnd, type E2eResult, type PhaseResult } from './engines-e2e.ts';
import { bulkBaseline, deleteIndices, kafkaBaseline } from './engines-baselines.ts';

const copies = Number(process.env.BENCH_COPIES ?? 20);
const steadyRate = Number(process.env.BENCH_RATE ?? 100);
const steadySeconds = Number(process.env.BENCH_STEADY_SECONDS ?? 30);
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const rate = (n: number, ms: number) => (n / ms) * 1000;
const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(1)}%`;

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** p50/p95/p99/max of a list of milliseconds, or '-' when empty. */
function dist(xs: number[]): string {
  if (!xs.length) return '-';
  const s = sorted(xs);
  return `p50 ${fmt(percentile(s, 50))}, p95 ${fmt(percentile(s, 95))}, p99 ${fmt(percentile(s, 99))}, max ${fmt(s[s.length - 1]!)} ms`;
}

function printPhase(p: PhaseResult): void {
  const l = p.latencies;
  console.log(`   latency publish -> indexed (indexedAt):   ${dist(l.total)}`);
  console.log(`     publish -> enriched (enrich stage):     ${dist(l.enrich)}`);
  console.log(`     enriched -> indexed (index stage):      ${dist(l.index)}`);
  console.log(`     publish -> case published (cases, ${fmt(l.cases.length)} items with a pair; first case message of each pair at or after the item's enrichment): ${dist(l.cases)}`);
  console.log(`   consumer groups (largest lag seen in 500 ms polls; last seen with lag, ms after the first publish): ${p.groups.map((g) => `${g.group} ${fmt(g.maxLag)} / ${fmt(g.drainedMs)} ms`).join('; ')}`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

console.log('rsmon bench:engines — pipeline on real Kafka + Elasticsearch vs. the engines alone');
console.log('NOTE: resets the pipeline topics and consumer groups; do not run while `npm run test:engines` runs.');
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, ${process.platform}/${process.arch}`);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
console.log(`load average at start (1/5/15 min): ${load()}`);
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

  const e2e: E2eResult = await runEndToEnd(engines, prefix, copies, { rate: steadyRate, seconds: steadySeconds }, procs, log);
  const { full, steady } = e2e;
  const n = full.items;
  const e2eMs = full.lastIndexed - full.firstPublish;
  const e2eRate = rate(n, e2eMs);

  log('Kafka baseline: produce + consume the same messages on a scratch topic');
  const k = await kafkaBaseline(engines.brokers, e2e.messages, e2e.partitions);
  log('Elasticsearch baseline: bulk-index the same item documents into a scratch index');
  const b = await bulkBaseline(engines.esUrl, e2e.docs);
  if (b.failed) throw new Error(`bulk baseline: ${b.failed} documents failed`);

  const prodRate = rate(n, k.produceMs);
  const consRate = rate(n, k.consumeMs);
  const bulkRate = rate(b.successful, b.ms);
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  console.log(`1. end to end at full load (bench publishes -> 2 enrich + 1 cases + 1 index process -> ES, prefix ${prefix})`);
  console.log(`   items: ${fmt(n)} (${copies} copies of the sample, ${fmt(k.bytes)} bytes = ${mb(k.bytes)} MiB raw), rs.items.raw partitions: ${e2e.partitions}`);
  console.log(`   publish of all items: ${fmt(full.publishMs)} ms; first publish -> last indexedAt: ${fmt(e2eMs)} ms`);
  console.log(`   throughput: ${fmt(e2eRate)} items/s = ${pct(e2eRate, bulkRate)} of the raw bulk-index rate (all groups at lag 0 ${fmt(full.drainedAt - full.firstPublish)} ms after the first publish)`);
  printPhase(full);
  console.log(`1b. end to end at a steady ${fmt(steady.rate)} items/s for ${fmt(steady.seconds)} s (same services, after the full load drained; new ids, the same pairs)`);
  console.log(`   items: ${fmt(steady.items)}, published over ${fmt(steady.publishMs)} ms (${fmt(rate(steady.items, steady.publishMs))} items/s); all groups at lag 0 ${fmt(steady.drainedAt - steady.firstPublish)} ms after the first publish`);
  printPhase(steady);
  console.log('2. Kafka alone (kafkajs, scratch topic, same partitions and messages)');
  console.log(`   producer (idempotent, acks=-1, 1 in flight, 500 per send): ${fmt(prodRate)} msgs/s (${fmt(k.produceMs)} ms)`);
  console.log(`   consumer (fresh group, from the start): ${fmt(consRate)} msgs/s (${fmt(k.consumeMs)} ms after the group join; join took ${fmt(k.joinMs)} ms, not counted)`);
  console.log('3. Elasticsearch alone (helpers.bulk, index actions, 5 MB requests, concurrency 2, same items mapping)');
  console.log(`   bulk index: ${fmt(bulkRate)} docs/s (${fmt(b.successful)} docs, ${mb(b.bytes)} MiB in ${fmt(b.ms)} ms)`);
  console.log(`load average after the end-to-end phases and the baselines (1/5/15 min): ${load()}`);
  console.log('4. end-to-end items/s as a share of');
  console.log(`   Kafka producer rate: ${pct(e2eRate, prodRate)}`);
  console.log(`   Kafka consumer rate: ${pct(e2eRate, consRate)}`);
  console.log(`   raw bulk-index rate: ${pct(e2eRate, bulkRate)}`);
  console.log(`   steady ${fmt(steady.rate)} items/s: p95 publish -> indexed ${fmt(percentile(sorted(steady.latencies.total), 95))} ms`);
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
