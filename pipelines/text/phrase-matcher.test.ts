import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskUrls, urlHost } from './mask-urls.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { tokenise } from './tokenise.ts';

const texts = (m: PhraseMatcher<string>, text: string) => m.matchAll(tokenise(text)).map((x) => [text.slice(x.from, x.to), x.values]);

test('phrase syntax: accents, hyphens, hashtags, exact case, stems, colon', () => {
  const m = new PhraseMatcher<string>([
    ['código promocional', 'a'],
    ['Promo-Code', 'b'],
    ['#ad', 'c'],
    ['=SEPA', 'd'],
    ['rabatt*', 'e'],
    ['code:', 'f'],
  ]);
  assert.deepEqual(texts(m, 'codigo PROMOCIONAL'), [['codigo PROMOCIONAL', ['a']]]);
  assert.deepEqual(texts(m, 'promo code / Promo-Code'), [['promo code', ['b']], ['Promo-Code', ['b']]]);
  assert.deepEqual(texts(m, 'ad #ad #adoption'), [['#ad', ['c']]]);
  assert.deepEqual(texts(m, 'sepa SEPA Sepa'), [['SEPA', ['d']]]);
  assert.deepEqual(texts(m, 'Rabattcode rabat'), [['Rabattcode', ['e']]]);
  assert.deepEqual(texts(m, 'source code v2, code: X'), [['code', ['f']]]);
});

test('longest match wins and phrases do not cross sentences', () => {
  const m = new PhraseMatcher<string>([['sponsored', 'short'], ['sponsored by', 'long']]);
  assert.deepEqual(texts(m, 'sponsored by X'), [['sponsored by', ['long']]]);
  assert.deepEqual(texts(m, 'I was sponsored. By the way'), [['sponsored', ['short']]]);
});

test('URL masking keeps offsets and reads hosts', () => {
  const text = 'see https://Qorvex.io/i/AB1, www.zyntra.com and moonvale.exchange. Mr.Smith 5.000 a@b.co';
  const m = maskUrls(text);
  assert.equal(m.text.length, text.length);
  assert.deepEqual(m.urls.map((u) => u.host), ['qorvex.io', 'www.zyntra.com', 'moonvale.exchange', 'b.co']);
  assert.ok(m.text.includes('Mr.Smith 5.000'));
  assert.equal(urlHost('great.Use'), undefined);
  assert.equal(urlHost('@handle'), undefined);
});
