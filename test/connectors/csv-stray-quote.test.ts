// Class 3 of issue 6, "one stray quote loses the rest of a CSV": a quote inside a cell (5"10) or one
// that never closes cost every later row. A quote now opens a quoted cell only at a field's start, a
// quoted cell that does not close properly costs its own line only, and every line of the file ends up
// in exactly one item or one dead letter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCsv } from '../../connectors/import/index.ts';
import type { ImportRecord } from '../../connectors/import/index.ts';
import { collect, reasonOf, tempFile } from './helpers.ts';

const mapping = { id: 'id', text: 'text', 'author.handle': 'user', publishedAt: 'date', platform: { const: 'x' } };
const header = 'id,text,user,date';
const row = (i: number, text = `post ${i}`) => `${i},${text},user${i},2026-03-01T10:00:00Z`;

/** Lines of the file each record covers (a row with quoted line breaks covers several). */
function coveredLines(records: ImportRecord[]): number[] {
  return records.flatMap((r) => {
    const start = Number(r.record.split(':').pop());
    const span = r.raw.toString('utf8').split('\n').length;
    return Array.from({ length: span }, (_, k) => start + k);
  });
}

function assertEveryLineOnce(records: ImportRecord[], lastLine: number) {
  const lines = coveredLines(records).sort((a, b) => a - b);
  assert.deepEqual(lines, Array.from({ length: lastLine - 1 }, (_, k) => k + 2), 'every line after the header is in exactly one item or dead letter');
}

test('stray quote: a quote inside a cell (5"10) is text, not the start of a quoted cell', async () => {
  const csv = [header, row(1, 'she is 5"10 tall'), row(2, 'a "quoted" word mid-cell'), row(3)].join('\n');
  const records = await collect(readCsv(tempFile('inches.csv', csv), mapping));
  assert.deepEqual(records.map((r) => reasonOf(r)), ['(ok)', '(ok)', '(ok)']);
  const texts = records.map((r) => (r.result.tag === 'ok' ? r.result.value.text : null));
  assert.deepEqual(texts, ['she is 5"10 tall', 'a "quoted" word mid-cell', 'post 3']);
});

test('stray quote: an unclosed quote in row 3 of 203 costs that row only: 202 items + 1 dead letter naming its line', async () => {
  const rows = Array.from({ length: 203 }, (_, k) => row(k + 1));
  rows[2] = '3,"never closed,user3,2026-03-01T10:00:00Z';
  const csv = `${[header, ...rows].join('\n')}\n`;
  const records = await collect(readCsv(tempFile('unclosed.csv', csv), mapping));
  const dead = records.filter((r) => r.result.tag === 'dlq');
  assert.equal(records.filter((r) => r.result.tag === 'ok').length, 202);
  assert.deepEqual(dead.map((r) => r.record), ['unclosed.csv:4']);
  assert.match(reasonOf(dead[0]), /unreadable CSV row: the quote opening field 2 is not closed on its line and the file ends before it closes/);
  assert.equal(dead[0]?.raw.toString('utf8'), rows[2], 'the dead letter keeps the bytes of that line only');
  assertEveryLineOnce(records, 204);
});

test('stray quote: an unclosed quote before rows that have quoted cells stops at the next quote and costs one line', async () => {
  const rows = Array.from({ length: 50 }, (_, k) => row(k + 1, `"cell, with comma ${k + 1}"`));
  rows[9] = '10,"oops,user10,2026-03-01T10:00:00Z';
  const csv = [header, ...rows].join('\r\n');
  const records = await collect(readCsv(tempFile('quoted.csv', csv), mapping));
  assert.deepEqual(records.filter((r) => r.result.tag === 'dlq').map((r) => r.record), ['quoted.csv:11']);
  assert.match(reasonOf(records.find((r) => r.record === 'quoted.csv:11')), /line 12 does not continue it/);
  assert.equal(records.filter((r) => r.result.tag === 'ok').length, 49);
  const eleventh = records.find((r) => r.record === 'quoted.csv:12')?.result;
  assert.equal(eleventh?.tag === 'ok' && eleventh.value.text, 'cell, with comma 11');
  assertEveryLineOnce(records, 51);
});

test('stray quote: a quoted cell with line breaks (LF and CRLF) is still one row, also right after a stray quote', async () => {
  const csv = [
    header,
    '1,"broken,user1,2026-03-01T10:00:00Z', // line 2: stray
    '2,"first line\r\nsecond line\r\n\r\nfourth, with comma",user2,2026-03-01T10:00:00Z', // lines 3-6
    '3,"a ""quoted"" word\nand a new line",user3,2026-03-01T10:00:00Z', // lines 7-8
    row(4), // line 9
  ].join('\r\n');
  const records = await collect(readCsv(tempFile('multi.csv', `\uFEFF${csv}\r\n`), mapping));
  assert.deepEqual(records.map((r) => [r.record, r.result.tag]), [['multi.csv:2', 'dlq'], ['multi.csv:3', 'ok'], ['multi.csv:7', 'ok'], ['multi.csv:9', 'ok']]);
  const texts = records.map((r) => (r.result.tag === 'ok' ? r.result.value.text : null));
  assert.deepEqual(texts, [null, 'first line\r\nsecond line\r\n\r\nfourth, with comma', 'a "quoted" word\nand a new line', 'post 4']);
  assertEveryLineOnce(records, 9);
});

test('stray quote: the quote that would close it leaves a row of the wrong width -> one line refused, the rest re-read', async () => {
  // Line 2's quote is closed by the inch mark before a comma on line 3: read together they make 3 fields.
  const csv = [header, '1,"he said,user1,2026-03-01T10:00:00Z', '2,6",user2', row(3)].join('\n');
  const records = await collect(readCsv(tempFile('width.csv', csv), mapping));
  assert.deepEqual(records.map((r) => [r.record, r.result.tag]), [['width.csv:2', 'dlq'], ['width.csv:3', 'dlq'], ['width.csv:4', 'ok']]);
  assert.match(reasonOf(records[0]), /would make a row of 3 fields, the header has 4/);
  assert.equal(reasonOf(records[1]), 'row has 3 fields, the header has 4');
  assertEveryLineOnce(records, 4);
});

test('stray quote: an unclosed quote swallows at most maxRowLines lines or maxRowBytes bytes before it is re-read', async () => {
  const rows = Array.from({ length: 40 }, (_, k) => row(k + 1));
  rows[0] = '1,"open,user1,2026-03-01T10:00:00Z';
  rows[20] = '21,"open again,user21,2026-03-01T10:00:00Z';
  const csv = [header, ...rows].join('\n');
  const byLines = await collect(readCsv(tempFile('cap.csv', csv), mapping, { maxRowLines: 5 }));
  assert.deepEqual(byLines.filter((r) => r.result.tag === 'dlq').map((r) => r.record), ['cap.csv:2', 'cap.csv:22']);
  assert.match(reasonOf(byLines[0]), /no closing quote follows within 5 lines/);
  assertEveryLineOnce(byLines, 41);
  const byBytes = await collect(readCsv(tempFile('cap.csv', csv), mapping, { maxRowBytes: 200 }));
  assert.deepEqual(byBytes.filter((r) => r.result.tag === 'dlq').map((r) => r.record), ['cap.csv:2', 'cap.csv:22']);
  assert.match(reasonOf(byBytes[0]), /no closing quote follows within 200 bytes/);
  assertEveryLineOnce(byBytes, 41);
});

test('stray quote: text after a closing quote ("a"b) refuses that row alone', async () => {
  const csv = [header, '1,"quoted"tail,user1,2026-03-01T10:00:00Z', row(2)].join('\n');
  const records = await collect(readCsv(tempFile('tail.csv', csv), mapping));
  assert.deepEqual(records.map((r) => [r.record, r.result.tag]), [['tail.csv:2', 'dlq'], ['tail.csv:3', 'ok']]);
  assert.match(reasonOf(records[0]), /unreadable CSV row: "tail,user1" follows the closing quote of field 2/);
});
