// SQLite store: the shared port conformance suite plus what is specific to the embedded store.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { openDatabase } from '../../infra/sqlite/open-database.ts';
import { createSqliteStore } from '../../infra/store/sqlite-store.ts';
import { MAX_KEYWORD_CHARS, flattenLeaves } from '../../infra/store/sqlite-flatten.ts';
import { toFtsQuery } from '../../infra/store/sqlite-fts.ts';
import { runStoreConformance } from './conformance/store-conformance.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsmon-sqlite-store-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = () => path.join(dir, `store-${++n}.db`);

runStoreConformance(async () => createSqliteStore({ file: freshFile() }), { name: 'sqlite' });

describe('sqlite store specifics', () => {
  test('flattening: dotted paths, one row per array element, numbers stay numbers, nulls and long strings skipped', () => {
    const rows = flattenLeaves({
      a: { b: [{ c: 1 }, { c: 'x' }, { c: null }], d: true },
      e: [[1, 2], [3]],
      long: 'y'.repeat(MAX_KEYWORD_CHARS + 1),
    });
    assert.deepEqual(rows, [['a.b.c', 1], ['a.b.c', 'x'], ['a.d', 'true'], ['e', 1], ['e', 2], ['e', 3]]);
  });

  test('FTS query escaping quotes every term and drops punctuation-only ones', () => {
    assert.equal(toFtsQuery('foo "bar'), '"foo" """bar"');
    assert.equal(toFtsQuery('AND ( NEAR'), '"AND" "NEAR"');
    assert.equal(toFtsQuery(') ( * "'), null);
  });

  test('write is one transaction: a step that fails leaves none of the steps applied', async () => {
    const store = createSqliteStore({ file: freshFile() });
    await store.upsert('evidence', [{ id: 'e1', doc: { id: 'e1', pairKey: 'p' } }]);
    await assert.rejects(
      store.write([
        { upsert: 'case_state', docs: [{ id: 'p', doc: { pairKey: 'p', n: 1 } }] },
        { delete: 'evidence', ids: ['e1'] },
        { upsert: 'evidence', docs: [{ id: '', doc: {} }] },
      ]),
      /non-empty id/,
    );
    assert.equal(await store.get('case_state', 'p'), null);
    assert.deepEqual(await store.get('evidence', 'e1'), { id: 'e1', pairKey: 'p' });
    await assert.rejects(store.write([{ delete: 'nope' as 'items', ids: ['x'] }]), /unknown index/);
    await store.close();
  });

  test('diacritics are folded; blank text means no text constraint', async () => {
    const store = createSqliteStore({ file: freshFile() });
    await store.upsert('items', [{ id: 'i1', doc: { id: 'i1', text: 'Bienvenue au Café Crypto' } }, { id: 'i2', doc: { id: 'i2', text: 'other' } }]);
    assert.equal((await store.search('items', { text: 'cafe' })).total, 1);
    assert.equal((await store.search('items', { text: '   ' })).total, 2);
    assert.equal((await store.search('items', { text: '((' })).total, 0);
    await store.close();
  });

  test('rewrites replace field rows and FTS entries; unchanged replays write nothing', async () => {
    const file = freshFile();
    const store = createSqliteStore({ file });
    await store.upsert('items', [{ id: 'i1', doc: { id: 'i1', text: 'old words', tags: ['a', 'b'] } }]);
    await store.upsert('items', [{ id: 'i1', doc: { text: 'new words', tags: ['c'] } }]);
    assert.equal((await store.search('items', { text: 'old' })).total, 0);
    assert.equal((await store.search('items', { text: 'new' })).total, 1);
    assert.equal(await store.count('items', { tags: 'a' }), 0);
    assert.equal(await store.count('items', { tags: 'c' }), 1);
    const raw = openDatabase(file, { readonly: true });
    const stamp = () => (raw.prepare('SELECT updated_at FROM docs WHERE id = ?').get('i1') as { updated_at: string }).updated_at;
    const before = stamp();
    await new Promise((r) => setTimeout(r, 5));
    await store.upsert('items', [{ id: 'i1', doc: { text: 'new words' } }]);
    assert.equal(stamp(), before, 'an identical replay rewrote the document');
    raw.close();
    await store.close();
  });

  test('indices are separate; text fields are configurable per index', async () => {
    const store = createSqliteStore({ file: freshFile(), textFields: { alerts: ['summary', 'level'] } });
    await store.upsert('alerts', [{ id: 'a1', doc: { id: 'a1', summary: 'new case', level: 'high' } }]);
    await store.upsert('items', [{ id: 'a1', doc: { id: 'a1', text: 'high' } }]);
    assert.equal((await store.search('alerts', { text: 'high' })).total, 1);
    assert.equal((await store.get('items', 'a1'))?.text, 'high');
    assert.equal(await store.count('alerts'), 1);
    await store.close();
  });

  test('filters coerce between numbers and numeric strings, as Elasticsearch term queries do', async () => {
    const store = createSqliteStore({ file: freshFile() });
    await store.upsert('items', [{ id: 'i1', doc: { n: 5, s: '7' } }]);
    assert.equal(await store.count('items', { n: '5' }), 1);
    assert.equal(await store.count('items', { s: 7 }), 1);
    assert.equal(await store.count('items', { n: 6 }), 0);
    await store.close();
  });

  test('mixed-type range bounds and unknown indices are rejected as non-retriable', async () => {
    const store = createSqliteStore({ file: freshFile() });
    await assert.rejects(store.search('items', { ranges: { x: { gte: 1, lte: 'z' } } }), { retriable: false });
    await assert.rejects(store.get('nope' as 'items', 'x'), { retriable: false });
    await assert.rejects(store.upsert('items', [{ id: '', doc: {} }]), { retriable: false });
    await store.close();
  });

  test('bulk of 5,000 item-shaped documents in one call (sanity, no timing assertion)', async () => {
    const store = createSqliteStore({ file: freshFile() });
    const docs = Array.from({ length: 5000 }, (_, i) => ({
      id: `x:${i}`,
      doc: {
        id: `x:${i}`,
        platform: i % 2 ? 'x' : 'youtube',
        publishedAt: new Date(1_700_000_000_000 + i * 60_000).toISOString(),
        author: { id: `a${i % 300}`, handle: `user${i % 300}`, name: `User ${i % 300}`, followers: i * 10 },
        text: `Sign up on binance with code REF${i} and get a bonus. ${'lorem ipsum '.repeat(20)}`,
        metrics: { views: i, likes: i % 50 },
        enrichment: {
          links: [{ domain: 'binance.com', role: 'referral' }, { domain: `site${i % 20}.com`, role: 'other' }],
          indicators: [{ code: 'REF', counter: false }],
        },
      },
    }));
    const t0 = performance.now();
    await store.upsert('items', docs);
    const ms = performance.now() - t0;
    assert.equal(await store.count('items'), 5000);
    assert.equal((await store.search('items', { text: 'binance bonus', size: 1 })).total, 5000);
    const buckets = await store.terms('items', { field: 'enrichment.links.domain', size: 3, sumField: 'metrics.views' });
    assert.deepEqual(buckets[0], { key: 'binance.com', count: 5000, sum: (4999 * 5000) / 2 });
    console.log(`# 5,000 item upserts: ${Math.round(ms)} ms`);
    await store.close();
  });
});
