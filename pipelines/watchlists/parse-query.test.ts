// The query language as an analyst writes it: precedence, shorthands, fields, and errors that say
// what is wrong and at which column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, QueryError } from './parse-query.ts';
import { formatQuery } from './query-ast.ts';

const read = (q: string) => formatQuery(parseQuery(q));

test('precedence: NOT binds tightest, then AND (written or implied), then OR', () => {
  assert.equal(read('a b OR c'), '(a AND b) OR c');
  assert.equal(read('a OR b c'), 'a OR (b AND c)');
  assert.equal(read('NOT a b'), 'NOT a AND b');
  assert.equal(read('a AND (b OR c) AND NOT (d OR e)'), 'a AND (b OR c) AND NOT (d OR e)');
});

test('shorthands: -word is NOT, && and || are AND and OR; lower-case and/or/not are words', () => {
  assert.equal(read('bybit -scam'), 'bybit AND NOT scam');
  assert.equal(read('a && b || c'), '(a AND b) OR c');
  assert.equal(read('or not and'), 'or AND not AND and');
  assert.equal(read('code-promo'), '"code promo"', 'a hyphen inside a word is not NOT');
});

test('phrases in straight and typographic quotes; words folded; prefixes, tags, addresses', () => {
  assert.equal(read('"Code Promo"'), '"code promo"');
  assert.equal(read('«code promo» OR „Gutschein Code“ OR “bonus code”'), '"code promo" OR "gutschein code" OR "bonus code"');
  assert.equal(read('Parrain* #Ad @Crypto_Lucie $BTC'), 'parrain* AND #ad AND @crypto_lucie AND $btc');
  assert.equal(read('https://www.Bybit.com/invite*'), 'bybit.com/invite*');
  assert.equal(read("l'inscription"), '"l inscription"');
});

test('fields and case levels', () => {
  assert.equal(read('firm:Bybit lang:FR country:fr platform:YouTube watchlist:other'), 'firm:bybit AND lang:fr AND country:FR AND platform:youtube AND watchlist:other');
  assert.equal(read('platform:tiktok_ads'), 'platform:tiktok', 'the collection name of TikTok ads is accepted');
  for (const op of ['>=', '>', '=', '<=', '<']) assert.equal(read(`bybit level${op}medium`), `bybit AND level${op}medium`);
  assert.equal(read('bybit level:high'), 'bybit AND level=high');
});

test('the canonical form parses back to the same query', () => {
  for (const q of ['(bybit OR firm:bybit) AND ("code promo" OR parrain* OR bonus*) AND lang:fr AND NOT arnaque*', 'a b OR c -d', '#ad @x $y bybit.com level>=low']) {
    assert.equal(read(read(q)), read(q));
  }
});

const errors: Array<[query: string, column: number, message: RegExp]> = [
  ['bybit AND "code promo', 11, /quote opened here is never closed/],
  ['(bybit OR okx', 14, /expected "\)" to close the "\(" at column 1/],
  ['bybit ) okx', 7, /"\)" without a matching "\("/],
  ['bybit AND', 10, /AND at column 7 needs a term on its right/],
  ['bybit OR', 9, /OR at column 7 needs a term on its right/],
  ['bybit NOT', 10, /NOT at column 7 needs a term on its right/],
  ['AND bybit', 1, /AND needs a term on its left/],
  ['bybit foo:bar', 7, /unknown field "foo:"/],
  ['lang:french', 6, /lang: takes an ISO 639-1 code/],
  ['country:FRA', 9, /country: takes a two-letter country code/],
  ['platform:myspace', 10, /platform: takes one of/],
  ['bybit level>=urgent', 14, /level "urgent" is not one of none, low, medium, high/],
  ['', 1, /the query is empty/],
  ['NOT scam', 1, /needs at least one term that must be present/],
  ['-scam -fraud', 1, /needs at least one term that must be present/],
  ['by*bit', 3, /"\*" works only at the end of a word/],
  ['b*', 1, /at least 2 characters before "\*"/],
  ['code-promo*', 1, /"\*" works on one word/],
  ['()', 2, /empty parentheses/],
  ['#', 1, /needs letters, digits or _ after #/],
  ['!!!', 1, /has no letters or digits/],
];

for (const [q, column, message] of errors) {
  test(`error at column ${column}: ${JSON.stringify(q)}`, () => {
    assert.throws(() => parseQuery(q), (e: unknown) => {
      assert.ok(e instanceof QueryError, String(e));
      assert.match(e.message, message);
      assert.equal(e.column, column, e.message);
      assert.match(e.message, new RegExp(`^column ${column}: `));
      return true;
    });
  });
}

test('nesting deeper than 50 parentheses and queries over 4,000 characters are refused, not recursed into', () => {
  assert.throws(() => parseQuery(`${'('.repeat(60)}a${')'.repeat(60)}`), /nested deeper than 50/);
  assert.throws(() => parseQuery('a '.repeat(2001)), /longer than 4000 characters/);
  assert.doesNotThrow(() => parseQuery(`${'('.repeat(50)}a${')'.repeat(50)}`));
});
