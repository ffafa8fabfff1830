// Splits a byte stream into records without ever holding more than one (capped) record: an over-long
// record is skipped to its end and reported with only a short prefix, so a 2 GB line cannot exhaust
// memory. CSV records that span lines (a quoted cell holding a line break) are assembled from these
// physical lines by csv-records.ts, which needs each line's own terminator (keepCr).

export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;
/** How much of an over-long record is kept for the dead letter. */
export const MAX_RAW_PREFIX = 64 * 1024;

export type Line =
  | { lineNo: number; tooLong: false; bytes: Buffer }
  | { lineNo: number; tooLong: true; prefix: Buffer; length: number };

export interface SplitOptions {
  maxBytes: number;
  onBytes: (n: number) => void;
  /** Keep a trailing CR on the line (CSV: a CRLF inside a quoted cell belongs to the cell). */
  keepCr?: boolean;
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** Yields every record (LF-terminated; a trailing CR is removed) with the 1-based line it starts on. */
export async function* splitLines(source: AsyncIterable<Uint8Array | string>, opts: SplitOptions): AsyncGenerator<Line> {
  const { maxBytes, onBytes, keepCr = false } = opts;
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let skipped = 0;
  let prefix: Buffer = Buffer.alloc(0);
  let lineNo = 1;

  const take = (): Line => {
    let line: Line;
    if (skipping) line = { lineNo, tooLong: true, prefix, length: skipped };
    else {
      let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
      if (!keepCr && bytes.length && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
      line = { lineNo, tooLong: false, bytes };
    }
    lineNo += 1;
    parts = [];
    size = 0;
    skipping = false;
    skipped = 0;
    prefix = Buffer.alloc(0);
    return line;
  };
  const append = (piece: Buffer) => {
    if (skipping) skipped += piece.length;
    else if (size + piece.length > maxBytes) {
      // Keep a copy of the beginning only, and drop the references to the buffered chunks.
      prefix = Buffer.from(Buffer.concat([...parts, piece.subarray(0, MAX_RAW_PREFIX)]).subarray(0, MAX_RAW_PREFIX));
      skipping = true;
      skipped = size + piece.length;
      parts = [];
      size = 0;
    } else if (piece.length) {
      parts.push(piece);
      size += piece.length;
    }
  };

  for await (const chunk of source) {
    const buf = toBuffer(chunk);
    onBytes(buf.length);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      if (nl === -1) {
        append(buf.subarray(start));
        break;
      }
      append(buf.subarray(start, nl));
      yield take();
      start = nl + 1;
    }
  }
  if (size > 0 || skipping) yield take();
}
