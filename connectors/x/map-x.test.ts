// X API v2 mapping on pages shaped like the documented recent-search response (data, includes,
// errors, meta), including partial errors, withheld tweets, a missing author, missing optional
// fields and non-Latin text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapXPage, xPageSchema } from './map-x.ts';
import { sha256Hex } from '../collect/mapped-page.ts';

const ctx = { collectedAt: '2026-12-01T10:00:00.000Z', query: 'x-fr: bybit code lang:fr', pageSha256: 'a'.repeat(64) };

const page = xPageSchema.parse({
  data: [
    {
      id: '1863921000000000001',
      text: 'Mon code parrainage pour Bybit 👉 https://t.co/AbCdEf1234 #crypto',
      author_id: '2244994945',
      created_at: '2026-11-30T08:15:00.000Z',
      lang: 'fr',
      edit_history_tweet_ids: ['1863921000000000001'],
      public_metrics: { retweet_count: 3, reply_count: 1, like_count: 40, quote_count: 2, bookmark_count: 0, impression_count: 5120 },
      entities: {
        urls: [{ start: 33, end: 56, url: 'https://t.co/AbCdEf1234', expanded_url: 'https://www.bybit.com/invite?ref=ABC123', display_url: 'bybit.com/invite?ref=ABC…' }],
        hashtags: [{ start: 57, end: 64, tag: 'crypto' }],
      },
      attachments: { media_keys: ['3_1863921000000000009'] },
    },
    {
      id: '1863921000000000002',
      text: 'Ελληνικό κείμενο: κωδικός πρόσκλησης στο βιογραφικό',
      author_id: '2244994945',
      created_at: '2026-11-30T09:00:00.000Z',
      withheld: { copyright: false, country_codes: ['DE', 'FR'] },
    },
    { id: '1863921000000000003', text: 'author missing from includes', author_id: '999', created_at: '2026-11-30T09:30:00.000Z' },
    { id: 'not-a-number', text: 42 },
  ],
  includes: {
    users: [
      { id: '2244994945', username: 'crypto_lucie', name: 'Lucie ✨', location: 'Lyon, France', description: 'Trader. Liens affiliés.', public_metrics: { followers_count: 18200, following_count: 300 } },
    ],
    media: [{ media_key: '3_1863921000000000009', type: 'photo', url: 'https://pbs.twimg.com/media/GdXyZ.jpg', alt_text: 'Bybit sign-up screen' }],
  },
  errors: [
    { value: '1863921000000000777', detail: 'Could not find tweet with ids: [1863921000000000777].', title: 'Not Found Error', resource_type: 'tweet', parameter: 'ids', resource_id: '1863921000000000777', type: 'https://api.twitter.com/2/problems/resource-not-found' },
  ],
  meta: { newest_id: '1863921000000000003', oldest_id: '1863921000000000001', result_count: 4, next_token: 'b26v89c19zqg8o3fo7gesq314yb9l2l4ptqy' },
});

test('X mapping: a tweet with author, expanded link, media and metrics becomes a full item', () => {
  const { records } = mapXPage(page, ctx);
  const first = records[0]!;
  assert.equal(first.result.tag, 'ok');
  if (first.result.tag !== 'ok') return;
  const item = first.result.value;
  assert.equal(item.id, 'x:1863921000000000001');
  assert.equal(item.url, 'https://x.com/crypto_lucie/status/1863921000000000001');
  assert.deepEqual(item.links, [{ url: 'https://t.co/AbCdEf1234', expandedUrl: 'https://www.bybit.com/invite?ref=ABC123' }]);
  assert.deepEqual(item.author, {
    id: '2244994945',
    handle: 'crypto_lucie',
    name: 'Lucie ✨',
    url: 'https://x.com/crypto_lucie',
    followers: 18200,
    location: 'Lyon, France',
    description: 'Trader. Liens affiliés.',
  });
  assert.deepEqual(item.media, [{ type: 'image', url: 'https://pbs.twimg.com/media/GdXyZ.jpg', altText: 'Bybit sign-up screen' }]);
  assert.deepEqual(item.metrics, { views: 5120, likes: 40, shares: 5, comments: 1 });
  assert.equal(item.evidence.sha256, sha256Hex(first.raw));
  assert.equal(item.evidence.rawRef, `archive:${'a'.repeat(64)}#/data/0`);
  assert.equal(item.source.query, ctx.query);
  // The record's raw payload is what X sent, unknown keys included.
  assert.match(first.raw.toString(), /"bookmark_count":0/);
  assert.match(first.raw.toString(), /"following_count":300/);
});

test('X mapping: withheld and non-Latin tweets map; optional fields may be absent', () => {
  const r = mapXPage(page, ctx).records[1]!;
  assert.equal(r.result.tag, 'ok');
  if (r.result.tag !== 'ok') return;
  assert.equal(r.result.value.text, 'Ελληνικό κείμενο: κωδικός πρόσκλησης στο βιογραφικό');
  assert.deepEqual(r.result.value.links, []);
  assert.deepEqual(r.result.value.metrics, { views: null, likes: null, shares: null, comments: null });
});

test('X mapping: a tweet whose author is missing or whose fields are wrong is refused alone, naming the record', () => {
  const { records } = mapXPage(page, ctx);
  assert.equal(records.length, 4);
  assert.deepEqual(records.map((r) => r.result.tag), ['ok', 'ok', 'dlq', 'dlq']);
  const [missing, wrong] = [records[2]!.result, records[3]!.result];
  assert.ok(missing.tag === 'dlq' && missing.reason.startsWith('/data/2: author 999 is not in includes.users'), JSON.stringify(missing));
  assert.ok(wrong.tag === 'dlq' && /^\/data\/3: tweet does not map: id: .*text: /.test(wrong.reason), JSON.stringify(wrong));
});

test('X mapping: partial errors become notices, not items', () => {
  const { notices } = mapXPage(page, ctx);
  assert.deepEqual(notices, ['Not Found Error (tweet 1863921000000000777): Could not find tweet with ids: [1863921000000000777].']);
});

test('X mapping: a page with no data (no results) maps to nothing', () => {
  const empty = mapXPage(xPageSchema.parse({ meta: { result_count: 0 } }), ctx);
  assert.deepEqual(empty, { records: [], notices: [] });
});
