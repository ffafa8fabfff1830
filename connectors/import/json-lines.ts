// JSON lines importer: one NormalizedItem per line, read as bytes and streamed, so a file of any size
// is processed in constant memory and every bad line becomes a dead letter naming its line.
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { dlq, type StepResult } from '../../pipelines/step-result.ts';
import type { NormalizedItem } from '../../pipelines/contracts/item.ts';
import { finishItem } from './finish-item.ts';
import { DEFAULT_MAX_LINE_BYTES, splitLines } from './line-splitter.ts';
import { ProgressReporter } from './progress.ts';
import type { ByteInput, ImportOptions, ImportRecord } from './types.ts';

export interface JsonLinesOptions extends ImportOptions {
  /** Longest accepted line in bytes (default 8 MB); longer lines are refused without being buffered. */
  maxLineBytes?: number;
}

function describe(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.length > 200 ? `${msg.slice(0, 200)}…` : msg;
}

function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13 && b !== 10) return false;
  return true;
}

/** Parse one line's bytes: strict UTF-8, then JSON, then the item contract. */
function parseLine(bytes: Buffer, now: Date, record: string): StepResult<NormalizedItem> {
  let text: string;
  try {
    // fatal: a wrong byte must refuse the line, not be silently replaced by U+FFFD in evidence text.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return dlq('invalid UTF-8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return dlq(`invalid JSON: ${describe(e)}`);
  }
  return finishItem(value, bytes, now, `import/${record}`);
}

export async function* readJsonLines(input: ByteInput, opts: JsonLinesOptions = {}): AsyncGenerator<ImportRecord> {
  const maxLineBytes = opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const isPath = typeof input === 'string';
  const name = opts.name ?? (isPath ? basename(input) : 'stdin');
  const source = isPath ? createReadStream(input, { highWaterMark: 256 * 1024 }) : input;
  const progress = new ProgressReporter(opts.onProgress, isPath ? statSync(input).size : null, opts.progressIntervalMs, opts.progressEveryRecords);
  const now = opts.now ?? (() => new Date());
  try {
    for await (const line of splitLines(source as AsyncIterable<Uint8Array | string>, { maxBytes: maxLineBytes, onBytes: (n) => progress.addBytes(n) })) {
      const record = `${name}:${line.lineNo}`;
      let rec: ImportRecord;
      if (line.tooLong) {
        rec = { record, raw: line.prefix, result: dlq(`line longer than ${maxLineBytes} bytes (${line.length} bytes; dead letter keeps the first ${line.prefix.length})`) };
      } else {
        // Blank lines (trailing newline, separators) are not records.
        if (isBlank(line.bytes)) continue;
        rec = { record, raw: line.bytes, result: parseLine(line.bytes, now(), record) };
      }
      progress.record(rec.result.tag);
      yield rec;
    }
    progress.finish();
  } finally {
    // Stops reading when the consumer breaks out early.
    if (isPath) (source as ReturnType<typeof createReadStream>).destroy();
  }
}
