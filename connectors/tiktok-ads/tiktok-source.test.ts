// The TikTok connector over HTTP against a local Commercial Content API stand-in: the
// client-credentials token (fetched once, sent as Bearer), search_id paging until has_more is false,
// per-country queries, a 429 daily cap, 5xx then success, and refused credentials.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
import { createTiktokSource } from './tiktok-source.ts';

const log: Array<{ path: string; auth?: string; body: Record<string, unknown> }> = [];
let mode: 'ok' | 'cap' | 'flaky' = 'ok';
let flaky = 0;
let server: Server;
let base = '';

const ad = (id: number) => ({ ad: { id, first_shown_date: 20261120, last_shown_date: 20261125, videos: [{ cover_image_url: `https://p16.tiktokcdn.test/${id}.jpeg` }], reach: { unique_users_seen: '1K-10K' } }, advertiser: { business_id: 700 + id, business_name: `Advertiser ${id}` } });

before(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://tt.test');
      const body = url.pathname === '/v2/oauth/token/' ? Object.fromEntries(new URLSearchParams(raw)) : (JSON.parse(raw || '{}') as Record<string, unknown>);
      log.push({ path: url.pathname, auth: req.headers.authorization, body });
      const send = (status: number, b: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(b));
      };
      if (url.pathname === '/v2/oauth/token/') {
        if (body.client_secret !== 'tt-secret') return send(401, { error: 'invalid_client', error_description: 'Client key or secret is incorrect.', log_id: 'x' });
        return send(200, { access_token: 'clt.TOKEN1', expires_in: 7200, token_type: 'Bearer' });
      }
      if (mode === 'cap') return send(429, { data: {}, error: { code: 'rate_limit_exceeded', message: 'daily quota reached', log_id: 'y' } });
      if (mode === 'flaky' && flaky-- > 0) return send(503, { error: { code: 'internal_error', message: 'try again' } });
      const country = (body.filters as { country_code?: string }).country_code;
      if (country === 'BE') return send(200, { data: { ads: [], has_more: false, search_id: 's-be' }, error: { code: 'ok', message: '', log_id: 'z' } });
      if (body.search_id === 's-fr') return send(200, { data: { ads: [ad(3)], has_more: false, search_id: 's-fr' }, error: { code: 'ok', message: '', log_id: 'z' } });
      return send(200, { data: { ads: [ad(1), ad(2)], has_more: true, search_id: 's-fr' }, error: { code: 'ok', message: '', log_id: 'z' } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

const [collection] = parseCollections('collections:\n  - name: tt\n    platform: tiktok_ads\n    searchTerms: [bybit]\n    countries: [FR, BE]\n', 'c.yaml');
const now = () => new Date('2026-12-01T08:00:00Z');

async function env() {
  const dir = tempDir('rsmon-tt-');
  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  await bus.ensureTopics(TOPIC_SPECS);
  return { bus, archive: createFileArchive(join(dir, 'evidence')), checkpoints: createFileCheckpointStore(join(dir, 'checkpoints.json')), log: createLogger('silent') };
}

const source = (secret = 'tt-secret', sleep: (ms: number) => Promise<void> = async () => assert.fail('no wait')) =>
  createTiktokSource({ clientKey: 'tt-key', clientSecret: secret, baseUrl: base, http: createPlatformHttp({ trustedOrigins: [base] }), now, sleep });

test('TikTok collection: one token, search_id paging per country, then the next pass starts the day before', async () => {
  log.length = 0;
  mode = 'ok';
  const e = await env();
  try {
    const r = await runCollection(collection!, source(), e);
    assert.deepEqual([r.error, r.pages, r.items], [null, 3, 3]);
    assert.deepEqual(log.map((l) => l.path), ['/v2/oauth/token/', '/v2/research/adlib/ad/query/', '/v2/research/adlib/ad/query/', '/v2/research/adlib/ad/query/']);
    assert.equal(log[1]!.auth, 'Bearer clt.TOKEN1');
    assert.deepEqual(log[1]!.body.filters, { ad_published_date_range: { min: '20261101', max: '20261201' }, country_code: 'FR' });
    assert.equal(log[2]!.body.search_id, 's-fr');
    assert.equal((log[3]!.body.filters as { country_code: string }).country_code, 'BE');
    log.length = 0;
    await runCollection(collection!, source(), e);
    assert.deepEqual((log[1]!.body.filters as { ad_published_date_range: unknown }).ad_published_date_range, { min: '20261130', max: '20261201' });
  } finally {
    await e.bus.close();
  }
});

test('TikTok collection: the daily cap stops the run; 5xx is retried; bad client credentials are an access problem', async () => {
  const e = await env();
  try {
    mode = 'cap';
    const capped = await runCollection(collection!, source(), e);
    assert.equal(capped.error?.kind, 'rate_limited');
    mode = 'flaky';
    flaky = 1;
    const waits: number[] = [];
    const flakyRun = await runCollection(collection!, source('tt-secret', async (ms) => void waits.push(ms)), e);
    assert.deepEqual([flakyRun.error, waits], [null, [500]]);
    const denied = await runCollection(collection!, source('wrong'), e);
    assert.equal(denied.error?.kind, 'auth');
    assert.match(denied.error?.message ?? '', /invalid_client: Client key or secret is incorrect.*TIKTOK_CLIENT_SECRET/);
    assert.ok(!(denied.error?.message ?? '').includes('wrong'));
  } finally {
    mode = 'ok';
    await e.bus.close();
  }
});
