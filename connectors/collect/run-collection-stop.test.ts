// A stop request (SIGTERM in the collect service, or a lost lease) ends a run at a page boundary: the
// page in hand is published and its cursor saved, the run is not recorded as a success, and the next
// run goes on from there without skipping or repeating a page.
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
import { telegramPage, type FixtureMessage } from '../telegram/telegram-page.fixture.ts';
import { createTelegramSource } from '../telegram/telegram-source.ts';
import { createFileCheckpointStore } from './checkpoints.ts';
import { parseCollections } from './collections-file.ts';
import { createPlatformHttp } from './platform-http.ts';
import { runCollection } from './run-collection.ts';

let server: Server;
let base = '';
const N = 50;
before(async () => {
  server = createServer((req, res) => {
    const b = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('before') ?? N + 1);
    const msgs: FixtureMessage[] = [];
    for (let id = Math.max(1, b - 10); id < b; id++) msgs.push({ id, datetime: '2026-11-23T08:00:00+00:00', html: `m${id}` });
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(telegramPage('stopchan', 'Stop', '1K', msgs, msgs.length && msgs[0]!.id > 1 ? msgs[0]!.id : undefined));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((r) => server.close(() => r())));

test('a stop request ends the run after the page in hand: published, cursor saved, not a success; the next run resumes', async () => {
  const dir = tempDir('rsmon-stop-');
  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  await bus.ensureTopics(TOPIC_SPECS);
  const checkpoints = createFileCheckpointStore(join(dir, 'cp.json'));
  const deps = { bus, archive: createFileArchive(join(dir, 'evidence')), checkpoints, log: createLogger('silent') };
  const [c] = parseCollections('collections:\n  - name: s\n    platform: telegram\n    channels: [stopchan]\n    delaySeconds: 0\n    maxPages: 100\n', 'inline');
  const source = () => createTelegramSource({ baseUrl: base, http: createPlatformHttp({ trustedOrigins: [base] }) });
  try {
    let pages = 0;
    const first = await runCollection(c!, source(), { ...deps, onPage: () => pages++, shouldStop: () => pages >= 2 });
    assert.equal(first.pages, 2);
    assert.equal(first.items, 20);
    const cp = await checkpoints.get('s');
    assert.equal(cp.lastSuccessAt, null, 'a stopped run is not a success');
    assert.equal(cp.items, 20, 'the cursor covers exactly the published pages');
    const rest = await runCollection(c!, source(), deps);
    assert.equal(rest.error, null);
    assert.equal(rest.items, N - 20, 'the next run resumes: no page repeated, none skipped');
    assert.notEqual((await checkpoints.get('s')).lastSuccessAt, null);
  } finally {
    await bus.close();
  }
});
