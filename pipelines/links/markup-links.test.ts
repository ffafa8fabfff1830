// Class 1 of issue 7: links inside markup (Markdown, HTML, BBCode, angle brackets, quotes, entities,
// escapes) must come out without the markup's characters, and wrapped links (redirectors, affiliate
// networks, app deep links, percent-encoded targets) must be classified by the URL they lead to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { DEFAULT_FIRMS_FILE } from '../firms/load-catalogue.ts';
import { classifyUrl } from './classify-url.ts';
import { findUrls } from './extract-urls.ts';
import { innerUrl } from './unwrap-url.ts';

const catalogue = FirmCatalogue.fromJson(JSON.parse(readFileSync(DEFAULT_FIRMS_FILE, 'utf8')), DEFAULT_FIRMS_FILE);

/** Referral codes found in a text, in order, as the enricher would classify its links. */
function codesIn(text: string): Array<string | null> {
  return findUrls(text).map((u) => classifyUrl(u, catalogue)?.referralCode ?? null);
}

test('markdown links: the target loses "](" and ")" whether the label is text, the URL itself or an image', () => {
  assert.deepEqual(findUrls('[Sign up](https://acme.example/register?ref=AB12)'), ['https://acme.example/register?ref=AB12']);
  assert.deepEqual(findUrls('[https://acme.example/join/AB12](https://acme.example/join/AB12)'), [
    'https://acme.example/join/AB12', 'https://acme.example/join/AB12',
  ]);
  assert.deepEqual(findUrls('**[Acme](https://acme.example/invite?ref=AB12)**'), ['https://acme.example/invite?ref=AB12']);
  assert.deepEqual(findUrls('[![logo](https://img.example/a.png)](https://acme.example/ref/AB12)'), [
    'https://img.example/a.png', 'https://acme.example/ref/AB12',
  ]);
  assert.deepEqual(findUrls('[x](https://acme.example/r/AB12 "Acme title")'), ['https://acme.example/r/AB12']);
});

test('HTML anchors: attribute quotes, tags and entities never stick to the URL', () => {
  assert.deepEqual(findUrls('<a href="https://acme.example/invite?ref=AB12&amp;lang=en">Acme</a>'), ['https://acme.example/invite?ref=AB12&lang=en']);
  assert.deepEqual(findUrls("<a href='https://acme.example/invite?ref=AB12'>Acme</a>"), ['https://acme.example/invite?ref=AB12']);
  assert.deepEqual(findUrls('&lt;a href=&quot;https://acme.example/join/AB12&quot;&gt;x&lt;/a&gt;'), ['https://acme.example/join/AB12']);
  assert.deepEqual(findUrls('<a href="https://acme.example/join/AB12">https://acme.example/join/AB12</a>'), [
    'https://acme.example/join/AB12', 'https://acme.example/join/AB12',
  ]);
});

test('BBCode, angle brackets, Slack labels, code ticks and escapes', () => {
  assert.deepEqual(findUrls('[url=https://acme.example/ref/AB12]Acme[/url]'), ['https://acme.example/ref/AB12']);
  assert.deepEqual(findUrls('[url]https://acme.example/ref/AB12[/url]'), ['https://acme.example/ref/AB12']);
  assert.deepEqual(findUrls('<https://acme.example/ref/AB12|Acme>'), ['https://acme.example/ref/AB12']);
  assert.deepEqual(findUrls('run `https://acme.example/ref/AB12` now'), ['https://acme.example/ref/AB12']);
  assert.deepEqual(findUrls('https://acme.example/signup/X1?ref\\_type=103'), ['https://acme.example/signup/X1?ref_type=103']);
  assert.deepEqual(findUrls('{"u":"https:\\/\\/acme.example\\/ref\\/AB12"}'), ['https://acme.example/ref/AB12']);
  assert.deepEqual(findUrls('{"u":"https://acme.example/register?lang=en\\u0026ref=AB12"}'), ['https://acme.example/register?lang=en&ref=AB12']);
});

test('markup around catalogued referral links keeps the firm format matching (eval/corpora/url-markup.jsonl)', () => {
  const rowSchema = z.object({ text: z.string(), url: z.string(), code: z.string() });
  const lines = readFileSync(new URL('../../eval/corpora/url-markup.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
  assert.ok(lines.length >= 20);
  for (const line of lines) {
    const row = rowSchema.parse(JSON.parse(line));
    assert.ok(codesIn(row.text).includes(row.code), `${row.text} -> ${JSON.stringify(codesIn(row.text))}`);
  }
});

test('wrapped links: redirector parameters, encoded targets, path-embedded targets, deep links', () => {
  assert.equal(innerUrl('https://site.example/302.html?target=https://acme.example/join/AB12?x=1&y=2'), 'https://acme.example/join/AB12?x=1&y=2');
  assert.equal(innerUrl('https://www.google.com/url?q=https%3A%2F%2Facme.example%2Fref%2FAB12&sa=D'), 'https://acme.example/ref/AB12');
  assert.equal(innerUrl('https://l.example/out?link=https%253A%252F%252Facme.example%252Fref%252FAB12'), 'https://acme.example/ref/AB12');
  assert.equal(innerUrl('https://r.example/redirect/https%3A%2F%2Facme.example%2Fref%2FAB12/extra'), 'https://acme.example/ref/AB12');
  assert.equal(innerUrl('acmeapp://open?url=https%3A%2F%2Facme.example%2Fref%2FAB12'), 'https://acme.example/ref/AB12');
  assert.equal(innerUrl('https://acme.onelink.me/x?af_web_dp=https%3A%2F%2Facme.example%2Fjoin%2FAB12&pid=a'), 'https://acme.example/join/AB12');
  // Attribution, OAuth callbacks and pictures are not where the reader goes.
  assert.equal(innerUrl('https://blog.example/?ref=https%3A%2F%2Fnews.example'), null);
  assert.equal(innerUrl('https://auth.example/authorize?redirect_uri=https%3A%2F%2Fapp.example%2Fcb'), null);
  assert.equal(innerUrl('https://acme.example/'), null);
});

test('a wrapped exchange referral classifies as that exchange, the wrapper staying the link as written', () => {
  const wrapped = classifyUrl('https://www.google.com/url?q=https%3A%2F%2Fwww.bybit.com%2Finvite%3Fref%3DL0DXJG&sa=D', catalogue);
  assert.deepEqual([wrapped?.role, wrapped?.firmId, wrapped?.referralCode, wrapped?.finalUrl], [
    'referral', 'bybit', 'L0DXJG', 'https://www.bybit.com/invite?ref=L0DXJG',
  ]);
  const site = classifyUrl('https://out.example/go?to=https://www.kraken.com/features/api', catalogue);
  assert.deepEqual([site?.role, site?.firmId], ['firm_site', 'kraken']);
  // A firm's own referral link that also names a page to open afterwards stays that referral.
  const own = classifyUrl('https://www.bybit.com/invite?ref=L0DXJG&redirectUrl=https%3A%2F%2Fwww.bybit.com%2Ftrade', catalogue);
  assert.deepEqual([own?.role, own?.referralCode], ['referral', 'L0DXJG']);
});

test('affiliate networks wrapping an exchange page count as a referral for the exchange, coded by the affiliate id', () => {
  const awin = classifyUrl('https://www.awin1.com/cread.php?awinmid=1234&awinaffid=567890&ued=https%3A%2F%2Fwww.kraken.com%2F', catalogue);
  assert.deepEqual([awin?.role, awin?.firmId, awin?.referralCode, awin?.genericReferral], ['referral', 'kraken', '567890', true]);
  const prf = classifyUrl('https://prf.hn/click/camref:1100lAbC/destination:https%3A%2F%2Fwww.bitstamp.net%2F', catalogue);
  assert.deepEqual([prf?.role, prf?.firmId, prf?.referralCode], ['referral', 'bitstamp', '1100lAbC']);
  const impact = classifyUrl('https://acme.pxf.io/c/1234567/890/123?u=https%3A%2F%2Fwww.gemini.com%2F', catalogue);
  assert.deepEqual([impact?.role, impact?.firmId, impact?.referralCode], ['referral', 'gemini', '1234567']);
  // A firm's own tracking subdomain on a network, with no wrapped URL.
  const sub = classifyUrl('https://kraken.pxf.io/c/1234567/890/10583', catalogue);
  assert.deepEqual([sub?.role, sub?.firmId, sub?.referralCode], ['referral', 'kraken', '1234567']);
  assert.equal(classifyUrl('https://unknownbrand.pxf.io/c/1/2/3', catalogue)?.role, 'other');
  // A network link to a site that is no catalogued firm is no exchange referral.
  const shop = classifyUrl('https://www.awin1.com/cread.php?awinmid=1&awinaffid=2&ued=https%3A%2F%2Fshop.example%2F', catalogue);
  assert.equal(shop?.role, 'other');
});

test('a tracking host whose whole path is the code takes a user-name code with an underscore, not a page name', () => {
  assert.equal(classifyUrl('https://med.etoro.com/zsofi_hu', catalogue)?.referralCode, 'zsofi_hu');
  assert.equal(classifyUrl('https://med.etoro.com/markets', catalogue)?.role, 'firm_site');
});
