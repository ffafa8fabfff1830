// Embedded Store: JSON documents per index in one SQLite file, queryable like the Elasticsearch
// adapter (filters, ranges, sort, paging, terms aggregations, full text) through the same port.
// Writes are synchronous and visible at once, so refresh() has nothing to do.
import type { Bucket, Doc, IndexName, ReplaceOptions, ReplaceOutcome, SearchQuery, SearchResult, Store, StoreWrite, UpsertDoc, VersionedDoc } from '../ports/store.ts';
import { INDICES } from '../ports/store.ts';
import { PipelineError } from '../../pipelines/step-result.ts';
import type { SqliteDb } from '../bus/sqlite-connection.ts';
import { guardedCall, openSqlite } from '../bus/sqlite-connection.ts';
import type { SqliteStatement } from '../sqlite/open-database.ts';
import { checkStoreSchema, openStoreReadOnly } from './sqlite-store-readonly.ts';
import { leavesAtPaths, textBody } from './sqlite-flatten.ts';
import { FALLBACK_TABLE, createFallbackFields } from './sqlite-fallback-fields.ts';
import { INDEXED_PATHS, KEYED_ID, leafPaths, pathSets, readIndexedPaths, type IndexedPathList } from './sqlite-indexed-paths.ts';
import { createKeyedIdView, KEYED_ID_VIEW, keyedIdRows } from './sqlite-keyed-id.ts';
import { fromWhere, MAX_SIZE, orderBy, page, queryPaths, termsSql, type FieldTable } from './sqlite-query.ts';
import { createStoreSchema, ftsTable } from './sqlite-store-schema.ts';
import { applyVersion } from './versioned-replace.ts';
import { decodeDoc, encodeDoc } from './sqlite-doc-codec.ts';
import { UNPLANNED_LIMIT } from '../bus/sqlite-bus-schema.ts';

/** Full-text fields per index; the Elasticsearch adapter's list plus handles and author bios. */
export const DEFAULT_TEXT_FIELDS: Record<IndexName, readonly string[]> = {
  items: ['text', 'title', 'author.name', 'author.handle', 'author.description'],
  cases: ['person.handle', 'person.name', 'firm.name', 'indicators.details'],
  alerts: ['summary'],
  evidence: ['pairKey', 'personKey', 'firmId', 'itemId'],
  case_state: [],
};

export interface SqliteStoreOptions {
  file: string;
  /** Overrides per index. Changing it affects documents written afterwards only (no reindex). */
  textFields?: Partial<Record<IndexName, readonly string[]>>;
  /**
   * Open the existing file read-only (read commands): never creates it, never writes, works in a
   * read-only data directory; writes fail and ensureSchema only checks that the tables are there.
   */
  readonly?: boolean;
  /**
   * Leaf paths kept in the `fields` table per index (default INDEXED_PATHS); queries on other paths
   * read the documents' JSON. Tests set it to compare both routes.
   */
  indexedPaths?: IndexedPathList;
}

// Statements whose SQL depends on the query's shape are cached by SQL text; the number of
// distinct shapes a service issues is small, the cap only guards against a pathological caller.
const STATEMENT_CACHE_MAX = 500;

function statementCache(db: SqliteDb) {
  const cache = new Map<string, SqliteStatement<unknown[], unknown>>();
  return (sql: string) => {
    let st = cache.get(sql);
    if (!st) {
      if (cache.size >= STATEMENT_CACHE_MAX) cache.delete(cache.keys().next().value!);
      st = db.prepare<unknown[], unknown>(sql);
      cache.set(sql, st);
    }
    return st;
  };
}

/** `docs.doc` as SQLite returns it: JSON text, or an encoded BLOB (sqlite-doc-codec.ts). */
type StoredDoc = string | Uint8Array;
interface StoredRow {
  docid: number;
  json: string;
}

function parseStored(stored: StoredDoc, where: string): Doc {
  return JSON.parse(decodeDoc(stored, where)) as Doc;
}

/** Top-level merge like Elasticsearch's partial update: `undefined` never erases a field (JSON drops it). */
function merge(base: Doc, patch: Doc): Doc {
  const out: Doc = { ...base };
  for (const [k, v] of Object.entries(patch)) if (v !== undefined) out[k] = v;
  return out;
}

export function createSqliteStore(options: SqliteStoreOptions): Store {
  const db = options.readonly ? openStoreReadOnly(options.file) : openSqlite(options.file);
  const indexedList = options.indexedPaths ?? INDEXED_PATHS;
  if (!options.readonly) createStoreSchema(db, indexedList);
  const textFields = { ...DEFAULT_TEXT_FIELDS, ...options.textFields };
  const prepare = statementCache(db);
  // Paths `fields` answers for; any other path is read from the documents' JSON. A writable open has
  // just made the file's list equal to the code's; a read-only one goes by what the file says.
  const written = pathSets(indexedList);
  const recorded = options.readonly ? readIndexedPaths(db) : null;
  const routedPaths = (index: IndexName): ReadonlySet<string> => (recorded ?? written).get(index) ?? new Set<string>();
  // The leaves every document of an index writes to `fields` (a keyed `id` only for the exceptions).
  const leafSets = new Map([...written].map(([index, paths]) => [index, leafPaths(paths)]));
  const fallback = createFallbackFields(db);
  let keyedView = false;
  // Runs `fn` with the table for each path, filling the fallback first when a path needs it; one
  // read transaction, so the fill and the query see the same documents.
  const withFieldTables = <T>(index: IndexName, paths: string[], fn: (table: FieldTable) => T): T => {
    const routed = routedPaths(index);
    const keyed = routed.has(KEYED_ID);
    const table: FieldTable = (p) => (keyed && p === 'id' ? KEYED_ID_VIEW : routed.has(p) && p !== KEYED_ID ? 'fields' : FALLBACK_TABLE);
    if (keyed && !keyedView && paths.includes('id')) {
      createKeyedIdView(db);
      keyedView = true;
    }
    const extra = paths.filter((p) => table(p) === FALLBACK_TABLE);
    if (extra.length === 0) return fn(table);
    return db.transaction(() => {
      fallback.ensure(index, extra);
      return fn(table);
    })();
  };

  const st = {
    get: db.prepare<[string, string], { docid: number; doc: StoredDoc }>('SELECT docid, doc FROM docs WHERE idx = ? AND id = ?'),
    insert: db.prepare<[string, string, StoredDoc, string]>('INSERT INTO docs (idx, id, doc, updated_at) VALUES (?, ?, ?, ?)'),
    update: db.prepare<[StoredDoc, string, number]>('UPDATE docs SET doc = ?, updated_at = ? WHERE docid = ?'),
    // INSERT OR IGNORE: the same value twice in one array is one row (buckets count documents).
    insertField: db.prepare<[string, string, string | number, number]>('INSERT OR IGNORE INTO fields (idx, path, value, docid) VALUES (?, ?, ?, ?)'),
    deleteFields: db.prepare<[number]>('DELETE FROM fields WHERE docid = ?'),
    deleteDoc: db.prepare<[number]>('DELETE FROM docs WHERE docid = ?'),
    fts: {} as Partial<Record<IndexName, { insert: SqliteStatement<[number, string]>; delete: SqliteStatement<[number]> }>>,
  };
  // Prepared on first write: a read-only open of a file from before an index was added (case_state)
  // has no FTS table for it, and reads never need these statements.
  const ftsOf = (i: IndexName) =>
    (st.fts[i] ??= {
      insert: db.prepare<[number, string]>(`INSERT INTO ${ftsTable(i)} (rowid, body) VALUES (?, ?)`),
      delete: db.prepare<[number]>(`DELETE FROM ${ftsTable(i)} WHERE rowid = ?`),
    });

  /** The stored document with its JSON text (decoded: sqlite-doc-codec.ts). */
  const getRow = (index: IndexName, id: string): StoredRow | undefined => {
    const row = st.get.get(index, id);
    return row ? { docid: row.docid, json: decodeDoc(row.doc, `${index}/${id}`) } : undefined;
  };

  const checkId = (id: unknown, op: string) => {
    if (typeof id !== 'string' || id === '') throw new PipelineError(`${op}: every document needs a non-empty id`, { retriable: false });
  };

  const writeOne = (index: IndexName, d: UpsertDoc, now: string) => {
    checkId(d.id, 'upsert');
    const existing = getRow(index, d.id);
    // onInsert wins over doc on creation, as in the Elasticsearch adapter ({...doc, ...onInsert}).
    const merged = existing ? merge(JSON.parse(existing.json) as Doc, d.doc) : merge(merge({}, d.doc), d.onInsert ?? {});
    writeDoc(index, d.id, existing, merged, now);
  };

  const replaceOne = (index: IndexName, d: VersionedDoc, options: ReplaceOptions, now: string): ReplaceOutcome => {
    checkId(d.id, 'replace');
    const existing = getRow(index, d.id);
    const applied = applyVersion(existing ? (JSON.parse(existing.json) as Doc) : null, d, options, now);
    if (applied.changed) writeDoc(index, d.id, existing, applied.doc, now);
    return applied.outcome;
  };

  const deleteOne = (index: IndexName, id: string) => {
    const existing = st.get.get(index, id);
    if (!existing) return;
    st.deleteFields.run(existing.docid);
    ftsOf(index).delete.run(existing.docid);
    st.deleteDoc.run(existing.docid);
  };

  function writeDoc(index: IndexName, id: string, existing: StoredRow | undefined, merged: Doc, now: string) {
    const json = JSON.stringify(merged);
    if (existing?.json === json) return; // idempotent replay (at-least-once redelivery): nothing to rewrite
    let docid: number;
    if (existing) {
      docid = existing.docid;
      st.update.run(encodeDoc(json), now, docid);
      st.deleteFields.run(docid);
      ftsOf(index).delete.run(docid);
    } else {
      docid = Number(st.insert.run(index, id, encodeDoc(json), now).lastInsertRowid);
    }
    for (const [path, value] of leavesAtPaths(merged, leafSets.get(index) ?? new Set<string>())) st.insertField.run(index, path, value, docid);
    if (written.get(index)?.has(KEYED_ID)) for (const [path, value] of keyedIdRows(merged, id)) st.insertField.run(index, path, value, docid);
    const body = textBody(merged, textFields[index] ?? []);
    if (body) ftsOf(index).insert.run(docid, body);
  }

  // One IMMEDIATE transaction per call: a bulk is all-or-nothing and pays one commit.
  const upsertTx = db.transaction((index: IndexName, docs: UpsertDoc[]) => {
    fallback.wrote();
    const now = new Date().toISOString();
    for (const d of docs) writeOne(index, d, now);
  });
  const replaceTx = db.transaction((index: IndexName, docs: VersionedDoc[], options: ReplaceOptions) => {
    fallback.wrote();
    const now = new Date().toISOString();
    return docs.map((d) => replaceOne(index, d, options, now));
  });
  const deleteTx = db.transaction((index: IndexName, ids: string[]) => {
    fallback.wrote();
    for (const id of ids) deleteOne(index, id);
  });
  // Each commit writes every page it dirtied to the WAL: a batch's steps in one commit share the
  // pages they have in common (the end of `docs`, the B-trees' upper levels) and pay one commit.
  const writeTx = db.transaction((steps: StoreWrite[]) => {
    fallback.wrote();
    const now = new Date().toISOString();
    for (const step of steps) {
      if ('upsert' in step) for (const d of step.docs) writeOne(step.upsert, d, now);
      else for (const id of step.ids) deleteOne(step.delete, id);
    }
  });

  /** Up to `size` matches of a query without sort or text, in id order, with ids after `after`. */
  const keysetPage = (index: IndexName, query: SearchQuery, after: string | null, size: number): Array<{ id: string; doc: Doc }> => {
    checkIndex(index);
    const limit = Math.min(Math.max(Math.floor(size), 1), MAX_SIZE);
    return withFieldTables(index, queryPaths(query), (table) => {
      const fw = fromWhere(index, query, table);
      // LIMIT as an expression: a bare `LIMIT ?` is read by SQLite's planner, and the statement is then
      // prepared again at every call (the bus's UNPLANNED_LIMIT, decision 0050); the plan is the same.
      const sql = `SELECT d.id AS id, d.doc AS doc ${fw.sql}${after === null ? '' : ' AND d.id > ?'} ORDER BY d.id ASC LIMIT ${UNPLANNED_LIMIT}`;
      const rows = prepare(sql).all(...fw.params, ...(after === null ? [] : [after]), limit) as Array<{ id: string; doc: StoredDoc }>;
      return rows.map((r) => ({ id: r.id, doc: parseStored(r.doc, `${index}/${r.id}`) }));
    });
  };

  const checkIndex = (index: IndexName) => {
    if (!(INDICES as readonly string[]).includes(index)) throw new PipelineError(`unknown index ${String(index)}`, { retriable: false });
  };
  let closed = false;
  const guard = guardedCall(() => {
    if (closed) throw new PipelineError('sqlite store is closed', { retriable: false });
  });

  const store: Store = {
    kind: 'sqlite',
    ensureSchema: () => guard('ensureSchema', () => (options.readonly ? checkStoreSchema(db, options.file) : createStoreSchema(db, indexedList))),
    upsert: (index, docs) =>
      guard(`upsert ${index}`, () => {
        checkIndex(index);
        if (docs.length) upsertTx.immediate(index, docs);
      }),
    replace: (index, docs, options = {}) =>
      guard(`replace ${index}`, (): ReplaceOutcome[] => {
        checkIndex(index);
        return docs.length ? replaceTx.immediate(index, docs, options) : [];
      }),
    delete: (index, ids) =>
      guard(`delete ${index}`, () => {
        checkIndex(index);
        if (ids.length) deleteTx.immediate(index, ids);
      }),
    write: (steps) =>
      guard(`write ${steps.map((s) => ('upsert' in s ? `upsert ${s.upsert}` : `delete ${s.delete}`)).join(', ')}`, () => {
        for (const s of steps) checkIndex('upsert' in s ? s.upsert : s.delete);
        if (steps.some((s) => ('upsert' in s ? s.docs.length : s.ids.length) > 0)) writeTx.immediate(steps);
      }),
    get: (index, id) =>
      guard(`get ${index}`, () => {
        checkIndex(index);
        const row = st.get.get(index, id);
        return row ? parseStored(row.doc, `${index}/${id}`) : null;
      }),
    getMany: (index, ids) =>
      guard(`get ${index}`, () => {
        checkIndex(index);
        const out = new Map<string, Doc>();
        for (const id of new Set(ids)) {
          const row = st.get.get(index, id);
          if (row) out.set(id, parseStored(row.doc, `${index}/${id}`));
        }
        return out;
      }),
    // Pages of the same sorted query (id last, so pages are stable); SQLite has no result window.
    async *scan(index, query, pageSize = 1000) {
      if (!query.sort?.length && (query.text === undefined || query.text.trim() === '')) {
        // In id order: each page starts after the last id of the one before (keyset), so reading
        // all of a large match costs one pass, where OFFSET re-read every earlier page.
        for (let after: string | null = null; ; ) {
          const hits = await guard(`scan ${index}`, () => keysetPage(index, query, after, pageSize));
          for (const h of hits) yield h;
          if (hits.length < pageSize) return;
          after = hits[hits.length - 1]!.id;
        }
      }
      for (let from = 0; ; from += pageSize) {
        const page = await store.search(index, { ...query, from, size: pageSize });
        for (const h of page.hits) yield h;
        if (page.hits.length < pageSize) return;
      }
    },
    search: (index, query) =>
      guard(`search ${index}`, (): SearchResult => {
        checkIndex(index);
        return withFieldTables(index, queryPaths(query), (table): SearchResult => {
          const fw = fromWhere(index, query, table);
          const total = (prepare(`SELECT COUNT(*) AS n ${fw.sql}`).get(...fw.params) as { n: number }).n;
          const { limit, offset } = page(query);
          if (limit === 0 || offset >= total) return { total, hits: [] };
          const order = orderBy(query, fw.fts, table);
          const rows = prepare(`SELECT d.id AS id, d.doc AS doc ${fw.sql} ${order.sql} LIMIT ? OFFSET ?`).all(
            ...fw.params,
            ...order.params,
            limit,
            offset,
          ) as Array<{ id: string; doc: StoredDoc }>;
          return { total, hits: rows.map((r) => ({ id: r.id, doc: parseStored(r.doc, `${index}/${r.id}`) })) };
        });
      }),
    count: (index, filters) =>
      guard(`count ${index}`, () => {
        checkIndex(index);
        return withFieldTables(index, queryPaths({ filters }), (table) => {
          const fw = fromWhere(index, { filters }, table);
          return (prepare(`SELECT COUNT(*) AS n ${fw.sql}`).get(...fw.params) as { n: number }).n;
        });
      }),
    terms: (index, agg) =>
      guard(`terms ${index}`, (): Bucket[] => {
        checkIndex(index);
        const rows = withFieldTables(index, queryPaths({}, agg), (table) => {
          const q = termsSql(index, agg, table);
          return prepare(q.sql).all(...q.params) as Array<{ key: string | number; count: number; sum?: number }>;
        });
        return rows.map((r) => (agg.sumField !== undefined ? { key: String(r.key), count: r.count, sum: r.sum ?? 0 } : { key: String(r.key), count: r.count }));
      }),
    refresh: async () => {},
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
  return store;
}
