// The X connector through the real twitter-api-v2 client against a local server answering with the
// documented v2 shapes: paging to the end and resuming with since_id, a 429 with reset headers (the
// wait is taken, and no request is made during it), 401, 5xx then success, and a malformed tweet
// that goes to the dead-letter topic while the rest of its page is published.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';
import { createLogger } from '../../infra/log/logger.ts';
import { createFileArchive } from '../../infra/evidence/file-archive.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import type { Bus, BusMessage } from '../../infra/ports/bus.ts';
import { TOPIC_SPECS } from '../../services/runtime/topic-specs.ts';
import { tempDir } from '../../test/helpers/cli.ts';
import { createFileCheckpointStore } from '../collect/checkpoints.ts';
import { parseCollections } from '../collect/collections-file.ts';
import { runCollection } from '../collect/run-collection.ts';
import { createXSource } from './x-source.ts';

interface Seen {
  path: string;
  query: URLSearchParams;
  auth: string | undefined;
}

const seen: Seen[] = [];
/** Per test: what the next requests to each endpoint answer. */
let script: (req: IncomingMessage, url: URL) => { status: number; body: unknown; headers?: Record<string, string> };
let server: Server;
let base = '';

const user = { id: '2244994945', username: 'crypto_lucie', name: 'Lucie', description: 'Trader', public_metrics: { followers_count: 18200 } };
const tweet = (id: string, text: string) => ({ id, text, author_id: user.id, created_at: '2026-11-30T08:15:00.000Z', edit_history_tweet_ids: [id] });
const page = (ids: string[], next?: string) => ({
  data: ids.map((id) => tweet(id, `Code LUCIE${id.slice(-2)} sur Bybit`)),
  includes: { users: [user] },
  meta: { newest_id: ids[0], oldest_id: ids[ids.length - 1], result_count: ids.length, ...(next ? { next_token: next } : {}) },
});

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x.test');
    seen.push({ path: url.pathname, query: url.searchParams, auth: req.headers.authorization });
    const { status, body, headers } = script(req, url);
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((r) => server.close(() => r())));

async function readTopic(bus: Bus, topic: string): Promise<BusMessage[]> {
  const got: BusMessage[] = [];
  const group = `reader-${Math.random()}`;
  const sub = await bus.subscribe({ group, topic, handle: async (b) => void got.push(...b) });
  while ((await bus.lag(group, topic)) > 0) await new Promise((r) => setTimeout(r, 20));
  await sub.stop();
  return got;
}

async function setup() {
  const dir = tempDir('rsmon-x-');
  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  await bus.ensureTopics(TOPIC_SPECS);
  return { dir, bus, archive: createFileArchive(join(dir, 'evidence')), checkpoints: createFileCheckpointStore(join(dir, 'checkpoints.json')), log: createLogger('silent') };
}

const [collection] = parseCollections('collections:\n  - name: x-fr\n    platform: x\n    search: ["bybit code"]\n    maxPages: 10\n', 'c.yaml');

test('X collection: pages to the end, archives each response, then resumes with since_id', async () => {
  seen.length = 0;
  script = (_req, url) => {
    if (url.searchParams.get('since_id') === '1900000000000000003') return { status: 200, body: { meta: { result_count: 0 } } };
    if (url.searchParams.get('next_token') === 'p2') return { status: 200, body: page(['1900000000000000001']) };
    return { status: 200, body: page(['1900000000000000003', '1900000000000000002'], 'p2') };
  };
  const env = await setup();
  try {
    const source = createXSource({ bearerToken: 'test-bearer', baseUrl: base, sleep: async () => assert.fail('no wait expected') });
    const first = await runCollection(collection!, source, env);
    assert.deepEqual([first.error, first.pages, first.items, first.requests], [null, 2, 3, 2]);
    assert.equal(seen[0]!.path, '/2/tweets/search/recent');
    assert.equal(seen[0]!.query.get('query'), 'bybit code');
    assert.equal(seen[0]!.query.get('expansions'), 'author_id,attachments.media_keys');
    assert.equal(seen[0]!.auth, 'Bearer test-bearer');
    const items = await readTopic(env.bus, TOPICS.raw);
    assert.deepEqual(items.map((m) => m.key).sort(), ['x:1900000000000000001', 'x:1900000000000000002', 'x:1900000000000000003']);
    const cp = await env.checkpoints.get('x-fr');
    assert.deepEqual(cp.cursor, { queries: { 'search:bybit code': { sinceId: '1900000000000000003' } }, userIds: {} });

    const second = await runCollection(collection!, source, env);
    assert.deepEqual([second.error, second.pages, second.items], [null, 1, 0]);
    assert.equal(seen[2]!.query.get('since_id'), '1900000000000000003');
  } finally {
    await env.bus.close();
  }
});

test('X collection: a 429 waits until x-rate-limit-reset with no request in between, then goes on', async () => {
  seen.length = 0;
  const t0 = 1_800_000_000_000;
  let clock = t0;
  const waits: number[] = [];
  let limited = true;
  script = () => {
    if (limited) {
      limited = false;
      return { status: 429, body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, headers: { 'x-rate-limit-limit': '450', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(t0 / 1000 + 90) } };
    }
    return { status: 200, body: page(['1900000000000000010']) };
  };
  const env = await setup();
  try {
    const source = createXSource({
      bearerToken: 't',
      baseUrl: base,
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
        const before = seen.length;
        clock += ms;
        assert.equal(seen.length, before, 'no request while waiting');
      },
    });
    const r = await runCollection(collection!, source, env);
    assert.equal(r.error, null);
    assert.deepEqual(waits, [91_000], 'waits until the reset (plus a second), once');
    assert.equal(seen.length, 2, 'one request refused, one after the reset: no hot loop');
    assert.equal(r.items, 1);
  } finally {
    await env.bus.close();
  }
});

test('X collection: a reset too far away stops the run with the cursor kept; 401 marks it failing with a clear message', async () => {
  const env = await setup();
  try {
    script = () => ({ status: 429, body: { title: 'Too Many Requests' }, headers: { 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 3600) } });
    const limited = await runCollection(collection!, createXSource({ bearerToken: 't', baseUrl: base, maxRateLimitWaitMs: 60_000, sleep: async () => assert.fail('must not wait an hour') }), env);
    assert.equal(limited.error?.kind, 'rate_limited');

    script = () => ({ status: 401, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } });
    const denied = await runCollection(collection!, createXSource({ bearerToken: 'revoked', baseUrl: base }), env);
    assert.equal(denied.error?.kind, 'auth');
    const cp = await env.checkpoints.get('x-fr');
    assert.match(cp.lastError ?? '', /^auth: X answered 401 .*X_BEARER_TOKEN/);
    assert.ok(!(cp.lastError ?? '').includes('revoked'), 'the token is never in the message');
  } finally {
    await env.bus.close();
  }
});

test('X collection: 5xx is retried with back-off; a malformed tweet is dead-lettered and the page goes on', async () => {
  seen.length = 0;
  let failures = 2;
  script = () => {
    if (failures-- > 0) return { status: 503, body: { title: 'Service Unavailable' } };
    const body = page(['1900000000000000021', '1900000000000000020']);
    (body.data[1] as Record<string, unknown>).created_at = 17;
    return { status: 200, body };
  };
  const env = await setup();
  try {
    const waits: number[] = [];
    const r = await runCollection(collection!, createXSource({ bearerToken: 't', baseUrl: base, sleep: async (ms) => void waits.push(ms) }), env);
    assert.deepEqual([r.error, r.items, r.deadLettered, r.requests], [null, 1, 1, 3]);
    assert.deepEqual(waits, [500, 1000]);
    const dlq = await readTopic(env.bus, TOPICS.dlq);
    assert.equal(dlq.length, 1);
    assert.match(dlq[0]!.headers['rs-error'] ?? '', /^\/data\/1: .*created_at/);
    assert.equal(dlq[0]!.headers['rs-stage'], 'collect');
    assert.match(dlq[0]!.headers['rs-record'] ?? '', /^archive:[0-9a-f]{64}#\/data\/1$/);
    assert.match(dlq[0]!.value.toString(), /"created_at":17/);
  } finally {
    await env.bus.close();
  }
});
