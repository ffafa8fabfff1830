// SQLite bus: the shared port conformance suite plus what only the embedded log has
// (leases across consumers, Kafka-compatible partitioning, compaction, busy files).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { after, describe, test } from 'node:test';
import { openDatabase } from '../../infra/sqlite/open-database.ts';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';
import { murmur2, partitionFor } from '../../infra/bus/sqlite-partition.ts';
import type { BusMessage } from '../../infra/ports/bus.ts';
import type { SqliteSubscription } from '../../infra/bus/sqlite-subscription.ts';
import { runBusConformance } from './conformance/bus-conformance.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsmon-sqlite-bus-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => path.join(dir, `bus-${++n}.db`);

const confFile = freshFile();
runBusConformance(async () => createSqliteBus({ file: confFile, pollMs: 10 }), { name: 'sqlite' });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor(what: string, cond: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

describe('sqlite bus specifics', () => {
  test('partitioning matches kafkajs default partitioner (murmur2)', () => {
    const kafkaMurmur2 = createRequire(import.meta.url)('kafkajs/src/producer/partitioners/default/murmur2.js') as (k: string) => number;
    for (let i = 0; i < 2000; i++) {
      const key = `${i}-${'é'.repeat(i % 3)}-${i.toString(36).repeat(i % 5)}`;
      assert.equal(murmur2(Buffer.from(key, 'utf8')), kafkaMurmur2(key), key);
    }
    assert.equal(partitionFor('anything', 1), 0);
  });

  test('uses WAL with synchronous=NORMAL and records topic specs', async () => {
    const file = freshFile();
    const bus = createSqliteBus({ file });
    await bus.ensureTopics([{ name: 't', partitions: 2, retentionMs: 1000 }]);
    await bus.ensureTopics([{ name: 't', partitions: 1, retentionMs: 5000 }]); // partitions never shrink
    await bus.close();
    const db = openDatabase(file, { readonly: true });
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.deepEqual(db.prepare('SELECT name, partitions, retention_ms FROM topics').all(), [
      { name: 't', partitions: 2, retention_ms: 5000 },
    ]);
    db.close();
  });

  test('publishing to an unknown topic creates it with one partition and dense offsets', async () => {
    const bus = createSqliteBus({ file: freshFile() });
    await bus.publish('auto', [{ key: 'a', value: '1' }, { key: 'b', value: '2' }]);
    await bus.publish('auto', [{ key: 'c', value: '3' }]);
    const got: BusMessage[] = [];
    const sub = await bus.subscribe({ group: 'g', topic: 'auto', handle: async (b) => void got.push(...b) });
    await waitFor('3', () => got.length === 3);
    await sub.stop();
    await bus.close();
    assert.deepEqual(got.map((m) => [m.partition, m.offset]), [[0, '0'], [0, '1'], [0, '2']]);
  });

  test('two subscriptions of one group never share messages; the second takes over on stop', async () => {
    const bus = createSqliteBus({ file: freshFile(), pollMs: 5 });
    await bus.publish('t', Array.from({ length: 20 }, (_, i) => ({ key: 'k', value: String(i) })));
    const seen: string[] = [];
    const a: string[] = [];
    const b: string[] = [];
    const subA = await bus.subscribe({ group: 'g', topic: 't', maxBatch: 5, handle: async (batch) => {
      for (const m of batch) {
        seen.push(m.offset);
        a.push(m.offset);
      }
    } });
    await waitFor('A consumed', async () => (await bus.lag('g', 't')) === 0);
    const subB = await bus.subscribe({ group: 'g', topic: 't', handle: async (batch) => {
      for (const m of batch) {
        seen.push(m.offset);
        b.push(m.offset);
      }
    } });
    await bus.publish('t', [{ key: 'k', value: 'x' }]);
    await waitFor('A got the new one', () => a.length === 21);
    assert.equal(b.length, 0, 'B consumed while A held the lease');
    await subA.stop(); // releases the lease: B takes over at once
    await bus.publish('t', [{ key: 'k', value: 'y' }]);
    await waitFor('B took over', () => b.length === 1, 3000);
    await subB.stop();
    await bus.close();
    assert.equal(new Set(seen).size, seen.length, 'a message went to both subscriptions');
  });

  test('a crashed consumer\'s lease expires after the TTL and another process takes over', async () => {
    const file = freshFile();
    const bus = createSqliteBus({ file, pollMs: 5, leaseTtlMs: 300, heartbeatMs: 100 });
    await bus.publish('t', [{ key: 'k', value: '1' }]);
    // A lease held by a process that was SIGKILLed: never renewed, never released.
    const raw = openDatabase(file);
    raw.prepare('INSERT INTO leases ("group", topic, owner, expires_at) VALUES (?, ?, ?, ?)').run('g', 't', 'dead:1', Date.now() + 300);
    raw.close();
    const started = Date.now();
    let handledAt = 0;
    const sub = await bus.subscribe({ group: 'g', topic: 't', handle: async () => void (handledAt ||= Date.now()) });
    await waitFor('takeover', () => handledAt > 0, 5000);
    await sub.stop();
    await bus.close();
    assert.ok(handledAt - started >= 250, 'took over a live lease');
  });

  test('a consumer that lost its lease cannot commit (fencing); its batch is redelivered', async () => {
    const file = freshFile();
    // Long TTL: only the thief (not expiry) can end our lease in this test.
    const bus = createSqliteBus({ file, pollMs: 5, leaseTtlMs: 60_000, heartbeatMs: 50 });
    await bus.publish('t', [{ key: 'k', value: '1' }]);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const sub = await bus.subscribe({ group: 'g', topic: 't', handle: async () => {
      calls++;
      await gate;
    } });
    await waitFor('in flight', () => calls === 1);
    const raw = openDatabase(file);
    raw.prepare('UPDATE leases SET owner = ? WHERE "group" = ?').run('thief', 'g');
    release();
    await sleep(100);
    assert.equal(await bus.lag('g', 't'), 1, 'committed without holding the lease');
    raw.prepare('DELETE FROM leases').run();
    raw.close();
    await waitFor('redelivered and committed', async () => (await bus.lag('g', 't')) === 0);
    assert.equal(calls, 2);
    await sub.stop();
    await bus.close();
  });

  test('backoff grows and stop() cuts it short; onError sees each failure', async () => {
    const errors: number[] = [];
    const bus = createSqliteBus({ file: freshFile(), pollMs: 5, onError: (_e, ctx) => void errors.push(ctx.attempt) });
    await bus.publish('t', [{ key: 'k', value: '1' }]);
    const times: number[] = [];
    const sub = await bus.subscribe({ group: 'g', topic: 't', handle: async () => {
      times.push(Date.now());
      throw new Error('always');
    } });
    await waitFor('5 attempts', () => times.length >= 5, 5000);
    const t0 = Date.now();
    await sub.stop(); // now in a 1.6 s backoff
    assert.ok(Date.now() - t0 < 1000, 'stop waited out the backoff');
    assert.equal(await bus.lag('g', 't'), 1);
    await bus.close();
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    assert.ok(gaps[0]! >= 90 && gaps[1]! >= 190 && gaps[2]! >= 390 && gaps[3]! >= 790, `gaps ${gaps.join(',')}`);
    assert.deepEqual(errors.slice(0, 5), [1, 2, 3, 4, 5]);
  });

  test('compact deletes only old messages that every group has committed past', async () => {
    const file = freshFile();
    const bus = createSqliteBus({ file, pollMs: 5 });
    await bus.ensureTopics([{ name: 't', partitions: 1, retentionMs: 1000 }, { name: 'keep', partitions: 1, retentionMs: -1 }]);
    await bus.publish('t', Array.from({ length: 10 }, (_, i) => ({ key: 'k', value: String(i) })));
    await bus.publish('keep', [{ key: 'k', value: 'x' }]);
    let fastDone = 0;
    const fast = await bus.subscribe({ group: 'fast', topic: 't', handle: async (b) => void (fastDone += b.length) });
    let slowDone = 0;
    let unblock!: () => void;
    const blocked = new Promise<void>((r) => (unblock = r));
    const slow = await bus.subscribe({ group: 'slow', topic: 't', maxBatch: 4, handle: async (b) => {
      slowDone += b.length;
      await blocked; // its first batch stays in flight, so 'slow' has committed nothing
    } });
    await waitFor('fast drained', () => fastDone === 10);
    await waitFor('slow got its first batch', () => slowDone === 4);
    await fast.stop();
    // 'slow' holds a lease but no committed offset: its floor is 0, nothing may go.
    assert.equal(await bus.compact(Date.now() + 10_000), 0);
    assert.equal(await bus.lag('slow', 't'), 10);
    // Once 'slow' is unknown (no lease, no offset) the floor is fast's committed offset.
    const raw = openDatabase(file);
    raw.prepare('DELETE FROM leases WHERE "group" = ?').run('slow');
    raw.close();
    assert.equal(await bus.compact(Date.now() + 10_000), 10);
    assert.equal(await bus.compact(Date.now() + 10_000), 0, 'retention -1 keeps forever');
    assert.equal(await bus.lag('fast', 't'), 0);
    await bus.publish('t', [{ key: 'k', value: 'after' }]);
    assert.equal(await bus.lag('fast', 't'), 1, 'offsets restarted after compaction');
    unblock();
    await slow.stop();
    await bus.close();
  });

  test('committed messages leave the log at once while the DLQ and topics no group reads keep theirs', async () => {
    const file = freshFile();
    const bus = createSqliteBus({ file, pollMs: 5, compactEveryMs: 0 });
    const week = 7 * 24 * 3600 * 1000;
    await bus.ensureTopics([
      { name: 'items', partitions: 2, retentionMs: week },
      { name: 'rs.dlq', partitions: 1, retentionMs: week },
      { name: 'unread', partitions: 1, retentionMs: week },
    ]);
    await bus.publish('items', Array.from({ length: 6 }, (_, i) => ({ key: `k${i}`, value: String(i) })));
    await bus.publish('rs.dlq', [{ key: 'k', value: 'bad' }]);
    await bus.publish('unread', [{ key: 'k', value: 'x' }]);
    let done = 0;
    const items = await bus.subscribe({ group: 'g', topic: 'items', handle: async (b) => void (done += b.length) });
    const dlq = await bus.subscribe({ group: 'ops', topic: 'rs.dlq', handle: async () => {} });
    await waitFor('items drained', async () => done === 6 && (await bus.lag('ops', 'rs.dlq')) === 0);
    assert.equal(await bus.compact(), 6, 'only the committed items go');
    await bus.publish('items', [{ key: 'k0', value: 'late' }]);
    await waitFor('late item handled', () => done === 7);
    assert.equal(await bus.lag('g', 'items'), 0);
    await items.stop();
    await dlq.stop();
    await bus.close();
    const raw = openDatabase(file);
    const left = raw.prepare('SELECT topic, COUNT(*) AS n FROM messages GROUP BY topic ORDER BY topic').all();
    raw.close();
    assert.deepEqual(left, [{ topic: 'rs.dlq', n: 1 }, { topic: 'unread', n: 1 }], 'close() compacted the late item too');
  });

  test('compaction of a large committed backlog holds the event loop: it deletes in chunks and lets timers run between them', async () => {
    const file = freshFile();
    const bus = createSqliteBus({ file, compactEveryMs: 0, compactChunkRows: 500 });
    await bus.ensureTopics([{ name: 'items', partitions: 1, retentionMs: 60_000 }]);
    await bus.publish('items', Array.from({ length: 20_000 }, (_, i) => ({ key: `k${i}`, value: 'x'.repeat(200) })));
    const raw = openDatabase(file);
    raw.prepare('INSERT INTO offsets ("group", topic, partition, committed) VALUES (?, ?, 0, ?)').run('g', 'items', 15_000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const deleted = await bus.compact();
    clearInterval(timer);
    assert.equal(deleted, 15_000, 'exactly the committed messages go');
    assert.ok(ticks > 0, 'no timer ran during the compaction: it held the event loop for the whole backlog');
    const left = raw.prepare('SELECT MIN(offset) AS lo, COUNT(*) AS n FROM messages').get();
    assert.deepEqual(left, { lo: 15_000, n: 5_000 }, 'uncommitted messages stay');
    raw.close();
    await bus.close();
  });

  test('a new bus file keeps its free pages after compaction: it must be incremental-vacuum and shrink on close', async () => {
    const file = freshFile();
    const bus = createSqliteBus({ file, compactEveryMs: 0 });
    await bus.ensureTopics([{ name: 'items', partitions: 1, retentionMs: 60_000 }]);
    await bus.publish('items', Array.from({ length: 5_000 }, (_, i) => ({ key: `k${i}`, value: 'x'.repeat(1000) })));
    const raw = openDatabase(file);
    assert.equal(raw.pragma('auto_vacuum', { simple: true }), 2, 'auto_vacuum is not INCREMENTAL on a new file');
    raw.prepare('INSERT INTO offsets ("group", topic, partition, committed) VALUES (?, ?, 0, ?)').run('g', 'items', 5_000);
    raw.close();
    const full = fs.statSync(file).size + fs.statSync(`${file}-wal`).size;
    await bus.close();
    const after = fs.statSync(file).size;
    assert.ok(after < full / 10, `the file kept its freed pages: ${after} bytes after compaction, ${full} before`);
  });

  test('a closing bus gives up its consumers\' leases only when the file closes: no other process takes the group over while it compacts', async () => {
    const file = freshFile();
    const a = createSqliteBus({ file, pollMs: 5, compactEveryMs: 0, compactChunkRows: 500 });
    await a.ensureTopics([{ name: 'items', partitions: 1, retentionMs: 60_000 }]);
    await a.publish('items', Array.from({ length: 20_000 }, (_, i) => ({ key: `k${i}`, value: 'x'.repeat(200) })));
    let done = 0;
    await a.subscribe({ group: 'g', topic: 'items', maxBatch: 1000, handle: async (batch) => void (done += batch.length) });
    await waitFor('a drained', async () => done === 20_000 && (await a.lag('g', 'items')) === 0, 60_000);
    const b = createSqliteBus({ file, pollMs: 5, heartbeatMs: 5, compactEveryMs: 0 }); // tries the lease every 5 ms
    const bSub = (await b.subscribe({ group: 'g', topic: 'items', handle: async () => {} })) as SqliteSubscription;
    const raw = openDatabase(file, { readonly: true });
    const owner = () => (raw.prepare('SELECT owner FROM leases WHERE "group" = ? AND topic = ?').get('g', 'items') as { owner: string } | undefined)?.owner;
    let takenWhileOpen = false;
    const watch = setInterval(() => void (owner() === bSub.owner && (takenWhileOpen = true)), 1);
    await a.close();
    clearInterval(watch);
    assert.equal(takenWhileOpen, false, 'the waiting consumer took the group over while the closing bus still compacted');
    await waitFor('b takes over once a is closed', () => owner() === bSub.owner);
    raw.close();
    await bSub.stop();
    await b.close();
  });

  test('a group that appears between two compaction chunks keeps the rest: each chunk reads the floors anew', async () => {
    const file = freshFile();
    const bus = createSqliteBus({ file, compactEveryMs: 0, compactChunkRows: 100 });
    await bus.ensureTopics([{ name: 'items', partitions: 1, retentionMs: 60_000 }]);
    await bus.publish('items', Array.from({ length: 1_000 }, (_, i) => ({ key: `k${i}`, value: String(i) })));
    const raw = openDatabase(file);
    raw.prepare('INSERT INTO offsets ("group", topic, partition, committed) VALUES (?, ?, 0, ?)').run('g', 'items', 1_000);
    // The first chunk runs at the call; the new group's lease lands before the second.
    const running = bus.compact();
    raw.prepare('INSERT INTO leases ("group", topic, owner, expires_at) VALUES (?, ?, ?, ?)').run('late', 'items', 'other', Date.now() + 60_000);
    assert.equal(await running, 100, 'only the chunk before the new group went');
    assert.equal((raw.prepare('SELECT COUNT(*) AS n FROM messages').get() as { n: number }).n, 900);
    raw.close();
    await bus.close();
  });

  test('a negative committed retention keeps committed messages for the topic retention', async () => {
    const bus = createSqliteBus({ file: freshFile(), pollMs: 5, compactEveryMs: 0, committedRetentionMs: -1 });
    await bus.ensureTopics([{ name: 'items', partitions: 1, retentionMs: 60_000 }]);
    await bus.publish('items', [{ key: 'k', value: '1' }, { key: 'k', value: '2' }]);
    let done = 0;
    const sub = await bus.subscribe({ group: 'g', topic: 'items', handle: async (b) => void (done += b.length) });
    await waitFor('drained', () => done === 2);
    await sub.stop();
    assert.equal(await bus.compact(), 0);
    assert.equal(await bus.compact(Date.now() + 61_000), 2);
    await bus.close();
  });
});
