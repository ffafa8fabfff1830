// Documents stored deflated (infra/store/sqlite-doc-codec.ts, decision 0035): what is read back is
// exactly what was written, an item's evidence hash still matches the raw bytes it was taken from,
// files written before (JSON as text) stay readable, and queries that read the documents' JSON
// (paths outside `fields`) see the deflated ones too.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { openDatabase } from '../../infra/sqlite/open-database.ts';
import { createSqliteStore } from '../../infra/store/sqlite-store.ts';
import { decodeDoc, encodeDoc, encodeDocCodec1, FAST_DEFLATE_CHARS, MIN_ENCODED_CHARS } from '../../infra/store/sqlite-doc-codec.ts';
import { DOC_DICTIONARY_V1 } from '../../infra/store/sqlite-doc-dictionary.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsmon-sqlite-codec-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => path.join(dir, `store-${++n}.db`);

/** An item as the import makes it: its evidence hash is of the raw record bytes, kept on disk. */
function importedItem(id: string) {
  const raw = JSON.stringify({ id, text: `Sign up on Qorvex with my code LUCIE${id} — ${'bonus '.repeat(80)}`, author: 'lucie' });
  const rawFile = path.join(dir, `${id}.raw`);
  fs.writeFileSync(rawFile, raw);
  const sha256 = createHash('sha256').update(raw).digest('hex');
  const item = { id, platform: 'x', text: (JSON.parse(raw) as { text: string }).text, collectedAt: '2026-12-01T00:00:00.000Z', evidence: { sha256, rawRef: rawFile } };
  return { item, rawFile };
}

test('a stored item is kept deflated, reads back unchanged, and its evidence hash matches the raw bytes kept', async () => {
  const file = freshFile();
  const store = createSqliteStore({ file });
  const { item, rawFile } = importedItem('it1');
  await store.replace('items', [{ id: item.id, doc: item, version: { sha256: item.evidence.sha256, collectedAt: item.collectedAt } }]);
  const got = await store.get('items', item.id);
  await store.close();

  const db = openDatabase(file, { readonly: true });
  const row = db.prepare<[], { kind: string; bytes: number; doc: Uint8Array }>("SELECT typeof(doc) AS kind, length(doc) AS bytes, doc FROM docs WHERE idx = 'items' AND id = 'it1'").get()!;
  db.close();
  assert.equal(row.kind, 'blob', 'an item this size is stored deflated');
  const json = decodeDoc(row.doc, 'items/it1');
  assert.ok(row.bytes < Buffer.byteLength(json), `deflated ${row.bytes} B is not smaller than the JSON's ${Buffer.byteLength(json)} B`);
  const stored = JSON.parse(json) as typeof item & { versions: unknown[] };
  assert.deepEqual(got, stored, 'get returns the decoded document');
  assert.equal(stored.text, item.text);
  assert.equal(stored.evidence.sha256, createHash('sha256').update(fs.readFileSync(rawFile)).digest('hex'), 'hash of the raw bytes kept');
  assert.equal(stored.versions.length, 1, 'version history kept');
});

test('codec: byte-for-byte round trip, short JSON stays text, a damaged or unknown form is an error naming the document', () => {
  const long = JSON.stringify({ text: 'ünïcödé 🙂 '.repeat(60), n: 1 });
  const packed = encodeDoc(long);
  assert.ok(Buffer.isBuffer(packed));
  assert.equal(decodeDoc(packed, 'x'), long);
  // A long document (a case, a case state) is deflated faster, at level 1: the same round trip.
  const longer = JSON.stringify({ ids: Array.from({ length: 2_000 }, (_, i) => `x:${i}-ü€🙂`) });
  assert.ok(longer.length >= FAST_DEFLATE_CHARS);
  const fast = encodeDoc(longer);
  assert.ok(Buffer.isBuffer(fast) && fast.length < longer.length / 2);
  assert.equal(decodeDoc(fast, 'x'), longer);
  const short = JSON.stringify({ a: 'b' });
  assert.ok(short.length < MIN_ENCODED_CHARS);
  assert.equal(encodeDoc(short), short);
  assert.throws(() => decodeDoc(Buffer.from([9, 1, 2]), 'items/i9'), /items\/i9: stored document has unknown codec 9/);
  assert.throws(() => decodeDoc(Buffer.from([1, 0xff, 0xff, 0xff]), 'items/i8'), /items\/i8: stored document does not inflate/);
  assert.throws(() => decodeDoc(Buffer.from([2, 0xff, 0xff, 0xff]), 'items/i7'), /items\/i7: stored document does not inflate/);
});

test('codec 2 (preset dictionary): frozen dictionary, smaller than codec 1, and codec 1 documents still read', () => {
  // A codec-2 document inflates only with these exact bytes: the dictionary must never change.
  assert.equal(createHash('sha256').update(DOC_DICTIONARY_V1, 'utf8').digest('hex'), 'afcab0d0a1af189569d97ee8c90c1fd607e88f708e25405dc651c41474c51660');
  const item = JSON.stringify({
    id: 'x:1-g1',
    platform: 'x',
    kind: 'post',
    url: 'https://x.com/a/status/1',
    text: 'Sign up with my code LUCIE — 100 € bonus 🙂',
    evidence: { sha256: 'ab'.repeat(32), rawRef: 'sample/raw/x:1-g1' },
    enrichment: { language: { code: 'fr', confidence: 1, euOfficial: true }, links: [], promoCodes: [], offers: [], disclosures: [], firmMentions: [], indicators: [] },
    versions: [{ sha256: 'ab'.repeat(32), collectedAt: '2026-01-01T00:00:00.000Z' }],
  });
  const packed = encodeDoc(item) as Buffer;
  assert.ok(Buffer.isBuffer(packed) && packed[0] === 2);
  assert.equal(decodeDoc(packed, 'x'), item);
  const old = encodeDocCodec1(item);
  assert.equal(old[0], 1);
  assert.ok(packed.length < old.length, `codec 2 ${packed.length} B, codec 1 ${old.length} B`);
  assert.equal(decodeDoc(old, 'x'), item);
  assert.equal(decodeDoc(new Uint8Array(old), 'x'), item);
  // Every length around the thresholds round-trips, text or blob.
  for (const len of [MIN_ENCODED_CHARS - 1, MIN_ENCODED_CHARS, 9_000, FAST_DEFLATE_CHARS - 1, FAST_DEFLATE_CHARS, 40_000]) {
    const json = JSON.stringify({ t: 'ü€🙂 "enrichment" '.repeat(len).slice(0, len - 8) });
    assert.equal(decodeDoc(encodeDoc(json), 'x'), json);
  }
});

test('a file holding codec 1 documents (written before 0044) reads, filters and rewrites', async () => {
  const file = freshFile();
  const store = createSqliteStore({ file });
  const doc = { id: 'e1', pairKey: 'x:a|f', note: 'n'.repeat(MIN_ENCODED_CHARS * 4) };
  await store.upsert('evidence', [{ id: 'e1', doc }]);
  await store.close();
  const raw = openDatabase(file);
  raw.prepare<[Buffer]>("UPDATE docs SET doc = ? WHERE idx = 'evidence' AND id = 'e1'").run(encodeDocCodec1(JSON.stringify(doc)));
  raw.close();
  const again = createSqliteStore({ file });
  assert.deepEqual(await again.get('evidence', 'e1'), doc);
  assert.deepEqual((await again.search('evidence', { filters: { note: doc.note } })).hits.map((h) => h.id), ['e1']);
  await again.upsert('evidence', [{ id: 'e1', doc: { extra: 1 } }]);
  assert.deepEqual(await again.get('evidence', 'e1'), { ...doc, extra: 1 });
  await again.close();
});

test('a file written before (JSON as text) reads as before, and a rewrite stores the document deflated', async () => {
  const file = freshFile();
  const store = createSqliteStore({ file });
  const doc = { id: 'c1', score: 3, note: 'n'.repeat(MIN_ENCODED_CHARS) };
  await store.upsert('cases', [{ id: 'c1', doc }]);
  await store.close();
  // What an older rsmon left: the same row with its JSON as text.
  const raw = openDatabase(file);
  raw.prepare("UPDATE docs SET doc = ? WHERE idx = 'cases' AND id = 'c1'").run(JSON.stringify(doc));
  raw.close();

  const again = createSqliteStore({ file });
  assert.deepEqual(await again.get('cases', 'c1'), doc);
  assert.equal((await again.search('cases', { filters: { score: 3 } })).hits[0]?.id, 'c1');
  await again.upsert('cases', [{ id: 'c1', doc: { score: 4 } }]);
  assert.deepEqual(await again.get('cases', 'c1'), { ...doc, score: 4 });
  await again.close();
  const check = openDatabase(file, { readonly: true });
  assert.equal(check.prepare<[], { kind: string }>("SELECT typeof(doc) AS kind FROM docs WHERE id = 'c1'").get()!.kind, 'blob');
  check.close();
});

test('a filter on a path outside `fields` finds deflated documents (the JSON text pre-filter must not skip them)', async () => {
  const store = createSqliteStore({ file: freshFile() });
  const docs = ['a', 'b', 'c'].map((k, i) => ({ id: k, doc: { id: k, author: { handle: `h${i % 2}` }, text: `${k} `.repeat(MIN_ENCODED_CHARS) } }));
  await store.upsert('items', docs);
  const r = await store.search('items', { filters: { 'author.handle': 'h0' } });
  assert.deepEqual(r.hits.map((h) => h.id), ['a', 'c']);
  const buckets = await store.terms('items', { field: 'author.handle' });
  assert.deepEqual(buckets, [{ key: 'h0', count: 2 }, { key: 'h1', count: 1 }]);
  await store.close();
});
