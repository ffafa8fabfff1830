// Assembles CSV records from physical lines, so that one malformed row costs one line, never the rest
// of the file. Rules (docs/decisions/0013):
//  - a quote opens a quoted cell only as the first character of a field; elsewhere it is text (5"10);
//  - a quoted cell may hold line breaks, but such a multi-line record must close properly, within
//    maxLines lines and maxBytes bytes, and have the header's field count; otherwise the quote was a
//    stray one: its first line is refused alone and the lines after it are read again as rows.
// Every line thus ends up in exactly one record: a row or a dead letter.
import type { LineDecoder } from './csv-dialect.ts';
import { splitLines, type Line } from './line-splitter.ts';

export type CsvRecord =
  | { ok: true; lineNo: number; raw: Buffer; cells: string[]; validEncoding: boolean }
  | { ok: false; lineNo: number; raw: Buffer; reason: string };

export interface RecordOptions {
  delimiter: string;
  decoder: LineDecoder;
  maxBytes: number;
  /** Most physical lines one record may span (a quoted cell with line breaks). */
  maxLines: number;
  onBytes: (n: number) => void;
  /** The header's field count once it is known. */
  expectedFields: () => number | null;
}

/** Default cap on lines per record: far above any real post's line breaks, small enough to bound re-reading. */
export const DEFAULT_MAX_RECORD_LINES = 1000;

type Mode = 'start' | 'plain' | 'quoted' | 'closed';

interface Scan {
  cells: string[];
  cell: string;
  mode: Mode;
}

const newScan = (): Scan => ({ cells: [], cell: '', mode: 'start' });

/** Scans one line (without its terminator) from the given state: 'end' (record complete), 'open' (inside quotes) or an error. */
function scanLine(text: string, s: Scan, d: string): 'end' | 'open' | { error: string } {
  let i = 0;
  while (i < text.length) {
    if (s.mode === 'start') {
      if (text[i] === '"') {
        s.mode = 'quoted';
        i++;
      } else s.mode = 'plain';
    } else if (s.mode === 'plain') {
      const at = text.indexOf(d, i);
      if (at === -1) {
        s.cell += text.slice(i);
        i = text.length;
      } else {
        s.cells.push(s.cell + text.slice(i, at));
        s.cell = '';
        s.mode = 'start';
        i = at + d.length;
        // A delimiter at the very end leaves an empty last field.
        if (i === text.length) s.mode = 'plain';
      }
    } else if (s.mode === 'quoted') {
      const at = text.indexOf('"', i);
      if (at === -1) {
        s.cell += text.slice(i);
        i = text.length;
      } else if (text[at + 1] === '"') {
        s.cell += text.slice(i, at + 1);
        i = at + 2;
      } else {
        s.cell += text.slice(i, at);
        s.mode = 'closed';
        i = at + 1;
      }
    } else {
      if (!text.startsWith(d, i)) return { error: `${JSON.stringify(text.slice(i, i + 10))} follows the closing quote of field ${s.cells.length + 1}` };
      s.cells.push(s.cell);
      s.cell = '';
      s.mode = 'start';
      i += d.length;
      if (i === text.length) s.mode = 'plain';
    }
  }
  if (s.mode === 'quoted') return 'open';
  s.cells.push(s.cell);
  s.cell = '';
  s.mode = 'start';
  return 'end';
}

function joinLines(lines: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  lines.forEach((b, i) => {
    if (i) parts.push(Buffer.from([10]));
    parts.push(b);
  });
  const all = Buffer.concat(parts);
  return all.length && all[all.length - 1] === 13 ? all.subarray(0, all.length - 1) : all;
}

const stripCr = (b: Buffer): Buffer => (b.length && b[b.length - 1] === 13 ? b.subarray(0, b.length - 1) : b);

export async function* readRecords(source: AsyncIterable<Uint8Array | string>, o: RecordOptions): AsyncGenerator<CsvRecord> {
  const lines = splitLines(source, { maxBytes: o.maxBytes, onBytes: o.onBytes, keepCr: true })[Symbol.asyncIterator]();
  // Lines to read again after a multi-line record turned out to be a stray quote.
  const again: Line[] = [];
  const next = async (): Promise<Line | null> => {
    const queued = again.shift();
    if (queued) return queued;
    const r = await lines.next();
    return r.done ? null : r.value;
  };

  let pending: Array<Line & { tooLong: false }> = [];
  let pendingBytes = 0;
  let scan = newScan();
  let validEncoding = true;
  let openedField = 0;

  /** The open quote did not make a record: refuse its first line alone and queue the rest for re-reading. */
  const strayQuote = (why: string, extra: Line | null): CsvRecord => {
    const [first, ...rest] = pending;
    again.unshift(...rest, ...(extra ? [extra] : []));
    pending = [];
    pendingBytes = 0;
    scan = newScan();
    validEncoding = true;
    return {
      ok: false,
      lineNo: first!.lineNo,
      raw: stripCr(first!.bytes),
      reason: `unreadable CSV row: the quote opening field ${openedField} is not closed on its line and ${why}; the line is refused alone and the next line is read as a new row`,
    };
  };

  for (;;) {
    const line = await next();
    if (line === null) {
      if (pending.length) {
        yield strayQuote('the file ends before it closes', null);
        continue;
      }
      return;
    }
    if (line.tooLong) {
      if (pending.length) {
        yield strayQuote(`line ${line.lineNo} is longer than ${o.maxBytes} bytes`, line);
        continue;
      }
      yield { ok: false, lineNo: line.lineNo, raw: line.prefix, reason: `row longer than ${o.maxBytes} bytes (${line.length} bytes; dead letter keeps the first ${line.prefix.length})` };
      continue;
    }
    const body = stripCr(line.bytes);
    // Blank lines between rows are not records; inside a quoted cell they are part of the text.
    if (!pending.length && body.length === 0) continue;
    if (pending.length && (pending.length >= o.maxLines || pendingBytes + line.bytes.length + 1 > o.maxBytes)) {
      yield strayQuote(`no closing quote follows within ${pending.length >= o.maxLines ? `${o.maxLines} lines` : `${o.maxBytes} bytes`}`, line);
      continue;
    }
    const decoded = o.decoder.decode(body);
    if (!decoded.valid) validEncoding = false;
    // The line break the quoted cell spans is kept as written (LF or CRLF).
    const prev = pending[pending.length - 1];
    if (prev) scan.cell += prev.bytes[prev.bytes.length - 1] === 13 ? '\r\n' : '\n';
    const outcome = scanLine(decoded.text, scan, o.delimiter);
    pending.push(line);
    pendingBytes += line.bytes.length + 1;

    if (outcome === 'open') {
      if (pending.length === 1) openedField = scan.cells.length + 1;
      continue;
    }
    if (typeof outcome === 'object') {
      if (pending.length > 1) {
        yield strayQuote(`line ${line.lineNo} does not continue it (${outcome.error})`, null);
        continue;
      }
      yield { ok: false, lineNo: line.lineNo, raw: body, reason: `unreadable CSV row: ${outcome.error}` };
    } else {
      const expected = o.expectedFields();
      if (pending.length > 1 && expected !== null && scan.cells.length !== expected) {
        yield strayQuote(`the lines up to its close would make a row of ${scan.cells.length} fields, the header has ${expected}`, null);
        continue;
      }
      yield { ok: true, lineNo: pending[0]!.lineNo, raw: joinLines(pending.map((l) => l.bytes)), cells: scan.cells, validEncoding };
    }
    pending = [];
    pendingBytes = 0;
    scan = newScan();
    validEncoding = true;
  }
}
