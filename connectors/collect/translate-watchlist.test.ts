// Translation of watchlists into platform searches: each operator per platform, the widening rules
// (a platform search may find more than the watchlist, never less), the expansion for platforms
// without operators and its cap, and the errors that name the watchlist.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../pipelines/watchlists/parse-query.ts';
import { isCaseQuery } from '../../pipelines/watchlists/query-ast.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { translateWatchlist, TranslationError, MAX_SEARCHES } from './translate-watchlist.ts';
import type { CollectPlatform } from './collections-file.ts';

const catalogue = loadCatalogue({ includeSample: true });
const wl = (query: string) => {
  const ast = parseQuery(query);
  return { name: 'w', ast, onCases: isCaseQuery(ast) };
};
const tr = (query: string, platform: CollectPlatform) => translateWatchlist(wl(query), platform, catalogue);

test('X: AND as space, OR, NOT as -, groups, phrases, tags, @handle as author or mention, addresses as url:, lang:', () => {
  assert.deepEqual(tr('bybit AND ("code promo" OR #ad) AND NOT scam', 'x').searches, ['bybit ("code promo" OR #ad) -scam']);
  assert.deepEqual(tr('@cryptolucie OR $btc', 'x').searches, ['from:cryptolucie OR @cryptolucie OR $btc']);
  assert.deepEqual(tr('bybit.com AND lang:fr', 'x').searches, ['url:"bybit.com" lang:fr']);
  assert.deepEqual(tr('bybit -(scam OR fraud)', 'x').searches, ['bybit -(scam OR fraud)']);
});

test('firm: becomes the firm\'s names (and on X its domains), from the catalogue', () => {
  const t = tr('firm:qorvex', 'x');
  assert.deepEqual(t.searches, ['Qorvex OR "Qorvex Exchange" OR url:"qorvex.io"']);
  assert.ok(t.notes.some((n) => n.startsWith('firm:qorvex')));
});

test('widening: an unsearchable part drops out of an AND, makes its OR "anything", and a NOT of it is dropped', () => {
  // The prefix cannot be searched on X: the AND keeps the rest.
  assert.deepEqual(tr('bybit AND bonus*', 'x').searches, ['bybit']);
  // An OR with a prefix in it could match posts X cannot find: the whole OR drops (wider, never narrower).
  assert.deepEqual(tr('bybit AND (code OR bonus*)', 'x').searches, ['bybit']);
  // NOT of something not searched exactly (firm names) would narrow: dropped.
  assert.deepEqual(tr('bonus AND NOT firm:qorvex', 'x').searches, ['bonus']);
  assert.ok(tr('bybit AND bonus*', 'x').notes.some((n) => /bonus\*: prefix search is not available on x/u.test(n)));
});

test('platform: the collection\'s own platform is no restriction; another platform never matches', () => {
  assert.deepEqual(tr('bybit AND platform:x', 'x').searches, ['bybit']);
  assert.deepEqual(tr('bybit OR (okx AND platform:youtube)', 'x').searches, ['bybit']);
  assert.throws(() => tr('bybit AND platform:youtube', 'x'), /can never match an item from x/u);
});

test('YouTube: disjunctive normal form with | and -, phrases quoted', () => {
  assert.deepEqual(tr('(bybit OR okx) AND "code promo" -scam', 'youtube').searches, ['bybit "code promo" -scam | okx "code promo" -scam']);
});

test('Meta and TikTok: one keyword search per conjunction, no operators, exclusions dropped with a note', () => {
  const meta = tr('(bybit OR okx) AND ("code promo" OR bonus) AND NOT scam', 'meta_ads');
  assert.deepEqual(meta.searches, ['bybit code promo', 'bybit bonus', 'okx code promo', 'okx bonus']);
  assert.ok(meta.notes.some((n) => /exclusions \(NOT\)/u.test(n)));
  assert.deepEqual(tr('#ad AND bybit', 'tiktok_ads').searches, ['ad bybit']);
});

test('limits: TikTok\'s 50 characters, the cap on searches, X\'s 512 characters split at top-level ORs', () => {
  assert.throws(() => tr('"a very long phrase that keeps going well past the limit of tiktok"', 'tiktok_ads'), /over 50 for tiktok_ads/u);
  const wide = Array.from({ length: 11 }, (_, i) => `(a${i} OR b${i})`).join(' AND ');
  assert.throws(() => tr(wide, 'meta_ads'), new RegExp(`more than ${MAX_SEARCHES} searches`, 'u'));
  const long = Array.from({ length: 60 }, (_, i) => `"word${i} other${i}"`).join(' OR ');
  const x = tr(long, 'x').searches;
  assert.ok(x.length > 1 && x.every((q) => q.length <= 512), `split into ${x.length} queries`);
});

test('what cannot drive collection is an error naming the watchlist', () => {
  assert.throws(() => tr('bonus*', 'x'), (e: unknown) => e instanceof TranslationError && /watchlist "w": nothing in it can be searched on x/u.test(e.message));
  assert.throws(() => tr('level>=high', 'x'), /compares a case level/u);
  assert.throws(() => tr('bybit', 'telegram'), /Telegram channels have no search/u);
  assert.throws(() => tr('bybit OR bonus*', 'meta_ads'), /nothing in it can be searched/u);
});
