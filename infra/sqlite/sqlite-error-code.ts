// One error code vocabulary for both drivers. better-sqlite3 sets `code` to SQLite's extended name
// ("SQLITE_BUSY", "SQLITE_READONLY_DIRECTORY"); node:sqlite sets `code: 'ERR_SQLITE_ERROR'` and
// the numeric extended result in `errcode`. Callers test prefixes (/^SQLITE_BUSY/), so node:sqlite
// errors map to the primary name: the low byte of an extended code is its primary code.

// https://sqlite.org/rescode.html, primary result codes 1..26.
const PRIMARY = [
  'OK', 'ERROR', 'INTERNAL', 'PERM', 'ABORT', 'BUSY', 'LOCKED', 'NOMEM', 'READONLY', 'INTERRUPT', 'IOERR', 'CORRUPT', 'NOTFOUND',
  'FULL', 'CANTOPEN', 'PROTOCOL', 'EMPTY', 'SCHEMA', 'TOOBIG', 'CONSTRAINT', 'MISMATCH', 'MISUSE', 'NOLFS', 'AUTH', 'FORMAT', 'RANGE', 'NOTADB',
] as const;

// The extended codes callers name in messages (read-only trouble); others fall back to the primary.
const EXTENDED: Record<number, string> = {
  [8 | (1 << 8)]: 'SQLITE_READONLY_RECOVERY',
  [8 | (2 << 8)]: 'SQLITE_READONLY_CANTLOCK',
  [8 | (3 << 8)]: 'SQLITE_READONLY_ROLLBACK',
  [8 | (4 << 8)]: 'SQLITE_READONLY_DBMOVED',
  [8 | (5 << 8)]: 'SQLITE_READONLY_CANTINIT',
  [8 | (6 << 8)]: 'SQLITE_READONLY_DIRECTORY',
};

/** "SQLITE_..." for an error from either driver; undefined for anything else. */
export function sqliteErrorCode(err: unknown): string | undefined {
  if (err === null || typeof err !== 'object') return undefined;
  const { code, errcode } = err as { code?: unknown; errcode?: unknown };
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  if (code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number') {
    const primary = PRIMARY[errcode & 0xff];
    return EXTENDED[errcode] ?? (primary ? `SQLITE_${primary}` : `SQLITE_${errcode}`);
  }
  return undefined;
}
