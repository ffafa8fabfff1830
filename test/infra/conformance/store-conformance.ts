// Port conformance suite for Store adapters: the SQLite store runs it today, the Elasticsearch
// store must pass the same tests. Registers node:test tests; call it at the top level of a
// *.test.ts file. `makeStore` is called once per suite; the suite closes the store at the end.
//
// Isolation without cleanup: every test tags its items with a fresh `source.connector` value and
// filters on it, so the suite can run against a shared cluster. Only fields mapped in
// infra/elasticsearch/templates are used (those indices are `dynamic: false`).
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Doc, Store, VersionedDoc } from '../../../infra/ports/store.ts';
import { MAX_VERSIONS } from '../../../infra/store/versioned-replace.ts';

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

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

/** Version `v` of item `id` as the index service writes it: the whole item, its hash and capture time. */
function version(tag: string, id: string, v: { text: string; at: string; title?: string; note?: string }): VersionedDoc {
  const sha256 = sha(`${id}|${v.text}|${v.title ?? ''}`);
  const doc: Doc = {
    id,
    platform: 'x',
    kind: 'post',
    publishedAt: '2024-05-01T00:00:00.000Z',
    collectedAt: v.at,
    author: { id: 'a1', handle: 'promo' },
    text: v.text,
    source: { connector: tag },
    evidence: { sha256 },
  };
  if (v.title !== undefined) doc.title = v.title;
  return { id, doc, version: { sha256, collectedAt: v.at } };
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

    test('getMany: the existing documents by id, written a moment ago too (no refresh), missing ids left out', async () => {
      const tag = newTag();
      const a = item(tag, { n: 1 });
      const b = item(tag, { n: 2 });
      await store.upsert('items', [{ id: `${tag}:1`, doc: a }, { id: `${tag}:2`, doc: b }]);
      const got = await store.getMany('items', [`${tag}:2`, `${tag}:missing`, `${tag}:1`, `${tag}:2`]);
      assert.deepEqual([...got.keys()].sort(), [`${tag}:1`, `${tag}:2`]);
      assert.deepEqual(got.get(`${tag}:1`), a);
      assert.deepEqual(got.get(`${tag}:2`), b);
      assert.equal((await store.getMany('items', [])).size, 0);
    });

    test('scan reads every match past the 10,000-hit result window, each once, in id order', async () => {
      const tag = newTag();
      const n = 10_050;
      for (let from = 1; from <= n; from += 2000) {
        const chunk = Array.from({ length: Math.min(2000, n - from + 1) }, (_, k) => {
          const id = `${tag}:${String(from + k).padStart(6, '0')}`;
          return { id, doc: { ...item(tag, { n: from + k }), id } };
        });
        await store.upsert('items', chunk);
      }
      await put(tag, []); // refresh
      const seen: string[] = [];
      for await (const h of store.scan('items', { filters: { 'source.connector': tag } }, 1000)) seen.push(h.id);
      assert.equal(seen.length, n);
      assert.equal(new Set(seen).size, n, 'a document read twice');
      assert.deepEqual(seen, [...seen].sort(), 'not in id order');
      // A page size that divides the total exactly ends too (the last page is empty, not repeated).
      let exact = 0;
      for await (const _h of store.scan('items', { filters: { 'source.connector': tag }, size: 3 }, 1005)) exact++;
      assert.equal(exact, n);
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

    test('replace: a new version replaces the whole item (absent fields gone), old hashes kept as history', async () => {
      const tag = newTag();
      const id = `${tag}:1`;
      const v1 = version(tag, id, { text: 'use code ALPHA10 at Qorvex', title: 'Old title', at: '2024-05-02T10:00:00.000Z' });
      const v2 = version(tag, id, { text: 'use code BETA20 at Qorvex', at: '2024-05-03T10:00:00+02:00' });
      assert.deepEqual(await store.replace('items', [v1]), ['created']);
      assert.deepEqual(await store.replace('items', [v2]), ['replaced']);
      await store.refresh('items');
      const got = await store.get('items', id);
      assert.ok(got);
      const { versions, ...body } = got;
      assert.deepEqual(body, v2.doc, 'the stored item is v2 exactly: no title left over from v1');
      assert.equal((got.evidence as { sha256: string }).sha256, v2.version.sha256);
      const history = versions as Array<{ sha256: string; collectedAt: string; replacedAt?: string }>;
      assert.deepEqual(history.map((e) => [e.sha256, e.collectedAt]), [[v1.version.sha256, v1.version.collectedAt], [v2.version.sha256, v2.version.collectedAt]]);
      assert.ok(!Number.isNaN(Date.parse(history[0]!.replacedAt ?? '')), 'the replaced version says when');
      assert.equal(history[1]!.replacedAt, undefined, 'the current version is not replaced');
      const f = (filters: Record<string, string>) => store.count('items', { 'source.connector': tag, ...filters });
      assert.equal(await f({ 'evidence.sha256': v1.version.sha256 }), 0, 'the old hash is no longer the item\'s hash');
      assert.equal(await f({ 'versions.sha256': v1.version.sha256 }), 1, 'the history is searchable');
      assert.equal((await store.search('items', { text: 'ALPHA10', filters: { 'source.connector': tag } })).total, 0, 'old text is not searchable');
      assert.equal((await store.search('items', { text: 'Old title', filters: { 'source.connector': tag } })).total, 0, 'old title is not searchable');
      assert.equal((await store.search('items', { text: 'BETA20', filters: { 'source.connector': tag } })).total, 1);
    });

    test('replace: identical re-delivery of the current version is a no-op, not a new version', async () => {
      const tag = newTag();
      const id = `${tag}:1`;
      const v1 = version(tag, id, { text: 'first', at: '2024-05-02T10:00:00.000Z' });
      const v2 = version(tag, id, { text: 'second', at: '2024-05-03T10:00:00.000Z' });
      await store.replace('items', [v1, v2]);
      const before = await store.get('items', id);
      assert.deepEqual(await store.replace('items', [v2, v2]), ['same', 'same']);
      assert.deepEqual(await store.get('items', id), before);
      assert.equal((before?.versions as unknown[]).length, 2);
    });

    test('replace: an older version delivered late never overwrites a newer one (capture time, then hash)', async () => {
      const tag = newTag();
      const id = `${tag}:1`;
      const v1 = version(tag, id, { text: 'one', at: '2024-05-01T10:00:00.000Z' });
      const v2 = version(tag, id, { text: 'two', title: 'two', at: '2024-05-02T10:00:00.000Z' });
      const v3 = version(tag, id, { text: 'three', at: '2024-05-03T10:00:00.000Z' });
      assert.deepEqual(await store.replace('items', [v1, v3, v2]), ['created', 'replaced', 'stale']);
      const got = await store.get('items', id);
      assert.equal(got?.text, 'three');
      assert.equal(got?.title, undefined);
      const shas = (got?.versions as Array<{ sha256: string }>).map((e) => e.sha256);
      assert.deepEqual(shas, [v1, v2, v3].map((v) => v.version.sha256), 'the late version joins the history in order');
      assert.deepEqual(await store.replace('items', [v2, v1]), ['stale', 'stale']);
      assert.deepEqual(await store.get('items', id), got, 'a replay of old versions changes nothing');

      // Later capture time wins even when its string sorts first (other offset); equal times: the greater hash.
      const a = version(tag, `${tag}:2`, { text: 'a', at: '2024-05-02T09:00:00.000Z' });
      const b = version(tag, `${tag}:2`, { text: 'b', at: '2024-05-02T10:30:00+01:00' });
      await store.replace('items', [b, a]);
      assert.equal((await store.get('items', `${tag}:2`))?.text, 'b');
      const at = '2024-05-02T09:00:00.000Z';
      for (const [n, order] of [[3, ['x', 'y']], [4, ['y', 'x']]] as const) {
        const tie = order.map((text) => version(tag, `${tag}:${n}`, { text, at }));
        const winner = tie[0]!.version.sha256 > tie[1]!.version.sha256 ? order[0] : order[1];
        await store.replace('items', tie);
        assert.equal((await store.get('items', `${tag}:${n}`))?.text, winner, `equal capture times, ${order.join(' then ')}: greater hash wins`);
      }
      await store.replace('items', [version(tag, `${tag}:5`, { text: 'y', at })]);
      await store.replace('items', [version(tag, `${tag}:5`, { text: 'x', at })]);
      const [hx, hy] = ['x', 'y'].map((text) => version(tag, `${tag}:5`, { text, at }).version.sha256);
      assert.equal((await store.get('items', `${tag}:5`))?.text, hx! > hy! ? 'x' : 'y', 'the same winner whatever the order');
    });

    test('replace: preserve keeps fields the writer does not own (analyst fields)', async () => {
      const tag = newTag();
      const id = `${tag}:1`;
      await store.replace('items', [version(tag, id, { text: 'one', title: 't', at: '2024-05-01T10:00:00.000Z' })], { preserve: ['note'] });
      await store.upsert('items', [{ id, doc: { note: 'checked by analyst' } }]);
      await store.replace('items', [version(tag, id, { text: 'two', at: '2024-05-02T10:00:00.000Z' })], { preserve: ['note'] });
      const got = await store.get('items', id);
      assert.equal(got?.note, 'checked by analyst');
      assert.equal(got?.title, undefined);
      assert.equal(got?.text, 'two');
    });

    test(`replace: the history is capped at ${MAX_VERSIONS}, keeping the first capture and the newest`, async () => {
      const tag = newTag();
      const id = `${tag}:1`;
      const n = MAX_VERSIONS + 5;
      const all = Array.from({ length: n }, (_, i) => version(tag, id, { text: `v${i}`, at: new Date(Date.UTC(2024, 0, 1, 0, i)).toISOString() }));
      await store.replace('items', all.slice(0, 10));
      await store.replace('items', all.slice(10));
      const got = await store.get('items', id);
      const shas = (got?.versions as Array<{ sha256: string }>).map((e) => e.sha256);
      assert.equal(shas.length, MAX_VERSIONS);
      assert.equal(shas[0], all[0]!.version.sha256, 'the original capture is kept');
      assert.deepEqual(shas.slice(1), all.slice(n - MAX_VERSIONS + 1).map((v) => v.version.sha256));
      assert.equal(got?.versionsOmitted, n - MAX_VERSIONS);
      assert.equal(got?.text, `v${n - 1}`);
    });

    test('delete: gone from get, search, count and terms; unknown ids are ignored', async () => {
      const tag = newTag();
      await put(tag, [{ n: 1, domains: ['gone.example'] }, { n: 2, domains: ['kept.example'] }, { n: 3, domains: ['gone.example'] }]);
      await store.delete('items', [`${tag}:1`, `${tag}:3`, `${tag}:3`, `${tag}:missing`]);
      await store.delete('items', [`${tag}:1`]);
      await store.delete('items', []);
      await store.refresh('items');
      assert.equal(await store.get('items', `${tag}:1`), null);
      assert.equal(await store.count('items', { 'source.connector': tag }), 1);
      assert.equal((await store.search('items', { text: 'post number', filters: { 'source.connector': tag } })).total, 1);
      assert.deepEqual(await store.terms('items', { field: 'enrichment.links.domain', filters: { 'source.connector': tag } }), [{ key: 'kept.example', count: 1 }]);
      await put(tag, [{ n: 1 }]);
      assert.equal(await store.count('items', { 'source.connector': tag }), 2, 'a deleted id can be written again');
    });

    test('write: upserts and deletes in order, as the separate calls would leave them', async () => {
      const tag = newTag();
      await put(tag, [{ n: 1 }, { n: 2 }]);
      await store.write([
        { upsert: 'items', docs: [{ id: `${tag}:3`, doc: item(tag, { n: 3 }) }, { id: `${tag}:1`, doc: { title: 'merged' } }] },
        { delete: 'items', ids: [`${tag}:2`, `${tag}:3`, `${tag}:missing`] },
        { upsert: 'items', docs: [{ id: `${tag}:3`, doc: item(tag, { n: 3, views: 7 }) }] },
        { delete: 'items', ids: [] },
      ]);
      await store.write([]);
      await store.refresh('items');
      assert.deepEqual((await store.search('items', { filters: { 'source.connector': tag }, sort: [{ field: 'id', order: 'asc' }] })).hits.map((h) => h.id), [`${tag}:1`, `${tag}:3`]);
      assert.equal((await store.get('items', `${tag}:1`))?.title, 'merged');
      assert.deepEqual((await store.get('items', `${tag}:3`))?.metrics, { views: 7 });
    });
  });
}
