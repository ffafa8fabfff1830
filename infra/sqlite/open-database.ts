// Opens a SQLite file with the driver this Node supports: node:sqlite where it is usable (Node
// 22.16+, 24), better-sqlite3 otherwise (Node 20). SQLITE_DRIVER=better-sqlite3|node-sqlite forces
// one (tests run the same suite on each). See docs/decisions/0015-sqlite-driver-per-node-version.md.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { openBetterSqlite3 } from './better-sqlite3-driver.ts';
import { loadNodeSqlite, openNodeSqlite } from './node-sqlite-driver.ts';
import type { SqliteDb, SqliteDriverName, SqliteOpenOptions } from './sqlite-driver.ts';
import { sqliteErrorCode } from './sqlite-error-code.ts';

export type { SqliteDb, SqliteDriverName, SqliteOpenOptions, SqliteStatement, SqliteTransaction } from './sqlite-driver.ts';
export { sqliteErrorCode } from './sqlite-error-code.ts';

/** How long a writer waits for another connection's write lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

const driverSetting = z.enum(['better-sqlite3', 'node-sqlite']);

/** The driver openDatabase uses in this process; throws on a bad or unusable SQLITE_DRIVER. */
export function sqliteDriverName(env: NodeJS.ProcessEnv = process.env): SqliteDriverName {
  const wanted = env.SQLITE_DRIVER?.trim();
  if (!wanted) return loadNodeSqlite() ? 'node-sqlite' : 'better-sqlite3';
  const parsed = driverSetting.safeParse(wanted);
  if (!parsed.success) throw new Error(`SQLITE_DRIVER=${JSON.stringify(wanted)}: expected better-sqlite3 or node-sqlite`);
  if (parsed.data === 'node-sqlite' && !loadNodeSqlite()) {
    throw new Error(`SQLITE_DRIVER=node-sqlite: Node ${process.version} has no usable node:sqlite (needs Node 22.16+ or 24+)`);
  }
  return parsed.data;
}

function openWith(driver: SqliteDriverName, file: string, options: SqliteOpenOptions): SqliteDb {
  const opts = { ...options, busyTimeoutMs: BUSY_TIMEOUT_MS };
  if (driver === 'better-sqlite3') return openBetterSqlite3(file, opts);
  return openNodeSqlite(loadNodeSqlite()!, file, opts);
}

/**
 * Opens `file` (":memory:" for a private in-memory database). No pragmas beyond the busy timeout:
 * journal mode and durability are the adapters' business (infra/bus/sqlite-connection.ts).
 *
 * Read-only opens never write to the file. They also work in a read-only directory: SQLite needs
 * to create the -shm/-wal files to read a WAL database, and where it cannot (and no -wal file
 * holds transactions the database file lacks), the file is opened `immutable`, i.e. read as it is.
 */
export function openDatabase(file: string, options: SqliteOpenOptions = {}): SqliteDb {
  const driver = sqliteDriverName();
  if (!options.readonly) return openWith(driver, file, options);
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`${path}: no such database file`);
  try {
    return readable(openWith(driver, path, { readonly: true }));
  } catch (err) {
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(sqliteErrorCode(err) ?? '')) throw err;
    if (existsSync(`${path}-wal`)) {
      throw new Error(
        `${path}: cannot read: the directory is read-only and ${path}-wal holds changes not yet in the database file; run any rsmon command that writes (e.g. setup) with write access once, or copy the directory`,
        { cause: err },
      );
    }
    return readable(openWith(driver, `${pathToFileURL(path).href}?immutable=1`, { readonly: true }));
  }
}

// Opening is lazy in SQLite: the -shm/-wal trouble only shows on the first read, so read now.
function readable(db: SqliteDb): SqliteDb {
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
