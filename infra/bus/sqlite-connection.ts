// Opens a SQLite file the way both embedded adapters (bus and store) need it, and turns
// SQLite errors into PipelineErrors that say whether retrying can help.
//
// Durability choice: WAL + synchronous=NORMAL. In WAL mode a transaction is committed once its
// frames are written to the -wal file; NORMAL only skips the fsync at commit. A SIGKILL (or any
// process crash) therefore never loses a committed transaction: the bytes are in the OS page
// cache and the next opener replays the WAL. Only an OS crash or power loss can roll back the
// last few transactions, and even then the database stays consistent (never corrupt).
// FULL would fsync every commit (~10x slower publishes) to cover power loss, which the
// embedded single-machine mode does not promise; Kafka/Elasticsearch is the answer there.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { PipelineError } from '../../pipelines/step-result.ts';

export type SqliteDb = Database.Database;

/** How long a writer waits for another connection's write lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

export function openSqlite(file: string): SqliteDb {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: SqliteDb;
  try {
    db = new Database(file);
  } catch (err) {
    throw toPipelineError(err, `open ${file}`);
  }
  // busy_timeout first: switching to WAL itself needs a lock when another process has the file open.
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}

// Codes where the same call can succeed later: lock contention (another process writing),
// transient I/O, a full disk that an operator may free. Everything else (schema mismatch,
// corrupt file, misuse) needs a human.
const RETRIABLE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|PROTOCOL|INTERRUPT)/;

export function toPipelineError(err: unknown, what: string): PipelineError {
  if (err instanceof PipelineError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  const retriable = typeof code === 'string' && RETRIABLE_CODES.test(code);
  const message = err instanceof Error ? err.message : String(err);
  return new PipelineError(`sqlite ${what}: ${message}`, { retriable, cause: err });
}

/**
 * Runs a synchronous better-sqlite3 call behind an async port method: refuses once the owner is
 * closed, and turns SQLite errors into rejected promises carrying `retriable`.
 */
export function guardedCall(assertOpen: () => void): <T>(what: string, fn: () => T) => Promise<T> {
  return async (what, fn) => {
    assertOpen();
    try {
      return fn();
    } catch (err) {
      throw toPipelineError(err, what);
    }
  };
}
