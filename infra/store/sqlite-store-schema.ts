// Tables of the embedded document store.
//  docs   - the JSON document per (index, id); `docid` is the join key for everything else.
//  fields - the scalar leaves of the indexed paths (sqlite-indexed-paths.ts) with their dotted path
//           (array elements share the path), the SQLite stand-in for Elasticsearch's inverted index
//           of keyword/numeric fields. Files written before that list existed hold every leaf.
//  indexed_paths - the paths `fields` is complete for, per index: a reader routes every other
//           path to the documents' JSON (sqlite-fallback-fields.ts).
//           Keyed (idx, path, value, docid) so filters and terms aggregations are index range scans;
//           the second index (docid, path, value) serves delete-on-rewrite and per-doc sort keys.
//  fts_<index> - FTS5 over the index's text fields, contentless (the text is in docs.doc already)
//           with contentless_delete so a rewrite can drop the old row.
import type { IndexName } from '../ports/store.ts';
import { INDICES } from '../ports/store.ts';
import type { SqliteDb } from '../bus/sqlite-connection.ts';
import { INDEXED_PATHS, syncIndexedPaths, type IndexedPathList } from './sqlite-indexed-paths.ts';

const DDL = `
CREATE TABLE IF NOT EXISTS docs (
  docid INTEGER PRIMARY KEY,
  idx TEXT NOT NULL,
  id TEXT NOT NULL,
  doc TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (idx, id)
);
-- "value" has no declared type on purpose: no affinity, so numbers stay numbers and strings strings.
CREATE TABLE IF NOT EXISTS fields (
  idx TEXT NOT NULL,
  path TEXT NOT NULL,
  value NOT NULL,
  docid INTEGER NOT NULL,
  PRIMARY KEY (idx, path, value, docid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS fields_by_doc ON fields (docid, path, value);
CREATE TABLE IF NOT EXISTS indexed_paths (
  idx TEXT NOT NULL,
  path TEXT NOT NULL,
  PRIMARY KEY (idx, path)
) WITHOUT ROWID;
`;

/** Only names from INDICES ever reach SQL text, so the table name is safe to interpolate. */
export function ftsTable(index: IndexName): string {
  if (!(INDICES as readonly string[]).includes(index)) throw new Error(`unknown index ${String(index)}`);
  return `fts_${index}`;
}

export function createStoreSchema(db: SqliteDb, indexed: IndexedPathList = INDEXED_PATHS): void {
  db.transaction(() => {
    const hadPathList = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'indexed_paths'").get() !== undefined;
    db.exec(DDL);
    syncIndexedPaths(db, hadPathList, indexed);
    for (const index of INDICES) {
      // remove_diacritics 2: "cafe" finds "café" in every EU language, like ES's asciifolding.
      db.exec(
        `CREATE VIRTUAL TABLE IF NOT EXISTS ${ftsTable(index)} USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,
      );
    }
  }).immediate();
}
