// Throttled progress reporting: a CLI progress line wants a call now and then, not one per record,
// and a slow callback must never be invoked in a tight loop over millions of lines.
import type { ImportProgress } from './types.ts';

export class ProgressReporter {
  private readonly state: ImportProgress;
  private lastAt = Date.now();
  private lastRecords = 0;

  constructor(
    private readonly onProgress: ((p: ImportProgress) => void) | undefined,
    totalBytes: number | null,
    private readonly intervalMs = 500,
    private readonly everyRecords = 0,
  ) {
    this.state = { records: 0, bytes: 0, totalBytes, ok: 0, dlq: 0, done: false, at: this.lastAt };
  }

  addBytes(n: number): void {
    this.state.bytes += n;
  }

  setBytes(n: number): void {
    this.state.bytes = n;
  }

  /** Count one record and report if the time or record threshold has passed. */
  record(tag: 'ok' | 'dlq' | 'drop'): void {
    this.state.records++;
    if (tag === 'ok') this.state.ok++;
    else this.state.dlq++;
    if (!this.onProgress) return;
    const now = Date.now();
    const byCount = this.everyRecords > 0 && this.state.records - this.lastRecords >= this.everyRecords;
    if (byCount || now - this.lastAt >= this.intervalMs) this.emit(now);
  }

  finish(): void {
    this.state.done = true;
    this.emit(Date.now());
  }

  private emit(now: number): void {
    this.lastAt = now;
    this.lastRecords = this.state.records;
    this.onProgress?.({ ...this.state, at: now });
  }
}
