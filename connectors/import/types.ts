// Shapes shared by the file importers: what each record yields and how progress is reported.
import type { NormalizedItem } from '../../pipelines/contracts/item.ts';
import type { StepResult } from '../../pipelines/step-result.ts';

/** One input record: where it came from, its original bytes, and the item or the reason it was refused. */
export interface ImportRecord {
  /** Locator an analyst can open: "<file name>:<line>", e.g. "items.jsonl:17". */
  record: string;
  /** Original bytes of the record (for refused over-long lines, only the first MAX_RAW_PREFIX bytes). */
  raw: Buffer;
  result: StepResult<NormalizedItem>;
}

export interface ImportProgress {
  records: number;
  /** Bytes consumed from the input so far. */
  bytes: number;
  /** Size of the input when known (files), else null (streams). */
  totalBytes: number | null;
  ok: number;
  dlq: number;
  /** True on the final call, once the input is exhausted. */
  done: boolean;
  /** When this report was made (ms since the epoch): the throttle's own clock reading. */
  at: number;
}

export interface ImportOptions {
  /** Name used in record locators; defaults to the file's base name, or "stdin" for streams. */
  name?: string;
  onProgress?: (p: ImportProgress) => void;
  /** Minimum time between progress calls (default 500 ms). */
  progressIntervalMs?: number;
  /** Also report after this many records since the last call (default 0 = time-based only). */
  progressEveryRecords?: number;
  /** Clock for collectedAt defaults; injectable for tests. */
  now?: () => Date;
}

/** Input accepted by the JSON lines reader: a file path, a Node stream (e.g. process.stdin) or any byte iterable. */
export type ByteInput = string | NodeJS.ReadableStream | AsyncIterable<Uint8Array | string>;
