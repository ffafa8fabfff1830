// `rsmon watchlists ...` and `rsmon search` as an analyst uses them: errors point at file, line and
// column; a query tried with search finds what the watchlist stores on the items; alert rules must
// name defined watchlists; `npm start`'s run shows the hits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, rsmon, tempDir } from '../helpers/cli.ts';

const SAMPLE = join(REPO, 'connectors/sample/items.jsonl');

function files(watchlists: string, alerts = 'rules: []\n') {
  const dir = tempDir();
  writeFileSync(join(dir, 'watchlists.yaml'), watchlists);
  writeFileSync(join(dir, 'alerts.yaml'), alerts);
  mkdirSync(join(dir, 'data'));
  return { dir, env: { WATCHLISTS_FILE: join(dir, 'watchlists.yaml'), ALERTS_FILE: join(dir, 'alerts.yaml'), DATA_DIR: join(dir, 'data') } };
}

const GOOD = `watchlists:
  - name: zyntra-de
    owner: analyst@nca.example
    description: Zyntra in German
    query: 'firm:zyntra AND lang:de AND (gutscheincode OR bonus*)'
  - name: high-cases
    owner: analyst@nca.example
    query: 'level>=high'
`;

test('validate: a query error names the file, the line and the column; a good file is reported valid', async () => {
  const bad = files(`watchlists:\n  - name: ok\n    owner: a@nca.example\n    query: bybit\n  - name: broken\n    owner: a@nca.example\n    query: '(bybit OR "code promo' \n`);
  const r = await rsmon(['watchlists', 'validate'], bad.env);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /watchlists\.yaml:7: watchlists\.1\.query \("broken"\): column 11: the quote opened here is never closed/u);
  const good = files(GOOD);
  const ok = await rsmon(['watchlists', 'validate'], good.env);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /2 watchlists valid \(1 on items, 1 on cases\)/u);
});

test('an alert rule naming an undefined watchlist is an error at start and in validate, naming its line', async () => {
  const f = files(GOOD, `rules:\n  - name: r1\n    when: { watchlist: zyntra-de }\n    to: [a@nca.example]\n  - name: r2\n    when: { watchlist: zyntra-fr }\n    to: [a@nca.example]\n`);
  const v = await rsmon(['watchlists', 'validate'], f.env);
  assert.equal(v.code, 1);
  assert.match(v.stderr, /alerts\.yaml:6: rules\.1\.when\.watchlist: no watchlist "zyntra-fr"/u);
  const run = await rsmon(['run', '--once', '--quiet'], f.env);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /no watchlist "zyntra-fr"/u);
});

test('list, show and test --input: what the watchlist is and what it matches in a file of items', async () => {
  const f = files(GOOD);
  const list = await rsmon(['watchlists', 'list', '--json'], f.env);
  assert.equal(list.code, 0, list.stderr);
  assert.deepEqual(list.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { name: string; on: string }).on), ['items', 'cases']);
  const show = await rsmon(['watchlists', 'show', 'zyntra-de'], f.env);
  assert.match(show.stdout, /read as: firm:zyntra AND lang:de AND \(gutscheincode OR bonus\*\)/u);
  assert.match(show.stdout, /col +47 +prefix +bonus\*/u);
  const missing = await rsmon(['watchlists', 'show', 'nope'], f.env);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /no watchlist "nope".*defined: zyntra-de, high-cases/u);
  const t = await rsmon(['watchlists', 'test', 'zyntra-de', '--input', SAMPLE, '--json', '--limit', '500'], f.env);
  assert.equal(t.code, 0, t.stderr);
  const rows = t.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; at: string; terms: string[] });
  assert.ok(rows.length >= 3);
  assert.ok(rows.every((r) => r.terms.includes('firm:zyntra') && r.terms.includes('lang:de')));
  assert.deepEqual(rows.map((r) => r.at), rows.map((r) => r.at).sort().reverse(), 'newest first');
  assert.match(t.stderr, new RegExp(`matched ${rows.length} of 431 items`, 'u'));
});

test('search on the stored items finds what the watchlist stored; case queries search cases; a bad query shows a caret', async () => {
  const f = files(GOOD);
  const run = await rsmon(['run', '--once', '--quiet'], f.env);
  assert.equal(run.code, 0, run.stderr);
  const byWatchlist = await rsmon(['search', 'watchlist:zyntra-de', '--json', '--limit', '500'], f.env);
  const byQuery = await rsmon(['search', 'firm:zyntra AND lang:de AND (gutscheincode OR bonus*)', '--json', '--limit', '500'], f.env);
  assert.equal(byQuery.code, 0, byQuery.stderr);
  const ids = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { id: string }).id).sort();
  assert.ok(ids(byQuery.stdout).length >= 3);
  assert.deepEqual(ids(byWatchlist.stdout), ids(byQuery.stdout), 'the stored hits are what the query finds');
  const limited = await rsmon(['search', 'bonus*', '--limit', '2'], f.env);
  assert.match(limited.stderr, /newest 2 shown/u);
  const cases = await rsmon(['search', 'level>=high AND lang:de', '--json'], f.env);
  const caseRows = cases.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string });
  assert.ok(caseRows.length >= 2 && caseRows.every((r) => r.kind === 'case'));
  const bad = await rsmon(['search', 'bybit AND (code OR'], f.env);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /column 19: OR at column 17 needs a term on its right[^\n]*\n {2}bybit AND \(code OR\n {20}\^/u);
});
