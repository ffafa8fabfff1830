// Where an ingest of a file got to, so a restart after a crash resumes instead of starting over.
// Written after each published chunk (atomic rename); a chunk published but not yet recorded is
// published again after a crash, which downstream idempotent upserts absorb.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface CursorStore {
  get(sourceId: string, fingerprint: string): number;
  set(sourceId: string, fingerprint: string, records: number): void;
}

export function createFileCursorStore(file: string): CursorStore {
  const read = (): Record<string, { fingerprint: string; records: number }> => {
    try {
      return JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      return {};
    }
  };
  return {
    get(sourceId, fingerprint) {
      const c = read()[sourceId];
      return c && c.fingerprint === fingerprint ? c.records : 0;
    },
    set(sourceId, fingerprint, records) {
      const all = read();
      all[sourceId] = { fingerprint, records };
      mkdirSync(dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(all, null, 1));
      renameSync(tmp, file);
    },
  };
}
