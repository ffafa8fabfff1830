// The YouTube connector through the real @googleapis/youtube client against a local Data API v3
// stand-in: uploads playlist paging and resume, search per region with its 100-unit cost, the daily
// quota budget (the collection stops for the day before overspending), quotaExceeded and a bad key.
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
import { runCollection } from '../collect/run-collection.ts';
import { createYoutubeSource, quotaDay } from './youtube-source.ts';

const CH = 'UCa1b2c3d4e5f6g7h8i9j0kA';
const calls: Array<{ path: string; q: URLSearchParams }> = [];
let uploads = ['vid0000003', 'vid0000002', 'vid0000001'];
let failWith: { status: number; reason: string } | null = null;
let server: Server;
let base = '';

const video = (id: string, i: number) => ({
  kind: 'youtube#video',
  id,
  snippet: { publishedAt: `2026-11-${String(10 + i).padStart(2, '0')}T12:00:00Z`, channelId: CH, title: `Bybit ${id}`, description: `Code JONAS${i}`, thumbnails: { high: { url: `https://i.ytimg.com/vi/${id}/hqdefault.jpg` } } },
  statistics: { viewCount: '100', likeCount: '5', commentCount: '1' },
});
const publishedAt = (id: string): string => `2026-11-${String(10 + Number(id.slice(-1))).padStart(2, '0')}T12:00:00Z`;

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://yt.test');
    calls.push({ path: url.pathname, q: url.searchParams });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
      res.end(JSON.stringify(body));
    };
    if (failWith) return send(failWith.status, { error: { code: failWith.status, message: 'refused', errors: [{ message: 'refused', domain: 'youtube.quota', reason: failWith.reason }] } });
    if (url.searchParams.get('key') !== 'yt-key') return send(400, { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', errors: [{ reason: 'keyInvalid', domain: 'usageLimits' }] } });
    switch (url.pathname) {
      case '/youtube/v3/channels':
        return send(200, { kind: 'youtube#channelListResponse', items: [{ kind: 'youtube#channel', id: CH, snippet: { title: 'Krypto mit Jonas', country: 'DE', customUrl: '@kryptojonas' }, statistics: { subscriberCount: '48100' }, contentDetails: { relatedPlaylists: { uploads: 'UU' + CH.slice(2) } } }] });
      case '/youtube/v3/playlistItems': {
        // Two uploads a page, newest first, as the uploads playlist lists them.
        const start = url.searchParams.get('pageToken') ? Number(url.searchParams.get('pageToken')) : 0;
        const slice = uploads.slice(start, start + 2);
        return send(200, { kind: 'youtube#playlistItemListResponse', items: slice.map((id) => ({ kind: 'youtube#playlistItem', contentDetails: { videoId: id, videoPublishedAt: publishedAt(id) } })), ...(start + 2 < uploads.length ? { nextPageToken: String(start + 2) } : {}) });
      }
      case '/youtube/v3/search':
        return send(200, { kind: 'youtube#searchListResponse', items: [{ kind: 'youtube#searchResult', id: { kind: 'youtube#video', videoId: 'vid0000009' } }] });
      case '/youtube/v3/videos':
        return send(200, { kind: 'youtube#videoListResponse', items: (url.searchParams.getAll('id').flatMap((s) => s.split(','))).map((id) => video(id, Number(id.slice(-1)))) });
      default:
        return send(404, { error: { code: 404, message: 'not found' } });
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

async function env() {
  const dir = tempDir('rsmon-yt-');
  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  await bus.ensureTopics(TOPIC_SPECS);
  return { bus, archive: createFileArchive(join(dir, 'evidence')), checkpoints: createFileCheckpointStore(join(dir, 'checkpoints.json')), log: createLogger('silent') };
}

const now = () => new Date('2026-12-01T12:00:00Z');

test('YouTube collection: uploads paged to the end with their quota counted, then only new uploads', async () => {
  calls.length = 0;
  uploads = ['vid0000003', 'vid0000002', 'vid0000001'];
  const [c] = parseCollections(`collections:\n  - name: yt\n    platform: youtube\n    channels: ["${CH}"]\n`, 'c.yaml');
  const e = await env();
  try {
    const src = createYoutubeSource({ apiKey: 'yt-key', baseUrl: base, now, sleep: async () => assert.fail('no wait') });
    const r = await runCollection(c!, src, e);
    assert.deepEqual([r.error, r.pages, r.items], [null, 2, 3]);
    // channels 1 + playlistItems 2 + videos 2 = 5 units
    const cp = await e.checkpoints.get('yt');
    assert.deepEqual(cp.quota, { [quotaDay(now())]: 5 });
    assert.deepEqual(calls.map((x) => x.path), ['/youtube/v3/channels', '/youtube/v3/playlistItems', '/youtube/v3/videos', '/youtube/v3/playlistItems', '/youtube/v3/videos']);

    calls.length = 0;
    uploads = ['vid0000004', 'vid0000003', 'vid0000002', 'vid0000001'];
    const again = await runCollection(c!, src, e);
    assert.deepEqual([again.error, again.items], [null, 1]);
    assert.equal(calls.filter((x) => x.path === '/youtube/v3/playlistItems').length, 1, 'stops at the first page holding a known upload');
    assert.equal(calls.find((x) => x.path === '/youtube/v3/videos')!.q.getAll('id').join(','), 'vid0000004');
  } finally {
    await e.bus.close();
  }
});

test('YouTube collection: a search costs 100 units; a budget that cannot pay for it stops the collection for the day', async () => {
  calls.length = 0;
  const [c] = parseCollections('collections:\n  - name: yts\n    platform: youtube\n    search: [{ q: bybit, regionCode: FR, relevanceLanguage: fr }]\n    dailyQuota: 150\n', 'c.yaml');
  const e = await env();
  try {
    const src = createYoutubeSource({ apiKey: 'yt-key', baseUrl: base, now });
    const r = await runCollection(c!, src, e);
    assert.deepEqual([r.error, r.items], [null, 1]);
    const search = calls.find((x) => x.path === '/youtube/v3/search')!;
    assert.deepEqual([search.q.get('regionCode'), search.q.get('relevanceLanguage'), search.q.get('q')], ['FR', 'fr', 'bybit']);
    assert.equal((await e.checkpoints.get('yts')).quota[quotaDay(now())], 102);

    calls.length = 0;
    const stopped = await runCollection(c!, src, e);
    assert.equal(stopped.error?.kind, 'quota');
    assert.match(stopped.error?.message ?? '', /daily quota of 150 units/);
    assert.equal(calls.length, 0, 'no request is made once the budget cannot pay for it');
  } finally {
    await e.bus.close();
  }
});

test('YouTube collection: quotaExceeded stops for the day; a bad key is an access problem', async () => {
  const [c] = parseCollections(`collections:\n  - name: yt\n    platform: youtube\n    channels: ["${CH}"]\n`, 'c.yaml');
  const e = await env();
  try {
    failWith = { status: 403, reason: 'quotaExceeded' };
    const q = await runCollection(c!, createYoutubeSource({ apiKey: 'yt-key', baseUrl: base, now }), e);
    assert.equal(q.error?.kind, 'quota');
    failWith = null;
    const bad = await runCollection(c!, createYoutubeSource({ apiKey: 'wrong', baseUrl: base, now }), e);
    assert.equal(bad.error?.kind, 'auth');
    assert.match(bad.error?.message ?? '', /YOUTUBE_API_KEY/);
    assert.ok(!(bad.error?.message ?? '').includes('wrong'));
  } finally {
    failWith = null;
    await e.bus.close();
  }
});
