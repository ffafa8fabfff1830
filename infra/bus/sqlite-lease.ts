// Consumer lease: at most one live consumer per (group, topic) in a SQLite bus file, across
// processes. A holder renews it every heartbeat; a crashed holder (SIGKILL) simply stops renewing
// and the lease expires after its TTL, so a restarted process takes over within TTL.
// Commits are fenced on the lease owner, so a consumer that lost its lease (e.g. its event loop
// stalled past the TTL) can never move the group's offset: its batch is redelivered instead.
import type { SqliteDb } from './sqlite-connection.ts';

export interface Lease {
  /** Takes the lease if free, expired or already ours; true when we hold it afterwards. */
  tryAcquire(now: number): boolean;
  /** Extends our lease; false when another owner has taken it. */
  renew(now: number): boolean;
  /** True while the lease row names us (checked inside the commit transaction). */
  isOwner(): boolean;
  release(): void;
}

export function createLease(db: SqliteDb, group: string, topic: string, owner: string, ttlMs: number): Lease {
  const get = db.prepare<[string, string], { owner: string; expires_at: number }>(
    'SELECT owner, expires_at FROM leases WHERE "group" = ? AND topic = ?',
  );
  const put = db.prepare<[string, string, string, number]>(
    `INSERT INTO leases ("group", topic, owner, expires_at) VALUES (?, ?, ?, ?)
     ON CONFLICT ("group", topic) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at`,
  );
  const extend = db.prepare<[number, string, string, string]>(
    'UPDATE leases SET expires_at = ? WHERE "group" = ? AND topic = ? AND owner = ?',
  );
  const remove = db.prepare<[string, string, string]>('DELETE FROM leases WHERE "group" = ? AND topic = ? AND owner = ?');

  // IMMEDIATE: read-then-write must be atomic against another process doing the same.
  const acquire = db.transaction((now: number): boolean => {
    const row = get.get(group, topic);
    if (row && row.owner !== owner && row.expires_at > now) return false;
    put.run(group, topic, owner, now + ttlMs);
    return true;
  });

  return {
    tryAcquire: (now) => acquire.immediate(now),
    renew: (now) => extend.run(now + ttlMs, group, topic, owner).changes === 1,
    isOwner: () => get.get(group, topic)?.owner === owner,
    release: () => void remove.run(group, topic, owner),
  };
}
