// Maps byte offsets of a stream to 1-based line numbers while the stream flows, keeping only the
// chunks not yet passed. csv-parse's own line counter drifts on CRLF inside quoted cells; byte
// offsets do not, so CSV records are located by the offset where they end.

function countNewlines(buf: Buffer, end = buf.length): number {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1 && i < end; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

export class LineCounter {
  private chunks: Array<{ start: number; buf: Buffer; newlinesBefore: number }> = [];
  private total = 0;
  private newlines = 0;

  push(buf: Buffer): void {
    this.chunks.push({ start: this.total, buf, newlinesBefore: this.newlines });
    this.total += buf.length;
    this.newlines += countNewlines(buf);
  }

  /** Line of the byte at `offset`. Offsets must be queried in non-decreasing order: earlier chunks are forgotten. */
  lineAt(offset: number): number {
    while (this.chunks.length > 1 && (this.chunks[1]?.start ?? Infinity) <= offset) this.chunks.shift();
    const c = this.chunks[0];
    if (!c) return this.newlines + 1;
    const within = Math.max(0, Math.min(offset - c.start, c.buf.length));
    return c.newlinesBefore + countNewlines(c.buf, within) + 1;
  }
}
