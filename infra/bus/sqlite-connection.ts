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
import { PipelineError } from '../../pipelines/step-result.ts';
import { BUSY_TIMEOUT_MS, openDatabase, sqliteErrorCode, type SqliteDb } from '../sqlite/open-database.ts';

export type { SqliteDb } from '../sqlite/open-database.ts';
export { BUSY_TIMEOUT_MS };

/** Opens `file` for reading and writing, creating it and its directory if needed. */
export function openSqlite(file: string): SqliteDb {
  let db: SqliteDb;
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = openDatabase(file);
  } catch (err) {
    throw openError(err, file);
  }
  try {
    // busy_timeout is set by openDatabase first: switching to WAL needs a lock when another
    // process has the file open.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    probeWritable(db);
  } catch (err) {
    db.close();
    throw openError(err, file);
  }
  return db;
}

const ROLLBACK = Symbol('rollback');

/**
 * A file SQLite could only open read-only (read-only file, directory or disk) fails here, at open,
 * with the file's name, rather than at some later write as "attempt to write a readonly database".
 * Only a real page write shows it (a read-only file in a writable directory still lets SQLite take
 * the WAL write lock), so the probe rewrites user_version in a transaction it then rolls back.
 */
function probeWritable(db: SqliteDb): void {
  try {
    db.transaction(() => {
      db.pragma(`user_version = ${Number(db.pragma('user_version', { simple: true }))}`);
      throw ROLLBACK;
    }).immediate();
  } catch (err) {
    if (err !== ROLLBACK) throw err;
  }
}

function openError(err: unknown, file: string): PipelineError {
  const code = sqliteErrorCode(err) ?? '';
  if (/^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code) || /^(EACCES|EPERM|EROFS)$/.test(String((err as { code?: unknown } | null)?.code))) {
    const abs = path.resolve(file);
    const why = err instanceof Error ? err.message : String(err);
    return new PipelineError(
      `sqlite ${abs}: cannot open for writing (${why}${code ? `, ${code}` : ''}): ${abs} or its directory ${path.dirname(abs)} is not writable by this user (uid ${process.getuid?.() ?? '?'}), or the disk is read-only`,
      { retriable: false, cause: err },
    );
  }
  return toPipelineError(err, `open ${path.resolve(file)}`);
}

// Codes where the same call can succeed later: lock contention (another process writing),
// transient I/O, a full disk that an operator may free. Everything else (schema mismatch,
// corrupt file, misuse) needs a human.
const RETRIABLE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|PROTOCOL|INTERRUPT)/;

export function toPipelineError(err: unknown, what: string): PipelineError {
  if (err instanceof PipelineError) return err;
  const code = sqliteErrorCode(err);
  const retriable = code !== undefined && RETRIABLE_CODES.test(code);
  const message = err instanceof Error ? err.message : String(err);
  return new PipelineError(`sqlite ${what}: ${message}`, { retriable, cause: err });
}

/**
 * Runs a synchronous SQLite call behind an async port method: refuses once the owner is
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
