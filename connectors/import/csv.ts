// CSV importer: streams a CSV export record by record (capped size, one bad row costs one line), maps
// each row to a NormalizedItem with a column mapping, and turns every unreadable or invalid row into a
// dead letter naming its line and field.
//
// Why not csv-parse: its stream parser, told to skip bad records, re-reported an over-long record once
// per chunk, lost the row after it and drifted on CRLF inside quoted cells; and no CSV parser resumes
// after a stray quote at the next line. csv-records.ts assembles records from lines itself, which gives
// exact lines, each row's exact bytes for the evidence hash, and strict decoding (docs/decisions/0013).
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { dlq, type StepResult } from '../../pipelines/step-result.ts';
import type { NormalizedItem } from '../../pipelines/contracts/item.ts';
import { applyMapping, compileMapping, mappedColumns, type CompiledRule, type CsvMapping } from './csv-mapping.ts';
import { lineDecoder, resolveDelimiter } from './csv-dialect.ts';
import { DEFAULT_MAX_RECORD_LINES, readRecords } from './csv-records.ts';
import { finishItem } from './finish-item.ts';
import { DEFAULT_MAX_LINE_BYTES } from './line-splitter.ts';
import { ProgressReporter } from './progress.ts';
import type { ImportOptions, ImportRecord } from './types.ts';

export interface CsvOptions extends ImportOptions {
  /** "," (default), ";", "|", tab, or a name: comma, semicolon, tab, pipe. Overrides the mapping's "delimiter". */
  delimiter?: string;
  /** Source encoding, an iconv-lite name (e.g. "latin1", "windows-1252"); default UTF-8, decoded strictly. Overrides the mapping's "encoding". */
  encoding?: string;
  /** Longest accepted row in bytes (default 8 MB); longer rows become dead letters without being buffered. */
  maxRowBytes?: number;
  /** Most lines a row with quoted line breaks may span (default 1000). */
  maxRowLines?: number;
}

const BOM = '\uFEFF';

function rowResult(values: string[], raw: Buffer, header: string[], rules: CompiledRule[], opts: { name: string; record: string; now: Date }): StepResult<NormalizedItem> {
  if (values.length !== header.length) return dlq(`row has ${values.length} fields, the header has ${header.length}`);
  const row: Record<string, string> = {};
  header.forEach((col, i) => {
    row[col] = values[i] ?? '';
  });
  const { candidate, errors } = applyMapping(row, rules, opts.name);
  if (errors.length) return dlq(`invalid item: ${errors.join('; ')}`);
  // Name the CSV column next to the item field, so the analyst knows which cell to fix.
  const columnOf = (path: string) => {
    const rule = rules.find((r) => r.path.join('.') === path || path.startsWith(`${r.path.join('.')}.`));
    return rule?.column ? `${path} (column "${rule.column}")` : path;
  };
  return finishItem(candidate, raw, opts.now, `import/${opts.record}`, columnOf);
}

/** Resolves the mapping, delimiter and encoding as readCsv will, throwing on the first unusable one. */
export function checkCsvOptions(mapping: CsvMapping | Record<string, unknown> | string, opts: Pick<CsvOptions, 'encoding' | 'delimiter'> = {}) {
  const compiled = compileMapping(mapping);
  return { compiled, delimiter: resolveDelimiter(opts.delimiter ?? compiled.delimiter), decoder: lineDecoder(opts.encoding ?? compiled.encoding) };
}

export async function* readCsv(
  input: string | NodeJS.ReadableStream,
  mapping: CsvMapping | Record<string, unknown> | string,
  opts: CsvOptions = {},
): AsyncGenerator<ImportRecord> {
  const { compiled, delimiter, decoder } = checkCsvOptions(mapping, opts);
  const { rules } = compiled;
  const isPath = typeof input === 'string';
  const name = opts.name ?? (isPath ? basename(input) : 'stdin');
  const now = opts.now ?? (() => new Date());
  const maxBytes = opts.maxRowBytes ?? DEFAULT_MAX_LINE_BYTES;
  const progress = new ProgressReporter(opts.onProgress, isPath ? statSync(input).size : null, opts.progressIntervalMs, opts.progressEveryRecords);

  const source: Readable = isPath ? createReadStream(input, { highWaterMark: 256 * 1024 }) : (input as Readable);
  let header: string[] | null = null;
  try {
    const records = readRecords(decoder.prepare(source), {
      delimiter,
      decoder,
      maxBytes,
      maxLines: opts.maxRowLines ?? DEFAULT_MAX_RECORD_LINES,
      onBytes: (n) => progress.addBytes(n),
      expectedFields: () => header?.length ?? null,
    });
    for await (const rec of records) {
      const record = `${name}:${rec.lineNo}`;
      if (!header) {
        if (!rec.ok) throw new Error(`${record}: CSV header: ${rec.reason}`);
        if (!rec.validEncoding) throw new Error(`${record}: CSV header is not valid ${decoder.name} (pass the file's encoding)`);
        const first = rec.cells[0] ?? '';
        if (first.startsWith(BOM)) rec.cells[0] = first.slice(1);
        else if (first.startsWith('\u00EF\u00BB\u00BF')) throw new Error(`${record}: the file starts with a UTF-8 byte-order mark, but the encoding given is ${decoder.name}`);
        header = rec.cells.map((h) => h.trim());
        const present = new Set(header);
        const missing = mappedColumns(rules).filter((c) => !present.has(c));
        if (missing.length) {
          const hint = header.length === 1 && delimiter === ',' && /[;\t|]/.test(header[0] ?? '') ? ' (the header has one column: is the delimiter ";", tab or "|"?)' : '';
          throw new Error(`${name}: mapped column(s) not in the CSV header: ${missing.join(', ')}${hint}`);
        }
        continue;
      }
      let result: StepResult<NormalizedItem>;
      if (!rec.ok) result = dlq(rec.reason);
      else if (!rec.validEncoding) result = dlq(decoder.name === 'utf-8' ? 'invalid UTF-8' : `bytes not valid in ${decoder.name}`);
      else result = rowResult(rec.cells, rec.raw, header, rules, { name, record, now: now() });
      progress.record(result.tag);
      yield { record, raw: rec.raw, result };
    }
    progress.finish();
  } finally {
    if (isPath) source.destroy();
  }
}
