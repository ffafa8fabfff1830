// Transaction functions for a driver without them (node:sqlite), with better-sqlite3's semantics so
// the adapters behave the same on both: BEGIN [mode] ... COMMIT, ROLLBACK when the body throws (or
// COMMIT fails), a savepoint when already inside a transaction, and no async bodies (a transaction
// cannot span an await: other code would run inside it).
import type { SqliteTransaction } from './sqlite-driver.ts';

export interface TransactionHost {
  /** Runs one statement that takes no parameters (BEGIN, COMMIT, ...), prepared once by the host. */
  run(sql: string): void;
  inTransaction(): boolean;
}

type Mode = 'BEGIN' | 'BEGIN DEFERRED' | 'BEGIN IMMEDIATE' | 'BEGIN EXCLUSIVE';

// Backquoted: a name no application savepoint uses. Nested savepoints may share it (innermost wins).
const SAVEPOINT = '`rsmon_tx`';

export function makeTransaction<A extends unknown[], T>(host: TransactionHost, fn: (...args: A) => T): SqliteTransaction<A, T> {
  const wrap = (begin: Mode) =>
    function (this: unknown, ...args: A): T {
      const nested = host.inTransaction();
      host.run(nested ? `SAVEPOINT ${SAVEPOINT}` : begin);
      try {
        const result = fn.apply(this, args);
        if (result !== null && typeof result === 'object' && typeof (result as { then?: unknown }).then === 'function') {
          throw new TypeError('Transaction function cannot return a promise');
        }
        host.run(nested ? `RELEASE ${SAVEPOINT}` : 'COMMIT');
        return result;
      } catch (err) {
        // SQLite may already have rolled back on its own (e.g. SQLITE_FULL); only undo what is open.
        if (host.inTransaction()) {
          if (nested) {
            host.run(`ROLLBACK TO ${SAVEPOINT}`);
            host.run(`RELEASE ${SAVEPOINT}`);
          } else {
            host.run('ROLLBACK');
          }
        }
        throw err;
      }
    };
  return Object.assign(wrap('BEGIN'), {
    deferred: wrap('BEGIN DEFERRED'),
    immediate: wrap('BEGIN IMMEDIATE'),
    exclusive: wrap('BEGIN EXCLUSIVE'),
  });
}
