// Port conformance suite for Bus adapters: the SQLite bus runs it today, the Kafka bus must pass
// the same tests. Registers node:test tests; call it at the top level of a *.test.ts file.
//
// Contract for `makeBus`: every call returns a NEW client connected to the SAME backend (same
// SQLite file, same Kafka cluster), so "restart" tests can close one and open another.
// Topic and group names are random per test, so a shared cluster needs no cleanup.
// A new group starts from the earliest offset (Kafka adapters: fromBeginning / auto.offset.reset=earliest).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, test } from 'node:test';
import type { Bus, BusMessage, Subscription } from '../../../infra/ports/bus.ts';

export interface BusConformanceOptions {
  /** Suite title prefix, e.g. "sqlite" or "kafka". */
  name: string;
  /** Partitions for the keyed-messages test; the SQLite bus supports >1 too. Default 3. */
  partitions?: number;
  /** Longest wait for an expected delivery; raise for Kafka group rebalances. Default 10 s. */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, cond: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

const text = (m: BusMessage) => m.value.toString('utf8');

export function runBusConformance(makeBus: () => Promise<Bus>, opts: BusConformanceOptions): void {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const partitions = opts.partitions ?? 3;
  const open = new Set<Bus>();
  const subs = new Set<Subscription>();

  const bus = async () => {
    const b = await makeBus();
    open.add(b);
    return b;
  };
  const closeBus = async (b: Bus) => {
    open.delete(b);
    await b.close();
  };
  const names = async (b: Bus, p = 1) => {
    const id = randomUUID().slice(0, 8);
    const topic = `conf.${id}`;
    await b.ensureTopics([{ name: topic, partitions: p, retentionMs: 3600_000 }]);
    return { topic, group: `g.${id}` };
  };
  /** Subscribes and records every delivered message. */
  const collect = async (b: Bus, group: string, topic: string, maxBatch?: number) => {
    const got: BusMessage[] = [];
    const sub = await b.subscribe({ group, topic, maxBatch, handle: async (batch) => void got.push(...batch) });
    subs.add(sub);
    return { got, sub };
  };
  const stop = async (sub: Subscription) => {
    subs.delete(sub);
    await sub.stop();
  };

  describe(`${opts.name} bus conformance`, () => {
    after(async () => {
      for (const s of subs) await s.stop();
      for (const b of open) await b.close();
    });

    test('delivers every message, in publish order per key', async () => {
      const b = await bus();
      const { topic, group } = await names(b, partitions);
      const msgs = Array.from({ length: 60 }, (_, i) => ({ key: `k${i % 4}`, value: `${i % 4}:${i}` }));
      await b.publish(topic, msgs.slice(0, 30));
      await b.publish(topic, msgs.slice(30));
      const { got, sub } = await collect(b, group, topic, 7);
      await waitFor('60 messages', () => got.length >= 60, timeoutMs);
      await stop(sub);
      assert.equal(got.length, 60);
      for (let k = 0; k < 4; k++) {
        const seen = got.filter((m) => m.key === `k${k}`).map(text);
        const sent = msgs.filter((m) => m.key === `k${k}`).map((m) => m.value);
        assert.deepEqual(seen, sent, `order of key k${k}`);
      }
    });

    test('keyed messages: a key always lands on one partition; offsets are decimal strings', async () => {
      const b = await bus();
      const { topic, group } = await names(b, partitions);
      await b.publish(topic, Array.from({ length: 40 }, (_, i) => ({ key: `key-${i % 10}`, value: String(i) })));
      const { got, sub } = await collect(b, group, topic);
      await waitFor('40 messages', () => got.length >= 40, timeoutMs);
      await stop(sub);
      const partitionOf = new Map<string, Set<number>>();
      for (const m of got) {
        assert.equal(m.topic, topic);
        assert.match(m.offset, /^\d+$/);
        assert.ok(m.partition >= 0 && m.partition < partitions);
        partitionOf.set(m.key!, (partitionOf.get(m.key!) ?? new Set()).add(m.partition));
      }
      assert.equal(partitionOf.size, 10);
      for (const [key, ps] of partitionOf) assert.equal(ps.size, 1, `${key} spread over partitions`);
    });

    test('two groups each receive every message', async () => {
      const b = await bus();
      const { topic, group } = await names(b);
      await b.publish(topic, Array.from({ length: 25 }, (_, i) => ({ key: 'k', value: String(i) })));
      const a = await collect(b, `${group}.a`, topic, 4);
      const c = await collect(b, `${group}.b`, topic, 10);
      await waitFor('both groups', () => a.got.length >= 25 && c.got.length >= 25, timeoutMs);
      await stop(a.sub);
      await stop(c.sub);
      assert.deepEqual(a.got.map(text), c.got.map(text));
      assert.equal(await b.lag(`${group}.a`, topic), 0);
      assert.equal(await b.lag(`${group}.b`, topic), 0);
    });

    test('commits only after handle resolves; lag counts uncommitted messages', async () => {
      const b = await bus();
      const { topic, group } = await names(b);
      await b.publish(topic, Array.from({ length: 5 }, (_, i) => ({ key: 'k', value: String(i) })));
      assert.equal(await b.lag(group, topic), 5, 'a group that never consumed lags by everything');
      const gate = deferred();
      let calls = 0;
      const sub = await b.subscribe({ group, topic, handle: async () => {
        calls++;
        await gate.promise;
      } });
      subs.add(sub);
      await waitFor('handle called', () => calls > 0, timeoutMs);
      await sleep(150);
      assert.equal(await b.lag(group, topic), 5, 'nothing committed while handle is pending');
      gate.resolve();
      await waitFor('lag 0', async () => (await b.lag(group, topic)) === 0, timeoutMs);
      await b.publish(topic, [{ key: 'k', value: 'late' }]);
      await waitFor('late message committed', async () => (await b.lag(group, topic)) === 0 && calls >= 2, timeoutMs);
      await stop(sub);
    });

    test('a handler that throws gets the same batch again, and nothing is skipped', async () => {
      const b = await bus();
      const { topic, group } = await names(b);
      await b.publish(topic, Array.from({ length: 6 }, (_, i) => ({ key: 'k', value: String(i) })));
      const batches: string[][] = [];
      let failures = 0;
      const sub = await b.subscribe({ group, topic, maxBatch: 3, handle: async (batch) => {
        batches.push(batch.map((m) => `${m.offset}:${text(m)}`));
        if (failures < 2) {
          failures++;
          throw new Error('transient');
        }
      } });
      subs.add(sub);
      await waitFor('all committed', async () => (await b.lag(group, topic)) === 0, timeoutMs);
      await stop(sub);
      assert.ok(batches.length >= 4);
      assert.deepEqual(batches[1], batches[0], 'redelivered batch differs');
      assert.deepEqual(batches[2], batches[0], 'second redelivery differs');
      const values = [...new Set(batches.flat().map((s) => s.split(':')[1]))];
      assert.deepEqual(values, ['0', '1', '2', '3', '4', '5']);
    });

    test('stop() waits for the in-flight batch to finish and commit', async () => {
      const b = await bus();
      const { topic, group } = await names(b);
      await b.publish(topic, Array.from({ length: 3 }, (_, i) => ({ key: 'k', value: String(i) })));
      const gate = deferred();
      let started = false;
      let finished = false;
      const sub = await b.subscribe({ group, topic, handle: async () => {
        started = true;
        await gate.promise;
        finished = true;
      } });
      await waitFor('batch started', () => started, timeoutMs);
      let stopResolved = false;
      const stopping = sub.stop().then(() => (stopResolved = true));
      await sleep(100);
      assert.equal(stopResolved, false, 'stop() resolved while a batch was in flight');
      gate.resolve();
      await stopping;
      assert.equal(finished, true);
      assert.equal(await b.lag(group, topic), 0, 'in-flight batch was not committed');
    });

    test('a restarted consumer resumes after the last committed offset', async () => {
      const first = await bus();
      const { topic, group } = await names(first);
      await first.publish(topic, Array.from({ length: 5 }, (_, i) => ({ key: 'k', value: `a${i}` })));
      const one = await collect(first, group, topic, 2);
      await waitFor('first 5', async () => (await first.lag(group, topic)) === 0, timeoutMs);
      await stop(one.sub);
      await first.publish(topic, Array.from({ length: 5 }, (_, i) => ({ key: 'k', value: `b${i}` })));
      await closeBus(first);

      const second = await bus();
      assert.equal(await second.lag(group, topic), 5);
      const two = await collect(second, group, topic);
      await waitFor('next 5', async () => (await second.lag(group, topic)) === 0, timeoutMs);
      await stop(two.sub);
      assert.deepEqual(one.got.map(text), ['a0', 'a1', 'a2', 'a3', 'a4']);
      assert.deepEqual(two.got.map(text), ['b0', 'b1', 'b2', 'b3', 'b4']);
    });

    test('headers, binary values (invalid UTF-8) and empty values round-trip exactly', async () => {
      const b = await bus();
      const { topic, group } = await names(b);
      const binary = Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc, 0x00]);
      const headers = { 'content-type': 'application/octet-stream', 'x-ünïcode': 'ŝnow ☃', empty: '' };
      await b.publish(topic, [
        { key: 'bin', value: binary, headers },
        { key: 'str', value: 'héllo 👋' },
        { key: 'empty', value: '' },
      ]);
      const { got, sub } = await collect(b, group, topic);
      await waitFor('3 messages', () => got.length >= 3, timeoutMs);
      await stop(sub);
      const [bin, str, empty] = got;
      assert.ok(Buffer.isBuffer(bin!.value));
      assert.ok(bin!.value.equals(binary), 'binary value altered');
      assert.deepEqual(bin!.headers, headers);
      assert.equal(str!.value.toString('utf8'), 'héllo 👋');
      assert.deepEqual(str!.headers, {});
      assert.equal(empty!.value.length, 0);
    });
  });
}
