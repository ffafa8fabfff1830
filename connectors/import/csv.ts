// CSV importer: streams a CSV export through csv-parse, maps each row to a NormalizedItem with a
// column mapping, and turns every unreadable or invalid row into a dead letter naming its line and field.
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import { dlq } from '../../pipelines/step-result.ts';
import { applyMapping, compileMapping, mappedColumns, type CsvMapping } from './csv-mapping.ts';
import { finishItem, sha256Hex } from './finish-item.ts';
import { LineCounter } from './line-counter.ts';
import { DEFAULT_MAX_LINE_BYTES } from './line-splitter.ts';
import { ProgressReporter } from './progress.ts';
import type { ImportOptions, ImportRecord } from './types.ts';

export interface CsvOptions extends ImportOptions {
  delimiter?: string;
  /** Source encoding (e.g. "windows-1252" for Excel exports); default UTF-8. */
  encoding?: string;
  /** Longest accepted row in characters (default 8 Mi); longer rows become dead letters. */
  maxRecordChars?: number;
}

interface ParsedRow {
  record: Record<string, string>;
  raw: string;
  info: { bytes: number; columns?: Array<{ name: string }> | boolean };
}

interface Skipped {
  bytes: number;
  reason: string;
  raw: string;
}

/** The row as written, without the line break(s) csv-parse leaves around it. */
const rowText = (raw: string): string => raw.replace(/^[\r\n]+|[\r\n]+$/g, '');

const embeddedNewlines = (row: Record<string, string>): number =>
  Object.values(row).reduce((n, v) => n + (typeof v === 'string' ? v.split('\n').length - 1 : 0), 0);

export async function* readCsv(
  input: string | NodeJS.ReadableStream,
  mapping: CsvMapping | Record<string, unknown> | string,
  opts: CsvOptions = {},
): AsyncGenerator<ImportRecord> {
  const rules = compileMapping(mapping);
  const isPath = typeof input === 'string';
  const name = opts.name ?? (isPath ? basename(input) : 'stdin');
  const now = opts.now ?? (() => new Date());
  const progress = new ProgressReporter(opts.onProgress, isPath ? statSync(input).size : null, opts.progressIntervalMs, opts.progressEveryRecords);

  const source: Readable = isPath ? createReadStream(input, { highWaterMark: 256 * 1024 }) : (input as Readable);
  const lines = new LineCounter();
  // The tap sees every byte before the parser does, so offsets reported for a row are always known.
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      lines.push(chunk);
      done(null, chunk);
    },
  });
  const parser = parse({
    columns: true,
    bom: true,
    raw: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: opts.maxRecordChars ?? DEFAULT_MAX_LINE_BYTES,
    ...(opts.delimiter ? { delimiter: opts.delimiter } : {}),
  });
  const skipped: Skipped[] = [];
  parser.on('skip', (err: CsvError & { bytes?: number }, raw?: string) => {
    skipped.push({ bytes: err.bytes ?? 0, reason: `unreadable CSV row: ${err.message}`, raw: (raw ?? '').slice(0, 64 * 1024) });
  });
  const fail = (e: Error) => parser.destroy(e);
  source.on('error', fail);
  let upstream: Readable = source;
  if (opts.encoding && !/^utf-?8$/i.test(opts.encoding)) {
    // Transcode to UTF-8 first, so byte offsets (and line numbers) refer to one encoding.
    upstream = source.pipe(iconv.decodeStream(opts.encoding)).pipe(iconv.encodeStream('utf8')) as unknown as Readable;
  }
  upstream.pipe(tap).pipe(parser);

  const skippedRecord = (s: Skipped): ImportRecord => ({
    record: `${name}:${lines.lineAt(Math.max(0, s.bytes - 1))}`,
    raw: Buffer.from(s.raw, 'utf8'),
    result: dlq(s.reason),
  });

  let headerChecked = false;
  try {
    for await (const row of parser as AsyncIterable<ParsedRow>) {
      // Skips were reported synchronously while parsing, so all those before this row are queued.
      while (skipped.length && (skipped[0]?.bytes ?? 0) <= row.info.bytes) {
        const rec = skippedRecord(skipped.shift() as Skipped);
        progress.record('dlq');
        yield rec;
      }
      if (!headerChecked) {
        headerChecked = true;
        const header = new Set(Object.keys(row.record));
        const missing = mappedColumns(rules).filter((c) => !header.has(c));
        if (missing.length) throw new Error(`${name}: mapped column(s) not in the CSV header: ${missing.join(', ')}`);
      }
      progress.setBytes(row.info.bytes);
      const endLine = lines.lineAt(Math.max(0, row.info.bytes - 1));
      const record = `${name}:${endLine - embeddedNewlines(row.record)}`;
      const text = rowText(row.raw);
      const raw = Buffer.from(text, 'utf8');
      let rec: ImportRecord;
      if (text.includes('\uFFFD')) {
        rec = { record, raw, result: dlq('invalid UTF-8 (replacement character in row)') };
      } else {
        const candidate = applyMapping(row.record, rules, name);
        const columnOf = (path: string) => {
          const rule = rules.find((r) => r.path.join('.') === path || path.startsWith(`${r.path.join('.')}.`));
          return rule?.column ? `${path} (column "${rule.column}")` : path;
        };
        if (!(candidate.evidence && typeof candidate.evidence === 'object')) candidate.evidence = { sha256: sha256Hex(raw), rawRef: `import/${record}` };
        rec = { record, raw, result: finishItem(candidate, raw, now(), `import/${record}`, columnOf) };
      }
      progress.record(rec.result.tag);
      yield rec;
    }
    while (skipped.length) {
      const rec = skippedRecord(skipped.shift() as Skipped);
      progress.record('dlq');
      yield rec;
    }
    progress.finish();
  } finally {
    source.off('error', fail);
    if (isPath) source.destroy();
  }
}
