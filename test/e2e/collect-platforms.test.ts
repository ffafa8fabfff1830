// Live collection end to end, as an operator runs it: five local stand-ins for X, YouTube, the Meta
// and TikTok ad libraries and Telegram serve posts and ads by two soliciting persons and a decoy;
// `rsmon collect --once` fetches them, `rsmon run --once --no-sample` processes them, the cases come
// out, and `rsmon evidence verify` re-hashes the archived bytes behind every item.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rsmon, tempDir } from '../helpers/cli.ts';
import { telegramPage } from '../../connectors/telegram/telegram-page.fixture.ts';

const REF = (code: string) => `https://www.qorvex.io/fr/register?ref=${code}`;
const requests: Record<string, number> = { x: 0, youtube: 0, meta: 0, tiktok: 0, telegram: 0 };
const servers: Server[] = [];

async function serve(name: string, handler: (req: IncomingMessage, url: URL, body: string) => { status?: number; type?: string; body: string }): Promise<string> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      requests[name] = (requests[name] ?? 0) + 1;
      const r = handler(req, new URL(req.url ?? '/', 'http://fake.test'), body);
      res.writeHead(r.status ?? 200, { 'content-type': r.type ?? 'application/json' });
      res.end(r.body);
    });
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const json = (v: unknown) => ({ body: JSON.stringify(v) });
const env: Record<string, string> = {};

before(async () => {
  const xUser = { id: '1001', username: 'lea_crypto_fr', name: 'Léa', description: 'Trading, liens affiliés', public_metrics: { followers_count: 52000 } };
  const decoy = { id: '1002', username: 'prudence_fr', name: 'Prudence', description: 'Alertes arnaques', public_metrics: { followers_count: 8000 } };
  env.X_API_URL = await serve('x', (_req, url) =>
    url.searchParams.get('since_id')
      ? json({ meta: { result_count: 0 } })
      : json({
          data: [
            { id: '1900000000000000101', author_id: '1001', created_at: '2026-11-20T10:00:00.000Z', lang: 'fr', text: `Ouvre ton compte Qorvex avec mon lien 👉 https://t.co/AAAAAAAAA1 et touche 50 € de bonus #pub`, entities: { urls: [{ url: 'https://t.co/AAAAAAAAA1', expanded_url: REF('LEA50') }] } },
            { id: '1900000000000000102', author_id: '1002', created_at: '2026-11-21T10:00:00.000Z', lang: 'fr', text: 'Attention : Qorvex n’est pas autorisé en France. Ne vous inscrivez pas.' },
          ],
          includes: { users: [xUser, decoy] },
          meta: { newest_id: '1900000000000000102', oldest_id: '1900000000000000101', result_count: 2 },
        }),
  );
  env.YOUTUBE_API_URL = await serve('youtube', (_req, url) => {
    if (url.pathname.endsWith('/channels')) return json({ items: [{ id: 'UCleacrypto000000000000A', snippet: { title: 'Léa Crypto', country: 'FR' }, statistics: { subscriberCount: '52000' }, contentDetails: { relatedPlaylists: { uploads: 'UUleacrypto000000000000A' } } }] });
    if (url.pathname.endsWith('/playlistItems')) return json({ items: [{ contentDetails: { videoId: 'leaVideo001', videoPublishedAt: '2026-11-22T09:00:00Z' } }] });
    if (url.pathname.endsWith('/videos')) return json({ items: [{ id: 'leaVideo001', snippet: { publishedAt: '2026-11-22T09:00:00Z', channelId: 'UCleacrypto000000000000A', title: 'Qorvex : mon avis et mon code', description: `Inscription avec mon lien : ${REF('LEA50')} (lien affilié)` }, statistics: { viewCount: '12000' } }] });
    return { status: 404, body: '{}' };
  });
  env.META_GRAPH_URL = await serve('meta', () =>
    json({ data: [{ id: '5550001', page_id: '7770001', page_name: 'Marc Invest', ad_delivery_start_time: '2026-11-18', ad_creative_bodies: [`Qorvex : 0 frais la première semaine. Mon lien ${REF('MARC10')}`], eu_total_reach: 40000, target_locations: [{ name: 'France', type: 'countries' }], age_country_gender_reach_breakdown: [{ country: 'FR', age_gender_breakdowns: [{ age_range: '25-34', male: 30000, female: 10000 }] }] }] }),
  );
  env.TIKTOK_API_URL = await serve('tiktok', (_req, url) => {
    if (url.pathname === '/v2/oauth/token/') return json({ access_token: 'clt.e2e', expires_in: 7200, token_type: 'Bearer' });
    return json({ data: { ads: [{ ad: { id: 8880001, first_shown_date: 20261119, videos: [{ cover_image_url: 'https://p16.tiktokcdn.test/c.jpeg' }], reach: { unique_users_seen: '10K-100K' } }, advertiser: { business_id: 9990001, business_name: 'Marc Invest' } }], has_more: false, search_id: 's1' }, error: { code: 'ok', message: '' } });
  });
  env.TELEGRAM_WEB_URL = await serve('telegram', (_req, url) => ({
    type: 'text/html; charset=utf-8',
    body: telegramPage('lea_signaux', 'Léa Signaux', '9.1K', url.searchParams.get('before') ? [] : [{ id: 41, datetime: '2026-11-23T08:00:00+00:00', views: '4.2K', html: `Code parrainage Qorvex : <b>LEA50</b> 👉 <a href="${REF('LEA50')}">qorvex.io</a>` }]),
  }));
  // (before= older than message 41: an empty page, as t.me serves past a channel's first post)
  Object.assign(env, { X_BEARER_TOKEN: 'x-e2e', YOUTUBE_API_KEY: 'yt-e2e', META_ACCESS_TOKEN: 'meta-e2e', TIKTOK_CLIENT_KEY: 'tt-key', TIKTOK_CLIENT_SECRET: 'tt-secret' });
});

after(async () => {
  for (const s of servers) await new Promise<void>((r) => s.close(() => r()));
});

test('collect from five platforms, then the pipeline: cases for the soliciting persons, none for the decoy, evidence verifiable', { timeout: 180_000 }, async () => {
  const dir = tempDir('rsmon-collect-e2e-');
  const file = join(dir, 'collections.yaml');
  writeFileSync(
    file,
    `collections:
  - name: x-fr
    platform: x
    search: ["qorvex lang:fr"]
  - name: yt-lea
    platform: youtube
    channels: ["UCleacrypto000000000000A"]
  - name: meta-fr
    platform: meta_ads
    searchTerms: [qorvex]
    countries: [FR]
  - name: tiktok-fr
    platform: tiktok_ads
    searchTerms: [qorvex]
    countries: [FR]
  - name: tg-lea
    platform: telegram
    channels: [lea_signaux]
    delaySeconds: 0
`,
  );
  const e = { ...env, COLLECTIONS_FILE: file, LOG_LEVEL: 'warn' };
  const collected = await rsmon(['collect', '--once', '--data', dir], e);
  assert.equal(collected.code, 0, collected.stderr + collected.stdout);
  assert.match(collected.stdout, /^x-fr: 1 pages, 1 requests, 2 items, 0 dead-lettered$/m);
  assert.match(collected.stdout, /^yt-lea: 1 pages, 3 requests, 1 items, 0 dead-lettered$/m);
  assert.match(collected.stdout, /^tg-lea: 1 pages, 1 requests, 1 items/m);

  const ran = await rsmon(['run', '--once', '--no-sample', '--quiet', '--data', dir], e);
  assert.equal(ran.code, 0, ran.stderr);
  const cases = (await rsmon(['cases', '--json', '--data', dir], e)).stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { person: string; firm: string; level: string; evidence: string[] });
  const serious = cases.filter((c) => c.level === 'medium' || c.level === 'high').map((c) => `${c.person} ${c.firm}`).sort();
  assert.ok(serious.some((p) => p.startsWith('x:lea_crypto_fr qorvex')), serious.join('; '));
  assert.ok(serious.some((p) => /^youtube:.* qorvex$/.test(p)), serious.join('; '));
  assert.ok(!serious.some((p) => p.includes('prudence')), `the decoy has no case: ${serious.join('; ')}`);

  const ids = ['x:1900000000000000101', 'youtube:leaVideo001', 'meta_ads:5550001', 'tiktok:ad-8880001', 'telegram:lea_signaux/41'];
  const verified = await rsmon(['evidence', 'verify', ...ids, '--data', dir], e);
  assert.equal(verified.code, 0, verified.stdout + verified.stderr);
  assert.equal(verified.stdout.trim().split('\n').filter((l) => / OK: /.test(l)).length, 5, verified.stdout);

  const status = await rsmon(['collections', 'status', '--json', '--data', dir], e);
  const rows = status.stdout.trim().split('\n').map((l) => JSON.parse(l) as { name: string; lastSuccessAt: string | null; nextRun: string | null });
  assert.deepEqual(rows.map((r) => [r.name, r.lastSuccessAt !== null, r.nextRun !== null]), [
    ['x-fr', true, true], ['yt-lea', true, true], ['meta-fr', true, true], ['tiktok-fr', true, true], ['tg-lea', true, true],
  ]);
  process.stdout.write(`# requests per platform: ${JSON.stringify(requests)}\n`);
});

test('collect: a platform with missing credentials fails alone, with exit code 3 and the reason in the status', async () => {
  const dir = tempDir('rsmon-collect-e2e-');
  const file = join(dir, 'collections.yaml');
  writeFileSync(file, 'collections:\n  - name: x-fr\n    platform: x\n    search: [qorvex]\n  - name: tg-lea\n    platform: telegram\n    channels: [lea_signaux]\n    delaySeconds: 0\n');
  const e = { ...env, X_BEARER_TOKEN: '', COLLECTIONS_FILE: file, LOG_LEVEL: 'warn' };
  const r = await rsmon(['collect', '--once', '--data', dir], e);
  assert.equal(r.code, 3, r.stderr);
  assert.match(r.stdout, /^x-fr: .*FAILED \(auth\): X_BEARER_TOKEN is not set/m);
  assert.match(r.stdout, /^tg-lea: 1 pages, 1 requests, 1 items/m);
  const status = await rsmon(['collections', 'status', '--data', dir], e);
  assert.match(status.stdout, /missing credentials: X_BEARER_TOKEN/);
  assert.match(status.stdout, /last error: auth: X_BEARER_TOKEN is not set/);
});
