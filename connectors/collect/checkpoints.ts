// Where each collection got to: an opaque cursor per collection (since_id, pageToken, paging.after,
// search_id, last message id...) plus its run status. Advanced only after a page's items are
// published, so a crash between the two re-publishes a page (idempotent downstream, ids are stable)
// and never skips one. The embedded implementation is one JSON file written by atomic rename.
import { mkdirSync, readFileSync, renameSync, writeFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export const checkpointSchema = z.object({
  /** Platform-specific; only the platform's source reads it. */
  cursor: z.record(z.string(), z.unknown()).default({}),
  lastRunAt: z.string().nullable().default(null),
  lastSuccessAt: z.string().nullable().default(null),
  lastError: z.string().nullable().default(null),
  items: z.number().int().nonnegative().default(0),
  pages: z.number().int().nonnegative().default(0),
  requests: z.number().int().nonnegative().default(0),
  /** Quota units spent per day (YouTube), keyed by the quota day. */
  quota: z.record(z.string(), z.number()).default({}),
});

export type Checkpoint = z.infer<typeof checkpointSchema>;

export interface CheckpointStore {
  get(collection: string): Promise<Checkpoint>;
  put(collection: string, checkpoint: Checkpoint): Promise<void>;
  all(): Promise<Record<string, Checkpoint>>;
}

export const emptyCheckpoint = (): Checkpoint => checkpointSchema.parse({});

export function createFileCheckpointStore(file: string): CheckpointStore {
  const read = (): Record<string, Checkpoint> => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw e;
    }
    // A corrupt checkpoint file must stop collection loudly: guessing would re-collect or skip.
    const parsed = z.record(z.string(), checkpointSchema).safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`checkpoint file ${file} is not valid: ${parsed.error.issues[0]?.message ?? ''}`);
    return parsed.data;
  };
  return {
    async get(collection) {
      return read()[collection] ?? emptyCheckpoint();
    },
    async put(collection, checkpoint) {
      const all = read();
      all[collection] = checkpoint;
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(all, null, 1));
      // fsync before rename: the cursor must not run ahead of what a power cut leaves on disk.
      const fd = openSync(tmp, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, file);
    },
    async all() {
      return read();
    },
  };
}
