import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextChunk } from './kafka-bus.ts';

test('publish chunks stay under the byte limit, keep order, and always make progress', () => {
  const msgs = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, value: 'x'.repeat(300) }));
  const chunks: string[][] = [];
  for (let from = 0; from < msgs.length; ) {
    const c = nextChunk(msgs, from, 1000);
    chunks.push(c.map((m) => m.key));
    from += c.length;
  }
  assert.deepEqual(chunks.flat(), msgs.map((m) => m.key));
  assert.ok(chunks.every((c) => c.length >= 1 && c.length <= 3));
  // A single message above the limit still goes out alone (the broker decides), never loops.
  assert.equal(nextChunk([{ key: 'big', value: Buffer.alloc(5000) }], 0, 1000).length, 1);
});
