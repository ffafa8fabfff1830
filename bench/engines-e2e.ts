// End-to-end part of `npm run bench:engines`: the bench publishes N items to rs.items.raw itself
// (collectedAt = the time its chunk was sent), separate service processes (2 enrich, 1 cases,
// 1 index) carry them to Elasticsearch, and every item's indexedAt is read back for latency.
import { join } from 'node:path';
import { Client } from '@elastic/elasticsearch';
import { Kafka, logLevel } from 'kafkajs';
import { createKafkaBus } from '../infra/bus/kafka-bus.ts';
import { createElasticsearchStore } from '../infra/store/elasticsearch-store.ts';
import { readJsonLines } from '../connectors/import/index.ts';
import { TOPICS } from '../pipelines/contracts/topics.ts';
import type { NormalizedItem } from '../pipelines/contracts/item.ts';
import type { Bus, OutgoingMessage } from '../infra/ports/bus.ts';
import type { Doc, Store } from '../infra/ports/store.ts';
import { CORE_GROUPS, GROUPS } from '../services/runtime/consumer-groups.ts';
import { rsmon, tempDir } from '../test/helpers/cli.ts';
import { Processes, resetKafka, scaledSample, serviceEnv, sleep, waitFor, type EngineEnv } from '../test/engines/pipeline-helpers.ts';

/** Items per publish call, as the ingest service sends them. */
const CHUNK = 500;
const STALL_MS = 120_000;

export interface E2eResult {
  items: number;
  partitions: number;
  /** The messages exactly as published (key + JSON value), for the Kafka baseline. */
  messages: OutgoingMessage[];
  /** Every item document as stored in Elasticsearch, for the bulk baseline. */
  docs: Doc[];
  firstPublish: number;
  publishMs: number;
  lastIndexed: number;
  /** When the bench first saw all N items in ES and every group at lag 0 (500 ms polls). */
  drainedAt: number;
  latenciesMs: number[];
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

export async function runEndToEnd(engines: EngineEnv, prefix: string, copies: number, procs: Processes, log: (s: string) => void): Promise<E2eResult> {
  const env = serviceEnv(engines, prefix, join(tempDir('rsmon-bench-state-'), 'state'));
  const items = await loadItems(copies);

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
  let firstPublish = 0;
  let publishMs = 0;
  let drainedAt = 0;
  try {
    log(`publishing ${items.length} items to ${TOPICS.raw}`);
    for (let i = 0; i < items.length; i += CHUNK) {
      const at = Date.now();
      firstPublish ||= at;
      const collectedAt = new Date(at).toISOString();
      const chunk = items.slice(i, i + CHUNK).map((it) => ({ key: it.id, value: JSON.stringify({ ...it, collectedAt }) }));
      await bus.publish(TOPICS.raw, chunk);
      messages.push(...chunk);
    }
    publishMs = Date.now() - firstPublish;

    log('waiting until every item is in Elasticsearch and every group has lag 0');
    drainedAt = await waitForDrain(bus, store, items.length, log).catch((e: Error) => {
      throw new Error(`${e.message}\n${procs.logs()}`);
    });
  } finally {
    await bus.close();
    await store.close();
  }
  await procs.stopAll();

  const docs = await readAllItems(engines.esUrl, prefix);
  if (docs.length !== items.length || new Set(docs.map((d) => d.id)).size !== items.length) {
    throw new Error(`read back ${docs.length} item documents (${new Set(docs.map((d) => d.id)).size} distinct ids), expected ${items.length}`);
  }
  const latenciesMs = docs.map((d) => Date.parse(String(d.indexedAt)) - Date.parse(String(d.collectedAt)));
  if (latenciesMs.some((x) => !Number.isFinite(x))) throw new Error('an item document lacks indexedAt or collectedAt');
  const lastIndexed = Math.max(...docs.map((d) => Date.parse(String(d.indexedAt))));
  const partitions = await rawPartitions(engines.brokers);
  return { items: items.length, partitions, messages, docs, firstPublish, publishMs, lastIndexed, drainedAt, latenciesMs };
}

/**
 * Polls every 500 ms until all `n` items are in ES and every group's lag is 0; returns that time.
 * Fails when nothing moved (lag and item count unchanged) for STALL_MS: a service is stuck.
 */
async function waitForDrain(bus: Bus, store: Store, n: number, log: (s: string) => void): Promise<number> {
  let last = '';
  let movedAt = Date.now();
  let loggedAt = Date.now();
  for (;;) {
    const lags = await Promise.all(CORE_GROUPS.map(async (g) => `${g.group} ${await bus.lag(g.group, g.topic)}`));
    await store.refresh('items');
    const count = await store.count('items');
    const state = `${count}/${n} items indexed; lag ${lags.join(', ')}`;
    if (count === n && lags.every((l) => l.endsWith(' 0'))) return Date.now();
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
