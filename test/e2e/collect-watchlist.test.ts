// A collection that names a watchlist searches the platform with the watchlist's query in the
// platform's syntax: local stand-ins for X and the Meta Ad Library record what they are asked, and
// `rsmon collect --once` must ask exactly the translation `rsmon collections queries` shows.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rsmon, tempDir } from '../helpers/cli.ts';

const asked: { x: string[]; meta: string[] } = { x: [], meta: [] };
const servers: Server[] = [];

async function serve(record: (url: URL) => void, body: unknown): Promise<string> {
  const server = createServer((req, res) => {
    record(new URL(req.url ?? '/', 'http://fake.test'));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const env: Record<string, string> = { X_BEARER_TOKEN: 'x-test', META_ACCESS_TOKEN: 'meta-test', LOG_LEVEL: 'warn' };

before(async () => {
  env.X_API_URL = await serve((u) => u.pathname.endsWith('/tweets/search/recent') && asked.x.push(u.searchParams.get('query') ?? ''), { meta: { result_count: 0 } });
  env.META_GRAPH_URL = await serve((u) => u.pathname.endsWith('/ads_archive') && asked.meta.push(u.searchParams.get('search_terms') ?? ''), { data: [] });
});
after(() => {
  for (const s of servers) s.close();
});

function files(collections: string) {
  const dir = tempDir('rsmon-collect-wl-');
  writeFileSync(join(dir, 'watchlists.yaml'), `watchlists:
  - name: qorvex-fr
    owner: analyst@nca.example
    query: '(qorvex OR firm:qorvex) AND ("code promo" OR parrainage OR #pub) AND lang:fr AND NOT arnaque'
  - name: high
    owner: analyst@nca.example
    query: 'level>=high'
`);
  writeFileSync(join(dir, 'collections.yaml'), collections);
  return { dir, e: { ...env, WATCHLISTS_FILE: join(dir, 'watchlists.yaml'), COLLECTIONS_FILE: join(dir, 'collections.yaml') } };
}

test('a collection naming a watchlist sends its translated query to X and the Meta Ad Library', async () => {
  const { dir, e } = files(`collections:
  - name: x-wl
    platform: x
    watchlist: qorvex-fr
  - name: meta-wl
    platform: meta_ads
    watchlist: qorvex-fr
    countries: [FR]
`);
  const shown = await rsmon(['collections', 'queries', '--json', '--data', dir], e);
  assert.equal(shown.code, 0, shown.stderr);
  const rows = shown.stdout.trim().split('\n').map((l) => JSON.parse(l) as { name: string; searches: string[]; notes: string[] });
  const x = rows.find((r) => r.name === 'x-wl')!;
  const meta = rows.find((r) => r.name === 'meta-wl')!;
  assert.deepEqual(x.searches, ['(qorvex OR "Qorvex Exchange" OR url:"qorvex.io") ("code promo" OR parrainage OR #pub) lang:fr -arnaque']);
  assert.ok(meta.searches.includes('qorvex code promo') && meta.searches.includes('qorvex pub'), meta.searches.join(' | '));
  assert.ok(meta.notes.some((n) => /exclusions \(NOT\) are not searchable/u.test(n)), 'what was dropped is said');

  const ran = await rsmon(['collect', '--once', '--data', dir], e);
  assert.equal(ran.code, 0, ran.stderr + ran.stdout);
  assert.deepEqual(asked.x, x.searches, 'X was asked exactly the translation shown');
  assert.deepEqual([...new Set(asked.meta)].sort(), [...meta.searches].sort(), 'the Meta Ad Library was asked each keyword search');
});

test('an unknown watchlist, a case watchlist or a Telegram collection naming a watchlist is an error naming the collection', async () => {
  const unknown = files(`collections:\n  - name: x-typo\n    platform: x\n    watchlist: qorvex-de\n`);
  const r1 = await rsmon(['collect', '--once', '--data', unknown.dir], unknown.e);
  assert.notEqual(r1.code, 0);
  assert.match(r1.stderr, /collection "x-typo": no watchlist "qorvex-de" .*defined: qorvex-fr, high/u);
  const onCases = files(`collections:\n  - name: x-high\n    platform: x\n    watchlist: high\n`);
  const r2 = await rsmon(['collections', 'queries', '--data', onCases.dir], onCases.e);
  assert.match(r2.stderr, /collection "x-high" \(x\): watchlist "high" compares a case level/u);
  const tg = files(`collections:\n  - name: tg\n    platform: telegram\n    channels: [somechannel]\n    watchlist: qorvex-fr\n`);
  const r3 = await rsmon(['collections', 'queries', '--data', tg.dir], tg.e);
  assert.match(r3.stderr, /collection "tg" \(telegram\): watchlist "qorvex-fr": Telegram channels have no search/u);
});
