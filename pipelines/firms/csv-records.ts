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
  bytes?: number;
}

/** 1-based line of a byte offset, by binary search over the offsets of '\n'. */
function lineLocator(buf: Buffer): (offset: number) => number {
  const newlines: number[] = [];
  for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) newlines.push(i);
  return (offset) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((newlines[mid] ?? Infinity) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

export function readCsvRecords(text: string): CsvRecords {
  // Parse bytes, not the string: csv-parse reports byte offsets, which locate records exactly,
  // whereas its line counter drifts around skipped blank lines and multi-line cells.
  const buf = Buffer.from(text, 'utf8');
  const skipped: Array<{ end: number; message: string }> = [];
  const options: Options & { on_skip: (err: CsvErrorLike | undefined) => void } = {
    // Registers contain stray quotes inside unquoted cells (`…Netherlands""`).
    relax_quotes: true,
    // Field counts are checked per record by the caller, so a short or long row is reported, not fatal.
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (err) => {
      if (err) skipped.push({ end: err.bytes ?? buf.length, message: err.message });
    },
  };
  const parsed = parse(buf, options) as Array<{ record: string[]; info: { bytes: number } }>;

  // Each record starts where the previous one (read or skipped) ended, after any blank lines.
  const ends = [...parsed.map((p) => p.info.bytes), ...skipped.map((s) => s.end)].sort((a, b) => a - b);
  const lineOf = lineLocator(buf);
  const startLine = (end: number): number => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((ends[mid] ?? Infinity) < end) lo = mid + 1;
      else hi = mid;
    }
    let start = lo > 0 ? (ends[lo - 1] ?? 0) : 0;
    while (start < buf.length && (buf[start] === 0x0d || buf[start] === 0x0a)) start++;
    return lineOf(start);
  };
  return {
    records: parsed.map(({ record, info }) => ({ line: startLine(info.bytes), fields: record })),
    errors: skipped.map((s) => ({ line: startLine(s.end), reason: `unreadable CSV record: ${s.message.replace(/\s+at line \d+$/, '')}` })),
  };
}
