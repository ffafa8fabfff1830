// decodeShared (shared-decode.ts): one decode per message and schema in a process, the same answer
// as decodeMessage (refusals too), never a result for other bytes at the same offset, and a value
// no consumer can change under the others (decision 0045).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import type { BusMessage } from '../../infra/ports/bus.ts';
import { decodeMessage } from './decode-message.ts';
import { decodeShared, sharedDecodeStats } from './shared-decode.ts';

const schema = z.object({ id: z.string(), tags: z.array(z.object({ name: z.string() })).default([]) });
const msg = (value: string | Buffer, offset = '0', topic = 't'): BusMessage => ({ topic, partition: 0, offset, key: null, value: Buffer.isBuffer(value) ? value : Buffer.from(value), headers: {} });

/** Both stages have read topic `t` once: from here on each knows the other. */
decodeShared(schema, msg('{"id":"warm"}', '0'), 'index');
decodeShared(schema, msg('{"id":"warm"}', '0'), 'cases');

test('the second consumer of a message gets the first one decode, frozen; a third read decodes again', () => {
  const before = sharedDecodeStats();
  const bytes = '{"id":"a","tags":[{"name":"x"}]}';
  const first = decodeShared(schema, msg(bytes, '1'), 'index');
  const second = decodeShared(schema, msg(bytes, '1'), 'cases');
  assert.equal(second, first, 'the same result object');
  assert.deepEqual(first, decodeMessage(schema, Buffer.from(bytes)));
  const after = sharedDecodeStats();
  assert.equal(after.misses - before.misses, 1);
  assert.equal(after.hits - before.hits, 1);
  // Every other consumer took it: gone (a redelivery decodes again, to an equal result).
  const again = decodeShared(schema, msg(bytes, '1'), 'cases');
  assert.notEqual(again, first);
  assert.deepEqual(again, first);
  assert.equal(sharedDecodeStats().misses - after.misses, 1);
  assert.ok(first.tag === 'ok');
  assert.throws(() => {
    (first.value.tags as Array<{ name: string }>).push({ name: 'y' });
  }, TypeError);
  assert.throws(() => {
    first.value.tags[0]!.name = 'changed';
  }, TypeError);
});

test('a refusal is shared too, with the reason naming the field', () => {
  const r1 = decodeShared(schema, msg('{"id":7}', '2'), 'index');
  const r2 = decodeShared(schema, msg('{"id":7}', '2'), 'cases');
  assert.equal(r1.tag, 'dlq');
  assert.equal(r2, r1);
  assert.match(r1.tag === 'dlq' ? r1.reason : '', /^schema: id: /);
  assert.deepEqual(decodeShared(schema, msg(Buffer.from([0xff, 0xfe]), '3'), 'index'), { tag: 'dlq', reason: 'invalid UTF-8' });
});

test('other bytes at the same topic, partition and offset (another log) are decoded on their own', () => {
  const a = decodeShared(schema, msg('{"id":"a"}', '4'), 'index');
  const b = decodeShared(schema, msg('{"id":"b"}', '4'), 'cases');
  assert.ok(a.tag === 'ok' && b.tag === 'ok');
  assert.equal(a.value.id, 'a');
  assert.equal(b.value.id, 'b');
  // Another schema on the same message is its own decode.
  const loose = z.object({ id: z.string() }).passthrough();
  const c = decodeShared(loose, msg('{"id":"b","extra":1}', '4'), 'alerts');
  assert.ok(c.tag === 'ok');
  assert.deepEqual(c.value, { id: 'b', extra: 1 });
});

test('a topic with one consumer in the process (a Kafka service) keeps no result', () => {
  const before = sharedDecodeStats();
  const one = decodeShared(schema, msg('{"id":"solo"}', '9', 'solo-topic'), 'index');
  const two = decodeShared(schema, msg('{"id":"solo"}', '9', 'solo-topic'), 'index');
  assert.notEqual(two, one);
  assert.deepEqual(two, one);
  assert.equal(sharedDecodeStats().misses - before.misses, 2);
  assert.ok(Object.isFrozen(one.tag === 'ok' ? one.value : null), 'frozen the same way');
});
