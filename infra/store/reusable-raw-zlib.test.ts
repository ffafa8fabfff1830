// The reused zlib streams (reusable-raw-zlib.ts) give exactly node:zlib's bytes, document after
// document, with or without the dictionary, for output longer than one buffer, and recover from a
// damaged input: the store's documents and their hashes depend on it (decision 0045).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { reusableRawZlib } from './reusable-raw-zlib.ts';
import { DOC_DICTIONARY_V1 } from './sqlite-doc-dictionary.ts';

const DICT = Buffer.from(DOC_DICTIONARY_V1, 'utf8');

/** JSON-like documents from 0 B to ~400 kB, some incompressible (random hex, longer than one output buffer when deflated). */
function documents(): Buffer[] {
  const out: Buffer[] = [Buffer.alloc(0), Buffer.from('{}')];
  for (let i = 0; i < 60; i++) {
    const size = Math.floor(40 * 1.2 ** i);
    const text = JSON.stringify({ id: `x:${i}`, text: 'Sign up with code ABC ünïcödé 🙂 '.repeat(Math.ceil(size / 40)).slice(0, size), noise: i % 7 === 0 ? randomBytes(Math.min(size, 200_000)).toString('hex') : '' });
    out.push(Buffer.from(text, 'utf8'));
  }
  return out;
}

for (const options of [{ dictionary: DICT }, { dictionary: DICT, level: 1 }, {}]) {
  const name = `${options.dictionary ? 'dictionary' : 'no dictionary'}${'level' in options ? `, level ${options.level}` : ''}`;
  test(`deflate and inflate reused (${name}) give node:zlib's bytes, document after document`, () => {
    const deflate = reusableRawZlib('deflate', options);
    const inflate = reusableRawZlib('inflate', options);
    for (const doc of documents()) {
      const expected = deflateRawSync(doc, options);
      const packed = deflate(doc);
      assert.ok(packed.equals(expected), `deflate of ${doc.length} B differs from deflateRawSync`);
      assert.ok(inflate(packed).equals(doc), `inflate of ${doc.length} B does not give the document back`);
      assert.ok(inflateRawSync(packed, options).equals(doc));
    }
    // On the Node versions rsmon supports (20, 24) the internals are there: the test is of the reuse.
    assert.ok(deflate.reusesStream && inflate.reusesStream, 'fell back to the *Sync functions');
  });
}

test('a damaged or cut input throws as inflateRawSync does, and the next document inflates', () => {
  const inflate = reusableRawZlib('inflate', { dictionary: DICT });
  const deflate = reusableRawZlib('deflate', { dictionary: DICT });
  const doc = Buffer.from(JSON.stringify({ id: 'x:1', text: 'Sign up with code ABC '.repeat(50) }));
  const packed = deflate(doc);
  const damaged = Buffer.from(packed);
  damaged[0] = 0xff;
  assert.throws(() => inflateRawSync(damaged, { dictionary: DICT }));
  assert.throws(() => inflate(damaged));
  assert.ok(inflate(packed).equals(doc), 'a fresh stream after the error');
  const cut = packed.subarray(0, packed.length - 5);
  assert.throws(() => inflateRawSync(cut, { dictionary: DICT }), /unexpected end of file/);
  assert.throws(() => inflate(cut), /unexpected end of file/);
  assert.ok(inflate(packed).equals(doc));
  // Without the dictionary a codec-2 document does not inflate (it names bytes before its start).
  assert.throws(() => reusableRawZlib('inflate', {})(packed));
});
