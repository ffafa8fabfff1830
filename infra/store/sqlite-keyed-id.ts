// The `id` path of an index listed with KEYED_ID (sqlite-indexed-paths.ts), answered from the
// documents' key. Every evidence document had a `fields` row (evidence, id, <its key>, docid): a
// copy of the docs (idx, id) key at a random place of a second B-tree, written to the WAL and again
// at the checkpoint, and ~90 B per evidence document in `fields` and `fields_by_doc` (decision 0045).
//
// Exactness: a query on `id` must match the document's `id` leaves, which need not be its key. A
// document whose only `id` leaf is its key (as text, short enough to index) has no row; any other
// keeps its rows and a marker row. The view below is then, row for row, what `fields` held for `id`:
// the key of every unmarked document, plus the rows of the marked ones. Filters, ranges, sorts and
// terms on `id` read it in place of `fields` (sqlite-query.ts FieldTable).
import type { SqliteDb } from '../bus/sqlite-connection.ts';
import type { Doc } from '../ports/store.ts';
import { leavesAtPaths, type LeafValue } from './sqlite-flatten.ts';
import { KEYED_ID } from './sqlite-indexed-paths.ts';

export const KEYED_ID_VIEW = 'rs_keyed_id';

const ID = new Set(['id']);

/** Per connection (TEMP; also on a read-only open): a view with the columns of `fields`. */
export function createKeyedIdView(db: SqliteDb): void {
  db.exec(`CREATE TEMP VIEW IF NOT EXISTS ${KEYED_ID_VIEW} AS
    SELECT d.idx AS idx, 'id' AS path, d.id AS value, d.docid AS docid FROM main.docs d
      WHERE NOT EXISTS (SELECT 1 FROM main.fields m WHERE m.idx = d.idx AND m.path = '${KEYED_ID}' AND m.value = '' AND m.docid = d.docid)
    UNION ALL
    SELECT idx, path, value, docid FROM main.fields WHERE path = 'id'`);
}

/** The `fields` rows of a document of a keyed index for its `id`: none when its one `id` leaf is its key. */
export function keyedIdRows(doc: Doc, key: string): Array<[string, LeafValue]> {
  const leaves = leavesAtPaths(doc, ID);
  if (leaves.length === 1 && leaves[0]![1] === key) return [];
  return [...leaves, [KEYED_ID, '']];
}
