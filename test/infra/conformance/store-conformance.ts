// Port conformance suite for Store adapters: the SQLite store runs it today, the Elasticsearch
// store must pass the same tests. Registers node:test tests; call it at the top level of a
// *.test.ts file. `makeStore` is called once per suite; the suite closes the store at the end.
//
// Isolation without cleanup: every test tags its items with a fresh `source.connector` value and
// filters on it, so the suite can run against a shared cluster. Only fields mapped in
// infra/elasticsearch/templates are used (those indices are `dynamic: false`).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Doc, Store } from '../../../infra/ports/store.ts';

interface ItemSpec {
  n: number;
  text?: string;
  title?: string;
  handle?: string;
  name?: string;
  views?: number;
  publishedAt?: string;
  domains?: string[];
  euOfficial?: boolean;
  platform?: string;
}

/** An item-shaped document (fields exist in the items mapping). */
function item(tag: string, s: ItemSpec): Doc {
  const doc: Doc = {
    id: `${tag}:${s.n}`,
    platform: s.platform ?? 'x',
    kind: 'post',
    publishedAt: s.publishedAt ?? `2024-01-${String((s.n % 28) + 1).padStart(2, '0')}T12:00:00.000Z`,
    author: { id: `a${s.n}`, handle: s.handle ?? `user${s.n}`, name: s.name ?? `User ${s.n}` },
    text: s.text ?? `post number ${s.n}`,
    source: { connector: tag },
    metrics: s.views === undefined ? {} : { views: s.views },
    enrichment: {
      language: { code: 'en', confidence: 0.9, euOfficial: s.euOfficial ?? false },
      links: (s.domains ?? []).map((d) => ({ url: `https://${d}/x`, domain: d, role: 'other' })),
      personKey: `x:user${s.n}`,
    },
  };
  if (s.title !== undefined) doc.title = s.title;
  return doc;
}

export function runStoreConformance(makeStore: () => Promise<Store>, opts: { name?: string } = {}): void {
  let store!: Store;
  const newTag = () => `conf-${randomUUID().slice(0, 8)}`;
  const put = async (tag: string, specs: ItemSpec[]) => {
    await store.upsert('items', specs.map((s) => ({ id: `${tag}:${s.n}`, doc: item(tag, s) })));
    await store.refresh('items');
  };
  const ids = (r: { hits: Array<{ id: string }> }, tag: string) => r.hits.map((h) => Number(h.id.slice(tag.length + 1)));

  describe(`${opts.name ?? 'store'} store conformance`, () => {
    before(async () => {
      store = await makeStore();
      await store.ensureSchema();
    });
    after(async () => store.close());

    test('upsert is idempotent: the same id twice is one document', async () => {
      const tag = newTag();
      const doc = item(tag, { n: 1, views: 5 });
      await store.upsert('items', [{ id: `${tag}:1`, doc }]);
      await store.upsert('items', [{ id: `${tag}:1`, doc }, { id: `${tag}:1`, doc }]);
      await store.refresh('items');
      assert.equal(await store.count('items', { 'source.connector': tag }), 1);
      assert.deepEqual(await store.get('items', `${tag}:1`), doc);
      assert.equal(await store.get('items', `${tag}:missing`), null);
    });

    test('top-level merge; onInsert applies on creation only (analyst status survives)', async () => {
      const id = `${newTag()}:case`;
      const person = { platform: 'x', handle: 'promo', name: 'Promo Guy', url: null, followers: 10 };
      await store.upsert('cases', [{
        id,
        doc: { id, personKey: 'x:promo', person, score: 1, level: 'low', status: 'ignored-on-create' },
        onInsert: { status: 'new' },
      }]);
      await store.refresh('cases');
      assert.equal((await store.get('cases', id))?.status, 'new', 'onInsert wins over doc when creating');
      await store.upsert('cases', [{ id, doc: { status: 'reviewing' } }]); // the analyst
      await store.upsert('cases', [{ id, doc: { score: 7, level: 'high', person: { platform: 'x', handle: 'promo' } }, onInsert: { status: 'new' } }]);
      await store.refresh('cases');
      assert.deepEqual(await store.get('cases', id), {
        id,
        personKey: 'x:promo',
        person: { platform: 'x', handle: 'promo' }, // top level replaced, not deep-merged
        score: 7,
        level: 'high',
        status: 'reviewing',
      });
    });

    test('full-text search: terms ANDed, user syntax taken literally, never a syntax error', async () => {
      const tag = newTag();
      await put(tag, [
        { n: 1, text: 'Join Binance today with my referral code ABC123' },
        { n: 2, text: 'foo bar baz', title: 'A title' },
        { n: 3, text: 'nothing here', handle: 'cryptoking', name: 'Crypto King' },
        { n: 4, text: 'binance news without the magic word' },
      ]);
      const q = (text: string) => store.search('items', { text, filters: { 'source.connector': tag } });
      assert.deepEqual(ids(await q('binance referral'), tag), [1]);
      assert.deepEqual(ids(await q('BINANCE'), tag).sort(), [1, 4]);
      assert.deepEqual(ids(await q('"foo'), tag), [2]);
      assert.deepEqual(ids(await q('title'), tag), [2], 'title is a text field');
      assert.deepEqual(ids(await q('cryptoking'), tag), [3], 'author handle is a text field');
      assert.deepEqual(ids(await q('king'), tag), [3], 'author name is a text field');
      for (const nasty of ['AND (', 'foo AND (', ')(*"^:', 'NEAR(foo bar)', '"', 'col:foo', 'foo" OR "bar', '-', '*']) {
        const r = await q(nasty);
        assert.equal(typeof r.total, 'number', nasty);
      }
      assert.equal((await q('zzzunknownzzz')).total, 0);
    });

    test('filters: exact match, array paths match any element, array value = any of, AND across fields', async () => {
      const tag = newTag();
      await put(tag, [
        { n: 1, domains: ['binance.com', 't.me'], euOfficial: true, views: 100 },
        { n: 2, domains: ['bybit.com'], platform: 'youtube', views: 100 },
        { n: 3, domains: [], views: 7 },
        { n: 4, domains: ['t.me', 'binance.com', 'binance.com'], platform: 'youtube' },
      ]);
      const f = async (filters: Record<string, string | number | boolean | Array<string | number | boolean>>) =>
        ids(await store.search('items', { filters: { 'source.connector': tag, ...filters }, sort: [{ field: 'id', order: 'asc' }] }), tag);
      assert.deepEqual(await f({ 'enrichment.links.domain': 'binance.com' }), [1, 4]);
      assert.deepEqual(await f({ 'enrichment.links.domain': ['bybit.com', 't.me'] }), [1, 2, 4]);
      assert.deepEqual(await f({ 'enrichment.links.domain': 'binance.com', platform: 'youtube' }), [4]);
      assert.deepEqual(await f({ 'enrichment.language.euOfficial': true }), [1]);
      assert.deepEqual(await f({ 'metrics.views': 100 }), [1, 2]);
      assert.deepEqual(await f({ 'enrichment.links.domain': [] }), []);
      assert.equal(await store.count('items', { 'source.connector': tag }), 4);
      assert.equal(await store.count('items', { 'source.connector': tag, 'enrichment.links.domain': 't.me' }), 2);
      assert.ok((await store.count('items')) >= 4);
    });

    test('ranges: inclusive, numeric and ISO dates', async () => {
      const tag = newTag();
      await put(tag, [
        { n: 1, views: 10, publishedAt: '2024-03-01T00:00:00.000Z' },
        { n: 2, views: 20, publishedAt: '2024-03-02T00:00:00.000Z' },
        { n: 3, views: 30, publishedAt: '2024-03-03T00:00:00.000Z' },
        { n: 4, publishedAt: '2024-03-04T00:00:00.000Z' },
      ]);
      const r = async (ranges: Record<string, { gte?: number | string; lte?: number | string }>) =>
        ids(await store.search('items', { filters: { 'source.connector': tag }, ranges, sort: [{ field: 'id', order: 'asc' }] }), tag);
      assert.deepEqual(await r({ 'metrics.views': { gte: 20 } }), [2, 3]);
      assert.deepEqual(await r({ 'metrics.views': { gte: 10, lte: 20 } }), [1, 2]);
      assert.deepEqual(await r({ 'metrics.views': { lte: 9 } }), []);
      assert.deepEqual(await r({ publishedAt: { gte: '2024-03-02T00:00:00.000Z', lte: '2024-03-03T00:00:00.000Z' } }), [2, 3]);
      assert.deepEqual(await r({ publishedAt: { gte: '2024-03-03T00:00:00.000Z' }, 'metrics.views': { gte: 0 } }), [3]);
    });

    test('sort asc/desc; documents without the field come last; ties break on id', async () => {
      const tag = newTag();
      await put(tag, [
        { n: 1, views: 50 },
        { n: 2 },
        { n: 3, views: 5 },
        { n: 4, views: 50 },
        { n: 5, views: 500 },
      ]);
      const s = async (order: 'asc' | 'desc') =>
        ids(await store.search('items', { filters: { 'source.connector': tag }, sort: [{ field: 'metrics.views', order }] }), tag);
      assert.deepEqual(await s('asc'), [3, 1, 4, 5, 2]);
      assert.deepEqual(await s('desc'), [5, 1, 4, 3, 2]);
      const byDate = await store.search('items', { filters: { 'source.connector': tag }, sort: [{ field: 'publishedAt', order: 'desc' }] });
      assert.deepEqual(ids(byDate, tag), [5, 4, 3, 2, 1]);
    });

    test('paging with from/size; total counts all matches', async () => {
      const tag = newTag();
      await put(tag, Array.from({ length: 25 }, (_, i) => ({ n: i + 1, views: i + 1 })));
      const base = { filters: { 'source.connector': tag }, sort: [{ field: 'metrics.views', order: 'asc' as const }] };
      const first = await store.search('items', base);
      assert.equal(first.total, 25);
      assert.equal(first.hits.length, 20, 'default size is 20');
      const p2 = await store.search('items', { ...base, from: 10, size: 10 });
      assert.deepEqual(ids(p2, tag), [11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
      const p3 = await store.search('items', { ...base, from: 20, size: 10 });
      assert.deepEqual(ids(p3, tag), [21, 22, 23, 24, 25]);
      assert.equal(p3.total, 25);
      assert.deepEqual(p3.hits[0]!.doc, item(tag, { n: 21, views: 21 }));
      const none = await store.search('items', { ...base, from: 30, size: 10 });
      assert.deepEqual(none, { total: 25, hits: [] });
    });

    test('terms aggregation: distinct-document counts, count desc then key asc, size, sum', async () => {
      const tag = newTag();
      await put(tag, [
        { n: 1, domains: ['binance.com', 't.me'], views: 10 },
        { n: 2, domains: ['bybit.com'], views: 1 },
        { n: 3, domains: ['binance.com', 'binance.com'], views: 100 },
        { n: 4, domains: ['t.me'] },
        { n: 5, domains: ['okx.com'], views: 3, platform: 'youtube' },
      ]);
      const filters = { 'source.connector': tag };
      const buckets = await store.terms('items', { field: 'enrichment.links.domain', filters, sumField: 'metrics.views' });
      assert.deepEqual(buckets, [
        { key: 'binance.com', count: 2, sum: 110 },
        { key: 't.me', count: 2, sum: 10 },
        { key: 'bybit.com', count: 1, sum: 1 },
        { key: 'okx.com', count: 1, sum: 3 },
      ]);
      const top2 = await store.terms('items', { field: 'enrichment.links.domain', filters, size: 2 });
      assert.deepEqual(top2, [{ key: 'binance.com', count: 2 }, { key: 't.me', count: 2 }]);
      const yt = await store.terms('items', { field: 'enrichment.links.domain', filters: { ...filters, platform: 'youtube' } });
      assert.deepEqual(yt, [{ key: 'okx.com', count: 1 }]);
    });
  });
}
