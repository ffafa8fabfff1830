// The narrow SQLite interface the bus, the store and the tests use, so either driver can sit
// behind it: better-sqlite3 (a native addon, the only choice on Node 20) or Node's built-in
// node:sqlite (Node 22.13+/23.4+, the choice on Node 24, where the addon cannot be rebuilt here).
// It is deliberately shaped like better-sqlite3's API (prepare/run/get/all/iterate, transaction()
// with .immediate, pragma, open), so the adapters' SQL code reads the same on both drivers.
// Conventions both implementations keep:
//  - Parameters are positional (`?`), or one object of bare names for `@x`/`:x`/`$x`.
//  - Integers are read as JS numbers (no bigint mode), BLOBs as Buffer, rows as plain objects.

export type SqliteDriverName = 'better-sqlite3' | 'node-sqlite';

export interface SqliteRunResult {
  changes: number;
  lastInsertRowid: number | bigint;
}

export interface SqliteStatement<P extends unknown[] = unknown[], R = unknown> {
  run(...params: P): SqliteRunResult;
  get(...params: P): R | undefined;
  all(...params: P): R[];
  iterate(...params: P): IterableIterator<R>;
}

/** A function that runs its body in one transaction (nested calls become savepoints). */
export interface SqliteTransaction<A extends unknown[], T> {
  (...args: A): T;
  deferred(...args: A): T;
  /** BEGIN IMMEDIATE: takes the write lock first, so a read-then-write is atomic across processes. */
  immediate(...args: A): T;
  exclusive(...args: A): T;
}

export interface SqliteDb {
  readonly driver: SqliteDriverName;
  /** The file as given to open (or a file: URI for the immutable read-only fallback). */
  readonly name: string;
  readonly readonly: boolean;
  readonly open: boolean;
  readonly inTransaction: boolean;
  prepare<P extends unknown[] = unknown[], R = unknown>(sql: string): SqliteStatement<P, R>;
  exec(sql: string): void;
  transaction<A extends unknown[], T>(fn: (...args: A) => T): SqliteTransaction<A, T>;
  /** `PRAGMA <source>`: all rows, or with `simple` the first column of the first row. */
  pragma(source: string, options?: { simple?: boolean }): unknown;
  close(): void;
}

export interface SqliteOpenOptions {
  /**
   * Open with SQLITE_OPEN_READONLY: no write can reach the file, whatever the file mode says (also
   * as root), and a missing file is an error, never a new empty database.
   */
  readonly?: boolean;
}
