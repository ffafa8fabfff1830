// The indexed evaluator (word index, stem candidates by head letters, cheap predicates first, lazy
// tokens) must say what a naive reading of the query says: every leaf checked against every token of
// every field with match-leaf.ts, and the operators taken literally. Random documents and queries
// from a seeded generator; a failure prints the seed, the query and the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CASE_LEVELS } from '../contracts/case.ts';
import type { QueryNode } from './query-ast.ts';
import { formatQuery, leaves } from './query-ast.ts';
import { parseQuery } from './parse-query.ts';
import { evaluateQuery } from './evaluate-query.ts';
import { leafMatchesToken, phraseWordMatches } from './match-leaf.ts';
import { itemDocument, type WatchDocument } from './watch-document.ts';
import { foldWord } from './fold-word.ts';
import { mulberry32 } from '../../connectors/sample/prng.ts';

const prng = mulberry32;

// Words with case, accent and inflection variants (French: stemmed), and a few that only share a head.
const WORDS = ['parrainage', 'Parrainages', 'PARRAINAGE', 'bonus', 'Bonus', 'bonusse', 'code', 'codes', 'Código', 'codigo', 'promo', 'promotion', 'arnaque', 'arnaques', 'gratuit', 'gratuits', 'gratuite', 'inscription', 'inscrire', 'Straße', 'strasse', 'lien', 'liens', 'bybit', 'Bybit', 'byb', 'offre', 'offres'];
const TAGS = ['#ad', '#Bybit', '#pub', '@cryptolucie', '@Max_K', '$BTC', '$eth'];
const URLS = ['https://www.bybit.com/fr/invite?ref=ABC', 'bybit.com', 'app.bybit.com/x', 'notbybit.com/ref/1', 'bybit.co/y', 't.me/bybit_fr'];
const Q_WORDS = ['parrainage', 'bonus', 'code', 'codigo', 'promo', 'arnaque', 'gratuit', 'inscription', 'strasse', 'lien', 'bybit', 'offre', 'ad', 'pub'];
const Q_PREFIX = ['parrain', 'bon', 'cod', 'arna', 'grat', 'by', 'insc'];
const Q_TAGS = ['#ad', '#bybit', '#pub', '@cryptolucie', '@max_k', '$btc', '$eth'];
const Q_ADDR = ['bybit.com', 'bybit.co', 'app.bybit.com', 't.me/bybit_fr', 'bybit.com/fr*'];
const LANGS = ['fr', 'de', 'pl', null];
const FIRMS = ['bybit', 'okx', 'qorvex'];
const COUNTRIES = ['FR', 'DE', 'PL'];
const PLATFORMS = ['x', 'youtube', 'telegram'];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function randomText(r: () => number): string {
  const n = 1 + Math.floor(r() * 14);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    parts.push(x < 0.7 ? pick(r, WORDS) : x < 0.85 ? pick(r, TAGS) : pick(r, URLS));
    if (r() < 0.15) parts.push(pick(r, [',', '.', '!', "l'", '-', '\n']));
  }
  return parts.join(' ');
}

function randomDoc(r: () => number): WatchDocument {
  const lang = pick(r, LANGS);
  const doc = itemDocument(
    {
      platform: pick(r, PLATFORMS),
      text: randomText(r),
      title: r() < 0.3 ? randomText(r) : null,
      author: { handle: r() < 0.3 ? pick(r, ['cryptolucie', 'Max_K', 'someone']) : null },
      links: r() < 0.3 ? [{ url: pick(r, URLS) }] : [],
      enrichment: {
        language: { code: lang },
        firmMentions: FIRMS.filter(() => r() < 0.3).map((firmId) => ({ firmId })),
        euSignals: COUNTRIES.filter(() => r() < 0.3).map((country) => ({ country })),
        watchlistHits: r() < 0.2 ? [{ watchlist: 'other' }] : [],
      },
    },
    lang,
  );
  doc.level = r() < 0.5 ? pick(r, CASE_LEVELS) : null;
  return doc;
}

function randomLeaf(r: () => number): string {
  const x = r();
  if (x < 0.3) return pick(r, Q_WORDS);
  if (x < 0.4) return `${pick(r, Q_PREFIX)}*`;
  if (x < 0.5) return `"${pick(r, Q_WORDS)} ${pick(r, Q_WORDS)}"`;
  if (x < 0.6) return pick(r, Q_TAGS);
  if (x < 0.7) return pick(r, Q_ADDR);
  if (x < 0.8) return `${pick(r, ['firm', 'lang', 'country', 'platform'])}:${pick(r, [...FIRMS, 'fr', 'de', 'FR', 'PL', 'x', 'youtube'])}`;
  if (x < 0.85) return 'watchlist:other';
  return `level${pick(r, ['>=', '>', '=', '<=', '<'])}${pick(r, CASE_LEVELS)}`;
}

function randomQuery(r: () => number, depth: number): string {
  if (depth <= 0 || r() < 0.35) return randomLeaf(r);
  const x = r();
  const a = randomQuery(r, depth - 1);
  const b = randomQuery(r, depth - 1);
  if (x < 0.35) return `(${a} AND ${b})`;
  if (x < 0.55) return `(${a} ${b})`;
  if (x < 0.85) return `(${a} OR ${b})`;
  return `(${a} AND NOT ${b})`;
}

/** The reference: operators taken literally, every leaf checked against every token. */
function naive(node: QueryNode, d: WatchDocument): boolean {
  switch (node.kind) {
    case 'and':
      return node.children.every((c) => naive(c, d));
    case 'or':
      return node.children.some((c) => naive(c, d));
    case 'not':
      return !naive(node.child, d);
    case 'field': {
      const sets = { firm: d.firms, lang: d.langs, country: d.countries, platform: d.platforms, watchlist: d.watchlists };
      return sets[node.field].has(node.value);
    }
    case 'level': {
      if (d.level === null) return false;
      const a = CASE_LEVELS.indexOf(d.level);
      const b = CASE_LEVELS.indexOf(node.level);
      return { '>=': a >= b, '>': a > b, '=': a === b, '<=': a <= b, '<': a < b }[node.op];
    }
    case 'phrase':
      return d.fields.some((f) => f.tokens.some((_, i) => node.words.every((w, k) => f.tokens[i + k] !== undefined && phraseWordMatches(w, f.tokens[i + k]!))));
    case 'tag':
      if (node.sign === '@' && d.handles.has(node.value)) return true;
      return d.fields.some((f) => f.tokens.some((t) => leafMatchesToken(node, t, f.lang !== undefined ? f.lang : d.lang)));
    case 'term':
      return d.fields.some((f) => f.tokens.some((t) => leafMatchesToken(node, t, f.lang !== undefined ? f.lang : d.lang)));
  }
}

const SEED = Number(process.env.WATCH_SEED ?? 20261205);
const CASES = 4000;

test(`the indexed evaluator agrees with the naive reference on ${CASES} random queries and documents (seed ${SEED})`, () => {
  const r = prng(SEED);
  let matched = 0;
  for (let i = 0; i < CASES; i++) {
    const q = randomQuery(r, 1 + Math.floor(r() * 4));
    let node: QueryNode;
    try {
      node = parseQuery(q);
    } catch {
      continue; // a purely negative query is refused by the parser, by design
    }
    const doc = randomDoc(r);
    const want = naive(node, doc);
    const got = evaluateQuery(node, doc);
    if (got.matched !== want) {
      const text = doc.fields.map((f) => `${f.name}: ${f.tokens.map((t) => t.key).join(' ')}`).join(' | ');
      assert.fail(`seed ${SEED} case ${i}: ${formatQuery(node)} -> indexed ${got.matched}, naive ${want}\n  doc: lang=${doc.lang} firms=${[...doc.firms]} level=${doc.level} ${text}`);
    }
    if (want) matched++;
    // What a match reports is part of the query, and points at words of the document.
    const raws = new Set(leaves(node).map((l) => l.raw));
    for (const t of got.terms) assert.ok(raws.has(t), `reported term ${t} is a leaf of ${q}`);
    for (const p of got.positions) assert.ok(p.end > p.start && raws.has(p.term), `position ${JSON.stringify(p)} of ${q}`);
  }
  // Both outcomes occur often enough for the comparison to mean something.
  assert.ok(matched > CASES * 0.15 && matched < CASES * 0.85, `matched ${matched} of ${CASES}`);
});

test('a reported position covers text that folds to what the term asked for', () => {
  const text = 'Mon CODE promo: Parrainages ouverts sur https://www.Bybit.com/fr/invite?ref=ABC #Bybit';
  const node = parseQuery('"code promo" AND parrainage AND bybit.com AND #bybit');
  const m = evaluateQuery(node, itemDocument({ text }, 'fr'));
  assert.equal(m.matched, true);
  const slices = m.positions.map((p) => `${p.term} -> ${foldWord(text.slice(p.start, p.end))}`);
  assert.deepEqual(slices, [
    '"code promo" -> code promo',
    'parrainage -> parrainages',
    'bybit.com -> https://www.bybit.com/fr/invite?ref=abc',
    '#bybit -> #bybit',
  ]);
});
