// CSV records with the line each one starts on, so every import error can point an analyst at the
// right line of the source file. A record the parser cannot read is reported and skipped, never fatal.
import { parse } from 'csv-parse/sync';
import type { Options } from 'csv-parse/sync';

export interface CsvRecord {
  /** 1-based line where the record starts (quoted fields may span lines). */
  line: number;
  fields: string[];
}

export interface CsvRecords {
  records: CsvRecord[];
  errors: Array<{ line: number; reason: string }>;
}

interface CsvErrorLike {
  message: string;
  lines?: number;
}

export function readCsvRecords(text: string): CsvRecords {
  const errors: CsvRecords['errors'] = [];
  const options: Options & { on_skip: (err: CsvErrorLike | undefined) => void } = {
    // Registers contain stray quotes inside unquoted cells (`…Netherlands""`).
    relax_quotes: true,
    // Field counts are checked per record below, so a short or long row is reported, not fatal.
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    raw: true,
    on_skip: (err) => {
      if (err) errors.push({ line: err.lines ?? 0, reason: `unreadable CSV record: ${err.message}` });
    },
  };
  const parsed = parse(text, options) as Array<{ record: string[]; info: { lines: number }; raw: string }>;
  const records = parsed.map(({ record, info, raw }) => {
    // info.lines is the line the record ends on; subtract the line breaks inside it.
    const inner = (raw.replace(/\r?\n$/, '').match(/\n/g) ?? []).length;
    return { line: info.lines - inner, fields: record };
  });
  return { records, errors };
}
