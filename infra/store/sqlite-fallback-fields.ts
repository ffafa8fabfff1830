// Queries on a path the store does not index (sqlite-indexed-paths.ts) read the documents' JSON:
// the path's leaves are extracted with the same rules as the indexed ones (flattenLeaves: array
// elements share the path, booleans as 'true'/'false', long strings left out) into a TEMP table of
// the same shape as `fields`, and the query's SQL reads that table for the path. So every filter,
// range, sort and terms aggregation answers exactly as if the path were indexed, only slower.
// The table is per connection (also on a read-only open) and refilled when the file changed since:
// `PRAGMA data_version` moves on another connection's commit, `localWrites` on this one's.
import type { IndexName } from '../ports/store.ts';
import type { SqliteDb } from '../bus/sqlite-connection.ts';
import { leavesAtPaths } from './sqlite-flatten.ts';
import { decodeDoc } from './sqlite-doc-codec.ts';

export const FALLBACK_TABLE = 'rs_fallback_fields';

const PAGE = 1000;

// Characters JSON.stringify writes escaped; a key without them appears verbatim in the stored JSON.
const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/u;

export function createFallbackFields(db: SqliteDb) {
  let created = false;
  let localWrites = 0;
  const filled = new Map<string, string>();

  const create = () => {
    if (created) return;
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS ${FALLBACK_TABLE} (
      idx TEXT NOT NULL, path TEXT NOT NULL, value NOT NULL, docid INTEGER NOT NULL,
      PRIMARY KEY (idx, path, value, docid)) WITHOUT ROWID`);
    db.exec(`CREATE INDEX IF NOT EXISTS temp.${FALLBACK_TABLE}_by_doc ON ${FALLBACK_TABLE} (docid, path, value)`);
    created = true;
  };

  const fill = (index: IndexName, path: string) => {
    const clear = db.prepare<[string, string]>(`DELETE FROM ${FALLBACK_TABLE} WHERE idx = ? AND path = ?`);
    const insert = db.prepare<[string, string, string | number, number]>(`INSERT OR IGNORE INTO ${FALLBACK_TABLE} (idx, path, value, docid) VALUES (?, ?, ?, ?)`);
    // Only documents whose JSON holds the path's last key can have a leaf there (a cheap scan in
    // SQLite instead of parsing every document); skipped when the key would be written escaped.
    // An encoded (BLOB) document cannot be searched so and is always read.
    const last = path.slice(path.lastIndexOf('.') + 1);
    const narrow = !JSON_ESCAPED.test(last);
    const page = db.prepare<unknown[], { docid: number; doc: string | Uint8Array }>(
      `SELECT docid, doc FROM docs WHERE idx = ? AND docid > ?${narrow ? " AND (typeof(doc) = 'blob' OR instr(doc, ?) > 0)" : ''} ORDER BY docid LIMIT ${PAGE}`,
    );
    const targets = new Set([path]);
    clear.run(index, path);
    for (let after = 0; ; ) {
      const rows = page.all(...(narrow ? [index, after, last] : [index, after]));
      for (const r of rows) {
        for (const [, value] of leavesAtPaths(JSON.parse(decodeDoc(r.doc, `${index}/docid ${r.docid}`)) as Record<string, unknown>, targets)) insert.run(index, path, value, r.docid);
      }
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.docid;
    }
  };

  return {
    /** This connection wrote: every filled path may be stale. */
    wrote() {
      localWrites++;
    },
    /** Makes the table hold `paths` of `index` as of now. Run inside the query's read transaction. */
    ensure(index: IndexName, paths: Iterable<string>) {
      const version = `${String(db.pragma('data_version', { simple: true }))}:${localWrites}`;
      for (const path of paths) {
        const key = `${index}\u0000${path}`;
        if (filled.get(key) === version) continue;
        create();
        fill(index, path);
        filled.set(key, version);
      }
    },
  };
}
