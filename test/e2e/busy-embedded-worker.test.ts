// Class "a busy embedded worker stops answering" (issue 6, class 1): `rsmon service cases` on the
// SQLite bus with a 50,000-message backlog must keep answering /health, keep renewing its lease (a
// second process waiting on the same group never takes over while the first lives), and on SIGTERM
// finish and commit the batch in hand within seconds; a later run consumes the rest, nothing lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { openDatabase } from '../../infra/sqlite/open-database.ts';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';
import { itemSchema } from '../../pipelines/contracts/item.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import { createEnricher } from '../../pipelines/enrich/create-enricher.ts';
import { personKey } from '../../pipelines/enrich/person-key.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { GROUPS } from '../../services/runtime/consumer-groups.ts';
import { TOPIC_SPECS } from '../../services/runtime/topic-specs.ts';
import { REPO, startRsmon, tempDir } from '../helpers/cli.ts';

const BACKLOG = 50_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The sample items, enriched once, then copied (own ids and authors, so each pair stays small) up to `n` messages. */
function backlogMessages(n: number): Array<{ key: string; value: string }> {
  const enrich = createEnricher({ catalogue: loadCatalogue({ includeSample: true }), now: () => new Date('2026-02-01T00:00:00Z') });
  const items = readFileSync(join(REPO, 'connectors/sample/items.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => enrich(itemSchema.parse(JSON.parse(l))));
  const out: Array<{ key: string; value: string }> = [];
  for (let k = 0; out.length < n; k++) {
    for (const item of items) {
      if (out.length >= n) break;
      const author = { ...item.author, handle: `${item.author.handle ?? item.author.id}_c${k}` };
      const copy = { ...item, id: `${item.id}-c${k}`, author };
      copy.enrichment = { ...item.enrichment, personKey: personKey(copy) };
      out.push({ key: copy.id, value: JSON.stringify(copy) });
    }
  }
  return out;
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise((r) => srv.close(r));
  return port;
}

interface Child {
  child: ChildProcess;
  stderr: string[];
  exited: Promise<number | null>;
}

function startService(data: string, port: number): Child {
  // LOG_LEVEL=info: the 'stopped' line carries the counters the test compares with the commits.
  const child = startRsmon(['service', 'cases', '--data', data], { BUS: 'sqlite', STORE: 'sqlite', METRICS_PORT: String(port), LOG_LEVEL: 'info' });
  const stderr: string[] = [];
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d) => stderr.push(String(d)));
  child.stdout!.resume();
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stderr, exited };
}

function consumedAtStop(c: Child): number {
  for (const line of c.stderr.join('').split('\n')) {
    if (!line.startsWith('{')) continue;
    const rec = JSON.parse(line) as { msg?: string; counters?: { consumed: number } };
    if (rec.msg === 'stopped' && rec.counters) return rec.counters.consumed;
  }
  throw new Error(`no 'stopped' line in the service log:\n${c.stderr.join('').slice(-2000)}`);
}

test('a busy embedded worker stops answering: /health, lease renewal and SIGTERM work during a 50,000-message backlog', { timeout: 600_000 }, async () => {
  const data = tempDir('rsmon-backlog-');
  const busFile = join(data, 'bus.sqlite');
  const bus = createSqliteBus({ file: busFile });
  await bus.ensureTopics(TOPIC_SPECS);
  await bus.publish(TOPICS.enriched, backlogMessages(BACKLOG)); // one transaction
  await bus.close();

  const { group, topic } = GROUPS.cases;
  const raw = openDatabase(busFile, { readonly: true });
  const committed = () => (raw.prepare('SELECT COALESCE(SUM(committed), 0) AS n FROM offsets WHERE "group" = ? AND topic = ?').get(group, topic) as { n: number }).n;
  const leaseOwner = () => (raw.prepare('SELECT owner FROM leases WHERE "group" = ? AND topic = ?').get(group, topic) as { owner: string } | undefined)?.owner;

  const portA = await freePort();
  const a = startService(data, portA);
  let b: Child | undefined;
  try {
    const deadline = Date.now() + 120_000;
    while (committed() === 0) {
      assert.ok(Date.now() < deadline, `the first worker committed nothing in 120 s:\n${a.stderr.join('').slice(-2000)}`);
      await sleep(100);
    }
    assert.ok(leaseOwner()?.startsWith(`${a.child.pid}:`), `lease held by ${leaseOwner()}, not by the worker (pid ${a.child.pid})`);

    // A second worker of the same group: it must wait as long as the first one lives and renews.
    b = startService(data, await freePort());

    // About 8 s of a busy worker (well past the 3 s lease TTL): every /health answers within 2 s,
    // the lease stays with the first worker, and its commits keep moving.
    const healthMs: number[] = [];
    const t0 = Date.now();
    let lastCommitted = committed();
    let commitsMoved = 0;
    while (Date.now() - t0 < 8_000) {
      const started = Date.now();
      const res = await fetch(`http://127.0.0.1:${portA}/health`, { signal: AbortSignal.timeout(2_000) });
      healthMs.push(Date.now() - started);
      assert.equal(res.status, 200, await res.text());
      assert.ok(leaseOwner()?.startsWith(`${a.child.pid}:`), `the lease moved to ${leaseOwner()} while the first worker was alive`);
      const now = committed();
      if (now > lastCommitted) commitsMoved++;
      lastCommitted = now;
      await sleep(250);
    }
    assert.ok(commitsMoved >= 3, `the first worker barely progressed (${commitsMoved} moves)`);
    const beforeStop = committed();
    assert.ok(beforeStop < BACKLOG, 'the backlog was gone before SIGTERM: the test proved nothing');

    const stopAt = Date.now();
    a.child.kill('SIGTERM');
    const code = await Promise.race([a.exited, sleep(10_000).then(() => 'timeout' as const)]);
    const stopMs = Date.now() - stopAt;
    assert.notEqual(code, 'timeout', 'SIGTERM did not end the worker within 10 s');
    assert.equal(code, 0, a.stderr.join('').slice(-2000));
    // The batch in hand was finished and committed. The second worker may take the lease the moment
    // the first lets it go, before this process reads the offsets, so the commits alone cannot tell the
    // two apart: what the first consumed is compared with what the second consumes below.
    const atStop = consumedAtStop(a);
    assert.ok(committed() >= atStop, 'the first worker consumed messages it did not commit');
    assert.ok(atStop < BACKLOG, 'the first worker drained the backlog after SIGTERM instead of stopping');

    // The second worker takes over from the committed offset and consumes the rest.
    const drainBy = Date.now() + 480_000;
    while (committed() < BACKLOG) {
      assert.ok(Date.now() < drainBy, `the later run did not consume the rest (${committed()}/${BACKLOG})`);
      assert.equal(b.child.exitCode, null, b.stderr.join('').slice(-2000));
      await sleep(250);
    }
    b.child.kill('SIGTERM');
    assert.equal(await b.exited, 0, b.stderr.join('').slice(-2000));
    // Everything committed, and the two runs together consumed each message once: had the first left
    // consumed messages uncommitted, the second would have consumed them again.
    assert.equal(consumedAtStop(b), BACKLOG - atStop, 'the later run redid or skipped messages (or the first did not commit what it consumed)');
    console.log(`health probes: ${healthMs.join(",")}`);
    console.log(`busy worker: /health max ${Math.max(...healthMs)} ms over ${healthMs.length} probes; SIGTERM exit in ${stopMs} ms at ${atStop}/${BACKLOG} committed; later run consumed ${BACKLOG - atStop}`);
  } finally {
    for (const c of [a, b]) if (c && c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGKILL');
    raw.close();
  }
});
