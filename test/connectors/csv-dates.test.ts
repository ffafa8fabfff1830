// Class 5 of issue 6, CSV part: dates like "December 31, 1999", "1", "-1" and "2026-02-30" were stored
// as written. A date column now takes ISO-8601 with an offset, or a declared format and IANA zone, and
// becomes a UTC instant; anything else is a dead letter naming the column, the value and the line. The
// machine's zone is never used: the same file gives the same instants under any TZ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readCsv } from '../../connectors/import/index.ts';
import { collect, reasonOf, tempFile } from './helpers.ts';
import { REPO } from '../helpers/cli.ts';

const base = { id: 'id', text: 'text', 'author.handle': 'user', platform: { const: 'x' } };
const header = 'id,text,user,date';
const file = (name: string, dates: string[]) => tempFile(name, `${[header, ...dates.map((d, i) => `${i + 1},t,u,${d.includes(',') ? `"${d}"` : d}`)].join('\n')}\n`);
const outcome = (r: Awaited<ReturnType<typeof collect>>[number]) => (r.result.tag === 'ok' ? r.result.value.publishedAt : r.result.reason);

test('dates: without a format only ISO-8601 with Z or an offset is taken, normalised to UTC; impossible dates are refused', async () => {
  const values = ['2026-03-01T10:00:00+01:00', '2026-03-01T10:00:00.5Z', 'December 31, 1999', '1', '-1', '2026-02-30T10:00:00Z', '2026-02-30', '2026-03-01T10:00:00', '2026'];
  const records = await collect(readCsv(file('iso.csv', values), { ...base, publishedAt: 'date' }));
  assert.deepEqual(records.map((r) => [r.record, outcome(r)]), [
    ['iso.csv:2', '2026-03-01T09:00:00.000Z'],
    ['iso.csv:3', '2026-03-01T10:00:00.500Z'],
    ['iso.csv:4', 'invalid item: publishedAt (column "date"): "December 31, 1999" is not an ISO-8601 date-time'],
    ['iso.csv:5', 'invalid item: publishedAt (column "date"): "1" is not an ISO-8601 date-time'],
    ['iso.csv:6', 'invalid item: publishedAt (column "date"): "-1" is not an ISO-8601 date-time'],
    ['iso.csv:7', 'invalid item: publishedAt (column "date"): "2026-02-30T10:00:00Z" is not an ISO-8601 date-time (you specified 30 (of type number) as a day, which is invalid)'],
    ['iso.csv:8', 'invalid item: publishedAt (column "date"): "2026-02-30" is not an ISO-8601 date-time (you specified 30 (of type number) as a day, which is invalid)'],
    ['iso.csv:9', 'invalid item: publishedAt (column "date"): "2026-03-01T10:00:00" has no UTC offset and the mapping declares no timeZone for it'],
    ['iso.csv:10', 'invalid item: publishedAt (column "date"): "2026" is not an ISO-8601 date-time'],
  ]);
});

test('dates: a dd/MM/yyyy HH:mm column in Europe/Paris, across both DST changes; the skipped and the repeated hour are refused', async () => {
  const values = [
    '15/01/2026 12:00', // winter, UTC+1
    '15/07/2026 12:00', // summer, UTC+2
    '29/03/2026 01:59', // just before the spring change
    '29/03/2026 02:30', // does not exist: clocks go from 02:00 to 03:00
    '29/03/2026 03:00', // first minute after the change, UTC+2
    '25/10/2026 01:59', // before the autumn change, UTC+2
    '25/10/2026 02:30', // happens twice (at UTC+2, then at UTC+1): no single instant
    '25/10/2026 03:00', // after the autumn change, UTC+1
    '31/02/2026 10:00', // impossible
    '2026-01-15 12:00', // not the declared format
  ];
  const mapping = { ...base, publishedAt: { column: 'date', format: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris' } };
  const records = await collect(readCsv(file('paris.csv', values), mapping));
  assert.deepEqual(records.map((r) => outcome(r)), [
    '2026-01-15T11:00:00.000Z',
    '2026-07-15T10:00:00.000Z',
    '2026-03-29T00:59:00.000Z',
    'invalid item: publishedAt (column "date"): "29/03/2026 02:30" does not exist in Europe/Paris (the clocks skipped it)',
    '2026-03-29T01:00:00.000Z',
    '2026-10-24T23:59:00.000Z',
    'invalid item: publishedAt (column "date"): "25/10/2026 02:30" happened twice in Europe/Paris (the clocks went back); only a value with its UTC offset names one instant',
    '2026-10-25T02:00:00.000Z',
    'invalid item: publishedAt (column "date"): "31/02/2026 10:00" is not a date in format dd/MM/yyyy HH:mm (you specified 31 (of type number) as a day, which is invalid)',
    'invalid item: publishedAt (column "date"): "2026-01-15 12:00" is not a date in format dd/MM/yyyy HH:mm (the input "2026-01-15 12:00" can\'t be parsed as format dd/MM/yyyy HH:mm)',
  ]);
  assert.equal(records[3]?.record, 'paris.csv:5', 'the dead letter names the line');
});

test('dates: epoch seconds and millis, a date-only format with the mapping-wide zone, an offset in the value wins', async () => {
  const csv = `id,text,user,date,start,stop\n1,t,u,1767225600,2026-03-01,2026-03-01T10:00:00-05:00\n2,t,u,1767225600.5,2026-13-01,x\n`;
  const mapping = {
    ...base,
    timeZone: 'America/New_York',
    publishedAt: { column: 'date', format: 'epoch-seconds' },
    'ad.deliveryStart': { column: 'start', format: 'yyyy-MM-dd' },
    'ad.deliveryStop': 'stop',
    'ad.euTotalReach': { const: 0 },
  };
  const [first, second] = await collect(readCsv(tempFile('epoch.csv', csv), mapping));
  assert.ok(first?.result.tag === 'ok', reasonOf(first));
  assert.equal(first.result.value.publishedAt, '2026-01-01T00:00:00.000Z');
  assert.equal(first.result.value.ad?.deliveryStart, '2026-03-01T05:00:00.000Z');
  assert.equal(first.result.value.ad?.deliveryStop, '2026-03-01T15:00:00.000Z');
  assert.match(reasonOf(second), /^invalid item: ad\.deliveryStart \(column "start"\): "2026-13-01" is not a date in format yyyy-MM-dd .*; ad\.deliveryStop \(column "stop"\): "x" is not an ISO-8601 date-time$/);
  const millis = await collect(readCsv(tempFile('ms.csv', `${header}\n1,t,u,1767225600123\n2,t,u,soon\n`), { ...base, publishedAt: { column: 'date', format: 'epoch-millis' } }));
  assert.deepEqual(millis.map((r) => outcome(r)), ['2026-01-01T00:00:00.123Z', 'invalid item: publishedAt (column "date"): "soon" is not a number of milliseconds since 1970-01-01T00:00:00Z']);
});

test('dates: zones are IANA names; "local", "system" or a typo are refused up front; format only on date columns', async () => {
  const f = file('z.csv', ['2026-03-01T10:00:00Z']);
  await assert.rejects(collect(readCsv(f, { ...base, publishedAt: { column: 'date', timeZone: 'local' } })), /publishedAt: "local" is not an IANA time zone/);
  await assert.rejects(collect(readCsv(f, { ...base, publishedAt: 'date', timeZone: 'system' })), /timeZone: "system" is not an IANA time zone/);
  await assert.rejects(collect(readCsv(f, { ...base, publishedAt: 'date', timeZone: 'Europe/Pariss' })), /"Europe\/Pariss" is not an IANA time zone/);
  await assert.rejects(collect(readCsv(f, { ...base, publishedAt: 'date', text: { column: 'text', format: 'x' } })), /"text": format and timeZone apply to date columns only/);
});

test('dates: the machine time zone is never used (same instants under TZ=Pacific/Chatham and TZ=America/St_Johns)', async () => {
  const f = file('tz.csv', ['2026-03-01T10:00:00', '01/03/2026 10:00', '2026-03-01T10:00:00Z']);
  const script = `
    const { readCsv } = await import(${JSON.stringify(new URL('../../connectors/import/index.ts', import.meta.url).href)});
    const m = JSON.parse(process.argv[1]);
    const out = [];
    for await (const r of readCsv(process.argv[2], m)) out.push(r.result.tag === 'ok' ? r.result.value.publishedAt : r.result.reason);
    process.stdout.write(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, offset: new Date('2026-03-01T10:00:00Z').getTimezoneOffset(), out }));`;
  const run = (tz: string, mapping: object) =>
    JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, JSON.stringify(mapping), f], { cwd: REPO, env: { ...process.env, TZ: tz } }).toString()) as { tz: string; offset: number; out: string[] };
  const isoOnly = { ...base, publishedAt: 'date' };
  const chatham = run('Pacific/Chatham', isoOnly);
  assert.equal(chatham.tz, 'Pacific/Chatham');
  assert.equal(chatham.offset, -13 * 60 - 45, 'the child really runs at UTC+13:45');
  assert.deepEqual(chatham.out, [
    'invalid item: publishedAt (column "date"): "2026-03-01T10:00:00" has no UTC offset and the mapping declares no timeZone for it',
    'invalid item: publishedAt (column "date"): "01/03/2026 10:00" is not an ISO-8601 date-time',
    '2026-03-01T10:00:00.000Z',
  ]);
  const declared = { ...base, publishedAt: { column: 'date', format: 'dd/MM/yyyy HH:mm', timeZone: 'Europe/Paris' } };
  const [a, b] = [run('Pacific/Chatham', declared), run('America/St_Johns', declared)];
  assert.equal(b.offset, 3 * 60 + 30);
  assert.deepEqual(a.out, b.out);
  assert.equal(a.out[1], '2026-03-01T09:00:00.000Z');
});
