// End-to-end part of `npm run bench:engines`: the bench publishes items to rs.items.raw itself
// (collectedAt = the time its chunk was sent), separate service processes (2 enrich, 1 cases,
// 1 index) carry them to Elasticsearch, and every item's indexedAt is read back for latency. Two
// phases on the same services: full load (all N items as fast as the producer sends them), then a
// steady rate (BENCH_RATE items/s for BENCH_STEADY_SECONDS, new ids, the same pairs). Per stage:
// the Kafka timestamps of rs.items.enriched and rs.cases say when enrich and cases published.
import { join } from 'node:path';
import { Client } from '@elastic/elasticsearch';
import { Kafka, logLevel } from 'kafkajs';
import { createKafkaBus } from '../infra/bus/kafka-bus.ts';
import { createElasticsearchStore } from '../infra/store/elasticsearch-store.ts';
import { readJsonLines } from '../connectors/import/index.ts';
import { TOPICS } from '../pipelines/contracts/topics.ts';
import type { NormalizedItem } from '../pipelines/contracts/item.ts';
import { enrichedItemSchema } from '../pipelines/contracts/enriched-item.ts';
import { evidenceFromItem } from '../pipelines/cases/item-evidence.ts';
import type { Bus, OutgoingMessage } from '../infra/ports/bus.ts';
import type { Doc, Store } from '../infra/ports/store.ts';
import { CORE_GROUPS, GROUPS } from '../services/runtime/consumer-groups.ts';
import { rsmon, tempDir } from '../test/helpers/cli.ts';
import { Processes, resetKafka, scaledSample, serviceEnv, sleep, waitFor, type EngineEnv } from '../test/engines/pipeline-helpers.ts';

/** Items per publish call, as the ingest service sends them. */
const CHUNK = 500;
const STALL_MS = 120_000;
/** Steady phase: publish every TICK_MS, so the rate is even within a second. */
const TICK_MS = 100;

export interface StageLatencies {
  /** indexedAt - publish, per item. */
  total: number[];
  /** Enriched message timestamp - publish. */
  enrich: number[];
  /** indexedAt - enriched message timestamp. */
  index: number[];
  /** First rs.cases message of each of the item's pairs at or after its enriched timestamp - publish (the slowest pair); items with a pair only. */
  cases: number[];
}

export interface PhaseResult {
  items: number;
  firstPublish: number;
  publishMs: number;
  lastIndexed: number;
  /** When the bench first saw all items in ES and every group at lag 0 (500 ms polls). */
  drainedAt: number;
  /** Per group: the largest lag seen, and when it was last seen above 0 (ms after the first publish). */
  groups: Array<{ group: string; maxLag: number; drainedMs: number }>;
  latencies: StageLatencies;
}

export interface E2eResult {
  partitions: number;
  /** Full load: the messages exactly as published (key + JSON value), for the Kafka baseline. */
  messages: OutgoingMessage[];
  /** Full load: every item document as stored in Elasticsearch, for the bulk baseline. */
  docs: Doc[];
  full: PhaseResult;
  steady: PhaseResult & { rate: number; seconds: number };
}

async function loadItems(copies: number): Promise<NormalizedItem[]> {
  const { file } = scaledSample(tempDir('rsmon-bench-'), copies);
  const items: NormalizedItem[] = [];
  for await (const rec of readJsonLines(file)) {
    if (rec.result.tag !== 'ok') throw new Error(`${rec.record}: ${rec.result.reason}`);
    items.push(rec.result.value);
  }
  return items;
}

/** Until every pipeline group has its members and is Stable, so no publish waits on a join. */
async function waitForStableGroups(brokers: string[]): Promise<void> {
  const admin = new Kafka({ clientId: 'rsmon-bench-groups', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  const members = (g: string) => (g === GROUPS.enrich.group ? 2 : 1);
  try {
    await waitFor('service consumer groups stable', async () => {
      const { groups } = await admin.describeGroups(CORE_GROUPS.map((g) => g.group));
      return groups.every((g) => g.state === 'Stable' && g.members.length === members(g.groupId));
    }, 120_000, 250);
  } finally {
    await admin.disconnect();
  }
}

export async function readAllItems(esUrl: string, prefix: string): Promise<Doc[]> {
  const client = new Client({ node: esUrl });
  try {
    const docs: Doc[] = [];
    for await (const d of client.helpers.scrollDocuments<Doc>({ index: `${prefix}items`, size: 5_000, query: { match_all: {} } })) docs.push(d);
    return docs;
  } finally {
    await client.close();
  }
}

export async function runEndToEnd(engines: EngineEnv, prefix: string, copies: number, steady: { rate: number; seconds: number }, procs: Processes, log: (s: string) => void): Promise<E2eResult> {
  const env = serviceEnv(engines, prefix, join(tempDir('rsmon-bench-state-'), 'state'));
  const items = await loadItems(copies);
  const steadyCount = Math.max(1, Math.round(steady.rate * steady.seconds));
  // Other ids than the full-load copies (`-c<k>`), the same authors and firms: the pairs already exist.
  const steadyItems = (await loadItems(Math.ceil(steadyCount / (items.length / copies))))
    .slice(0, steadyCount)
    .map((it) => ({ ...it, id: it.id.replace(/-c(\d+)$/, '-s$1') }));

  log('resetting pipeline topics and groups');
  await resetKafka(engines.brokers);
  const setup = await rsmon(['setup'], env);
  if (setup.code !== 0) throw new Error(`rsmon setup failed: ${setup.stderr}`);

  log('starting 2 enrich, 1 cases, 1 index service processes');
  procs.start('enrich-1', ['service', 'enrich'], env);
  procs.start('enrich-2', ['service', 'enrich'], env);
  procs.start('cases', ['service', 'cases'], env);
  procs.start('index', ['service', 'index'], env);
  try {
    await waitForStableGroups(engines.brokers);
  } catch (e) {
    throw new Error(`${(e as Error).message}\n${procs.logs()}`);
  }

  const bus = createKafkaBus({ brokers: engines.brokers, clientId: 'rsmon-bench', logLevel: 'error' });
  const store = createElasticsearchStore({ node: engines.esUrl, indexPrefix: prefix });
  const messages: OutgoingMessage[] = [];
  const full = { firstPublish: 0, publishMs: 0, drain: null as Drain | null, sampler: null as ReturnType<typeof sampleLags> | null };
  const st = { firstPublish: 0, publishMs: 0, drain: null as Drain | null, sampler: null as ReturnType<typeof sampleLags> | null };
  try {
    log(`full load: publishing ${items.length} items to ${TOPICS.raw}`);
    for (let i = 0; i < items.length; i += CHUNK) {
      const at = Date.now();
      if (!full.firstPublish) {
        full.firstPublish = at;
        full.sampler = sampleLags(bus, at);
      }
      const collectedAt = new Date(at).toISOString();
      const chunk = items.slice(i, i + CHUNK).map((it) => ({ key: it.id, value: JSON.stringify({ ...it, collectedAt }) }));
      await bus.publish(TOPICS.raw, chunk);
      messages.push(...chunk);
    }
    full.publishMs = Date.now() - full.firstPublish;
    log('waiting until every item is in Elasticsearch and every group has lag 0');
    full.drain = await waitForDrain(bus, store, items.length, full.sampler!, log).catch((e: Error) => {
      throw new Error(`${e.message}\n${procs.logs()}`);
    });

    log(`steady rate: ${steady.rate} items/s for ${steady.seconds} s (${steadyItems.length} items)`);
    st.firstPublish = Date.now();
    st.sampler = sampleLags(bus, st.firstPublish);
    let sent = 0;
    for (let tick = 1; sent < steadyItems.length; tick++) {
      // Items due by this tick: a late tick (a slow send) catches up instead of lowering the rate.
      const due = Math.min(steadyItems.length, Math.round(((Date.now() - st.firstPublish) / 1000) * steady.rate) + 1);
      if (due > sent) {
        const collectedAt = new Date().toISOString();
        await bus.publish(TOPICS.raw, steadyItems.slice(sent, due).map((it) => ({ key: it.id, value: JSON.stringify({ ...it, collectedAt }) })));
        sent = due;
      }
      const wait = st.firstPublish + tick * TICK_MS - Date.now();
      if (wait > 0) await sleep(wait);
    }
    st.publishMs = Date.now() - st.firstPublish;
    st.drain = await waitForDrain(bus, store, items.length + steadyItems.length, st.sampler, log).catch((e: Error) => {
      throw new Error(`${e.message}\n${procs.logs()}`);
    });
  } finally {
    await full.sampler?.stop();
    await st.sampler?.stop();
    await bus.close();
    await store.close();
  }
  await procs.stopAll();

  const all = await readAllItems(engines.esUrl, prefix);
  const expected = items.length + steadyItems.length;
  if (all.length !== expected || new Set(all.map((d) => d.id)).size !== expected) {
    throw new Error(`read back ${all.length} item documents (${new Set(all.map((d) => d.id)).size} distinct ids), expected ${expected}`);
  }
  const stamps = await topicTimestamps(engines.brokers);
  const steadyIds = new Set(steadyItems.map((it) => it.id));
  const docs = all.filter((d) => !steadyIds.has(String(d.id)));
  const phase = (ds: Doc[], p: typeof full, n: number): PhaseResult => ({
    items: n,
    firstPublish: p.firstPublish,
    publishMs: p.publishMs,
    lastIndexed: Math.max(...ds.map((d) => Date.parse(String(d.indexedAt)))),
    drainedAt: p.drain!.at,
    groups: p.drain!.groups,
    latencies: stageLatencies(ds, stamps),
  });
  const partitions = await rawPartitions(engines.brokers);
  return {
    partitions,
    messages,
    docs,
    full: phase(docs, full, items.length),
    steady: { ...phase(all.filter((d) => steadyIds.has(String(d.id))), st, steadyItems.length), ...steady },
  };
}

function stageLatencies(docs: Doc[], stamps: TopicTimestamps): StageLatencies {
  const out: StageLatencies = { total: [], enrich: [], index: [], cases: [] };
  for (const d of docs) {
    const published = Date.parse(String(d.collectedAt));
    const indexed = Date.parse(String(d.indexedAt));
    if (!Number.isFinite(published) || !Number.isFinite(indexed)) throw new Error(`item ${String(d.id)} lacks indexedAt or collectedAt`);
    out.total.push(indexed - published);
    const enriched = stamps.enriched.get(String(d.id));
    if (enriched === undefined) continue;
    out.enrich.push(enriched.at - published);
    out.index.push(indexed - enriched.at);
    let slowest = -1;
    for (const pair of enriched.pairs) {
      const at = firstAtOrAfter(stamps.cases.get(pair) ?? [], enriched.at);
      if (at !== undefined) slowest = Math.max(slowest, at - published);
    }
    if (slowest >= 0) out.cases.push(slowest);
  }
  return out;
}

function firstAtOrAfter(sorted: number[], t: number): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

interface TopicTimestamps {
  /** Per item id: the (last) enriched message's timestamp and the pairs its evidence names. */
  enriched: Map<string, { at: number; pairs: string[] }>;
  /** Per pair: the timestamps of its case messages, ascending. */
  cases: Map<string, number[]>;
}

/** Reads rs.items.enriched and rs.cases from the start to their current end, in a throw-away group. */
async function topicTimestamps(brokers: string[]): Promise<TopicTimestamps> {
  const kafka = new Kafka({ clientId: 'rsmon-bench-stamps', brokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `rsmon-bench-stamps-${Date.now()}`;
  const out: TopicTimestamps = { enriched: new Map(), cases: new Map() };
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  try {
    const remaining = new Map<string, bigint>();
    for (const topic of [TOPICS.enriched, TOPICS.cases]) {
      for (const p of await admin.fetchTopicOffsets(topic)) {
        if (BigInt(p.high) > BigInt(p.low)) remaining.set(`${topic}/${p.partition}`, BigInt(p.high));
      }
    }
    await consumer.connect();
    await consumer.subscribe({ topics: [TOPICS.enriched, TOPICS.cases], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('reading the topics\' timestamps took over 2 minutes')), 120_000);
      if (remaining.size === 0) resolve();
      void consumer.run({
        eachBatch: async ({ batch }) => {
          for (const m of batch.messages) {
            const at = Number(m.timestamp);
            const key = m.key?.toString('utf8') ?? '';
            if (batch.topic === TOPICS.enriched) {
              const item = enrichedItemSchema.safeParse(JSON.parse(m.value?.toString('utf8') ?? 'null'));
              out.enriched.set(key, { at, pairs: item.success ? [...new Set(evidenceFromItem(item.data).map((e) => e.pairKey))] : [] });
            } else {
              const list = out.cases.get(key) ?? [];
              list.push(at);
              out.cases.set(key, list);
            }
          }
          const id = `${batch.topic}/${batch.partition}`;
          const last = batch.messages[batch.messages.length - 1];
          if (last && remaining.has(id) && BigInt(last.offset) + 1n >= remaining.get(id)!) remaining.delete(id);
          if (remaining.size === 0) {
            clearTimeout(timer);
            resolve();
          }
        },
      });
    });
  } finally {
    await consumer.disconnect().catch(() => {});
    await admin.deleteGroups([groupId]).catch(() => {});
    await admin.disconnect();
  }
  for (const list of out.cases.values()) list.sort((a, b) => a - b);
  return out;
}

interface GroupLag {
  group: string;
  maxLag: number;
  drainedMs: number;
}

interface Drain {
  at: number;
  groups: GroupLag[];
}

/** Samples every core group's lag every 500 ms from `since` on: its largest lag and when it last had any. */
function sampleLags(bus: Bus, since: number): { groups: GroupLag[]; stop: () => Promise<void> } {
  const groups = CORE_GROUPS.map((g) => ({ group: g.group, maxLag: 0, drainedMs: 0 }));
  let running = true;
  const loop = (async () => {
    while (running) {
      const lags = await Promise.all(CORE_GROUPS.map((g) => bus.lag(g.group, g.topic).catch(() => 0)));
      const now = Date.now();
      lags.forEach((lag, i) => {
        const g = groups[i]!;
        g.maxLag = Math.max(g.maxLag, lag);
        if (lag > 0) g.drainedMs = now - since;
      });
      await sleep(500);
    }
  })();
  return {
    groups,
    stop: async () => {
      running = false;
      await loop;
    },
  };
}

/**
 * Polls every 500 ms until all `n` items are in ES and every group's lag is 0; returns that time and
 * what the lag sampler saw since the phase began. The items index is refreshed and counted only once
 * every lag is 0 (the index stage commits a batch after writing it): a refresh forced twice a second
 * while the pipeline writes made ES cut and merge tiny segments, 7.5 s of refresh and 6.7 s of merge
 * time on the items index per run, which no deployment pays (docs/decisions/0047).
 * Fails when nothing moved (lag and item count unchanged) for STALL_MS: a service is stuck.
 */
async function waitForDrain(bus: Bus, store: Store, n: number, sampler: ReturnType<typeof sampleLags>, log: (s: string) => void): Promise<Drain> {
  let last = '';
  let movedAt = Date.now();
  let loggedAt = Date.now();
  try {
    for (;;) {
      const lags = await Promise.all(CORE_GROUPS.map(async (g) => `${g.group} ${await bus.lag(g.group, g.topic)}`));
      const drained = lags.every((l) => l.endsWith(' 0'));
      if (drained) await store.refresh('items');
      const count = drained ? await store.count('items') : NaN;
      const state = `${Number.isNaN(count) ? '?' : count}/${n} items indexed; lag ${lags.join(', ')}`;
      if (drained && count === n) return { at: Date.now(), groups: sampler.groups };
      if (state !== last) {
        last = state;
        movedAt = Date.now();
      }
      if (Date.now() - movedAt > STALL_MS) throw new Error(`no progress for ${STALL_MS / 1000} s: ${state}`);
      if (Date.now() - loggedAt > 15_000) {
        loggedAt = Date.now();
        log(state);
      }
      await sleep(500);
    }
  } finally {
    await sampler.stop();
  }
}

async function rawPartitions(brokers: string[]): Promise<number> {
  const admin = new Kafka({ clientId: 'rsmon-bench-meta', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const meta = await admin.fetchTopicMetadata({ topics: [TOPICS.raw] });
    return meta.topics[0]!.partitions.length;
  } finally {
    await admin.disconnect();
  }
}
