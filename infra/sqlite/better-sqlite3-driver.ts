// SqliteDb on better-sqlite3, the driver for Node versions without node:sqlite (Node 20). Loaded
// on first use only: its native addon is built for one Node ABI, and a Node that uses node:sqlite
// must never load an addon built for another one.
import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDb, SqliteOpenOptions } from './sqlite-driver.ts';

type DatabaseConstructor = typeof BetterSqlite3;
let constructor: DatabaseConstructor | undefined;

function load(): DatabaseConstructor {
  if (!constructor) {
    // better-sqlite3 reads SQLITE_USE_URI when its addon initialises (first open). URIs are only
    // used for the immutable read-only fallback (open-database.ts); plain paths never start with
    // "file:" here, so this changes nothing for them.
    process.env.SQLITE_USE_URI ??= '1';
    constructor = createRequire(import.meta.url)('better-sqlite3') as DatabaseConstructor;
  }
  return constructor;
}

export function openBetterSqlite3(file: string, options: SqliteOpenOptions & { busyTimeoutMs: number }): SqliteDb {
  const Database = load();
  const raw = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    timeout: options.busyTimeoutMs,
  });
  return {
    driver: 'better-sqlite3',
    name: file,
    readonly: raw.readonly,
    get open() {
      return raw.open;
    },
    get inTransaction() {
      return raw.inTransaction;
    },
    prepare: <P extends unknown[] = unknown[], R = unknown>(sql: string) => raw.prepare<P, R>(sql),
    exec: (sql) => void raw.exec(sql),
    transaction: (fn) => raw.transaction(fn),
    pragma: (source, opts) => raw.pragma(source, { simple: opts?.simple ?? false }),
    close: () => void raw.close(),
  };
}
