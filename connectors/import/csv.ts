// CSV importer: streams a CSV export record by record (quote-aware splitting, capped size), parses each
// record with csv-parse, maps it to a NormalizedItem with a column mapping, and turns every unreadable
// or invalid row into a dead letter naming its line and field.
//
// Why not csv-parse's stream parser: with skip_records_with_error it re-reports an over-long record once
// per chunk and loses the row after it, and its line counter drifts on CRLF inside quoted cells.
// Splitting first gives exact lines, the row's exact bytes for the evidence hash, and strict UTF-8.
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { dlq, type StepResult } from '../../pipelines/step-result.ts';
import type { NormalizedItem } from '../../pipelines/contracts/item.ts';
import { applyMapping, compileMapping, mappedColumns, type CompiledRule, type CsvMapping } from './csv-mapping.ts';
import { finishItem } from './finish-item.ts';
import { DEFAULT_MAX_LINE_BYTES, splitLines } from './line-splitter.ts';
import { ProgressReporter } from './progress.ts';
import type { ImportOptions, ImportRecord } from './types.ts';

export interface CsvOptions extends ImportOptions {
  delimiter?: string;
  /** Source encoding (e.g. "windows-1252" for Excel exports); default UTF-8, decoded strictly. */
  encoding?: string;
  /** Longest accepted row in bytes (default 8 MB); longer rows become dead letters without being buffered. */
  maxRowBytes?: number;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function message(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.length > 200 ? `${m.slice(0, 200)}…` : m;
}

/** Parse exactly one CSV record into its cells. */
function cells(text: string, delimiter: string): string[] {
  const rows = parse(text, { delimiter, record_delimiter: ['\n'], relax_column_count: true, skip_empty_lines: false }) as string[][];
  if (rows.length !== 1) throw new Error(`expected one record, found ${rows.length}`);
  return rows[0] ?? [];
}

function rowResult(text: string, raw: Buffer, header: string[], rules: CompiledRule[], opts: { delimiter: string; name: string; record: string; now: Date }): StepResult<NormalizedItem> {
  let values: string[];
  try {
    values = cells(text, opts.delimiter);
  } catch (e) {
    return dlq(`unreadable CSV row: ${message(e)}`);
  }
  if (values.length !== header.length) return dlq(`row has ${values.length} fields, the header has ${header.length}`);
  const row: Record<string, string> = {};
  header.forEach((col, i) => {
    row[col] = values[i] ?? '';
  });
  const candidate = applyMapping(row, rules, opts.name);
  // Name the CSV column next to the item field, so the analyst knows which cell to fix.
  const columnOf = (path: string) => {
    const rule = rules.find((r) => r.path.join('.') === path || path.startsWith(`${r.path.join('.')}.`));
    return rule?.column ? `${path} (column "${rule.column}")` : path;
  };
  return finishItem(candidate, raw, opts.now, `import/${opts.record}`, columnOf);
}

export async function* readCsv(
  input: string | NodeJS.ReadableStream,
  mapping: CsvMapping | Record<string, unknown> | string,
  opts: CsvOptions = {},
): AsyncGenerator<ImportRecord> {
  const rules = compileMapping(mapping);
  const isPath = typeof input === 'string';
  const name = opts.name ?? (isPath ? basename(input) : 'stdin');
  const now = opts.now ?? (() => new Date());
  const delimiter = opts.delimiter ?? ',';
  const maxBytes = opts.maxRowBytes ?? DEFAULT_MAX_LINE_BYTES;
  const progress = new ProgressReporter(opts.onProgress, isPath ? statSync(input).size : null, opts.progressIntervalMs, opts.progressEveryRecords);

  const source: Readable = isPath ? createReadStream(input, { highWaterMark: 256 * 1024 }) : (input as Readable);
  let bytes: AsyncIterable<Uint8Array | string> = source;
  if (opts.encoding && !/^utf-?8$/i.test(opts.encoding)) {
    // Transcode to UTF-8 first; byte counts then refer to the transcoded stream.
    bytes = source.pipe(iconv.decodeStream(opts.encoding)).pipe(iconv.encodeStream('utf8')) as unknown as AsyncIterable<Buffer>;
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let header: string[] | null = null;
  try {
    for await (const line of splitLines(bytes, { maxBytes, onBytes: (n) => progress.addBytes(n), quoted: true })) {
      const record = `${name}:${line.lineNo}`;
      if (line.tooLong) {
        if (!header) throw new Error(`${record}: CSV header longer than ${maxBytes} bytes`);
        const rec: ImportRecord = { record, raw: line.prefix, result: dlq(`row longer than ${maxBytes} bytes (${line.length} bytes; dead letter keeps the first ${line.prefix.length})`) };
        progress.record('dlq');
        yield rec;
        continue;
      }
      let raw = line.bytes;
      if (line.lineNo === 1 && raw.subarray(0, 3).equals(BOM)) raw = raw.subarray(3);
      if (raw.length === 0) continue;
      let text: string;
      try {
        text = decoder.decode(raw);
      } catch {
        if (!header) throw new Error(`${record}: CSV header is not valid UTF-8 (pass the file's encoding)`);
        progress.record('dlq');
        yield { record, raw, result: dlq('invalid UTF-8') };
        continue;
      }
      if (!header) {
        header = cells(text, delimiter).map((h) => h.trim());
        const present = new Set(header);
        const missing = mappedColumns(rules).filter((c) => !present.has(c));
        if (missing.length) throw new Error(`${name}: mapped column(s) not in the CSV header: ${missing.join(', ')}`);
        continue;
      }
      const rec: ImportRecord = { record, raw, result: rowResult(text, raw, header, rules, { delimiter, name, record, now: now() }) };
      progress.record(rec.result.tag);
      yield rec;
    }
    progress.finish();
  } finally {
    if (isPath) source.destroy();
  }
}
