// Elasticsearch store against a real node: the Store port's promises (idempotent upsert, onInsert kept,
// top-level merge, array-path filters, ranges, sort, paging, terms+sum, count) and a 5,000-doc bulk.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Client } from '@elastic/elasticsearch';
import { ensureElasticsearchForTests } from '../../infra/engines/es-engine.ts';
import { createElasticsearchStore } from '../../infra/store/elasticsearch-store.ts';
import { INDICES, type Store } from '../../infra/ports/store.ts';
import { PipelineError } from '../../pipelines/step-result.ts';

const es = await ensureElasticsearchForTests();

function item(n: number, over: Record<string, unknown> = {}) {
  const country = ['DE', 'FR', 'IT'][n % 3];
  return {
    id: `x:${n}`,
    platform: n % 2 ? 'x' : 'youtube',
    kind: 'post',
    publishedAt: new Date(Date.UTC(2025, 0, 1 + (n % 28))).toISOString(),
    collectedAt: '2025-02-01T00:00:00Z',
    author: { id: `a${n % 5}`, handle: `Handle${n % 5}`, name: `Author Number${n % 5}`, country, followers: n * 10 },
    text: n % 4 === 0 ? `Join binance with my referral code and get a bonus ${n}` : `Market update ${n}`,
    metrics: { views: n * 100 },
    ad: { targetLocations: [country, 'EU'], reachByCountry: { [country as string]: n }, euTotalReach: n },
    enrichment: {
      language: { code: n % 2 ? 'de' : 'fr', confidence: 0.9, euOfficial: true },
      links: [
        { domain: 'example.com', firmId: null, role: 'other', geo: { tldCountry: null } },
        { domain: n % 4 === 0 ? 'binance.com' : 'bybit.com', firmId: n % 4 === 0 ? 'binance' : 'bybit', role: 'referral', geo: { tldCountry: country } },
      ],
      indicators: [{ code: 'REFERRAL_LINK', guideline: 'G1', firmId: n % 4 === 0 ? 'binance' : 'bybit', country }],
      personKey: `x:handle${n % 5}`,
      enrichedAt: '2025-02-01T00:00:00Z',
    },
    ...over,
  };
}

describe('elasticsearch store against a real node', { skip: es.skip ?? false }, () => {
  if (es.url === undefined) return;
  const url = es.url;
  const prefix = `rs-t-store-${randomUUID().slice(0, 8)}-`;
  const client = new Client({ node: url });
  let store: Store;

  before(async () => {
    store = createElasticsearchStore({ node: url, indexPrefix: prefix, refreshOnWrite: true });
    await store.ensureSchema();
    await store.upsert('items', Array.from({ length: 20 }, (_, n) => ({ id: `x:${n}`, doc: item(n) })));
  });

  after(async () => {
    await store?.close();
    await client.indices.delete({ index: INDICES.map((i) => `${prefix}${i}-000001`), ignore_unavailable: true }).catch(() => {});
    for (const i of INDICES) await client.indices.deleteIndexTemplate({ name: `${prefix}${i}` }).catch(() => {});
    await client.close();
    await es.release();
  });

  it('upsert is idempotent: the same ids twice leave one document each', async () => {
    await store.upsert('items', Array.from({ length: 20 }, (_, n) => ({ id: `x:${n}`, doc: item(n) })));
    assert.equal(await store.count('items'), 20);
  });

  it('get returns the document, null for a missing id', async () => {
    const d = await store.get('items', 'x:3');
    assert.equal(d?.platform, 'x');
    assert.equal((d?.author as { handle: string }).handle, 'Handle3');
    assert.equal(await store.get('items', 'x:nope'), null);
  });

  it('onInsert fields are written at creation only (a case status survives re-upserts)', async () => {
    const base = { id: 'c1', personKey: 'x:handle1', firmId: 'binance', score: 10, level: 'low', reach: 5 };
    await store.upsert('cases', [{ id: 'c1', doc: base, onInsert: { status: 'new' } }]);
    assert.equal((await store.get('cases', 'c1'))?.status, 'new');
    // An analyst moves it on; the pipeline re-scores it and must not reset the status.
    await store.upsert('cases', [{ id: 'c1', doc: { status: 'reviewing' } }]);
    await store.upsert('cases', [{ id: 'c1', doc: { ...base, score: 42, level: 'high' }, onInsert: { status: 'new' } }]);
    const c = await store.get('cases', 'c1');
    assert.equal(c?.status, 'reviewing');
    assert.equal(c?.score, 42);
    assert.equal(c?.level, 'high');
    assert.equal(await store.count('cases'), 1);
  });

  it('merge is top-level: a nested object is replaced, not deep-merged', async () => {
    await store.upsert('items', [{ id: 'x:100', doc: item(100, { ad: { targetLocations: ['DE'], reachByCountry: { DE: 5, FR: 7 }, euTotalReach: 12 } }) }]);
    await store.upsert('items', [{ id: 'x:100', doc: { ad: { targetLocations: ['DE'], reachByCountry: { DE: 9 }, euTotalReach: 9 } } }]);
    const d = await store.get('items', 'x:100');
    assert.deepEqual((d?.ad as { reachByCountry: unknown }).reachByCountry, { DE: 9 });
    assert.equal(d?.platform, 'youtube', 'untouched top-level fields stay');
    await store.upsert('items', [{ id: 'x:100', doc: item(100) }]);
  });

  it('text search uses simple_query_string and never throws on user syntax', async () => {
    const r = await store.search('items', { text: 'binance referral', size: 100 });
    assert.equal(r.total, 5 + 1); // n % 4 === 0 for n < 20 (5) and x:100
    assert.ok(r.hits.every((h) => String(h.doc.text).includes('binance')));
    const byAuthor = await store.search('items', { text: 'Number3', size: 100 });
    assert.equal(byAuthor.total, 4);
    for (const nasty of ['"unbalanced', 'a AND (b', '*', '-', 'foo~~~ ||| ((', '\\']) {
      await store.search('items', { text: nasty }); // must not throw
    }
  });

  it('filters: exact, any-of, and paths crossing arrays match any element', async () => {
    assert.equal(await store.count('items', { platform: 'x' }), 10);
    assert.equal(await store.count('items', { 'enrichment.links.domain': 'binance.com' }), 6);
    // example.com is on every item's first link: any element matching is enough.
    assert.equal(await store.count('items', { 'enrichment.links.domain': 'example.com' }), 21);
    assert.equal(await store.count('items', { 'enrichment.links.firmId': ['binance', 'bybit'] }), 21);
    assert.equal(await store.count('items', { 'ad.targetLocations': 'DE', platform: 'x' }), 3 + 0);
    assert.equal(await store.count('items', { 'author.name': 'Author Number2' }), 4, 'text field filters use its keyword subfield');
    const r = await store.search('items', { filters: { 'enrichment.indicators.code': 'REFERRAL_LINK', 'enrichment.indicators.firmId': 'binance' }, size: 50 });
    assert.equal(r.total, 6);
  });

  it('refuses a filter on an unmapped field instead of silently matching nothing', async () => {
    await assert.rejects(store.count('items', { 'no.such.field': 'x' }), (e: unknown) => e instanceof PipelineError && !e.retriable && /not mapped/.test(e.message));
  });

  it('ranges on numbers and ISO dates, inclusive', async () => {
    assert.equal(await store.count('items', {}), 21);
    const r = await store.search('items', { ranges: { 'metrics.views': { gte: 500, lte: 1000 } }, size: 50 });
    assert.equal(r.total, 6);
    const d = await store.search('items', { ranges: { publishedAt: { gte: '2025-01-05T00:00:00Z', lte: '2025-01-06T00:00:00Z' } }, size: 50 });
    assert.deepEqual(d.hits.map((h) => h.id).sort(), ['x:4', 'x:5']);
    const reach = await store.search('items', { ranges: { 'ad.reachByCountry.DE': { gte: 10 } }, size: 50 });
    assert.deepEqual(reach.hits.map((h) => h.id).sort(), ['x:12', 'x:15', 'x:18']); // x:100 is FR
  });

  it('sort and paging with from/size', async () => {
    const p1 = await store.search('items', { sort: [{ field: 'metrics.views', order: 'desc' }], from: 0, size: 5 });
    const p2 = await store.search('items', { sort: [{ field: 'metrics.views', order: 'desc' }], from: 5, size: 5 });
    assert.equal(p1.total, 21);
    assert.deepEqual(p1.hits.map((h) => h.id), ['x:100', 'x:19', 'x:18', 'x:17', 'x:16']);
    assert.deepEqual(p2.hits.map((h) => h.id), ['x:15', 'x:14', 'x:13', 'x:12', 'x:11']);
    const byDate = await store.search('items', { sort: [{ field: 'publishedAt', order: 'asc' }, { field: 'author.handle', order: 'asc' }], size: 2 });
    assert.deepEqual(byDate.hits.map((h) => h.id), ['x:0', 'x:1']);
  });

  it('terms aggregation, with filters and an optional sum per bucket', async () => {
    const b = await store.terms('items', { field: 'enrichment.links.firmId', sumField: 'ad.euTotalReach' });
    assert.deepEqual(b, [
      { key: 'bybit', count: 15, sum: [...Array(20).keys()].filter((n) => n % 4 !== 0).reduce((a, n) => a + n, 0) },
      { key: 'binance', count: 6, sum: 0 + 4 + 8 + 12 + 16 + 100 },
    ]);
    const countries = await store.terms('items', { field: 'author.country', filters: { platform: 'x' }, size: 2 });
    assert.equal(countries.length, 2);
    assert.ok(countries.every((c) => c.sum === undefined));
    const bools = await store.terms('items', { field: 'enrichment.language.euOfficial' });
    assert.deepEqual(bools, [{ key: 'true', count: 21 }]);
  });

  it('bulk-writes 5,000 documents, and re-writes them idempotently', async () => {
    const many = Array.from({ length: 5_000 }, (_, i) => ({ id: `bulk:${i}`, doc: { id: `bulk:${i}`, pairKey: `p${i % 50}`, itemId: `x:${i}`, euTotalReach: i } }));
    const t0 = Date.now();
    await store.upsert('evidence', many);
    await store.upsert('evidence', many.slice(0, 1_000));
    const ms = Date.now() - t0;
    assert.equal(await store.count('evidence'), 5_000);
    assert.equal(await store.count('evidence', { pairKey: 'p7' }), 100);
    const r = await store.search('evidence', { filters: { pairKey: 'p7' }, size: 10_000 });
    assert.equal(r.hits.length, 100);
    const sums = await store.terms('evidence', { field: 'pairKey', size: 1, sumField: 'euTotalReach' });
    assert.equal(sums[0]?.count, 100);
    process.stderr.write(`# 6,000 evidence upserts in ${ms} ms\n`);
  });

  it('errors are PipelineErrors; connection failures are retriable', async () => {
    const dead = createElasticsearchStore({ node: 'http://127.0.0.1:9', indexPrefix: prefix, maxRetries: 0 });
    await assert.rejects(dead.count('items'), (e: unknown) => e instanceof PipelineError && e.retriable === true);
    await dead.close();
  });
});
