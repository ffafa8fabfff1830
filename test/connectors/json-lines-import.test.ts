// JSON lines import: every kind of bad line becomes a dead letter naming the line and the field,
// good lines keep flowing after bad ones, and nothing is ever buffered beyond one capped line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { readJsonLines, type ImportProgress } from '../../connectors/import/index.ts';
import type { BadInputCase } from '../../connectors/sample/bad-input.ts';
import { sampleBadInputPath, sampleItemsPath } from '../../connectors/sample/sample-connector.ts';
import { baseItem, collect, reasonOf, tempFile } from './helpers.ts';

const cases = JSON.parse(readFileSync(new URL('../../connectors/sample/bad-input.cases.json', import.meta.url), 'utf8')) as BadInputCase[];

test('the sample data set imports without a single dead letter', async () => {
  const records = await collect(readJsonLines(sampleItemsPath()));
  assert.ok(records.length >= 420);
  assert.deepEqual(records.filter((r) => r.result.tag !== 'ok').map((r) => `${r.record}: ${reasonOf(r)}`), []);
  assert.equal(records[0]?.record, 'items.jsonl:1');
});

test('bad-input.jsonl: each bad kind is a dead letter naming the field; good lines still come through', async () => {
  const records = await collect(readJsonLines(sampleBadInputPath()));
  const byLine = new Map(records.map((r) => [Number(r.record.split(':').pop()), r]));
  for (const c of cases) {
    const r = byLine.get(c.line);
    assert.ok(r, `line ${c.line} (${c.what}) produced no record`);
    assert.equal(r.record, `bad-input.jsonl:${c.line}`);
    if (c.reasonIncludes === null) {
      assert.equal(r.result.tag, 'ok', `${c.what}: ${reasonOf(r)}`);
      // A neutralised line (an oversized part capped) says which field was cut.
      if (r.result.tag === 'ok') assert.deepEqual(r.result.value.truncations?.map((t) => t.field), c.truncated ? [c.truncated] : undefined, c.what);
    } else {
      assert.equal(r.result.tag, 'dlq', `${c.what} should be refused`);
      assert.ok(reasonOf(r).includes(c.reasonIncludes), `${c.what}: reason "${reasonOf(r)}" lacks "${c.reasonIncludes}"`);
    }
  }
  // The empty line is not a record; everything else is.
  assert.equal(records.length, cases.length);
  const lastOk = records.filter((r) => r.result.tag === 'ok').pop();
  assert.equal(lastOk?.record, `bad-input.jsonl:${cases[cases.length - 1]?.line}`, 'good line after bad ones still yielded');
});

test('dead letters keep the original bytes, including invalid UTF-8', async () => {
  const bad = Buffer.concat([Buffer.from('{"id":"x:1","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
  const file = tempFile('latin1.jsonl', Buffer.concat([bad, Buffer.from('\n'), Buffer.from(JSON.stringify(baseItem())), Buffer.from('\n')]));
  const [first, second] = await collect(readJsonLines(file));
  assert.equal(reasonOf(first), 'invalid UTF-8');
  assert.deepEqual(first?.raw, bad);
  assert.equal(second?.result.tag, 'ok');
});

test('a 5 MB text is refused as too long; a post with 10,000 links is refused', async () => {
  const huge = JSON.stringify(baseItem({ text: 'lorem ipsum '.repeat(440_000) }));
  assert.ok(huge.length > 5_000_000);
  const links = JSON.stringify(baseItem({ id: 'x:2', links: Array.from({ length: 10_000 }, (_, i) => ({ url: `https://example.com/${i}` })) }));
  const file = tempFile('big.jsonl', `${huge}\n${links}\n${JSON.stringify(baseItem({ id: 'x:3' }))}\n`);
  const records = await collect(readJsonLines(file));
  assert.equal(records.length, 3);
  assert.match(reasonOf(records[0]), /^invalid item: text: longer than 100000 characters/);
  assert.match(reasonOf(records[1]), /links: more than 500 links/);
  assert.equal(records[2]?.result.tag, 'ok');
});

test('a line above the byte cap is refused without being buffered, and the next line is read', async () => {
  async function* chunks() {
    yield Buffer.from(`${JSON.stringify(baseItem())}\n{"text":"`);
    for (let i = 0; i < 40; i++) yield Buffer.alloc(256 * 1024, 0x61);
    yield Buffer.from(`"}\n${JSON.stringify(baseItem({ id: 'x:9' }))}`);
  }
  const records = await collect(readJsonLines(Readable.from(chunks()), { maxLineBytes: 1024 * 1024, name: 'feed' }));
  assert.deepEqual(records.map((r) => [r.record, r.result.tag]), [['feed:1', 'ok'], ['feed:2', 'dlq'], ['feed:3', 'ok']]);
  assert.match(reasonOf(records[1]), /line longer than 1048576 bytes \(10485771 bytes/);
  assert.equal(records[1]?.raw.length, 64 * 1024, 'only a prefix is kept');
});

test('CRLF line endings, a BOM and blank lines are handled; lines split across chunks join up', async () => {
  const a = JSON.stringify(baseItem({ id: 'x:10', text: 'première ligne – ok' }));
  const b = JSON.stringify(baseItem({ id: 'x:11' }));
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${a}\r\n\r\n   \r\n${b}\r\n`)]);
  // Three-byte chunks split both the CRLFs and the multi-byte characters.
  const chunks = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) => bytes.subarray(i * 3, i * 3 + 3));
  const records = await collect(readJsonLines(Readable.from(chunks)));
  assert.deepEqual(records.map((r) => r.record), ['stdin:1', 'stdin:4']);
  assert.ok(records.every((r) => r.result.tag === 'ok'));
  const first = records[0]?.result;
  assert.equal(first?.tag === 'ok' && first.value.text, 'première ligne – ok');
  assert.ok(!records[1]?.raw.includes(13), 'CR is not part of the record');
});

test('missing evidence.sha256 is the SHA-256 of the line bytes; missing collectedAt is now; other gaps are named', async () => {
  const { collectedAt: _c, evidence: _e, ...rest } = baseItem();
  const line = JSON.stringify(rest);
  const noPlatform = JSON.stringify(baseItem({ platform: undefined }));
  const file = tempFile('fill.jsonl', `${line}\n${noPlatform}\n`);
  const now = new Date('2026-11-01T00:00:00.000Z');
  const [filled, missing] = await collect(readJsonLines(file, { now: () => now }));
  assert.equal(filled?.result.tag, 'ok');
  if (filled?.result.tag === 'ok') {
    assert.equal(filled.result.value.evidence.sha256, createHash('sha256').update(line).digest('hex'));
    assert.equal(filled.result.value.collectedAt, now.toISOString());
  }
  assert.match(reasonOf(missing), /platform/);
});

test('progress is reported every N records and once at the end, with byte counts', async () => {
  const lines = Array.from({ length: 95 }, (_, i) => JSON.stringify(baseItem({ id: `x:${i + 1}` }))).join('\n');
  const file = tempFile('progress.jsonl', `${lines}\n`);
  const calls: ImportProgress[] = [];
  await collect(readJsonLines(file, { onProgress: (p) => calls.push(p), progressEveryRecords: 10, progressIntervalMs: 60_000 }));
  assert.deepEqual(calls.filter((c) => !c.done).map((c) => c.records), [10, 20, 30, 40, 50, 60, 70, 80, 90]);
  const last = calls[calls.length - 1];
  assert.equal(last?.done, true);
  assert.equal(last?.records, 95);
  assert.equal(last?.ok, 95);
  assert.equal(last?.bytes, Buffer.byteLength(lines) + 1);
  assert.equal(last?.totalBytes, last?.bytes);
});

test('time-based progress: at most one call per interval', async () => {
  const lines = Array.from({ length: 20_000 }, (_, i) => JSON.stringify(baseItem({ id: `x:${i + 1}` }))).join('\n');
  const interval = 40;
  const calls: Array<{ at: number; done: boolean }> = [];
  const t0 = Date.now();
  await collect(readJsonLines(tempFile('t.jsonl', lines), { onProgress: (p) => calls.push({ at: p.at, done: p.done }), progressIntervalMs: interval }));
  // However fast or slow the machine: no two reports before the final one closer than the interval, by
  // the reporter's own clock (a clock read in the callback drifts with pauses between the two readings),
  // and the final call says done.
  assert.equal(calls.at(-1)?.done, true);
  let previous = t0;
  for (const c of calls.slice(0, -1)) {
    assert.equal(c.done, false);
    assert.ok(c.at - previous >= interval, `calls ${c.at - previous} ms apart, interval ${interval} ms`);
    previous = c.at;
  }
});

test('breaking out early releases the file', async () => {
  const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify(baseItem({ id: `x:${i + 1}` }))).join('\n');
  let n = 0;
  for await (const _r of readJsonLines(tempFile('early.jsonl', lines))) if (++n === 3) break;
  assert.equal(n, 3);
});
