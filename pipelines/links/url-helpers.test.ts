// Small pure helpers: normalisation, text extraction trimming, locales, ccTLDs, EU list, IP guard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedupeKey, normaliseUrl, parseHttpUrl, queryParams } from './normalise-url.ts';
import { findUrls, trimLeadingSymbols, trimTrailing } from './extract-urls.ts';
import { normaliseLocale } from './locale.ts';
import { tldCountry } from './tld-country.ts';
import { EU_COUNTRIES, isEeaCountry, isEuCountry } from './eu-countries.ts';
import { embeddedIPv4, isBlockedAddress } from './ip-guard.ts';
import { isPlainWord, isReferralCode, looksGenerated } from './referral-code.ts';

test('parseHttpUrl: bare domains get https, other schemes are refused', () => {
  assert.equal(parseHttpUrl('qorvex.io/i/QX9')?.href, 'https://qorvex.io/i/QX9');
  assert.equal(parseHttpUrl('binance.com:8443/x')?.href, 'https://binance.com:8443/x');
  assert.equal(parseHttpUrl('//cdn.example.com/a')?.href, 'https://cdn.example.com/a');
  for (const bad of ['mailto:a@b.com', 'javascript:alert(1)', 'ftp://x.com/', '', 'http://', 'x'.repeat(5000)]) {
    assert.equal(parseHttpUrl(bad), null, bad);
  }
});

test('normaliseUrl: tracking out, referral and order kept, credentials and trailing dot gone', () => {
  assert.equal(
    normaliseUrl('https://user:pw@Accounts.Binance.COM.:443/en/register?utm_medium=a&ref=ABC&UTM_Source=b&igshid=1&r=2#x')?.href,
    'https://accounts.binance.com/en/register?ref=ABC&r=2',
  );
  assert.equal(normaliseUrl('http://example.com:80/?si=abc')?.href, 'http://example.com/');
  assert.equal(normaliseUrl('https://ex.com/a?b=%E2%82%AC&c=x+y')?.search, '?b=%E2%82%AC&c=x+y', 'no re-encoding');
  assert.deepEqual(queryParams(new URL('https://x.io/?a=1&b=%ZZ&c=x+y&&d')), [['a', '1'], ['b', '%ZZ'], ['c', 'x y'], ['d', '']]);
  assert.equal(dedupeKey('http://x.io/a'), dedupeKey('https://x.io/a'));
});

test('text extraction trims punctuation and unbalanced brackets, keeps balanced ones', () => {
  assert.equal(trimTrailing('qorvex.io/i/QX9).'), 'qorvex.io/i/QX9');
  assert.equal(trimTrailing('https://en.wikipedia.org/wiki/A_(b)'), 'https://en.wikipedia.org/wiki/A_(b)');
  assert.equal(trimTrailing('https://bit.ly/x…»'), 'https://bit.ly/x');
  assert.equal(trimLeadingSymbols('🚀👉moonvale.exchange'), 'moonvale.exchange');
  assert.deepEqual(findUrls('a.com b.com c.com', 2), ['a.com', 'b.com']);
  assert.deepEqual(findUrls(null), []);
});

test('locales: known languages only, normalised case', () => {
  assert.equal(normaliseLocale('fr'), 'fr');
  assert.equal(normaliseLocale('de-de'), 'de-DE');
  assert.equal(normaliseLocale('pt_PT'), 'pt-PT');
  assert.equal(normaliseLocale('es-419'), 'es-419');
  assert.equal(normaliseLocale('EN'), 'en');
  assert.equal(normaliseLocale('no-NO'), 'no-NO');
  for (const bad of ['go', 'my', 'no', 'xx', 'fra', 'de-', 'de-DEU', '']) assert.equal(normaliseLocale(bad), null, bad);
});

test('ccTLD countries: EU, non-EU, .eu, .co.uk, generic-use ccTLDs and gTLDs', () => {
  const cases: Array<[string, string | null]> = [
    ['a.fr', 'FR'], ['a.de', 'DE'], ['a.cz', 'CZ'], ['a.gr', 'GR'], ['a.eu', 'EU'], ['x.co.uk', 'GB'], ['a.ch', 'CH'],
    ['a.com.cy', 'CY'], ['a.io', null], ['a.ai', null], ['a.co', null], ['a.com', null], ['a.exchange', null],
    ['127.0.0.1', null], ['[::1]', null], ['localhost', null], ['a.fr.', 'FR'],
  ];
  for (const [host, cc] of cases) assert.equal(tldCountry(host), cc, host);
});

test('EU country helpers', () => {
  assert.equal(EU_COUNTRIES.length, 27);
  assert.ok(isEuCountry('FR') && isEuCountry('gr') && isEuCountry('EU'));
  assert.ok(!isEuCountry('GB') && !isEuCountry('CH') && !isEuCountry('NO') && !isEuCountry(null));
  assert.ok(isEeaCountry('NO') && isEeaCountry('LI') && isEeaCountry('IS') && !isEeaCountry('CH'));
});

test('IP guard: blocked ranges incl. IPv4 inside IPv6 forms; public addresses pass', () => {
  for (const a of [
    '127.0.0.1', '10.1.2.3', '172.31.255.255', '192.168.0.1', '169.254.169.254', '100.64.0.1', '100.127.255.255',
    '0.0.0.0', '224.0.0.251', '255.255.255.255', '::', '::1', '[::1]', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd12::1',
    'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '64:ff9b::a00:1', '2002:c0a8:101::1',
    '::127.0.0.1', 'not-an-ip',
  ]) assert.ok(isBlockedAddress(a), a);
  for (const a of ['8.8.8.8', '1.1.1.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '2002:808:808::1']) {
    assert.ok(!isBlockedAddress(a), a);
  }
  assert.equal(embeddedIPv4('::ffff:7f00:1'), '127.0.0.1');
  assert.equal(embeddedIPv4('2606:4700::1111'), null);
});

test('referral code tokens', () => {
  assert.ok(isReferralCode('QX77') && isReferralCode('a_b-c') && isReferralCode('x'.repeat(64)));
  // Dots inside and base64 padding occur in real codes (deribit.com/reg-1189.4038).
  assert.ok(isReferralCode('1189.4038') && isReferralCode('N285TVBZUzJLblk='));
  assert.ok(!isReferralCode('x') && !isReferralCode('x'.repeat(65)) && !isReferralCode('a b') && !isReferralCode('a/b'));
  assert.ok(!isReferralCode('.abc') && !isReferralCode('abc.') && !isReferralCode('=abc'));
  assert.ok(looksGenerated('ab12') && looksGenerated('BOBX') && !looksGenerated('main') && !looksGenerated('v2'));
});

test('findUrls scans only chunks that can hold a link, with the same results as a full linkify pass', () => {
  assert.deepEqual(findUrls('see http://localhost:3000/x and LOCALHOST/y, mail a@b.com or https://intranet/a'), [
    'http://localhost:3000/x', 'LOCALHOST/y', 'https://intranet/a',
  ]);
  assert.deepEqual(findUrls('Hello. World.Next one: пример.рф/путь, e.g. (qorvex.io/i/QX9).\nhttps://t.co/abc'), [
    'World.Next', 'пример.рф/путь', 'qorvex.io/i/QX9', 'https://t.co/abc',
  ]);
  assert.deepEqual(findUrls('no links here. none at all!'), []);
  assert.deepEqual(findUrls('qorvex.io/i/QX9'), ['qorvex.io/i/QX9']);
});

test('normaliseUrl: empty fragment and empty query pieces, unchanged queries kept as parsed', () => {
  assert.equal(normaliseUrl('https://x.io/a#')?.href, 'https://x.io/a');
  assert.equal(normaliseUrl('https://x.io/a?')?.href, 'https://x.io/a?');
  assert.equal(normaliseUrl('https://x.io/a?&b=1')?.href, 'https://x.io/a?b=1');
  assert.equal(normaliseUrl('https://@x.io/?a=b%20c')?.href, 'https://x.io/?a=b%20c');
});

test('a link text and its target written with and without www are one link; an underscore marks a generated code', () => {
  assert.equal(dedupeKey('https://okx.com/join/SOEREN'), dedupeKey('https://www.okx.com/join/SOEREN'));
  assert.notEqual(dedupeKey('https://okx.com/join/A'), dedupeKey('https://www.okx.com/join/B'));
  assert.equal(looksGenerated('zsofi_hu'), true);
  assert.equal(looksGenerated('markets'), false);
  assert.equal(looksGenerated('about-us'), false);
});

test('placeholders of explainers and templates are no one\'s referral code', () => {
  for (const p of ['YOURNAME', 'xxxx', 'your_code']) assert.equal(isPlainWord(p), true, p);
  assert.equal(isPlainWord('raimo_k57'), false);
});
