// Classes 3 and 5 of issue 6 through the real command line: `rsmon import` takes --encoding and
// --delimiter (or the mapping file's), a stray quote costs one dead letter with its file:line and bytes,
// a mistyped encoding fails before anything is published, and progress stays off stdout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import type { BusMessage } from '../../infra/ports/bus.ts';
import { rsmon, tempDir } from '../helpers/cli.ts';

const mapping = { id: 'id', text: 'text', 'author.handle': 'user', publishedAt: { column: 'date', format: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris' }, platform: { const: 'x' } };

async function published(stateDir: string, topic: string): Promise<BusMessage[]> {
  const bus = createSqliteBus({ file: join(stateDir, 'bus.sqlite') });
  const got: BusMessage[] = [];
  try {
    const sub = await bus.subscribe({ group: `test-reader-${topic}`, topic, handle: async (b) => void got.push(...b) });
    while ((await bus.lag(`test-reader-${topic}`, topic)) > 0) await new Promise((r) => setTimeout(r, 50));
    await sub.stop();
  } finally {
    await bus.close();
  }
  return got;
}

test('import CLI: a latin-1 semicolon CSV with a stray quote imports with --encoding/--delimiter; one dead letter names its line', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const rows = Array.from({ length: 203 }, (_, k) => `${k + 1};Crédit n°${k + 1} à 5"10;zoé${k + 1};01/03/2026 10:00`);
  rows[2] = '3;"jamais fermé;zoé3;01/03/2026 10:00';
  const file = join(dir, 'export.csv');
  writeFileSync(file, iconv.encode(`id;text;user;date\r\n${rows.join('\r\n')}\r\n`, 'latin1'));
  const mapFile = join(dir, 'mapping.json');
  writeFileSync(mapFile, JSON.stringify(mapping));
  const state = join(dir, 'state');
  const res = await rsmon(['import', file, '--mapping', mapFile, '--encoding', 'latin1', '--delimiter', ';', '--no-process', '--data', state]);
  assert.equal(res.code, 0, res.stderr);
  assert.equal(res.stdout, `imported ${file}: 203 records, 202 published, 1 dead-lettered\n`, 'stdout holds the summary only; progress is on stderr');

  const dlq = await published(state, TOPICS.dlq);
  assert.deepEqual(dlq.map((m) => m.headers['rs-record']), ['export.csv:4']);
  assert.deepEqual(dlq[0]?.value, iconv.encode(rows[2] ?? '', 'latin1'), 'the dead letter carries the original bytes of that line');
  const items = (await published(state, TOPICS.raw)).map((m) => JSON.parse(m.value.toString('utf8')) as { id: string; text: string; publishedAt: string });
  assert.equal(items.length, 202);
  const first = items.find((i) => i.id === 'x:1');
  assert.equal(first?.text, 'Crédit n°1 à 5"10');
  assert.equal(first?.publishedAt, '2026-03-01T09:00:00.000Z');
  assert.equal(items.some((i) => i.id === 'x:3'), false);
});

test('import CLI: the mapping file can carry encoding and delimiter; an unknown encoding fails before publishing', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const file = join(dir, 'export.csv');
  writeFileSync(file, iconv.encode('id|text|user|date\n1|Prêt|zoé|01/03/2026 10:00\n', 'windows-1252'));
  const mapFile = join(dir, 'mapping.json');
  writeFileSync(mapFile, JSON.stringify({ ...mapping, encoding: 'windows-1252', delimiter: '|' }));
  const ok = await rsmon(['import', file, '--mapping', mapFile, '--no-process', '--data', join(dir, 'a')]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /1 records, 1 published, 0 dead-lettered/);

  const bad = await rsmon(['import', file, '--mapping', mapFile, '--encoding', 'latin-1x', '--no-process', '--data', join(dir, 'b')]);
  assert.notEqual(bad.code, 0);
  assert.match(bad.stderr, /unknown encoding "latin-1x"/);
  assert.equal(bad.stdout, '');
});
