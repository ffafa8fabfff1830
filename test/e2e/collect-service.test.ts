// The scheduled collector and crashes: `rsmon service collect` under a lease (a second one waits
// and takes over after the first is SIGKILLed), and `rsmon collect --once` SIGKILLed mid-page
// again and again against a slow many-page Telegram stand-in: nothing lost, nothing stored twice,
// and the cursor ends at the newest message.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rsmon, startRsmon, tempDir } from '../helpers/cli.ts';
import { telegramPage, type FixtureMessage } from '../../connectors/telegram/telegram-page.fixture.ts';
import { openSqlite } from '../../infra/bus/sqlite-connection.ts';

const CHANNEL = 'crash_chan';
const N = 240;
const PER_PAGE = 20;
let telegramUrl = '';
let served = 0;
let server: Server;

before(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake.test');
    const beforeId = Number(url.searchParams.get('before') ?? N + 1);
    const msgs: FixtureMessage[] = [];
    for (let id = Math.max(1, beforeId - PER_PAGE); id < beforeId && id <= N; id++) {
      msgs.push({ id, datetime: new Date(Date.UTC(2026, 10, 1) + id * 60_000).toISOString(), views: '1K', html: `Message ${id} about qorvex` });
    }
    // Slow enough that a kill lands inside a run, between fetch, archive, publish and cursor.
    setTimeout(() => {
      served++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      // The "more" link, as t.me shows it while older messages exist.
      res.end(telegramPage(CHANNEL, 'Crash Chan', '1K', msgs, msgs.length && msgs[0]!.id > 1 ? msgs[0]!.id : undefined));
    }, 60);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  telegramUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

function setup(schedule?: string): { dir: string; env: Record<string, string> } {
  const dir = tempDir('rsmon-collect-svc-');
  const file = join(dir, 'collections.yaml');
  writeFileSync(
    file,
    `collections:\n  - name: tg-crash\n    platform: telegram\n    channels: [${CHANNEL}]\n    delaySeconds: 0\n    maxPages: 100\n${schedule ? `    schedule: "${schedule}"\n` : ''}`,
  );
  return { dir, env: { TELEGRAM_WEB_URL: telegramUrl, COLLECTIONS_FILE: file, LOG_LEVEL: 'warn' } };
}

function rawIds(dir: string): string[] {
  const db = openSqlite(join(dir, 'bus.sqlite'));
  try {
    // Before the first run got as far as creating the bus, there is nothing on it.
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'messages'").get()) return [];
    return db.prepare<[], { key: string }>("SELECT key FROM messages WHERE topic = 'rs.items.raw'").all().map((r) => r.key);
  } finally {
    db.close();
  }
}

const expected = Array.from({ length: N }, (_, i) => `telegram:${CHANNEL}/${i + 1}`).sort();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('collect --once SIGKILLed mid-page repeatedly: no item lost, none stored twice, cursor at the newest message', { timeout: 120_000 }, async () => {
  const { dir, env } = setup();
  let kills = 0;
  // Kill after the k-th page of a run was served (while it is archived/published/checkpointed),
  // or a few ms later (while the next page is in flight): inside a run, at varying points.
  for (const [k, extraMs] of [[2, 0], [3, 25], [1, 10], [4, 45], [2, 70]] as const) {
    const child = startRsmon(['collect', '--once', '--data', dir], env);
    const exited = new Promise((r) => child.on('close', r));
    const start = served;
    while (served < start + k && child.exitCode === null) await sleep(5);
    await sleep(extraMs);
    const killed = child.exitCode === null && child.kill('SIGKILL');
    if (killed) kills++;
    process.stdout.write(`# k=${k} served=${served - start} killed=${killed} exit=${child.exitCode}\n`);
    await exited;
  }
  assert.ok(kills >= 3, `at least three runs were killed mid-way (${kills})`);
  const partial = new Set(rawIds(dir));
  assert.ok(partial.size < N, `the kills interrupted collection (${partial.size} of ${N} published before the final run)`);
  const final = await rsmon(['collect', '--once', '--data', dir], env);
  assert.equal(final.code, 0, final.stderr + final.stdout);
  const published = rawIds(dir);
  assert.deepEqual([...new Set(published)].sort(), expected, 'every message reached rs.items.raw');

  const ran = await rsmon(['run', '--once', '--no-sample', '--quiet', '--data', dir], env);
  assert.equal(ran.code, 0, ran.stderr);
  const store = openSqlite(join(dir, 'store.sqlite'));
  try {
    const rows = store.prepare<[], { id: string }>("SELECT id FROM docs WHERE idx = 'items'").all().map((r) => r.id);
    assert.equal(rows.length, new Set(rows).size, 'no item stored twice');
    assert.deepEqual([...new Set(rows)].sort(), expected, 'the stored set equals the platform set');
  } finally {
    store.close();
  }
  const checkpoints = JSON.parse(readFileSync(join(dir, 'collect-checkpoints.json'), 'utf8')) as Record<string, { cursor: { channels: Record<string, { newest?: number; before?: number }> } }>;
  const cursor = checkpoints['tg-crash']!.cursor.channels[CHANNEL]!;
  assert.equal(cursor.before, undefined, `the pass is complete: ${JSON.stringify(cursor)}`);
  assert.ok(JSON.stringify(cursor).includes(String(N)), `the cursor names the newest message ${N}: ${JSON.stringify(cursor)}`);
  process.stdout.write(`# kills ${kills}, published before the final run ${partial.size}/${N}, rs.items.raw messages ${published.length} (distinct ${new Set(published).size})\n`);
});

async function health(port: number): Promise<{ status: number; body: { services: Array<{ detail: { state: string } }> } }> {
  const res = await fetch(`http://127.0.0.1:${port}/health`);
  return { status: res.status, body: (await res.json()) as { services: Array<{ detail: { state: string } }> } };
}

async function waitFor<T>(what: string, fn: () => Promise<T | null>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown = null;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v !== null) return v;
    } catch (e) {
      last = e;
    }
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}

test('service collect: one holds the lease and collects on schedule; a second waits and takes over within the lease time after SIGKILL', { timeout: 120_000 }, async () => {
  const { dir, env } = setup('*/2 * * * * *');
  const ttl = 3_000;
  const portA = 19_000 + Math.floor(Math.random() * 20_000);
  const portB = portA + 1;
  const a = startRsmon(['service', 'collect', '--data', dir], { ...env, METRICS_PORT: String(portA), COLLECT_LEASE_TTL_MS: String(ttl) });
  const aExit = new Promise((r) => a.on('close', r));
  try {
    await waitFor('A collecting', async () => ((await health(portA)).body.services[0]!.detail.state === 'collecting' ? true : null), 20_000);
    const b = startRsmon(['service', 'collect', '--data', dir], { ...env, METRICS_PORT: String(portB), COLLECT_LEASE_TTL_MS: String(ttl) });
    const bExit = new Promise((r) => b.on('close', r));
    try {
      const hb = await waitFor('B up', async () => health(portB), 20_000);
      assert.equal(hb.body.services[0]!.detail.state, 'standby', JSON.stringify(hb.body));
      const metrics = await waitFor('A fetched items', async () => {
        const text = await (await fetch(`http://127.0.0.1:${portA}/metrics`)).text();
        return /rsmon_collect_items_total\{collection="tg-crash"\} [1-9]/.test(text) ? text : null;
      }, 30_000);
      assert.match(metrics, /rsmon_collect_lease_held 1/);
      a.kill('SIGKILL');
      await aExit;
      const killedAt = Date.now();
      await waitFor('B takes over', async () => ((await health(portB)).body.services[0]!.detail.state === 'collecting' ? true : null), ttl + 5_000);
      const tookMs = Date.now() - killedAt;
      assert.ok(tookMs <= ttl + 2_000, `takeover within the lease time (+ one renewal period): ${tookMs} ms`);
      await waitFor('all items collected', async () => (new Set(rawIds(dir)).size === N ? true : null), 60_000);
      b.kill('SIGTERM');
      const code = await bExit;
      assert.equal(code, 0, 'SIGTERM stops the service cleanly');
      process.stdout.write(`# lease takeover after SIGKILL: ${tookMs} ms (ttl ${ttl} ms)\n`);
    } finally {
      b.kill('SIGKILL');
    }
  } finally {
    a.kill('SIGKILL');
  }
  assert.deepEqual([...new Set(rawIds(dir))].sort(), expected);
});

test('rsmon run (continuous) collects the collections that have credentials and processes them; one without credentials is left out', { timeout: 120_000 }, async () => {
  const { dir, env } = setup('*/2 * * * * *');
  writeFileSync(env.COLLECTIONS_FILE!, `${readFileSync(env.COLLECTIONS_FILE!, 'utf8')}  - name: x-nocreds\n    platform: x\n    search: [qorvex]\n`);
  const child = startRsmon(['run', '--no-sample', '--data', dir], { ...env, X_BEARER_TOKEN: '' });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const exited = new Promise((r) => child.on('close', r));
  try {
    await waitFor('the collected items stored', async () => {
      const store = openSqlite(join(dir, 'store.sqlite'));
      try {
        if (!store.prepare("SELECT 1 FROM sqlite_master WHERE name = 'docs'").get()) return null;
        const row = store.prepare<[], { n: number }>("SELECT count(*) AS n FROM docs WHERE idx = 'items'").get();
        return row && row.n === N ? true : null;
      } finally {
        store.close();
      }
    }, 90_000);
    assert.match(stderr, /collecting tg-crash;/, stderr);
    assert.doesNotMatch(stderr, /x-nocreds/, stderr);
  } finally {
    child.kill('SIGTERM');
  }
  assert.equal(await exited, 0, stderr);
});
