// Which leaf paths the embedded store keeps in its `fields` table (decision 0029). Indexing every
// leaf of every document made `fields` about two thirds of store.sqlite: a second copy of each
// item (text up to 1 kB, URLs, hashes, indicator details) that nothing filters on. Only the paths
// the code queries (filters, ranges, sort, terms) are indexed; a query on any other path still
// works and answers the same, from the documents' JSON (sqlite-fallback-fields.ts), only slower.
// The file records the list it is complete for (table indexed_paths): a writable open fills in a
// path added here for the documents already stored, so `fields` never misses a document's leaf.
import type { Doc, IndexName } from '../ports/store.ts';
import { INDICES } from '../ports/store.ts';
import type { SqliteDb } from '../bus/sqlite-connection.ts';
import { leavesAtPaths } from './sqlite-flatten.ts';
import { decodeDoc } from './sqlite-doc-codec.ts';

/**
 * In an index's list: its `id` path is answered from the documents' key (`docs.id`, already unique
 * per index) instead of a `fields` row per document, one random B-tree entry less per evidence
 * document (decision 0045). A document whose `id` leaves are not exactly its key (none, another
 * value, a number, several, a key too long to index) keeps its `id` rows and gets a marker row
 * (path KEYED_ID, value ''), so every query on `id` answers as with the rows
 * (sqlite-keyed-id.ts). Not a path any document can have in `fields`: the store never writes leaves
 * under this name and routes a query on it to the JSON fallback.
 */
export const KEYED_ID = '#keyed-id';

export const INDEXED_PATHS: IndexedPathList = {
  // `rsmon search` / `watchlists test` narrow their scan on platform, lang and watchlist
  // (services/cli/query-matches.ts); `rsmon run` counts the items per watchlist.
  items: ['platform', 'enrichment.language.code', 'enrichment.watchlistHits.watchlist'],
  // The cases stage and `rsmon cases rebuild` read a pair's evidence (sorted by pair), or evidence by
  // item or id (the id from the documents' key: KEYED_ID).
  evidence: [KEYED_ID, 'itemId', 'pairKey'],
  // `rsmon cases` sorts on score; the cases stage looks for cases scored under another scoring hash.
  cases: ['score', 'scoring.hash'],
  // Alert dedup (rule + caseId), digests (rule + status, by createdAt), `rsmon alerts list` (createdAt).
  alerts: ['rule', 'caseId', 'status', 'createdAt'],
  // The cases stage reads the state of the pairs in a batch.
  case_state: ['pairKey'],
};

export type IndexedPathList = Record<IndexName, readonly string[]>;

/** The list as sets, for lookups. */
export function pathSets(list: IndexedPathList = INDEXED_PATHS): Map<IndexName, ReadonlySet<string>> {
  return new Map(INDICES.map((i) => [i, new Set(list[i])]));
}

/** The leaf paths written to `fields` for every document of an index: the list without KEYED_ID (and `id` when keyed). */
export function leafPaths(paths: ReadonlySet<string>): ReadonlySet<string> {
  if (!paths.has(KEYED_ID)) return paths;
  return new Set([...paths].filter((p) => p !== KEYED_ID && p !== 'id'));
}

/**
 * Makes the file's `indexed_paths` equal to `list` (INDEXED_PATHS unless a test says), inside the
 * schema transaction. A file without the table is new (empty) or from before the list (every leaf
 * indexed): either way `fields` is complete for every listed path. Otherwise a path added to the list is filled in for the stored
 * documents first, and a path taken off it loses its rows (nothing reads them any more).
 */
export function syncIndexedPaths(db: SqliteDb, hadPathList: boolean, list: IndexedPathList): void {
  const record = db.prepare<[string, string]>('INSERT OR IGNORE INTO indexed_paths (idx, path) VALUES (?, ?)');
  const unrecord = db.prepare<[string, string]>('DELETE FROM indexed_paths WHERE idx = ? AND path = ?');
  const dropRows = db.prepare<[string, string]>('DELETE FROM fields WHERE idx = ? AND path = ?');
  if (!hadPathList) {
    // New, or from before the list with every leaf in `fields` (`id` rows complete): a keyed index
    // keeps the rows and markers of the documents whose `id` is not their key only.
    for (const index of INDICES) {
      if (list[index].includes(KEYED_ID)) keyId(db, index);
      for (const path of list[index]) record.run(index, path);
    }
    return;
  }
  const recorded = recordedPaths(db);
  for (const index of INDICES) {
    const want = new Set(list[index]);
    const have = recorded.get(index) ?? new Set<string>();
    if (want.has(KEYED_ID) && !have.has(KEYED_ID)) {
      // `id` answered from the key from now on: its rows complete first, then reduced to the exceptions.
      if (!have.has('id')) backfill(db, index, new Set(['id']));
      keyId(db, index);
      record.run(index, KEYED_ID);
      have.add(KEYED_ID);
      if (have.delete('id') && !want.has('id')) unrecord.run(index, 'id');
    } else if (!want.has(KEYED_ID) && have.has(KEYED_ID) && !want.has('id')) {
      dropRows.run(index, 'id'); // the exceptions' rows, which nothing reads any more
    }
    // A keyed id's rows stay whichever way `id` is listed; backfill() adds the other documents' rows
    // when `id` is listed plainly again (the markers go below, with KEYED_ID).
    const added = new Set([...want].filter((p) => !have.has(p) && p !== KEYED_ID));
    if (added.size) backfill(db, index, added);
    for (const p of added) record.run(index, p);
    for (const p of have) {
      if (want.has(p)) continue;
      dropRows.run(index, p);
      unrecord.run(index, p);
    }
  }
}

/**
 * Reduces an index's `id` rows (complete before) to the documents whose `id` leaves are not exactly
 * their key, and marks those documents (KEYED_ID). Exactly one text row equal to the key: keyed.
 */
function keyId(db: SqliteDb, index: IndexName): void {
  db.prepare<[string, string]>(
    `INSERT OR IGNORE INTO fields (idx, path, value, docid)
     SELECT d.idx, ?, '', d.docid FROM docs d
     WHERE d.idx = ? AND (
       NOT EXISTS (SELECT 1 FROM fields f WHERE f.idx = d.idx AND f.path = 'id' AND typeof(f.value) = 'text' AND f.value = d.id AND f.docid = d.docid)
       OR (SELECT COUNT(*) FROM fields f WHERE f.docid = d.docid AND f.path = 'id') <> 1)`,
  ).run(KEYED_ID, index);
  db.prepare<[string, string, string]>(
    `DELETE FROM fields WHERE idx = ? AND path = 'id' AND docid NOT IN (SELECT docid FROM fields WHERE idx = ? AND path = ?)`,
  ).run(index, index, KEYED_ID);
}

/** The paths a file says `fields` is complete for; null for a file from before the list. */
export function readIndexedPaths(db: SqliteDb): Map<IndexName, ReadonlySet<string>> | null {
  const has = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'indexed_paths'").get() !== undefined;
  return has ? recordedPaths(db) : null;
}

function recordedPaths(db: SqliteDb): Map<IndexName, Set<string>> {
  const out = new Map<IndexName, Set<string>>();
  for (const r of db.prepare<[], { idx: IndexName; path: string }>('SELECT idx, path FROM indexed_paths').all()) {
    let set = out.get(r.idx);
    if (!set) out.set(r.idx, (set = new Set()));
    set.add(r.path);
  }
  return out;
}

function backfill(db: SqliteDb, index: IndexName, paths: ReadonlySet<string>): void {
  const page = db.prepare<[string, number], { docid: number; doc: string | Uint8Array }>('SELECT docid, doc FROM docs WHERE idx = ? AND docid > ? ORDER BY docid LIMIT 1000');
  const insert = db.prepare<[string, string, string | number, number]>('INSERT OR IGNORE INTO fields (idx, path, value, docid) VALUES (?, ?, ?, ?)');
  for (let after = 0; ; ) {
    const rows = page.all(index, after);
    for (const r of rows) for (const [path, value] of leavesAtPaths(JSON.parse(decodeDoc(r.doc, `${index}/docid ${r.docid}`)) as Doc, paths)) insert.run(index, path, value, r.docid);
    if (rows.length < 1000) return;
    after = rows[rows.length - 1]!.docid;
  }
}
