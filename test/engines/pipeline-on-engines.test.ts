// The pipeline as separate service processes on real Kafka and Elasticsearch: same cases as the
// embedded run (parity), a SIGKILLed enrich worker, and a 20 s Elasticsearch outage. In each case
// every item ends up indexed exactly once and nothing is left in flight.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ensureKafkaForTests } from '../../infra/engines/kafka-for-tests.ts';
import { ensureElasticsearchForTests, startElasticsearch, stopElasticsearch } from '../../infra/engines/es-engine.ts';
import type { Bus } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';
import { rsmon, tempDir } from '../helpers/cli.ts';
import { caseDiff } from '../helpers/case-diff.ts';
import { allItemIds, Processes, resetKafka, scaledSample, serviceEnv, sleep, splitLines, testBus, testStore, totalLag, waitFor, type EngineEnv } from './pipeline-helpers.ts';

const kafka = await ensureKafkaForTests();
const es = await ensureElasticsearchForTests();
const skip = 'skip' in kafka ? kafka.skip : (es.skip ?? false);

/** `rsmon cases --json` lines without the time a case was last written, sorted: comparable across runs. */
function comparable(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.stringify(JSON.parse(l)))
    .sort();
}

async function embeddedCases(file: string): Promise<string[]> {
  const data = tempDir('rsmon-embedded-');
  const run = await rsmon(['run', '--once', '--quiet', '--no-sample', '--input', file, '--data', data]);
  assert.equal(run.code, 0, run.stderr);
  const out = await rsmon(['cases', '--json', '--data', data]);
  assert.equal(out.code, 0, out.stderr);
  return comparable(out.stdout);
}

describe('pipeline on Kafka and Elasticsearch', { skip, timeout: 20 * 60_000 }, () => {
  if (skip) return;
  const engines: EngineEnv = { brokers: (kafka as { brokers: string[] }).brokers, esUrl: es.url! };
  const procs = new Processes();
  let bus: Bus;
  const stores: Store[] = [];

  before(async () => {
    await resetKafka(engines.brokers);
    bus = testBus(engines);
  });
  after(async () => {
    await procs.stopAll();
    await bus?.close();
    for (const s of stores) await s.close();
    await es.release();
    if (!('skip' in kafka)) await kafka.release();
  });

  /**
   * Runs the four services on a scaled sample. Without a fault the whole file is imported at once.
   * With one, the first 30% is imported, the fault runs once some of it is indexed, and the fault
   * imports the rest itself (`importRest`) as part of the fault, so most of the run is still ahead
   * when the fault strikes however fast the services are; a wait on timing alone could not promise it.
   */
  async function runScenario(
    name: string,
    copies: number,
    fault?: (ctx: { prefix: string; env: Record<string, string>; store: Store; total: number; importRest: (envOverride?: Record<string, string>) => Promise<void> }) => Promise<void>,
  ) {
    const dir = tempDir(`rsmon-${name}-`);
    const prefix = `t${randomUUID().slice(0, 6)}-`;
    const env = serviceEnv(engines, prefix, join(dir, 'state'));
    const { file, ids } = scaledSample(dir, copies);
    const setup = await rsmon(['setup'], env);
    assert.equal(setup.code, 0, setup.stderr);
    const store = testStore(engines, prefix);
    stores.push(store);

    procs.start('enrich-1', ['service', 'enrich'], { ...env, METRICS_PORT: '19464' });
    procs.start('enrich-2', ['service', 'enrich'], env);
    procs.start('cases', ['service', 'cases'], env);
    procs.start('index', ['service', 'index'], env);
    const t0 = Date.now();
    const importFile = async (f: string, n: number, envOverride: Record<string, string> = {}) => {
      const ingest = await rsmon(['import', f, '--no-process'], { ...env, ...envOverride });
      assert.equal(ingest.code, 0, ingest.stderr);
      assert.match(ingest.stdout, new RegExp(`${n} published`));
    };

    try {
      if (fault) {
        const [head, rest] = splitLines(file, Math.floor(ids.length * 0.3));
        await importFile(head.file, head.lines);
        let restImported = false;
        await waitFor('some items indexed', async () => {
          await store.refresh('items');
          return (await store.count('items')) > 0;
        }, 120_000, 100);
        await fault({
          prefix,
          env,
          store,
          total: ids.length,
          importRest: async (envOverride) => {
            await importFile(rest.file, rest.lines, envOverride);
            restImported = true;
          },
        });
        assert.ok(restImported, 'the fault did not import the rest of the items');
      } else {
        await importFile(file, ids.length);
      }
      await waitFor(`${ids.length} items indexed and every group drained`, async () => {
        if ((await totalLag(bus)) > 0) return false;
        await store.refresh();
        return (await store.count('items')) === ids.length;
      }, 8 * 60_000, 500);
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${procs.logs()}`);
    }
    const elapsed = Date.now() - t0;
    const stored = await allItemIds(store);
    assert.equal(stored.length, new Set(stored).size, 'an item is indexed twice');
    assert.deepEqual([...stored].sort(), [...ids].sort(), 'indexed items differ from the input');
    const metrics = await fetch('http://127.0.0.1:19464/metrics')
      .then((r) => r.text())
      .catch((e: Error) => `metrics scrape failed: ${e.message} ${String(e.cause)}\n${procs.logs()}`);
    await procs.stopAll();
    const cases = await rsmon(['cases', '--json'], env);
    assert.equal(cases.code, 0, cases.stderr);
    return { file, elapsed, cases: comparable(cases.stdout), items: ids.length, metrics };
  }

  test('parity: separate services on Kafka and Elasticsearch give the same cases as the embedded run', async () => {
    const r = await runScenario('parity', 1);
    assert.match(r.metrics, /rsmon_consumer_lag\{group="rs-enrich",topic="rs\.items\.raw"\}/);
    assert.match(r.metrics, /rsmon_messages_consumed_total\{service="enrich"\}/);
    const embedded = await embeddedCases(r.file);
    assert.ok(embedded.length > 10);
    assert.ok(r.cases.length === embedded.length && r.cases.every((c, i) => c === embedded[i]), caseDiff(r.cases, embedded, ['engines', 'embedded']));
    console.log(`parity: ${r.items} items through 2 enrich + cases + index processes in ${r.elapsed} ms; ${r.cases.length} cases identical to the embedded run`);
  });

  test('an enrich worker SIGKILLed mid-stream and restarted: every item indexed once, same cases', async () => {
    let killedAt = 0;
    const r = await runScenario('kill-enrich', 10, async ({ env, store, importRest }) => {
      const enrich1 = procs.list.find((p) => p.name === 'enrich-1')!.child;
      await store.refresh('items');
      killedAt = await store.count('items');
      enrich1.kill('SIGKILL');
      // The rest arrives while the killed member still holds its partitions (until the session ends).
      await importRest();
      await sleep(500);
      procs.start('enrich-1-restarted', ['service', 'enrich'], env);
    });
    assert.ok(killedAt < r.items, `the worker was killed after the run had finished (${killedAt}/${r.items}); the test proved nothing`);
    const embedded = await embeddedCases(r.file);
    assert.ok(r.cases.length === embedded.length && r.cases.every((c, i) => c === embedded[i]), caseDiff(r.cases, embedded, ['engines', 'embedded']));
    console.log(`enrich SIGKILL at ${killedAt}/${r.items} items indexed; all ${r.items} indexed once in ${r.elapsed} ms; ${r.cases.length} cases identical`);
  });

  test('Elasticsearch stopped for 20 s mid-run: every item indexed once, nothing left in flight', async () => {
    let downAt = 0;
    const r = await runScenario('es-outage', 10, async ({ store, importRest }) => {
      await store.refresh('items');
      downAt = await store.count('items');
      await stopElasticsearch();
      const down = Date.now();
      // Kafka is up: the rest is published during the outage and must wait for the index service.
      // With STORE=elasticsearch the import keeps its file cursor in Elasticsearch; this import
      // keeps it in its data dir instead (--no-process opens no store), which changes nothing
      // about what reaches Kafka.
      await importRest({ STORE: 'sqlite' });
      await sleep(Math.max(0, 20_000 - (Date.now() - down)));
      await startElasticsearch();
    });
    assert.ok(downAt < r.items, `Elasticsearch was stopped after the run had finished (${downAt}/${r.items})`);
    const embedded = await embeddedCases(r.file);
    assert.ok(r.cases.length === embedded.length && r.cases.every((c, i) => c === embedded[i]), caseDiff(r.cases, embedded, ['engines', 'embedded']));
    console.log(`ES outage of 20 s at ${downAt}/${r.items} items indexed; all ${r.items} indexed once in ${r.elapsed} ms; ${r.cases.length} cases identical`);
  });
});
