// Crash test for the SQLite bus: a consumer process is SIGKILLed mid-stream several times and
// restarted. At-least-once + idempotent sink must give: every key in the output exactly once,
// every message handled at least once, no offset ever skipped, committed offset == log end.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { openDatabase } from '../../infra/sqlite/open-database.ts';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/sqlite-bus-sigkill-consumer.ts', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsmon-sigkill-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

const N = 4000;
const KILLS = 5;
const CHUNK = 300;
const TOPIC = 'rs.items.raw';
const GROUP = 'sigkill-test';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('consumer survives repeated SIGKILL: nothing skipped, output exactly once per key', { timeout: 120_000 }, async () => {
  const busFile = path.join(dir, 'bus.db');
  const sinkFile = path.join(dir, 'sink.db');
  const sink = openDatabase(sinkFile);
  sink.pragma('journal_mode = WAL');
  sink.exec(`CREATE TABLE output (key TEXT PRIMARY KEY, value TEXT NOT NULL);
             CREATE TABLE handled (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL, offset INTEGER NOT NULL, pid INTEGER NOT NULL);`);
  const handledCount = () => (sink.prepare('SELECT COUNT(*) AS n FROM handled').get() as { n: number }).n;

  const bus = createSqliteBus({ file: busFile });
  let published = 0;
  const publish = async (count: number) => {
    const from = published;
    published += count;
    await bus.publish(TOPIC, Array.from({ length: count }, (_, j) => ({ key: `k${from + j}`, value: `v${from + j}` })));
  };
  // Most up front; the rest is published by this process while a child consumes (two writers).
  await publish(N - KILLS * CHUNK);

  const start = (): ChildProcess =>
    spawn(process.execPath, ['--import', 'tsx', fixture], {
      cwd: repoRoot,
      env: { ...process.env, BUS_FILE: busFile, SINK_FILE: sinkFile, TOPIC, GROUP },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  const exited = (child: ChildProcess) =>
    new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
      else child.once('exit', (code, signal) => resolve({ code, signal }));
    });

  let midStreamKills = 0;
  for (let k = 0; k < KILLS; k++) {
    const before = handledCount();
    const child = start();
    // Kill only after this run made progress, at a random point within its next batches.
    const deadline = Date.now() + 30_000;
    while (handledCount() < before + 25 && child.exitCode === null) {
      if (Date.now() > deadline) throw new Error(`run ${k} made no progress`);
      await sleep(5);
    }
    await publish(CHUNK);
    await sleep(Math.floor(Math.random() * 60));
    const stillRunning = child.exitCode === null;
    child.kill('SIGKILL');
    const { signal } = await exited(child);
    if (stillRunning && signal === 'SIGKILL' && (await bus.lag(GROUP, TOPIC)) > 0) midStreamKills++;
  }
  assert.ok(midStreamKills >= 3, `only ${midStreamKills} kills landed mid-stream; raise N`);
  assert.equal(published, N);

  const last = start();
  const result = await exited(last);
  assert.equal(result.code, 0, 'final run did not drain the topic');

  // Every key exactly once in the idempotent output, with the right value.
  const output = sink.prepare('SELECT key, value FROM output').all() as Array<{ key: string; value: string }>;
  assert.equal(output.length, N);
  for (const { key, value } of output) assert.equal(value, `v${key.slice(1)}`);

  // Every message handled at least once; duplicates are the redeliveries after kills.
  const handled = sink.prepare('SELECT key, offset, pid FROM handled ORDER BY seq').all() as Array<{ key: string; offset: number; pid: number }>;
  assert.equal(new Set(handled.map((h) => h.key)).size, N);
  assert.ok(handled.length >= N);

  // Never skipped: each run handles consecutive offsets and starts no later than where the
  // previous run stopped (+1); an earlier start is a redelivery of uncommitted messages.
  let prevEnd = -1;
  let runStart = 0;
  for (let i = 0; i <= handled.length; i++) {
    if (i === handled.length || (i > runStart && handled[i]!.pid !== handled[runStart]!.pid)) {
      const run = handled.slice(runStart, i);
      assert.ok(run[0]!.offset <= prevEnd + 1, `run of pid ${run[0]!.pid} skipped from ${prevEnd} to ${run[0]!.offset}`);
      run.forEach((h, j) => assert.equal(h.offset, run[0]!.offset + j, `gap inside run of pid ${h.pid}`));
      prevEnd = Math.max(prevEnd, run[run.length - 1]!.offset);
      runStart = i;
    }
  }
  assert.equal(prevEnd, N - 1);

  // Committed offset == end of log.
  assert.equal(await bus.lag(GROUP, TOPIC), 0);
  await bus.close();
  const busDb = openDatabase(busFile, { readonly: true });
  const committed = busDb.prepare('SELECT committed FROM offsets WHERE "group" = ? AND topic = ?').get(GROUP, TOPIC) as { committed: number };
  const end = busDb.prepare('SELECT next_offset FROM log_ends WHERE topic = ?').get(TOPIC) as { next_offset: number };
  busDb.close();
  assert.equal(end.next_offset, N);
  assert.equal(committed.committed, N);
  sink.close();
  console.log(`# ${KILLS} kills (${midStreamKills} mid-stream), ${handled.length - N} redeliveries`);
});
