// The collect-service lease: one `rsmon service collect` collects per deployment. Two collectors
// would fetch the same pages twice (quota spent twice) and race on the cursors. The holder renews
// the lease; a holder that dies (SIGKILL) stops renewing and another takes over once it expires.
// Embedded: a row in a SQLite file in the data dir, read-then-write in one IMMEDIATE transaction.
// Distributed: a document in Elasticsearch written with compare-and-set (infra/elasticsearch).
import { join } from 'node:path';
import { openSqlite, type SqliteDb } from '../../infra/bus/sqlite-connection.ts';

export interface LeaseHolder {
  holder: string;
  expiresAt: number;
}

export interface CollectLease {
  readonly owner: string;
  readonly ttlMs: number;
  /** Takes the lease if free, expired or ours; true when we hold it afterwards (renews it). */
  tryAcquire(now: number): Promise<boolean>;
  /** Who holds it now (null when nobody or expired), for /health of a waiting service. */
  current(now: number): Promise<LeaseHolder | null>;
  release(): Promise<void>;
  close(): Promise<void>;
}

export const COLLECT_LEASE_NAME = 'collect-service';

export function createSqliteCollectLease(dataDir: string, owner: string, ttlMs: number): CollectLease {
  const db: SqliteDb = openSqlite(join(dataDir, 'collect-lease.sqlite'));
  db.exec('CREATE TABLE IF NOT EXISTS collect_lease (name TEXT PRIMARY KEY, holder TEXT NOT NULL, expires_at INTEGER NOT NULL)');
  const get = db.prepare<[string], { holder: string; expires_at: number }>('SELECT holder, expires_at FROM collect_lease WHERE name = ?');
  const put = db.prepare<[string, string, number]>(
    `INSERT INTO collect_lease (name, holder, expires_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at`,
  );
  const remove = db.prepare<[string, string]>('DELETE FROM collect_lease WHERE name = ? AND holder = ?');
  const acquire = db.transaction((now: number): boolean => {
    const row = get.get(COLLECT_LEASE_NAME);
    if (row && row.holder !== owner && row.expires_at > now) return false;
    put.run(COLLECT_LEASE_NAME, owner, now + ttlMs);
    return true;
  });
  return {
    owner,
    ttlMs,
    tryAcquire: async (now) => acquire.immediate(now),
    async current(now) {
      const row = get.get(COLLECT_LEASE_NAME);
      return row && row.expires_at > now ? { holder: row.holder, expiresAt: row.expires_at } : null;
    },
    release: async () => void remove.run(COLLECT_LEASE_NAME, owner),
    close: async () => db.close(),
  };
}
