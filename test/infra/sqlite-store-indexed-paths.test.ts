// The embedded store indexes only the queried paths in `fields` (decision 0029). Classes pinned here:
// a query on a path left out answers differently from an indexed one; a data dir from before the
// list (every leaf indexed) stops answering; a path added to the list misses the documents stored
// before; the JSON fallback serves stale values after a write (this or another connection).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { openDatabase } from '../../infra/sqlite/open-database.ts';
import type { Doc, IndexName, Store } from '../../infra/ports/store.ts';
import { createSqliteStore } from '../../infra/store/sqlite-store.ts';
import { flattenLeaves, leavesAtPaths } from '../../infra/store/sqlite-flatten.ts';
import { INDEXED_PATHS, KEYED_ID, type IndexedPathList } from '../../infra/store/sqlite-indexed-paths.ts';
import { itemSchema } from '../../pipelines/contracts/item.ts';
import { createEnricher } from '../../pipelines/enrich/create-enricher.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { REPO } from '../helpers/cli.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsmon-indexed-paths-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => path.join(dir, `store-${++n}.db`);

/** The sample, enriched: real documents with arrays, numbers, booleans and nested objects. */
function sampleItems(): Doc[] {
  const enrich = createEnricher({ catalogue: loadCatalogue({ includeSample: true }), now: () => new Date('2026-02-01T00:00:00Z') });
  return readFileSync(path.join(REPO, 'connectors/sample/items.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(JSON.stringify(enrich(itemSchema.parse(JSON.parse(l))))) as Doc);
}

const ITEMS = sampleItems();
const ALL_PATHS = [...new Set(ITEMS.flatMap((d) => flattenLeaves(d).map(([p]) => p)))].sort();
const EVERY_LEAF: IndexedPathList = { ...INDEXED_PATHS, items: ALL_PATHS };

async function filled(file: string, indexedPaths?: IndexedPathList): Promise<Store> {
  const store = createSqliteStore({ file, indexedPaths });
  await store.upsert('items', ITEMS.map((d) => ({ id: String(d.id), doc: d })));
  return store;
}

/** What a store answers for one path: buckets with sums, exact and any-of filters, ranges, both sorts. */
async function answers(store: Store, index: IndexName, p: string): Promise<unknown[]> {
  const buckets = await store.terms(index, { field: p, size: 10_000, sumField: 'metrics.views' });
  const keys = buckets.map((b) => b.key);
  const ids = async (q: Parameters<Store['search']>[1]) => (await store.search(index, { ...q, size: 10_000 })).hits.map((h) => h.id);
  const out: unknown[] = [buckets];
  out.push(await ids({ sort: [{ field: p, order: 'asc' }] }), await ids({ sort: [{ field: p, order: 'desc' }] }));
  if (keys.length) {
    out.push(await store.count(index, { [p]: keys[0]! }), await ids({ filters: { [p]: keys.slice(-2) }, sort: [{ field: 'id', order: 'asc' }] }));
    out.push(await store.terms(index, { field: 'platform', filters: { [p]: keys[0]! } }));
    const numbers = keys.map(Number).filter((k) => Number.isFinite(k)).sort((a, b) => a - b);
    const mid = numbers[Math.floor(numbers.length / 2)];
    if (mid !== undefined) out.push(await ids({ ranges: { [p]: { gte: mid } } }));
    const texts = keys.filter((k) => !Number.isFinite(Number(k))).sort();
    const midText = texts[Math.floor(texts.length / 2)];
    if (midText !== undefined) out.push(await ids({ ranges: { [p]: { lte: midText } } }));
  }
  return out;
}

describe('fields holds the queried paths only; every other path is answered from the JSON', () => {
  test('leavesAtPaths gives exactly the leaves flattenLeaves gives for those paths (dotted and empty keys, nested arrays)', () => {
    const odd: Doc = { 'a.b': 1, a: { b: [2, [3, { c: 4 }]], '': { x: 5 } }, '': { y: true, '': 6 }, e: [[{ f: 'g' }]], n: null };
    for (const doc of [...ITEMS, odd]) {
      const all = flattenLeaves(doc);
      for (const paths of [new Set(ALL_PATHS), new Set(['a.b', 'a..x', 'y', '', 'e.f', 'a.b.c']), new Set(INDEXED_PATHS.items)]) {
        assert.deepEqual(leavesAtPaths(doc, paths), all.filter(([p]) => paths.has(p)), JSON.stringify([...paths]).slice(0, 80));
      }
    }
  });

  test('a query on a path left out of fields answers like an indexed one: terms with sums, filters, ranges, sorts, counts', async () => {
    const lean = await filled(freshFile());
    const full = await filled(freshFile(), EVERY_LEAF);
    const left = ALL_PATHS.filter((p) => !INDEXED_PATHS.items.includes(p));
    assert.ok(left.length > 50, `only ${left.length} paths left out: the sample does not exercise the fallback`);
    for (const p of ALL_PATHS) assert.deepEqual(await answers(lean, 'items', p), await answers(full, 'items', p), p);
    await lean.close();
    await full.close();
  });

  test('the fields table holds the listed paths only', async () => {
    const file = freshFile();
    const store = await filled(file);
    await store.close();
    const raw = openDatabase(file, { readonly: true });
    const paths = raw.prepare<[], { path: string }>("SELECT DISTINCT path FROM fields WHERE idx = 'items' ORDER BY path").all().map((r) => r.path);
    raw.close();
    assert.ok(paths.length > 0);
    assert.deepEqual(paths.filter((p) => !INDEXED_PATHS.items.includes(p)), []);
  });

  test('a data dir from before the path list (every leaf in fields, no indexed_paths) answers alike, read-only and writable', async () => {
    const reference = await filled(freshFile(), EVERY_LEAF);
    const file = freshFile();
    const old = await filled(file, EVERY_LEAF);
    await old.close();
    const raw = openDatabase(file);
    raw.exec('DROP TABLE indexed_paths');
    raw.close();
    const sample = ['platform', 'enrichment.links.domain', 'metrics.views', 'enrichment.indicators.code', 'author.followers', 'publishedAt'];
    const readOnly = createSqliteStore({ file, readonly: true });
    for (const p of sample) assert.deepEqual(await answers(readOnly, 'items', p), await answers(reference, 'items', p), `read-only ${p}`);
    await readOnly.close();
    const writable = createSqliteStore({ file });
    for (const p of sample) assert.deepEqual(await answers(writable, 'items', p), await answers(reference, 'items', p), `writable ${p}`);
    // A rewrite leaves only the listed paths for that document, and the answers stay equal.
    const changed: Doc = { ...ITEMS[0]!, metrics: { views: 123_456 } };
    await writable.upsert('items', [{ id: String(changed.id), doc: changed }]);
    await reference.upsert('items', [{ id: String(changed.id), doc: changed }]);
    for (const p of sample) assert.deepEqual(await answers(writable, 'items', p), await answers(reference, 'items', p), `after a rewrite ${p}`);
    await writable.close();
    await reference.close();
  });

  test('a path added to the list is filled in for the documents stored before; one taken off loses its rows', async () => {
    const reference = await filled(freshFile(), EVERY_LEAF);
    const file = freshFile();
    await (await filled(file)).close();
    const wider: IndexedPathList = { ...INDEXED_PATHS, items: [...INDEXED_PATHS.items, 'enrichment.links.domain'] };
    const reopened = createSqliteStore({ file, indexedPaths: wider });
    const raw = openDatabase(file, { readonly: true });
    const rows = () => (raw.prepare("SELECT COUNT(*) AS n FROM fields WHERE idx = 'items' AND path = 'enrichment.links.domain'").get() as { n: number }).n;
    assert.ok(rows() > 0, 'the added path was not filled in');
    assert.deepEqual(await answers(reopened, 'items', 'enrichment.links.domain'), await answers(reference, 'items', 'enrichment.links.domain'));
    await reopened.close();
    const narrowed = createSqliteStore({ file });
    assert.equal(rows(), 0, 'rows of a path taken off the list stayed');
    assert.deepEqual(await answers(narrowed, 'items', 'enrichment.links.domain'), await answers(reference, 'items', 'enrichment.links.domain'));
    raw.close();
    await narrowed.close();
    await reference.close();
  });

  test('the JSON fallback sees every write: this connection, another connection, a delete', async () => {
    const file = freshFile();
    const store = await filled(file);
    const other = createSqliteStore({ file });
    const views = async (s: Store) => (await s.terms('items', { field: 'metrics.views', size: 10_000 })).length;
    const before = await views(store);
    await store.upsert('items', [{ id: 'new-1', doc: { id: 'new-1', metrics: { views: 987_654_321 } } }]);
    assert.equal(await views(store), before + 1, 'own write not seen');
    await other.upsert('items', [{ id: 'new-2', doc: { id: 'new-2', metrics: { views: 987_654_322 } } }]);
    assert.equal(await views(store), before + 2, "another connection's write not seen");
    await other.delete('items', ['new-1', 'new-2']);
    assert.equal(await views(store), before, 'a delete not seen');
    await other.close();
    await store.close();
  });
});

describe("evidence `id` from the documents' key (KEYED_ID, decision 0045)", () => {
  const ROWS: IndexedPathList = { ...INDEXED_PATHS, evidence: ['id', 'itemId', 'pairKey'] };
  assert.ok(INDEXED_PATHS.evidence.includes(KEYED_ID), 'evidence is keyed by default');
  // Documents whose `id` is their key, and every way it can be something else.
  const DOCS: Array<{ id: string; doc: Doc }> = [
    ...Array.from({ length: 40 }, (_, i) => ({ id: `p${i % 3}|x:${i}`, doc: { id: `p${i % 3}|x:${i}`, itemId: `x:${i}`, pairKey: `p${i % 3}`, platform: i % 2 ? 'x' : 'telegram', metrics: { views: i } } })),
    { id: 'other-key', doc: { id: 'p0|x:3', itemId: 'x:3', pairKey: 'p0' } },
    { id: 'no-id', doc: { itemId: 'x:90', pairKey: 'p1' } },
    { id: '42', doc: { id: 42, itemId: 'x:91', pairKey: 'p1' } },
    { id: 'several', doc: { id: ['several', 'more'], itemId: 'x:92', pairKey: 'p2' } },
    { id: 'null-id', doc: { id: null, itemId: 'x:93' } },
    { id: 'k'.repeat(1_100), doc: { id: 'k'.repeat(1_100), itemId: 'x:94' } },
  ];
  const fillEvidence = async (file: string, indexedPaths?: IndexedPathList) => {
    const store = createSqliteStore({ file, indexedPaths });
    await store.upsert('evidence', DOCS);
    return store;
  };
  const idAnswers = async (store: Store) => [
    ...(await answers(store, 'evidence', 'id')),
    (await store.search('evidence', { filters: { id: ['p0|x:3', 'other-key', 'no-id', '42', 'more', 'several', 'null-id', 'k'.repeat(1_100)] }, size: 100 })).hits.map((h) => h.id),
    await store.count('evidence', { id: 42 }),
    await store.terms('evidence', { field: 'pairKey', filters: { id: ['p1|x:1', 'p1|x:4', '42'] } }),
  ];
  const idRows = (file: string) => {
    const raw = openDatabase(file, { readonly: true });
    const n = (path: string) => (raw.prepare("SELECT COUNT(*) AS n FROM fields WHERE idx = 'evidence' AND path = ?").get(path) as { n: number }).n;
    const out = { id: n('id'), marked: n(KEYED_ID) };
    raw.close();
    return out;
  };

  test('every query on `id` answers as with a row per document, for documents whose `id` is not their key too', async () => {
    const reference = await fillEvidence(freshFile(), ROWS);
    const file = freshFile();
    const keyed = await fillEvidence(file);
    assert.deepEqual(await idAnswers(keyed), await idAnswers(reference));
    // Five documents whose `id` leaves are not their key keep rows (several: two), and are marked.
    assert.deepEqual(idRows(file), { id: 4, marked: 6 });
    // Rewrites that make a document keyed, and one that makes it an exception; a delete.
    const changes = [
      { id: 'other-key', doc: { id: 'other-key' } },
      { id: 'p1|x:1', doc: { id: 'renamed' } },
    ];
    for (const s of [keyed, reference]) {
      await s.upsert('evidence', changes);
      await s.delete('evidence', ['42', 'p2|x:2']);
    }
    assert.deepEqual(await idAnswers(keyed), await idAnswers(reference));
    assert.deepEqual(idRows(file), { id: 3, marked: 5 });
    await keyed.close();
    const readOnly = createSqliteStore({ file, readonly: true });
    assert.deepEqual(await idAnswers(readOnly), await idAnswers(reference));
    await readOnly.close();
    await reference.close();
  });

  test('a file with a row per document is reduced to the exceptions when opened, and restored by an rsmon that wants the rows again', async () => {
    const reference = await fillEvidence(freshFile(), ROWS);
    const file = freshFile();
    await (await fillEvidence(file, ROWS)).close();
    assert.deepEqual(idRows(file), { id: DOCS.length - 2, marked: 0 }, 'no row for the document without an id, nor for the long one');
    const before = createSqliteStore({ file, readonly: true });
    assert.deepEqual(await idAnswers(before), await idAnswers(reference), 'read-only, as written');
    await before.close();
    const migrated = createSqliteStore({ file });
    assert.deepEqual(idRows(file), { id: 4, marked: 6 });
    assert.deepEqual(await idAnswers(migrated), await idAnswers(reference), 'after the reduction');
    await migrated.close();
    // An older rsmon (its list has `id`) opening the file writable: every row back, no markers.
    const older = createSqliteStore({ file, indexedPaths: ROWS });
    assert.deepEqual(idRows(file), { id: DOCS.length - 2, marked: 0 });
    assert.deepEqual(await idAnswers(older), await idAnswers(reference), 'back to rows');
    await older.close();
    // An older rsmon reading a keyed file read-only: `id` is not in the file's list, so it reads the JSON.
    const keyedFile = freshFile();
    await (await fillEvidence(keyedFile)).close();
    const raw = openDatabase(keyedFile, { readonly: true });
    const recorded = raw.prepare<[], { path: string }>("SELECT path FROM indexed_paths WHERE idx = 'evidence' ORDER BY path").all().map((r) => r.path);
    raw.close();
    assert.deepEqual(recorded, [KEYED_ID, 'itemId', 'pairKey'].sort());
    await reference.close();
  });
});
