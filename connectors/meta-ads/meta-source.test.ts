// The Meta Ad Library connector over plain HTTP against a local Graph API stand-in: paging.next
// followed as given, the access token never archived or checkpointed, throttling (code 613 with the
// usage header) waited out, an expired token (190) reported as an access problem, and a next-page
// URL pointing at a private address refused.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';
import { createLogger } from '../../infra/log/logger.ts';
import { createFileArchive } from '../../infra/evidence/file-archive.ts';
import { TOPIC_SPECS } from '../../services/runtime/topic-specs.ts';
import { tempDir } from '../../test/helpers/cli.ts';
import { createFileCheckpointStore } from '../collect/checkpoints.ts';
import { parseCollections } from '../collect/collections-file.ts';
import { createPlatformHttp } from '../collect/platform-http.ts';
import { runCollection } from '../collect/run-collection.ts';
import { createMetaSource } from './meta-source.ts';

const TOKEN = 'EAAGm0PX4ZCpsBAFakeToken123';
const requests: URL[] = [];
let respond: (url: URL) => { status: number; body: unknown; headers?: Record<string, string> };
let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base || 'http://127.0.0.1');
    requests.push(url);
    const r = respond(url);
    res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers });
    res.end(JSON.stringify(r.body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

const ad = (id: string) => ({
  id,
  page_id: '104857600123456',
  page_name: 'Crypto Lucie',
  ad_delivery_start_time: '2026-11-03',
  ad_creative_bodies: [`Code LUCIE${id.slice(-2)} sur Bybit`],
  ad_snapshot_url: `https://www.facebook.com/ads/archive/render_ad/?id=${id}&access_token=${TOKEN}`,
  eu_total_reach: 1000,
});

const [collection] = parseCollections('collections:\n  - name: meta-fr\n    platform: meta_ads\n    searchTerms: [bybit]\n    countries: [FR, BE]\n', 'c.yaml');

async function env() {
  const dir = tempDir('rsmon-meta-');
  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  await bus.ensureTopics(TOPIC_SPECS);
  return { dir, bus, archive: createFileArchive(join(dir, 'evidence')), checkpoints: createFileCheckpointStore(join(dir, 'checkpoints.json')), log: createLogger('silent') };
}

const source = (extra: Partial<Parameters<typeof createMetaSource>[0]> = {}) =>
  createMetaSource({ accessToken: TOKEN, baseUrl: base, http: createPlatformHttp({ trustedOrigins: [base] }), sleep: async () => assert.fail('no wait expected'), ...extra });

test('Meta collection: follows paging.next to the end; the token is in no archived page and no checkpoint', async () => {
  requests.length = 0;
  respond = (url) => {
    if (url.searchParams.get('after') === 'CURSOR2') return { status: 200, body: { data: [ad('1000000000000003')] } };
    return { status: 200, body: { data: [ad('1000000000000001'), ad('1000000000000002')], paging: { cursors: { after: 'CURSOR2' }, next: `${base}/v23.0/ads_archive?access_token=${TOKEN}&after=CURSOR2&search_terms=bybit` } } };
  };
  const e = await env();
  try {
    const r = await runCollection(collection!, source(), e);
    assert.deepEqual([r.error, r.pages, r.items, r.requests], [null, 2, 3, 2]);
    const first = requests[0]!;
    assert.equal(first.pathname, '/v23.0/ads_archive');
    assert.equal(first.searchParams.get('ad_reached_countries'), '["FR","BE"]');
    assert.equal(first.searchParams.get('search_terms'), 'bybit');
    assert.equal(first.searchParams.get('ad_type'), 'ALL');
    assert.equal(requests[1]!.searchParams.get('access_token'), TOKEN, 'the next page is requested with the real token');
    for (const sub of readdirSync(join(e.dir, 'evidence'))) {
      for (const f of readdirSync(join(e.dir, 'evidence', sub))) assert.ok(!readFileSync(join(e.dir, 'evidence', sub, f), 'utf8').includes(TOKEN), 'archived page holds no token');
    }
    assert.ok(!readFileSync(join(e.dir, 'checkpoints.json'), 'utf8').includes(TOKEN));
    const cp = await e.checkpoints.get('meta-fr');
    assert.match(JSON.stringify(cp.cursor), /"since":"\d{4}-\d{2}-\d{2}"/);
  } finally {
    await e.bus.close();
  }
});

test('Meta collection: throttling (613) waits the time the usage header states; an expired token (190) is an access problem', async () => {
  let throttled = true;
  respond = () => {
    if (throttled) {
      throttled = false;
      return { status: 400, body: { error: { message: 'Calls to this api have exceeded the rate limit.', type: 'OAuthException', code: 613 } }, headers: { 'x-business-use-case-usage': '{"123":[{"type":"ads_archive","call_count":100,"estimated_time_to_regain_access":3}]}' } };
    }
    return { status: 200, body: { data: [ad('1000000000000009')] } };
  };
  const e = await env();
  try {
    const waits: number[] = [];
    const r = await runCollection(collection!, source({ sleep: async (ms) => void waits.push(ms) }), e);
    assert.deepEqual([r.error, r.items, waits], [null, 1, [180_000]]);

    respond = () => ({ status: 400, body: { error: { message: `Error validating access token: Session has expired (token ${TOKEN})`, type: 'OAuthException', code: 190, error_subcode: 463 } } });
    const denied = await runCollection(collection!, source(), e);
    assert.equal(denied.error?.kind, 'auth');
    assert.match(denied.error?.message ?? '', /META_ACCESS_TOKEN/);
    assert.ok(!(denied.error?.message ?? '').includes(TOKEN));
  } finally {
    await e.bus.close();
  }
});

test('Meta collection: a paging.next that points at a private address is refused, not followed', async () => {
  requests.length = 0;
  respond = () => ({ status: 200, body: { data: [ad('1000000000000011')], paging: { next: 'http://169.254.169.254/latest/meta-data/?access_token=x' } } });
  const e = await env();
  try {
    const r = await runCollection(collection!, source(), e);
    assert.equal(r.error?.kind, 'bad_response');
    assert.match(r.error?.message ?? '', /not following http:\/\/169\.254\.169\.254.*refused: private or reserved address/);
    assert.equal(r.items, 1, 'the page before is published');
    assert.equal(requests.length, 1);
    const cp = await e.checkpoints.get('meta-fr');
    assert.ok(!JSON.stringify(cp.cursor).includes('169.254'), 'the refused URL is not kept as the cursor');
  } finally {
    await e.bus.close();
  }
});
