// The Telegram connector against a local t.me stand-in serving web-preview pages: newest page, then
// older ones with before=, a polite delay between requests, resuming at the last message collected,
// 429 with Retry-After, and a channel without a public preview.
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
import { createTelegramSource } from './telegram-source.ts';
import { telegramPage } from './telegram-page.fixture.ts';

const seen: string[] = [];
let messages = [1, 2, 3, 4, 5, 6, 7];
let throttleOnce = false;
let server: Server;
let base = '';

before(async () => {
  server = createServer((req, res) => {
    seen.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://t.test');
    if (throttleOnce) {
      throttleOnce = false;
      res.writeHead(429, { 'retry-after': '7' });
      res.end();
      return;
    }
    if (url.pathname !== '/s/lucie_signals') {
      res.writeHead(302, { location: `/${url.pathname.slice(3)}` });
      res.end();
      return;
    }
    // Three messages a page, newest last as on the real page; before= gives the older ones.
    const beforeId = Number(url.searchParams.get('before') ?? Infinity);
    const older = messages.filter((id) => id < beforeId).slice(-3);
    const html = telegramPage('lucie_signals', 'Lucie', '2.5K', older.map((id) => ({ id, datetime: `2026-11-${String(10 + id).padStart(2, '0')}T09:00:00+00:00`, views: '1K', html: `Post ${id}: code <b>LUCIE${id}</b>` })), older[0] !== undefined && older[0] > 1 ? older[0] : undefined);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

const [collection] = parseCollections('collections:\n  - name: tg\n    platform: telegram\n    channels: [lucie_signals]\n    delaySeconds: 2\n', 'c.yaml');

async function env() {
  const dir = tempDir('rsmon-tg-');
  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  await bus.ensureTopics(TOPIC_SPECS);
  return { bus, archive: createFileArchive(join(dir, 'evidence')), checkpoints: createFileCheckpointStore(join(dir, 'checkpoints.json')), log: createLogger('silent') };
}

test('Telegram collection: pages back with before=, spaced by the delay, then resumes from the newest message', async () => {
  seen.length = 0;
  messages = [1, 2, 3, 4, 5, 6, 7];
  const e = await env();
  try {
    const waits: number[] = [];
    const src = createTelegramSource({ baseUrl: base, http: createPlatformHttp({ trustedOrigins: [base] }), sleep: async (ms) => void waits.push(ms) });
    const r = await runCollection(collection!, src, e);
    assert.deepEqual([r.error, r.pages, r.items], [null, 3, 7]);
    assert.deepEqual(seen, ['/s/lucie_signals', '/s/lucie_signals?before=5', '/s/lucie_signals?before=2']);
    assert.deepEqual(waits, [2000, 2000]);
    assert.deepEqual((await e.checkpoints.get('tg')).cursor, { channels: { lucie_signals: { lastId: 7 } } });

    // Two new posts: the next run reads the newest page only (it reaches message 7).
    seen.length = 0;
    messages = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    const again = await runCollection(collection!, src, e);
    assert.deepEqual([again.error, again.pages, again.items], [null, 1, 3]);
    assert.deepEqual(seen, ['/s/lucie_signals']);
    assert.deepEqual((await e.checkpoints.get('tg')).cursor, { channels: { lucie_signals: { lastId: 9 } } });
  } finally {
    await e.bus.close();
  }
});

test('Telegram collection: 429 waits Retry-After; a channel with no public preview is a clear error', async () => {
  messages = [1, 2];
  const e = await env();
  try {
    throttleOnce = true;
    const waits: number[] = [];
    const r = await runCollection(collection!, createTelegramSource({ baseUrl: base, http: createPlatformHttp({ trustedOrigins: [base] }), sleep: async (ms) => void waits.push(ms) }), e);
    assert.deepEqual([r.error, r.items, waits], [null, 2, [7000]]);

    const [missing] = parseCollections('collections:\n  - name: tg2\n    platform: telegram\n    channels: [no_such_chan]\n', 'c.yaml');
    const m = await runCollection(missing!, createTelegramSource({ baseUrl: base, http: createPlatformHttp({ trustedOrigins: [base] }) }), e);
    assert.equal(m.error?.kind, 'config');
    assert.match(m.error?.message ?? '', /no public web preview/);
  } finally {
    await e.bus.close();
  }
});
