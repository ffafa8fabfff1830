// Class 3 of issue 6, second half: a latin-1 or semicolon CSV imports when told so, by option or by the
// mapping file; unknown encodings and unusable delimiters are refused by name before any row is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { readCsv, type ImportRecord } from '../../connectors/import/index.ts';
import { collect, reasonOf, tempFile } from './helpers.ts';

const mapping = { id: 'id', text: 'text', 'author.handle': 'user', publishedAt: 'date', platform: { const: 'x' } };
const textOf = (r: ImportRecord | undefined) => (r?.result.tag === 'ok' ? r.result.value.text : reasonOf(r));

test('encoding: a latin-1 file imports with encoding latin1; the evidence hash is of the file\'s own bytes', async () => {
  const line = '1;Crédit à 5% garanti;zoé;2026-03-01T10:00:00Z';
  const file = tempFile('latin1.csv', iconv.encode(`id;text;user;date\n${line}\n`, 'latin1'));
  const [rec] = await collect(readCsv(file, mapping, { encoding: 'latin1', delimiter: ';' }));
  assert.equal(textOf(rec), 'Crédit à 5% garanti');
  assert.equal(rec?.result.tag === 'ok' && rec.result.value.author.handle, 'zoé');
  assert.deepEqual(rec?.raw, iconv.encode(line, 'latin1'), 'raw bytes are the latin-1 line, not a transcoding');
  assert.equal(rec?.result.tag === 'ok' && rec.result.value.evidence.sha256, createHash('sha256').update(iconv.encode(line, 'latin1')).digest('hex'));
  // Read as UTF-8 (the default), the same file is refused row by row, never imported as mojibake.
  const asUtf8 = await collect(readCsv(file, mapping, { delimiter: ';' }));
  assert.equal(reasonOf(asUtf8[0]), 'invalid UTF-8');
});

test('encoding: windows-1252 bytes the code page leaves undefined are refused; UTF-16LE is transcoded', async () => {
  const bad = Buffer.concat([
    Buffer.from('id,text,user,date\n1,ok '),
    Buffer.from([0x80]), // the euro sign in windows-1252
    Buffer.from(',a,2026-03-01T10:00:00Z\n2,bad '),
    Buffer.from([0x81]), // undefined in windows-1252
    Buffer.from(',b,2026-03-01T10:00:00Z\n'),
  ]);
  const recs = await collect(readCsv(tempFile('cp.csv', bad), mapping, { encoding: 'windows-1252' }));
  assert.deepEqual(recs.map((r) => textOf(r)), ['ok €', 'bytes not valid in windows-1252']);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('id\ttext\tuser\tdate\r\n1\tZürich 東京\tu\t2026-03-01T10:00:00Z\r\n', 'utf16le')]);
  const [r16] = await collect(readCsv(tempFile('excel-unicode.csv', utf16), mapping, { encoding: 'utf-16le', delimiter: 'tab' }));
  assert.equal(textOf(r16), 'Zürich 東京');
});

test('encoding: an unknown name is refused by name; a UTF-8 BOM with another encoding is refused', async () => {
  const file = tempFile('x.csv', 'id,text,user,date\n');
  await assert.rejects(collect(readCsv(file, mapping, { encoding: 'latin-9000' })), /unknown encoding "latin-9000": use a name iconv-lite knows/);
  await assert.rejects(collect(readCsv(file, { ...mapping, encoding: 'klingon' })), /unknown encoding "klingon"/);
  const bom = tempFile('bom.csv', '\uFEFFid,text,user,date\n1,a,b,2026-03-01T10:00:00Z\n');
  await assert.rejects(collect(readCsv(bom, mapping, { encoding: 'latin1' })), /starts with a UTF-8 byte-order mark, but the encoding given is latin1/);
  const [ok] = await collect(readCsv(bom, mapping));
  assert.equal(textOf(ok), 'a', 'a UTF-8 BOM is dropped from the header');
});

test('delimiter: semicolon by option and from the mapping file; tab and pipe; the option overrides the mapping', async () => {
  const semi = tempFile('semi.csv', 'id;text;user;date\n1;Bonjour, à tous;u;2026-03-01T10:00:00Z\n');
  assert.equal(textOf((await collect(readCsv(semi, mapping, { delimiter: ';' })))[0]), 'Bonjour, à tous');
  const mapFile = tempFile('mapping.json', JSON.stringify({ ...mapping, delimiter: ';' }));
  assert.equal(textOf((await collect(readCsv(semi, mapFile)))[0]), 'Bonjour, à tous');
  const tab = tempFile('tab.tsv.csv', 'id\ttext\tuser\tdate\n1\t"a\tb"\tu\t2026-03-01T10:00:00Z\n');
  assert.equal(textOf((await collect(readCsv(tab, mapping, { delimiter: '\t' })))[0]), 'a\tb');
  assert.equal(textOf((await collect(readCsv(tab, mapping, { delimiter: '\\t' })))[0]), 'a\tb', 'the two characters \\t as typed in a shell');
  const pipe = tempFile('pipe.csv', 'id|text|user|date\n1|a, b; c|u|2026-03-01T10:00:00Z\n');
  assert.equal(textOf((await collect(readCsv(pipe, { ...mapping, delimiter: ';' }, { delimiter: 'pipe' })))[0]), 'a, b; c');
});

test('delimiter: a wrong or missing delimiter fails up front with a hint, not as one-column rows', async () => {
  const semi = tempFile('semi.csv', 'id;text;user;date\n1;a;u;2026-03-01T10:00:00Z\n');
  await assert.rejects(collect(readCsv(semi, mapping)), /mapped column\(s\) not in the CSV header: id, text, user, date \(the header has one column: is the delimiter ";", tab or "\|"\?\)/);
  await assert.rejects(collect(readCsv(semi, mapping, { delimiter: ';;' })), /invalid CSV delimiter ";;"/);
  await assert.rejects(collect(readCsv(semi, mapping, { delimiter: '"' })), /invalid CSV delimiter/);
});

test('encoding: a stream in windows-1252 split mid-row across chunks still decodes per row', async () => {
  const bytes = iconv.encode('id;text;user;date\n1;Prêt à 3 %;u;2026-03-01T10:00:00Z\n2;Zoë;v;2026-03-01T10:00:00Z\n', 'windows-1252');
  const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, k) => bytes.subarray(k * 7, k * 7 + 7));
  const recs = await collect(readCsv(Readable.from(chunks), mapping, { encoding: 'windows-1252', delimiter: ';', name: 'in.csv' }));
  assert.deepEqual(recs.map((r) => [r.record, textOf(r)]), [['in.csv:2', 'Prêt à 3 %'], ['in.csv:3', 'Zoë']]);
});
