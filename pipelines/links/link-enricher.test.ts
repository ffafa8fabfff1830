// Enricher behaviour on the bundled sample firms, generic invite links, decoys, geo hints and
// hostile text. Catalogues are built here (config/firms.json is someone else's moving target).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { firmSchema } from '../firms/firm-schema.ts';
import { itemSchema, type NormalizedItem, type NormalizedItemInput } from '../contracts/item.ts';
import { enrichedLinkSchema, type EnrichedLink } from '../contracts/enriched-item.ts';
import { createLinkEnricher } from './link-enricher.ts';

const sample = FirmCatalogue.fromJson(
  JSON.parse(readFileSync(new URL('../../config/sample-firms.json', import.meta.url), 'utf8')),
  'config/sample-firms.json',
);
const enrich = createLinkEnricher(sample);

function item(over: Partial<NormalizedItemInput> = {}): NormalizedItem {
  return itemSchema.parse({
    id: 'x:1',
    platform: 'x',
    kind: 'post',
    publishedAt: '2025-01-01T00:00:00Z',
    collectedAt: '2025-01-01T00:00:00Z',
    author: { id: 'a1', handle: 'influencer' },
    text: '',
    source: { connector: 'test' },
    evidence: { sha256: 'a'.repeat(64) },
    ...over,
  });
}

const linksOf = (text: string): EnrichedLink[] => enrich(item({ text }));
const one = (text: string): EnrichedLink => {
  const links = linksOf(text);
  assert.equal(links.length, 1, `expected one link in ${JSON.stringify(text)}, got ${JSON.stringify(links.map((l) => l.finalUrl))}`);
  return links[0] as EnrichedLink;
};

test('every link satisfies the EnrichedLink contract', () => {
  const links = linksOf('qorvex.io/i/QX9 https://bit.ly/x halvora.eu https://apps.apple.com/fr/app/q/id1600000001');
  assert.equal(links.length, 4);
  for (const l of links) assert.deepEqual(enrichedLinkSchema.parse(l), l);
});

test('sample firm formats: qorvex register?ref with /fr/ locale', () => {
  const l = one('Inscris-toi ici https://www.qorvex.io/fr/register?ref=QX77 !');
  assert.equal(l.role, 'referral');
  assert.equal(l.referralCode, 'QX77');
  assert.equal(l.firmId, 'qorvex');
  assert.equal(l.entity, 'third_country');
  assert.equal(l.genericReferral, false);
  assert.equal(l.geo.pathLocale, 'fr');
  assert.equal(l.domain, 'qorvex.io');
  assert.equal(l.host, 'www.qorvex.io');
  assert.equal(l.from, 'text');
});

test('sample firm formats: qorvex /i/:code, moonvale /join/:code, zyntra invite_code, brisklane, tradelyx, nebulix, halvora', () => {
  const cases: Array<[string, string, string]> = [
    ['qorvex.io/i/QX9', 'qorvex', 'QX9'],
    ['moonvale.exchange/join/MOON5', 'moonvale', 'MOON5'],
    ['https://accounts.zyntra.com/signup?invite_code=ZY1', 'zyntra', 'ZY1'],
    ['https://brisklane.io/en-GB/register?inviteCode=BL_42', 'brisklane', 'BL_42'],
    ['https://app.tradelyx.com/ref/trader-joe', 'tradelyx', 'trader-joe'],
    ['https://nebulix.markets/signup?aff=NB100', 'nebulix', 'NB100'],
    ['https://halvora.com/invite?code=HV9', 'halvora', 'HV9'],
  ];
  for (const [text, firmId, code] of cases) {
    const l = one(text);
    assert.equal(l.role, 'referral', text);
    assert.equal(l.firmId, firmId, text);
    assert.equal(l.referralCode, code, text);
    assert.equal(l.genericReferral, false, text);
  }
});

test('firm site and EU entity: halvora.eu is eu_authorised, mirror domain attributes to the firm', () => {
  const eu = one('halvora.eu');
  assert.deepEqual([eu.firmId, eu.entity, eu.role, eu.geo.tldCountry], ['halvora', 'eu_authorised', 'firm_site', 'EU']);
  const mirror = one('https://www.qorvex-global.com/markets');
  assert.deepEqual([mirror.firmId, mirror.entity, mirror.role], ['qorvex', 'third_country', 'firm_site']);
  // The firm's register page without a code is its site, not a referral.
  assert.equal(one('https://qorvex.io/register').role, 'firm_site');
});

test('generic referral on an unknown firm', () => {
  const l = one('https://www.newfirm-x.com/register?inviteCode=QKB123');
  assert.deepEqual([l.role, l.firmId, l.entity, l.genericReferral, l.referralCode], ['referral', null, null, true, 'QKB123']);
  const paths: Array<[string, string]> = [
    ['https://newex.io/join/CRYPTOBOB', 'CRYPTOBOB'],
    ['https://newex.io/en/invite/ab12', 'ab12'],
    ['https://newex.io/referral/zz-99', 'zz-99'],
    ['https://newex.io/r/K7Q2', 'K7Q2'],
    ['https://newex.io/signup?code=XY12', 'XY12'],
    ['https://newex.io/activity/referral-entry?ref=Z123', 'Z123'],
    ['https://newex.io/?ref=AB12cd', 'AB12cd'],
    ['https://newex.io/markets?clacCode=QQ11', 'QQ11'],
  ];
  for (const [url, code] of paths) {
    const g = one(url);
    assert.equal(g.role, 'referral', url);
    assert.equal(g.referralCode, code, url);
    assert.equal(g.genericReferral, true, url);
  }
});

test('generic pattern on a catalogued firm host: referral of that firm, flagged generic', () => {
  const l = one('https://www.qorvex.io/activity/referral?inviteCode=QX55');
  assert.deepEqual([l.role, l.firmId, l.referralCode, l.genericReferral], ['referral', 'qorvex', 'QX55', true]);
});

test('decoys: ref= for navigation, marketplace affiliate tags, subreddits, /i/ pages', () => {
  const decoys = [
    'https://github.com/x?ref=main',
    'https://example-blog.com/post/why-btc?ref=twitter',
    'https://newex.io/?ref=twitter', // home page, word-like value
    'https://www.amazon.de/dp/B0C1234567?tag=abc-21',
    'https://www.amazon.co.uk/gp/product/B0C1?ref=ppx_yo_dt_b&tag=xyz-21',
    'https://reddit.com/r/Bitcoin',
    'https://newex.io/i/about',
    'https://newex.io/login?code=AUTH123', // OAuth callback, not a sign-up path
    'https://docs.example.com/guide?r=ABC123',
    'https://newex.io/signup?ref=' + 'A'.repeat(65), // not a token
    'https://example-exchange.com/register?ref=main', // a plain word, even on a sign-up path
  ];
  for (const url of decoys) {
    const l = one(url);
    assert.equal(l.role, 'other', url);
    assert.equal(l.referralCode, null, url);
  }
  // A code-like value does turn into a referral on a sign-up path of an unknown host.
  assert.equal(one('https://example-exchange.com/register?ref=mn7q').role, 'referral');
});

test('geo hints: ccTLDs, .co.uk, path locale, lang parameter, app store country', () => {
  assert.equal(one('https://krypto-news.fr/article').geo.tldCountry, 'FR');
  assert.equal(one('https://krypto-news.de/').geo.tldCountry, 'DE');
  assert.equal(one('https://halvora.eu/').geo.tldCountry, 'EU');
  assert.equal(one('https://example.gr/').geo.tldCountry, 'GR');
  const uk = one('https://shop.example.co.uk/x');
  assert.deepEqual([uk.domain, uk.geo.tldCountry], ['example.co.uk', 'GB']);
  assert.equal(one('https://qorvex.io/x').geo.tldCountry, null, '.io is used generically, not as a country');
  assert.equal(one('https://newex.com/x').geo.tldCountry, null);

  assert.equal(one('https://www.qorvex.io/de-de/markets').geo.pathLocale, 'de-DE');
  assert.equal(one('https://www.qorvex.io/pt_PT/markets').geo.pathLocale, 'pt-PT');
  assert.equal(one('https://www.qorvex.io/es_ES/').geo.pathLocale, 'es-ES');
  assert.equal(one('https://www.qorvex.io/en/').geo.pathLocale, 'en', '/en/ is reported; EU-ness is the consumer\'s call');
  assert.equal(one('https://www.qorvex.io/go/x').geo.pathLocale, null);
  // A generic referral "<prefix>/<code>" off the catalogue (a firm's partner format on a mirror): the prefix is no locale.
  assert.equal(one('https://partner.somemirror.site/bg/lnhq7hme').geo.pathLocale, null);
  assert.equal(one('https://example-exchange.com/fr/register?ref=ABC123').geo.pathLocale, 'fr');
  assert.equal(one('https://www.qorvex.io/my/account').geo.pathLocale, null);

  assert.equal(one('https://qorvex.io/markets?lang=fr').geo.langParam, 'fr');
  assert.equal(one('https://qorvex.io/markets?locale=de_DE').geo.langParam, 'de-DE');
  assert.equal(one('https://qorvex.io/markets?hl=it').geo.langParam, 'it');
  assert.equal(one('https://qorvex.io/markets?lang=zz').geo.langParam, null);

  const ios = one('https://apps.apple.com/fr/app/qorvex-crypto/id1600000001');
  assert.deepEqual([ios.role, ios.firmId, ios.geo.appStoreCountry, ios.geo.pathLocale], ['app_store', 'qorvex', 'FR', null]);
  const play = one('https://play.google.com/store/apps/details?id=io.qorvex.app&gl=DE&hl=de');
  assert.deepEqual([play.role, play.firmId, play.geo.appStoreCountry, play.geo.langParam], ['app_store', 'qorvex', 'DE', 'de']);
  const otherApp = one('https://apps.apple.com/us/app/some-game/id999');
  assert.deepEqual([otherApp.role, otherApp.firmId, otherApp.geo.appStoreCountry], ['app_store', null, 'US']);
});

test('shorteners, link hubs, video links', () => {
  for (const u of ['https://bit.ly/3xYz', 't.co/AbC', 'https://tinyurl.com/abc', 'https://rb.gy/x1', 'https://lnkd.in/e1']) assert.equal(one(u).role, 'shortener', u);
  for (const u of ['https://linktr.ee/cryptobob', 'https://beacons.ai/bob', 'https://bob.carrd.co', 'https://lnk.bio/bob']) assert.equal(one(u).role, 'link_hub', u);
  assert.equal(one('https://youtu.be/dQw4w9WgXcQ').role, 'other');
});

test('normalisation: tracking parameters dropped, referral kept, fragment and default port dropped, host lower-cased', () => {
  const l = one('HTTPS://WWW.Qorvex.IO:443/fr/register?utm_source=x&ref=QX77&fbclid=abc&gclid=1&si=zz&utm_campaign=y#signup');
  assert.equal(l.finalUrl, 'https://www.qorvex.io/fr/register?ref=QX77');
  assert.equal(l.role, 'referral');
  assert.equal(l.referralCode, 'QX77');
});

test('dedupe per item across text, links, title, bio and alt text; links[] first with expandedUrl preferred', () => {
  const links = enrich(
    item({
      text: 'Join me https://t.co/abc and https://qorvex.io/i/QX9?utm_source=tw also qorvex.io/i/QX9',
      title: 'qorvex.io/i/QX9',
      links: [{ url: 'https://t.co/abc', expandedUrl: 'https://qorvex.io/i/QX9' }, { url: 'https://moonvale.exchange/join/MOON5' }],
      author: { id: 'a1', description: 'my links: linktr.ee/bob, moonvale.exchange/join/MOON5' },
      media: [{ type: 'image', altText: 'screenshot of https://zyntra.com/ promo' }],
    }),
  );
  assert.deepEqual(
    links.map((l) => [l.url, l.finalUrl, l.role, l.from]),
    [
      ['https://t.co/abc', 'https://qorvex.io/i/QX9', 'referral', 'links'],
      ['https://moonvale.exchange/join/MOON5', 'https://moonvale.exchange/join/MOON5', 'referral', 'links'],
      ['linktr.ee/bob', 'https://linktr.ee/bob', 'link_hub', 'author'],
      ['https://zyntra.com/', 'https://zyntra.com/', 'firm_site', 'media'],
    ],
  );
});

test('ad snapshot URL is not a link of the advertiser', () => {
  const links = enrich(item({ kind: 'ad', platform: 'meta_ads', id: 'meta_ads:1', ad: { snapshotUrl: 'https://www.facebook.com/ads/library/?id=1' } }));
  assert.deepEqual(links, []);
});

test('linkify: bare domains, trailing punctuation, brackets, unicode around', () => {
  const l = one('(see qorvex.io/i/QX9).');
  assert.equal(l.url, 'qorvex.io/i/QX9');
  assert.equal(l.referralCode, 'QX9');
  const t = linksOf('Регистрация: binance.com/register?ref=X1…  «https://bit.ly/3abc» 🚀moonvale.exchange/join/MOON5! 注册 https://zyntra.com/，');
  assert.deepEqual(
    t.map((x) => x.url),
    ['binance.com/register?ref=X1', 'https://bit.ly/3abc', 'moonvale.exchange/join/MOON5', 'https://zyntra.com/'],
  );
  assert.equal(t[0]?.role, 'referral');
  assert.equal(t[0]?.referralCode, 'X1');
  assert.equal(one('"https://newex.io/wiki/Foo_(bar)"').finalUrl, 'https://newex.io/wiki/Foo_(bar)');
  assert.deepEqual(linksOf('mail me at bob@example.com'), [], 'e-mail addresses are not links');
});

test('a catalogue built in the test: subdomain host, locale-prefixed template, param overriding :code', () => {
  const cat = new FirmCatalogue([
    firmSchema.parse({
      id: 'acme',
      name: 'Acme X',
      status: 'third_country',
      domains: ['acme-x.com'],
      euEntities: [{ name: 'Acme EU', homeMemberState: 'MT', domains: ['acme-x.eu'] }],
      referral: [
        { host: 'acme-x.com', path: '/landing/:code', param: 'c' },
        { host: 'acme-x.eu', path: '/join/:code' },
      ],
      apps: { ios: ['id42'], android: ['com.acme.x'] },
    }),
  ]);
  const e = createLinkEnricher(cat);
  const get = (url: string): EnrichedLink => e(item({ text: url }))[0] as EnrichedLink;
  assert.equal(get('https://m.acme-x.com/en-GB/landing/PATH1?c=PARAM1').referralCode, 'PARAM1');
  assert.equal(get('https://m.acme-x.com/landing/PATH1').referralCode, 'PATH1');
  const eu = get('https://acme-x.eu/join/EU1');
  assert.deepEqual([eu.role, eu.firmId, eu.entity, eu.referralCode], ['referral', 'acme', 'eu_authorised', 'EU1']);
  assert.equal(get('https://play.google.com/store/apps/details?id=com.acme.x').firmId, 'acme');
  assert.equal(get('https://apps.apple.com/app/id42').firmId, 'acme');
  assert.equal(get('https://acme-x.com/landing/a/b').role, 'firm_site');
});

test('500 links in one post, and 500 in links[]', () => {
  const urls = Array.from({ length: 500 }, (_, i) => `https://ex${i}.com/join/CODE${i}`);
  const fromText = linksOf(urls.join(' '));
  assert.equal(fromText.length, 500);
  assert.ok(fromText.every((l) => l.role === 'referral'));
  const fromLinks = enrich(item({ links: urls.map((url) => ({ url })) }));
  assert.equal(fromLinks.length, 500);
});

test('hostile text finishes fast (generous 2 s ceiling for 100k chars)', () => {
  const inputs = [
    'http://'.repeat(14_000),
    '('.repeat(50_000) + 'qorvex.io/i/QX9' + ')'.repeat(50_000),
    'a.'.repeat(50_000),
    ('x'.repeat(4000) + '.com/' + '?ref=' + 'A'.repeat(90) + ' ').repeat(24),
    'https://a.com/' + '%'.repeat(99_000),
    ('\u202e\u0301\ud83d\ude80.' + 'é'.repeat(30) + ' ').repeat(2500),
    'https://' + 'a.'.repeat(2000) + 'com/' + '/'.repeat(1000) + '?' + '&ref=1'.repeat(500),
    Array.from({ length: 5000 }, (_, i) => `t.co/${i}`).join(' ').slice(0, 100_000),
    ('a.'.repeat(2000) + 'com ').repeat(24), // 4000-char hosts: every host walk must stay bounded
    Array.from({ length: 5000 }, (_, i) => `https://s${i}.example.fr/fr/register?ref=AB${i}`).join(' ').slice(0, 100_000),
  ];
  for (const text of inputs) {
    const started = performance.now();
    // Call the enricher directly: the item schema would reject some of these, we want the worst case.
    const links = enrich({ ...item(), text });
    const ms = performance.now() - started;
    assert.ok(ms < 2000, `took ${ms.toFixed(0)} ms on input starting ${JSON.stringify(text.slice(0, 30))}`);
    assert.ok(links.length <= 1000);
  }
});

test('a first path segment that is a fixed word of the firm\'s referral format is no locale; a locale before the format still is', async () => {
  const { loadCatalogue } = await import('../firms/load-catalogue.ts');
  const real = createLinkEnricher(loadCatalogue({ includeSample: false }));
  const [bitget] = real(item({ text: 'https://partner.bitget.com/bg/ASLAN7' }));
  assert.deepEqual([bitget?.role, bitget?.referralCode, bitget?.geo.pathLocale], ['referral', 'ASLAN7', null]);
  const [binance] = real(item({ text: 'https://www.binance.com/fr/register?ref=ABC12345' }));
  assert.deepEqual([binance?.role, binance?.referralCode, binance?.geo.pathLocale], ['referral', 'ABC12345', 'fr']);
});
