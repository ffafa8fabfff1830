// Where an ingest of a file got to, so a restart after a crash resumes instead of starting over.
// Kept in the same checkpoint store as the platform collections (connectors/collect/checkpoints.ts:
// a JSON file in the data dir, or Elasticsearch when STORE=elasticsearch), under `import:<source>`,
// so every source resumes through one mechanism. Written after each published chunk; a chunk
// published but not yet recorded is published again after a crash, which idempotent upserts absorb.
import type { CheckpointStore } from '../../connectors/collect/checkpoints.ts';

export interface CursorStore {
  /** Records already published from this source, or 0 when its content changed (another fingerprint). */
  get(sourceId: string, fingerprint: string): Promise<number>;
  set(sourceId: string, fingerprint: string, records: number): Promise<void>;
}

const key = (sourceId: string): string => `import:${sourceId}`;

export function checkpointCursorStore(checkpoints: CheckpointStore): CursorStore {
  return {
    async get(sourceId, fingerprint) {
      const { cursor } = await checkpoints.get(key(sourceId));
      return cursor.fingerprint === fingerprint && typeof cursor.records === 'number' ? cursor.records : 0;
    },
    async set(sourceId, fingerprint, records) {
      const cp = await checkpoints.get(key(sourceId));
      const now = new Date().toISOString();
      await checkpoints.put(key(sourceId), { ...cp, cursor: { fingerprint, records }, items: records, lastRunAt: cp.lastRunAt ?? now, lastSuccessAt: now });
    },
  };
}
