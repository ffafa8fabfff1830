// SqliteDb on Node's built-in node:sqlite (DatabaseSync). Used where it exists (Node 22.16+, 24):
// no native addon to rebuild per Node ABI. It differs from better-sqlite3 in ways this file evens
// out: no transaction() (sqlite-transaction.ts), no pragma(), BLOBs read as Uint8Array, rows
// with a null prototype, and `undefined` refused as a parameter (better-sqlite3 binds NULL).
import type { SqliteDb, SqliteOpenOptions, SqliteRunResult, SqliteStatement } from './sqlite-driver.ts';
import { makeTransaction } from './sqlite-transaction.ts';

// The parts of node:sqlite used here. @types/node 20 (the floor's types) does not describe the
// module, so it is typed locally and checked at load time (loadNodeSqlite).
interface NodeStatementSync {
  run(...params: unknown[]): { changes: number | bigint; lastInsertRowid: number | bigint };
  get(...params: unknown[]): Record<string, unknown> | undefined;
  all(...params: unknown[]): Array<Record<string, unknown>>;
  iterate(...params: unknown[]): IterableIterator<Record<string, unknown>>;
}
interface NodeDatabaseSync {
  prepare(sql: string): NodeStatementSync;
  exec(sql: string): void;
  close(): void;
  readonly isOpen: boolean;
  readonly isTransaction: boolean;
}
export interface NodeSqliteModule {
  DatabaseSync: new (path: string, options?: { readOnly?: boolean }) => NodeDatabaseSync;
}

let loaded: NodeSqliteModule | null | undefined;

/**
 * node:sqlite when this Node has it with everything the adapters need (iterate: 22.13/23.4,
 * isTransaction: 22.16/24.0), else null. Node 22 prints an ExperimentalWarning on the first load;
 * only that one warning is held back (every other warning still prints): the driver choice is
 * deliberate and documented (docs/decisions/0015), and the warning on every CLI run would only
 * teach users to ignore warnings. Node 24 prints none.
 */
export function loadNodeSqlite(): NodeSqliteModule | null {
  if (loaded !== undefined) return loaded;
  const mod = withoutSqliteExperimentalWarning(() => process.getBuiltinModule('node:sqlite')) as Partial<NodeSqliteModule> | undefined;
  loaded = null;
  if (typeof mod?.DatabaseSync !== 'function') return loaded;
  const probe = new mod.DatabaseSync(':memory:');
  try {
    if (typeof probe.prepare('SELECT 1').iterate === 'function' && typeof probe.isTransaction === 'boolean') loaded = mod as NodeSqliteModule;
  } finally {
    probe.close();
  }
  return loaded;
}

export function withoutSqliteExperimentalWarning<T>(load: () => T): T {
  const original = process.emitWarning;
  process.emitWarning = function (this: unknown, warning: string | Error, ...rest: unknown[]) {
    const message = typeof warning === 'string' ? warning : warning.message;
    const type = warning instanceof Error ? warning.name : typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: unknown } | undefined)?.type;
    if (type === 'ExperimentalWarning' && message.startsWith('SQLite is an experimental feature')) return;
    (original as (...a: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    return load();
  } finally {
    process.emitWarning = original;
  }
}

// Copies a row into a plain object, BLOBs as Buffer, so callers (and deepStrictEqual) see what
// better-sqlite3 returns. Buffer.from(arrayBuffer, ...) shares the bytes, it does not copy them.
function toRow<R>(raw: Record<string, unknown>): R {
  const row: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    const v = raw[key];
    row[key] = v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v.buffer, v.byteOffset, v.byteLength) : v;
  }
  return row as R;
}

function bindable(params: unknown[]): unknown[] {
  return params.includes(undefined) ? params.map((p) => (p === undefined ? null : p)) : params;
}

function wrapStatement<P extends unknown[], R>(st: NodeStatementSync): SqliteStatement<P, R> {
  return {
    run: (...params: P): SqliteRunResult => {
      const r = st.run(...bindable(params));
      return { changes: Number(r.changes), lastInsertRowid: r.lastInsertRowid };
    },
    get: (...params: P) => {
      const row = st.get(...bindable(params));
      return row === undefined ? undefined : toRow<R>(row);
    },
    all: (...params: P) => st.all(...bindable(params)).map((r) => toRow<R>(r)),
    iterate: function* (...params: P) {
      for (const r of st.iterate(...bindable(params))) yield toRow<R>(r);
    },
  };
}

export function openNodeSqlite(mod: NodeSqliteModule, file: string, options: SqliteOpenOptions & { busyTimeoutMs: number }): SqliteDb {
  const raw = new mod.DatabaseSync(file, { readOnly: options.readonly ?? false });
  // node:sqlite waits for no lock by default (better-sqlite3 waits 5 s).
  raw.exec(`PRAGMA busy_timeout = ${Math.trunc(options.busyTimeoutMs)}`);
  const control = new Map<string, NodeStatementSync>();
  const host = {
    run(sql: string) {
      let st = control.get(sql);
      if (!st) control.set(sql, (st = raw.prepare(sql)));
      st.run();
    },
    inTransaction: () => raw.isTransaction,
  };
  return {
    driver: 'node-sqlite',
    name: file,
    readonly: options.readonly ?? false,
    get open() {
      return raw.isOpen;
    },
    get inTransaction() {
      return raw.isTransaction;
    },
    prepare: <P extends unknown[] = unknown[], R = unknown>(sql: string) => wrapStatement<P, R>(raw.prepare(sql)),
    exec: (sql) => raw.exec(sql),
    transaction: (fn) => makeTransaction(host, fn),
    pragma(source, opts) {
      const rows = raw.prepare(`PRAGMA ${source}`).all();
      if (!opts?.simple) return rows.map((r) => toRow(r));
      const first = rows[0];
      return first === undefined ? undefined : Object.values(first)[0];
    },
    close: () => {
      if (raw.isOpen) raw.close();
    },
  };
}
