// CSV import with a column mapping: rows become items, bad rows become dead letters naming the line,
// the field and the column, quoted multi-line cells keep line numbers exact, and nothing is buffered whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { readCsv, type ImportProgress } from '../../connectors/import/index.ts';
import { collect, reasonOf, tempFile } from './helpers.ts';

const mapping = {
  id: 'tweet_id',
  text: 'content',
  'author.handle': 'username',
  'author.followers': 'followers',
  publishedAt: 'date',
  platform: { const: 'x' },
  'metrics.likes': 'likes',
  links: { column: 'urls', separator: ' ' },
  // The dates below are written without an offset; the mapping says which zone they are in.
  timeZone: 'UTC',
};
const header = 'tweet_id,content,username,followers,date,likes,urls';

test('rows map to items: bare ids get the platform prefix, numbers and dates are converted, defaults filled', async () => {
  const csv = [
    header,
    '1790000000000000001,"Code promo LUCIE50 👉 qorvex, inscris-toi",cryptolucie_fr,"184,000",2026-03-01T10:00:00,120,https://qorvex.io/fr/register?ref=LUCIE50 https://linktr.ee/x',
    '1790000000000000002,Bitcoin à 100k,satoshi_daily,5400,2026-03-02T08:00:00Z,,',
  ].join('\n');
  const file = tempFile('tweets.csv', csv);
  const now = new Date('2026-11-01T00:00:00Z');
  const records = await collect(readCsv(file, mapping, { now: () => now }));
  assert.deepEqual(records.map((r) => [r.record, r.result.tag]), [['tweets.csv:2', 'ok'], ['tweets.csv:3', 'ok']]);
  const first = records[0]?.result;
  assert.ok(first?.tag === 'ok');
  const item = first.value;
  assert.equal(item.id, 'x:1790000000000000001');
  assert.equal(item.kind, 'post');
  assert.equal(item.text, 'Code promo LUCIE50 👉 qorvex, inscris-toi');
  assert.deepEqual(item.author, { id: 'cryptolucie_fr', handle: 'cryptolucie_fr', followers: 184000 });
  assert.equal(item.publishedAt, '2026-03-01T10:00:00.000Z');
  assert.equal(item.collectedAt, now.toISOString());
  assert.deepEqual(item.links, [{ url: 'https://qorvex.io/fr/register?ref=LUCIE50' }, { url: 'https://linktr.ee/x' }]);
  assert.equal(item.metrics.likes, 120);
  assert.equal(item.source.connector, 'import');
  assert.equal(item.evidence.sha256, createHash('sha256').update(csv.split('\n')[1] ?? '').digest('hex'), 'hash of the row bytes');
  const second = records[1]?.result;
  assert.ok(second?.tag === 'ok');
  assert.equal(second.value.metrics.likes, undefined, 'empty cells are left out');
});

test('bad rows are dead letters naming line, field and column; good rows after them still come through', async () => {
  const csv = [
    header,
    '1,ok,alice,10,2026-01-01,1,',
    ',no id,bob,10,2026-01-01,1,', // line 3: missing id
    '3,bad followers,carol,lots,2026-01-01,1,', // line 4
    '4,bad date,dave,10,someday,1,', // line 5
    '5,too,few,fields', // line 6
    '6,"unterminated, quote,erin,10,2026-01-01,1,', // line 7: the quote never closes; refused alone
  ].join('\r\n');
  const records = await collect(readCsv(tempFile('bad.csv', csv), mapping));
  const reasons = Object.fromEntries(records.map((r) => [r.record, reasonOf(r)]));
  assert.equal(reasons['bad.csv:2'], '(ok)');
  assert.match(reasons['bad.csv:3'] ?? '', /^invalid item: id \(column "tweet_id"\): /);
  assert.match(reasons['bad.csv:4'] ?? '', /author\.followers \(column "followers"\): Invalid input: expected number, received string/);
  assert.match(reasons['bad.csv:5'] ?? '', /publishedAt \(column "date"\): "someday" is not an ISO-8601 date-time/);
  assert.match(reasons['bad.csv:6'] ?? '', /row has 4 fields, the header has 7/);
  assert.match(reasons['bad.csv:7'] ?? '', /unreadable CSV row: .*[Qq]uote/);

  const good = [header, '7,after the bad ones,frank,10,2026-01-01,1,'].join('\n');
  const again = await collect(readCsv(tempFile('mixed.csv', `${csv.split('\r\n').slice(0, 6).join('\n')}\n${good.split('\n')[1]}\n`), mapping));
  assert.equal(again[again.length - 1]?.result.tag, 'ok');
  assert.equal(again[again.length - 1]?.record, 'mixed.csv:7');
});

test('quoted cells spanning lines (CRLF inside quotes) keep the line numbers of later rows exact', async () => {
  const csv = `${header}\r\n1,"line one\r\nline two\r\nline three",a,1,2026-01-01,1,\r\n\r\n2,plain,b,1,2026-01-01,1,\r\n3,"x ""quoted"" y",c,1,2026-01-01,1,\r\n`;
  const records = await collect(readCsv(tempFile('multi.csv', csv), mapping));
  assert.deepEqual(records.map((r) => r.record), ['multi.csv:2', 'multi.csv:6', 'multi.csv:7']);
  const [a, , c] = records.map((r) => r.result);
  assert.equal(a?.tag === 'ok' && a.value.text, 'line one\r\nline two\r\nline three');
  assert.equal(c?.tag === 'ok' && c.value.text, 'x "quoted" y');
});

test('invalid UTF-8 in a row is a dead letter; a windows-1252 file imports with encoding set', async () => {
  const row = Buffer.concat([Buffer.from('2,caf'), Buffer.from([0xe9]), Buffer.from(',b,1,2026-01-01,1,\n')]);
  const file = tempFile('mixed-enc.csv', Buffer.concat([Buffer.from(`${header}\n1,ok,a,1,2026-01-01,1,\n`), row, Buffer.from('3,ok,c,1,2026-01-01,1,\n')]));
  const records = await collect(readCsv(file, mapping));
  assert.deepEqual(records.map((r) => reasonOf(r)), ['(ok)', 'invalid UTF-8', '(ok)']);
  assert.equal(records[1]?.record, 'mixed-enc.csv:3');

  const cp1252 = iconv.encode(`${header}\n1,Crédit à 50 €,zoé,1,2026-01-01,1,\n`, 'windows-1252');
  const [decoded] = await collect(readCsv(tempFile('excel.csv', cp1252), mapping, { encoding: 'windows-1252' }));
  assert.equal(decoded?.result.tag === 'ok' && decoded.result.value.text, 'Crédit à 50 €');
});

test('a mapping naming a column the file lacks, or an unknown target field, is refused up front', async () => {
  const file = tempFile('cols.csv', 'id,text\n1,hi\n');
  await assert.rejects(collect(readCsv(file, mapping)), /mapped column\(s\) not in the CSV header: tweet_id/);
  await assert.rejects(collect(readCsv(file, { id: 'id', nonsense: 'text' })), /"nonsense" is not a NormalizedItem field/);
  await assert.rejects(collect(readCsv(file, { id: { column: 'id', type: 'weird' } })), /invalid CSV mapping/);
});

test('the mapping can be a JSON file', async () => {
  const mapFile = tempFile('mapping.json', JSON.stringify(mapping));
  const records = await collect(readCsv(tempFile('m.csv', `${header}\n1,hi,a,1,2026-01-01,1,\n`), mapFile));
  assert.equal(records[0]?.result.tag, 'ok');
});

test('an over-long row is refused without buffering it; the next row is read', async () => {
  async function* chunks() {
    yield Buffer.from(`${header}\n1,"`);
    for (let i = 0; i < 24; i++) yield Buffer.alloc(256 * 1024, 0x62);
    yield Buffer.from('",a,1,2026-01-01,1,\n2,next,b,1,2026-01-01,1,\n');
  }
  const records = await collect(readCsv(Readable.from(chunks()), mapping, { maxRowBytes: 1024 * 1024, name: 'stream.csv' }));
  assert.deepEqual(records.map((r) => [r.record, r.result.tag]), [['stream.csv:2', 'dlq'], ['stream.csv:3', 'ok']]);
  assert.match(reasonOf(records[0]), /row longer than 1048576 bytes/);
});

test('a 5 MB cell is refused by the item contract (text too long)', async () => {
  const big = 'word '.repeat(1_000_000);
  const records = await collect(readCsv(tempFile('big.csv', `${header}\n1,${big},a,1,2026-01-01,1,\n`), mapping));
  assert.match(reasonOf(records[0]), /text \(column "content"\): longer than 100000 characters/);
});

test('progress callback: every N records and a final call with totals', async () => {
  const rows = Array.from({ length: 25 }, (_, i) => `${i + 1},t${i},u,1,2026-01-01,1,`);
  const csv = `${header}\n${rows.join('\n')}\n`;
  const calls: ImportProgress[] = [];
  await collect(readCsv(tempFile('p.csv', csv), mapping, { onProgress: (p) => calls.push(p), progressEveryRecords: 10, progressIntervalMs: 60_000 }));
  assert.deepEqual(calls.map((c) => [c.records, c.done]), [[10, false], [20, false], [25, true]]);
  assert.equal(calls[2]?.bytes, Buffer.byteLength(csv));
  assert.equal(calls[2]?.totalBytes, Buffer.byteLength(csv));
});
