// Splits a byte stream into lines without ever holding more than one (capped) line: an over-long
// line is skipped to its end and reported with only a short prefix, so a 2 GB line cannot exhaust memory.

export const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;
/** How much of an over-long line is kept for the dead letter. */
export const MAX_RAW_PREFIX = 64 * 1024;

export type Line =
  | { lineNo: number; tooLong: false; bytes: Buffer }
  | { lineNo: number; tooLong: true; prefix: Buffer; length: number };

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** Yields every physical line (LF-terminated; a trailing CR is removed), numbered from 1. */
export async function* splitLines(
  source: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number,
  onBytes: (n: number) => void,
): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let skipped = 0;
  let prefix: Buffer = Buffer.alloc(0);
  let lineNo = 0;

  const take = (): Line => {
    lineNo++;
    let line: Line;
    if (skipping) line = { lineNo, tooLong: true, prefix, length: skipped };
    else {
      let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size);
      if (bytes.length && bytes[bytes.length - 1] === 13) bytes = bytes.subarray(0, bytes.length - 1);
      line = { lineNo, tooLong: false, bytes };
    }
    parts = [];
    size = 0;
    skipping = false;
    skipped = 0;
    prefix = Buffer.alloc(0);
    return line;
  };

  for await (const chunk of source) {
    const buf = toBuffer(chunk);
    onBytes(buf.length);
    let start = 0;
    for (;;) {
      const nl = buf.indexOf(10, start);
      const piece = buf.subarray(start, nl === -1 ? buf.length : nl);
      if (skipping) skipped += piece.length;
      else if (size + piece.length > maxLineBytes) {
        // Keep a copy of the beginning only; drop the references to the buffered chunks.
        prefix = Buffer.from(Buffer.concat([...parts, piece.subarray(0, MAX_RAW_PREFIX)]).subarray(0, MAX_RAW_PREFIX));
        skipping = true;
        skipped = size + piece.length;
        parts = [];
        size = 0;
      } else if (piece.length) {
        parts.push(piece);
        size += piece.length;
      }
      if (nl === -1) break;
      yield take();
      start = nl + 1;
    }
  }
  if (size > 0 || skipping) yield take();
}
