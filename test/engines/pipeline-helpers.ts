// Shared by the pipeline-on-engines tests: service processes, a scaled copy of the sample data,
// and waits on the real engines.
import { readFileSync, writeFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { Kafka, logLevel } from 'kafkajs';
import { createKafkaBus } from '../../infra/bus/kafka-bus.ts';
import { createElasticsearchStore } from '../../infra/store/elasticsearch-store.ts';
import { ALL_GROUPS, CORE_GROUPS } from '../../services/runtime/consumer-groups.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import { startRsmon } from '../helpers/cli.ts';
import type { Bus } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(what: string, cond: () => Promise<boolean>, timeoutMs: number, pollMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await cond()) return;
    } catch {
      // An engine may be down on purpose (outage test): keep polling until the deadline.
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(pollMs);
  }
}

/** The sample data, `copies` times, each copy with its own ids (`<id>-c<k>`), as a JSON lines file. */
export { scaledSample } from '../helpers/scaled-sample.ts';

/** The first `n` lines of a JSON lines file and the rest, as two files beside it. */
export function splitLines(file: string, n: number): [{ file: string; lines: number }, { file: string; lines: number }] {
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const head = { file: file.replace(/\.jsonl$/, '-head.jsonl'), lines: n };
  const rest = { file: file.replace(/\.jsonl$/, '-rest.jsonl'), lines: lines.length - n };
  writeFileSync(head.file, `${lines.slice(0, n).join('\n')}\n`);
  writeFileSync(rest.file, `${lines.slice(n).join('\n')}\n`);
  return [head, rest];
}

export interface EngineEnv {
  brokers: string[];
  esUrl: string;
}

export function serviceEnv(e: EngineEnv, prefix: string, dataDir: string): Record<string, string> {
  return {
    BUS: 'kafka',
    STORE: 'elasticsearch',
    KAFKA_BROKERS: e.brokers.join(','),
    ES_URL: e.esUrl,
    ES_INDEX_PREFIX: prefix,
    DATA_DIR: dataDir,
    KAFKA_SESSION_TIMEOUT_MS: '6000',
    LOG_LEVEL: 'warn',
  };
}

export class Processes {
  readonly list: Array<{ name: string; child: ChildProcess; log: string[] }> = [];

  start(name: string, args: string[], env: Record<string, string>): ChildProcess {
    const child = startRsmon(args, env);
    const log: string[] = [];
    child.stdout!.setEncoding('utf8');
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d) => log.push(String(d)));
    child.stdout!.on('data', (d) => log.push(String(d)));
    this.list.push({ name, child, log });
    return child;
  }

  /** Last lines each process wrote, to explain a failed wait. */
  logs(): string {
    return this.list.map((p) => `--- ${p.name} (exit ${p.child.exitCode ?? p.child.signalCode ?? 'running'})\n${p.log.join('').split('\n').slice(-15).join('\n')}`).join('\n');
  }

  async stopAll(): Promise<void> {
    await Promise.all(
      this.list.map(async ({ child }) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(t);
      }),
    );
    this.list.length = 0;
  }
}

/** Lag of the core services' groups: the tests run no alert or mailer service. */
export async function totalLag(bus: Bus): Promise<number> {
  let lag = 0;
  for (const g of CORE_GROUPS) lag += await bus.lag(g.group, g.topic);
  return lag;
}

export function testBus(e: EngineEnv): Bus {
  return createKafkaBus({ brokers: e.brokers, clientId: 'rsmon-pipeline-test', logLevel: 'error' });
}

export function testStore(e: EngineEnv, prefix: string): Store {
  return createElasticsearchStore({ node: e.esUrl, indexPrefix: prefix });
}

/** Start from empty topics and no committed offsets: delete the pipeline's topics and groups. */
export async function resetKafka(brokers: string[]): Promise<void> {
  const admin = new Kafka({ clientId: 'rsmon-pipeline-reset', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const groups: string[] = ALL_GROUPS.map((g) => g.group);
    const existing = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => groups.includes(g));
    if (existing.length) await admin.deleteGroups(existing);
    const topics = Object.values(TOPICS);
    const present = (await admin.listTopics()).filter((t) => topics.includes(t as never));
    if (present.length) await admin.deleteTopics({ topics: present, timeout: 30_000 });
    await waitFor('topic deletion', async () => (await admin.listTopics()).every((t) => !topics.includes(t as never)), 60_000);
  } finally {
    await admin.disconnect();
  }
}

export async function allItemIds(store: Store): Promise<string[]> {
  await store.refresh('items');
  const ids: string[] = [];
  for (let from = 0; ; from += 5000) {
    const page = await store.search('items', { from, size: 5000, sort: [{ field: 'id', order: 'asc' }] });
    ids.push(...page.hits.map((h) => h.id));
    if (page.hits.length < 5000) break;
  }
  return ids;
}
