// Ingest: records from a connector -> rs.items.raw (keyed by item id); refused records -> rs.dlq
// with the record locator (file:line), so an analyst can find and fix the source.
import type { Bus, OutgoingMessage } from '../../infra/ports/bus.ts';
import type { Logger } from '../../infra/log/logger.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import type { NormalizedItem } from '../../pipelines/contracts/item.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import type { StepResult } from '../../pipelines/step-result.ts';
import { publishDeadLetters } from '../runtime/dead-letter.ts';
import type { CursorStore } from './ingest-cursor.ts';

export interface SourceRecord {
  record: string;
  raw: Buffer;
  result: StepResult<NormalizedItem>;
}

export interface IngestSource {
  /** Stable name of the source, e.g. "sample" or "import:/path/items.jsonl". */
  id: string;
  /** Changes when the source's content changes (size + mtime, or a hash); resets the cursor. */
  fingerprint: string;
  records: () => AsyncIterable<SourceRecord>;
}

export interface IngestProgress {
  source: string;
  records: number;
  published: number;
  deadLettered: number;
  skipped: number;
}

export interface IngestDeps {
  bus: Bus;
  log: Logger;
  cursors?: CursorStore;
  chunk?: number;
  onProgress?: (p: IngestProgress) => void;
}

export async function ingestSource(source: IngestSource, deps: IngestDeps): Promise<IngestProgress> {
  const chunkSize = deps.chunk ?? 500;
  const resumeAt = (await deps.cursors?.get(source.id, source.fingerprint)) ?? 0;
  const progress: IngestProgress = { source: source.id, records: 0, published: 0, deadLettered: 0, skipped: 0 };
  let items: OutgoingMessage[] = [];
  let dead: DeadLetter[] = [];

  const flush = async () => {
    if (items.length) await deps.bus.publish(TOPICS.raw, items);
    await publishDeadLetters(deps.bus, dead);
    progress.published += items.length;
    progress.deadLettered += dead.length;
    for (const d of dead) deps.log.warn({ record: d.record, reason: d.reason }, 'dead-lettered');
    items = [];
    dead = [];
    await deps.cursors?.set(source.id, source.fingerprint, progress.records);
    deps.onProgress?.({ ...progress });
  };

  for await (const rec of source.records()) {
    progress.records++;
    if (progress.records <= resumeAt) {
      progress.skipped++;
      continue;
    }
    if (rec.result.tag === 'ok') {
      const item = rec.result.value;
      items.push({ key: item.id, value: JSON.stringify(item) });
    } else {
      dead.push({ value: rec.raw, key: null, reason: rec.result.reason, sourceTopic: source.id, stage: 'ingest', record: rec.record });
    }
    if (items.length + dead.length >= chunkSize) await flush();
  }
  await flush();
  return progress;
}
