// What each operator and leaf matches in a post, and where the match is reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from './parse-query.ts';
import { evaluateQuery } from './evaluate-query.ts';
import { caseDocument, itemDocument, type WatchItem } from './watch-document.ts';
import type { Case } from '../contracts/case.ts';

const POST: WatchItem = {
  platform: 'x',
  text: 'Mon code promo LUCIE pour Bybit: https://www.bybit.com/fr/invite?ref=LUCIE #Bybit #ad, écrivez à lucie@mail.example ou @lucie_aide',
  author: { handle: 'CryptoLucie' },
  links: [{ url: 'https://t.co/abc', expandedUrl: 'https://app.bybit.com/register?ref=LUCIE' }],
  enrichment: { language: { code: 'fr' }, firmMentions: [{ firmId: 'bybit' }], euSignals: [{ country: 'FR' }] },
};
const doc = () => itemDocument(POST);
const run = (q: string, d = doc()) => evaluateQuery(parseQuery(q), d);
const ok = (q: string) => run(q).matched;

test('AND, implicit AND, OR, NOT and parentheses', () => {
  assert.equal(ok('bybit AND lucie'), true);
  assert.equal(ok('bybit okx'), false);
  assert.equal(ok('okx OR bybit'), true);
  assert.equal(ok('bybit AND NOT okx'), true);
  assert.equal(ok('bybit AND NOT lucie'), false);
  assert.equal(ok('(okx OR kraken) AND bybit'), false);
  assert.equal(ok('bybit -(okx OR kraken)'), true);
});

test('positions point at the words as written, per field', () => {
  const m = run('"code promo" AND lucie');
  const text = POST.text!;
  const at = m.positions.map((p) => `${p.field}:${text.slice(p.start, p.end)}`);
  assert.ok(at.includes('text:code promo'), at.join(', '));
  assert.ok(at.includes('text:LUCIE'), at.join(', '));
});

test('addresses: a domain matches its subdomains and paths, not look-alike domains; links count', () => {
  assert.equal(ok('bybit.com'), true);
  assert.equal(ok('bybit.com/fr*'), true);
  assert.equal(ok('app.bybit.com'), true, 'the expanded link of the post');
  assert.equal(ok('bybit.co'), false);
  const notIt = itemDocument({ text: 'see notbybit.com/invite and bybit.co/x' });
  assert.equal(evaluateQuery(parseQuery('bybit.com'), notIt).matched, false);
  assert.deepEqual(run('app.bybit.com').positions.map((p) => p.field), ['links']);
});

test('tags and words: #ad is only the hashtag, a bare word also finds the hashtag and the address', () => {
  assert.equal(evaluateQuery(parseQuery('#ad'), itemDocument({ text: 'an ad for nothing' })).matched, false);
  assert.equal(evaluateQuery(parseQuery('ad'), itemDocument({ text: 'this is #ad' })).matched, true);
  assert.equal(ok('#bybit'), true);
  assert.equal(ok('$bybit'), false);
  assert.equal(evaluateQuery(parseQuery('$btc'), itemDocument({ text: 'Long $BTC today' })).matched, true);
});

test('@handle: the author, or a mention in the text; never the @ of an e-mail address', () => {
  assert.equal(ok('@cryptolucie'), true);
  assert.equal(ok('@lucie_aide'), true);
  assert.equal(ok('@mail'), false);
});

test('fields: firm, language, country, platform, another watchlist', () => {
  assert.equal(ok('firm:bybit lang:fr country:FR platform:x'), true);
  assert.equal(ok('bybit AND (lang:de OR country:DE)'), false);
  assert.equal(ok('bybit AND watchlist:other'), false);
  assert.equal(evaluateQuery(parseQuery('bybit AND watchlist:other'), itemDocument({ ...POST, enrichment: { ...POST.enrichment, watchlistHits: [{ watchlist: 'other' }] } })).matched, true);
});

test('hidden words: zero-width characters inside a word and styled letters still match', () => {
  assert.equal(evaluateQuery(parseQuery('bybit'), itemDocument({ text: 'join b\u200bybit now' })).matched, true);
  assert.equal(evaluateQuery(parseQuery('bybit'), itemDocument({ text: 'join 𝐁𝐲𝐛𝐢𝐭 now' })).matched, true);
});

test('OR reports the terms of every branch that matched; NOT reports none', () => {
  const m = run('(lucie OR bybit OR okx) AND NOT kraken');
  assert.deepEqual(m.terms, ['lucie', 'bybit']);
  assert.equal(run('okx OR kraken').terms.length, 0);
});

test('a query that fails on a cheap predicate never cuts the text into tokens', () => {
  let reads = 0;
  const d = doc();
  const fields = d.fields.map((f) => ({ name: f.name, get tokens() { reads++; return f.tokens; } }));
  const lazy = { ...d, fields };
  assert.equal(evaluateQuery(parseQuery('bybit AND lang:de'), lazy).matched, false);
  assert.equal(reads, 0);
});

test('case documents: level comparisons, the firm and person, the evidence text', () => {
  const c = {
    id: 'x:cryptolucie|bybit', personKey: 'x:cryptolucie', person: { platform: 'x', handle: 'CryptoLucie', name: 'Lucie', url: null, followers: 1000 },
    firmId: 'bybit', firm: { id: 'bybit', name: 'Bybit', status: 'third_country' }, score: 12, level: 'medium',
    indicators: [{ code: 'promo_code', guideline: 'G2 §20', label: 'promo code', count: 1, points: 3, counter: false, details: ['promo code LUCIE'] }],
    contributions: [], euNexus: { languages: [{ code: 'fr', items: 1 }], countries: [{ country: 'FR', via: ['tld'] }] },
    firstSeen: '2026-01-01T00:00:00.000Z', lastSeen: '2026-01-02T00:00:00.000Z', itemCount: 1, reach: 1000, evidence: ['x:1'], updatedAt: '2026-01-02T00:00:00.000Z',
  } as Case;
  const cd = () => caseDocument(c, [POST]);
  assert.equal(evaluateQuery(parseQuery('level>=medium AND firm:bybit AND lang:fr'), cd()).matched, true);
  assert.equal(evaluateQuery(parseQuery('level>=high AND firm:bybit'), cd()).matched, false);
  assert.equal(evaluateQuery(parseQuery('level<high AND @cryptolucie AND country:FR'), cd()).matched, true);
  assert.equal(evaluateQuery(parseQuery('level>=low AND "code promo"'), cd()).matched, true, 'the evidence text is searched');
  assert.equal(evaluateQuery(parseQuery('level>=low AND "code promo"'), caseDocument(c)).matched, false, 'without evidence, only the case itself');
  assert.equal(evaluateQuery(parseQuery('bybit level>=low'), itemDocument(POST)).matched, false, 'items have no level');
});
