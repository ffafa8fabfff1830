// Meta Ad Library mapping on a page shaped like the documented `ads_archive` response.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapMetaPage, metaDate, metaPageSchema } from './map-meta-ads.ts';

const ctx = { collectedAt: '2026-12-01T06:00:00.000Z', query: 'meta-fr: bybit', pageSha256: 'b'.repeat(64) };

const page = metaPageSchema.parse({
  data: [
    {
      id: '1298765432109876',
      page_id: '104857600123456',
      page_name: 'Crypto Lucie',
      ad_creation_time: '2026-11-02',
      ad_delivery_start_time: '2026-11-03',
      ad_delivery_stop_time: '2026-11-20',
      ad_creative_bodies: ['Ouvre ton compte avec mon code LUCIE50 et touche ton bonus', 'Offre limitée'],
      ad_creative_link_captions: ['bybit.com'],
      ad_creative_link_titles: ['Bonus de bienvenue'],
      ad_snapshot_url: 'https://www.facebook.com/ads/archive/render_ad/?id=1298765432109876&access_token=***',
      languages: ['fr'],
      publisher_platforms: ['facebook', 'instagram'],
      eu_total_reach: 48211,
      target_locations: [
        { name: 'France', type: 'countries', excluded: false, num_obfuscated: 0 },
        { name: 'Belgium', type: 'countries', excluded: false, num_obfuscated: 0 },
        { name: 'Paris', type: 'cities', excluded: true, num_obfuscated: 0 },
      ],
      age_country_gender_reach_breakdown: [
        { country: 'FR', age_gender_breakdowns: [{ age_range: '18-24', male: 12000, female: 9000, unknown: 200 }, { age_range: '25-34', male: 15000, female: 0, unknown: null }] },
        { country: 'BE', age_gender_breakdowns: [{ age_range: '18-24', male: 5000, female: 4000, unknown: 11 }] },
      ],
      beneficiary_payers: [{ payer: 'Lucie Media SAS', beneficiary: 'Crypto Lucie', current: true }],
    },
    { id: '1298765432109877', page_id: '104857600123456', ad_creative_bodies: ['Ψηφιακά νομίσματα χωρίς προμήθεια'] },
    { id: 'x', page_id: 5 },
  ],
  paging: { cursors: { before: 'QVFIUm1', after: 'QVFIUm2' }, next: 'https://graph.facebook.com/v21.0/ads_archive?after=QVFIUm2&access_token=***' },
});

test('Meta ad mapping: bodies, captions, payer, EU reach per country and targeting map onto the item', () => {
  const r = mapMetaPage(page, ctx).records[0]!;
  assert.equal(r.result.tag, 'ok');
  if (r.result.tag !== 'ok') return;
  const item = r.result.value;
  assert.equal(item.id, 'meta_ads:1298765432109876');
  assert.equal(item.kind, 'ad');
  assert.equal(item.publishedAt, '2026-11-03T00:00:00.000Z');
  assert.equal(item.text, 'Ouvre ton compte avec mon code LUCIE50 et touche ton bonus\n\nOffre limitée\n\nbybit.com');
  assert.equal(item.title, 'Bonus de bienvenue');
  assert.deepEqual(item.ad, {
    pageName: 'Crypto Lucie',
    payer: 'Lucie Media SAS',
    beneficiary: 'Crypto Lucie',
    targetLocations: ['France', 'Belgium'],
    reachByCountry: { FR: 36200, BE: 9011 },
    euTotalReach: 48211,
    deliveryStart: '2026-11-03T00:00:00.000Z',
    deliveryStop: '2026-11-20T00:00:00.000Z',
    snapshotUrl: 'https://www.facebook.com/ads/archive/render_ad/?id=1298765432109876&access_token=***',
  });
  assert.equal(item.url, 'https://www.facebook.com/ads/library/?id=1298765432109876');
});

test('Meta ad mapping: an ad with no delivery or creation date, or with wrong types, is refused alone', () => {
  const { records } = mapMetaPage(page, ctx);
  assert.deepEqual(records.map((r) => r.result.tag), ['ok', 'dlq', 'dlq']);
  const [noDate, wrong] = [records[1]!.result, records[2]!.result];
  assert.ok(noDate.tag === 'dlq' && noDate.reason.startsWith('/data/1: ad has neither'), JSON.stringify(noDate));
  assert.ok(wrong.tag === 'dlq' && /^\/data\/2: ad does not map: id: .*page_id: /.test(wrong.reason), JSON.stringify(wrong));
});

test('Meta dates: bare days are UTC midnights, Graph offsets without colon are read, junk is null', () => {
  assert.equal(metaDate('2026-11-03'), '2026-11-03T00:00:00.000Z');
  assert.equal(metaDate('2026-11-03T10:30:00+0100'), '2026-11-03T09:30:00.000Z');
  assert.equal(metaDate('soon'), null);
  assert.equal(metaDate(undefined), null);
});
