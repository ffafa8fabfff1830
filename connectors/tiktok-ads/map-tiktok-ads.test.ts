// TikTok Commercial Content API mapping on a query page shaped as documented (data.ads[].ad and
// .advertiser, has_more, search_id, error.code "ok"), with numeric and string ids and reach bands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapTiktokPage, reachLowerBound, tiktokPageSchema, ymdToIso } from './map-tiktok-ads.ts';

const ctx = { collectedAt: '2026-12-01T04:00:00.000Z', query: 'tiktok-fr: bybit', pageSha256: 'e'.repeat(64) };

const page = tiktokPageSchema.parse({
  data: {
    ads: [
      {
        ad: {
          id: 1789012345678901,
          first_shown_date: 20261102,
          last_shown_date: '20261130',
          status: 'active',
          videos: [{ cover_image_url: 'https://p16-sign.tiktokcdn.com/cover.jpeg', url: 'https://v16.tiktokcdn.com/video.mp4' }],
          image_urls: [],
          reach: { unique_users_seen: '10K-100K', unique_users_seen_by_country: { fr: '10K-100K', BE: 1500 } },
        },
        advertiser: { business_id: '7001234567890123456', business_name: 'Crypto Lucie Media', paid_for_by: 'Lucie Media SAS' },
      },
      { ad: { id: '1789012345678902', first_shown_date: 20260230 }, advertiser: { business_name: 'Bad Day' } },
      { ad: { id: 'abc' } },
    ],
    has_more: true,
    search_id: '20261201040000ABCDEF',
  },
  error: { code: 'ok', message: '', log_id: '20261201040000ABCDEF' },
});

test('TikTok ad mapping: advertiser, payer, days, covers and reach per country', () => {
  const r = mapTiktokPage(page, 'FR', ctx).records[0]!;
  assert.equal(r.result.tag, 'ok');
  if (r.result.tag !== 'ok') return;
  const item = r.result.value;
  assert.equal(item.id, 'tiktok:ad-1789012345678901');
  assert.equal(item.author.id, '7001234567890123456');
  assert.equal(item.text, 'Crypto Lucie Media\nPaid for by Lucie Media SAS');
  assert.deepEqual(item.media, [{ type: 'image', url: 'https://p16-sign.tiktokcdn.com/cover.jpeg' }]);
  assert.deepEqual(item.ad?.reachByCountry, { FR: 10000, BE: 1500 });
  assert.deepEqual([item.ad?.deliveryStart, item.ad?.deliveryStop, item.ad?.payer], ['2026-11-02T00:00:00.000Z', '2026-11-30T00:00:00.000Z', 'Lucie Media SAS']);
});

test('TikTok ad mapping: an impossible day or a bad id is refused alone', () => {
  const { records } = mapTiktokPage(page, 'FR', ctx);
  assert.deepEqual(records.map((r) => r.result.tag), ['ok', 'dlq', 'dlq']);
  const [badDay, badId] = [records[1]!.result, records[2]!.result];
  assert.ok(badDay.tag === 'dlq' && badDay.reason.startsWith('/data/ads/1: ad.first_shown_date "20260230"'), JSON.stringify(badDay));
  assert.ok(badId.tag === 'dlq' && badId.reason.startsWith('/data/ads/2: ad does not map: ad.id'), JSON.stringify(badId));
});

test('TikTok helpers: days and reach bands', () => {
  assert.deepEqual([ymdToIso('20261102'), ymdToIso('20260230'), ymdToIso('2026-11-02')], ['2026-11-02T00:00:00.000Z', null, null]);
  assert.deepEqual([reachLowerBound('10K-100K'), reachLowerBound('1M+'), reachLowerBound(42), reachLowerBound('n/a')], [10000, 1000000, 42, null]);
});
