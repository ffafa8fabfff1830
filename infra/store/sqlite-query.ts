// Builds the SQL for the Store port's search/count/terms over the docs + fields tables (or, for a
// path `fields` does not index, the fallback table of the same shape: sqlite-fallback-fields.ts).
// Semantics follow Elasticsearch so both adapters answer alike:
//  - a filter on a path that crosses arrays matches when ANY element matches; an array value = any of;
//  - ranges are inclusive and typed: numeric bounds compare numbers, string bounds compare strings
//    (ISO-8601 UTC timestamps compare correctly as text);
//  - sort takes the smallest value of a multi-valued field ascending, the largest descending,
//    documents without the field come last, ties break on id;
//  - terms buckets count distinct documents, ordered by count desc then key asc.
import type { FilterValue, IndexName, SearchQuery, TermsAggregation } from '../ports/store.ts';
import { PipelineError } from '../../pipelines/step-result.ts';
import { leafValue } from './sqlite-flatten.ts';
import { toFtsQuery } from './sqlite-fts.ts';
import { ftsTable } from './sqlite-store-schema.ts';

export const DEFAULT_SIZE = 20;
export const MAX_SIZE = 10_000;
export const DEFAULT_TERMS_SIZE = 10;

export interface SqlPart {
  sql: string;
  params: unknown[];
}

/**
 * The table holding a path's leaves: `fields` for indexed paths, the fallback table filled from the
 * documents' JSON for the others (sqlite-fallback-fields.ts). Both have the same columns.
 */
export type FieldTable = (path: string) => string;
const ALL_INDEXED: FieldTable = () => 'fields';

/** Every field path a query reads (filters, ranges, sort, terms field and sum), for the fallback. */
export function queryPaths(q: Pick<SearchQuery, 'filters' | 'ranges' | 'sort'>, agg?: TermsAggregation): string[] {
  const paths = new Set<string>([...Object.keys(q.filters ?? {}), ...Object.keys(q.ranges ?? {})]);
  for (const s of q.sort ?? []) if (s.field !== '_score') paths.add(s.field);
  if (agg) {
    paths.add(agg.field);
    if (agg.sumField !== undefined) paths.add(agg.sumField);
    for (const k of Object.keys(agg.filters ?? {})) paths.add(k);
  }
  return [...paths];
}

const NUMERIC = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

// Elasticsearch coerces between keyword and number in term queries ("5" finds 5 and vice versa).
function candidates(v: string | number | boolean): unknown[] {
  const leaf = leafValue(v);
  if (leaf === undefined) return [];
  if (typeof leaf === 'number') return [leaf, String(leaf)];
  if (typeof v === 'string' && NUMERIC.test(v.trim())) return [leaf, Number(v)];
  return [leaf];
}

function filterPart(index: IndexName, path: string, value: FilterValue, table: FieldTable): SqlPart {
  const values = (Array.isArray(value) ? value : [value]).flatMap(candidates);
  if (values.length === 0) return { sql: '0', params: [] }; // "any of []" matches nothing
  return {
    sql: `d.docid IN (SELECT docid FROM ${table(path)} WHERE idx = ? AND path = ? AND value IN (${values.map(() => '?').join(', ')}))`,
    params: [index, path, ...values],
  };
}

function rangePart(index: IndexName, path: string, range: { gte?: number | string; lte?: number | string }, table: FieldTable): SqlPart {
  const bounds = [range.gte, range.lte].filter((b) => b !== undefined);
  const numeric = bounds.length > 0 && typeof bounds[0] === 'number';
  if (bounds.some((b) => (typeof b === 'number') !== numeric)) {
    throw new PipelineError(`range on ${path}: gte and lte must both be numbers or both strings`, { retriable: false });
  }
  const conds = ['idx = ?', 'path = ?'];
  const params: unknown[] = [index, path];
  // Typed comparison: in SQLite every number sorts before every string, so an untyped
  // `value >= 5` would also match all string values.
  if (bounds.length) conds.push(numeric ? "typeof(value) IN ('integer', 'real')" : "typeof(value) = 'text'");
  if (range.gte !== undefined) {
    conds.push('value >= ?');
    params.push(range.gte);
  }
  if (range.lte !== undefined) {
    conds.push('value <= ?');
    params.push(range.lte);
  }
  return { sql: `d.docid IN (SELECT docid FROM ${table(path)} WHERE ${conds.join(' AND ')})`, params };
}

/** FROM + WHERE shared by search, count and terms. `text` joins the index's FTS table. */
export function fromWhere(index: IndexName, q: Pick<SearchQuery, 'text' | 'filters' | 'ranges'>, table: FieldTable = ALL_INDEXED): SqlPart & { fts: string | null } {
  const conds = ['d.idx = ?'];
  const params: unknown[] = [index];
  let from = 'docs d';
  let fts: string | null = null;
  if (q.text !== undefined && q.text.trim() !== '') {
    const match = toFtsQuery(q.text);
    if (match === null) {
      conds.push('0'); // only punctuation: no term to look for, so nothing matches
    } else {
      fts = ftsTable(index);
      from = `${fts} JOIN docs d ON d.docid = ${fts}.rowid`;
      conds.push(`${fts} MATCH ?`);
      params.push(match);
    }
  }
  for (const [path, value] of Object.entries(q.filters ?? {})) {
    const p = filterPart(index, path, value, table);
    conds.push(p.sql);
    params.push(...p.params);
  }
  for (const [path, range] of Object.entries(q.ranges ?? {})) {
    const p = rangePart(index, path, range, table);
    conds.push(p.sql);
    params.push(...p.params);
  }
  // With a filter or range, the matching docids come from the index (`fields`) and each is looked up
  // by rowid. `+` keeps SQLite from walking every document of the index through the (idx, id) key
  // and testing each against the list instead: that plan cost O(documents in the index) per lookup,
  // so the cases stage slowed down as the store grew (decision 0035).
  if (conds.length > 1 && fts === null) conds[0] = '+d.idx = ?';
  return { sql: `FROM ${from} WHERE ${conds.join(' AND ')}`, params, fts };
}

export function orderBy(q: SearchQuery, fts: string | null, table: FieldTable = ALL_INDEXED): SqlPart {
  const terms: string[] = [];
  const params: unknown[] = [];
  for (const s of q.sort ?? []) {
    const desc = s.order === 'desc';
    if (s.field === '_score') {
      // bm25 rank: lower is better; without a text query every score ties.
      if (fts) terms.push(`${fts}.rank ${desc ? 'ASC' : 'DESC'}`);
      continue;
    }
    const key = `(SELECT ${desc ? 'MAX' : 'MIN'}(value) FROM ${table(s.field)} WHERE docid = d.docid AND path = ?)`;
    terms.push(`${key} IS NULL`, `${key} ${desc ? 'DESC' : 'ASC'}`);
    params.push(s.field, s.field);
  }
  if (!q.sort?.length && fts) terms.push(`${fts}.rank`);
  terms.push('d.id ASC'); // stable paging
  return { sql: `ORDER BY ${terms.join(', ')}`, params };
}

export function page(q: SearchQuery): { limit: number; offset: number } {
  const size = Math.floor(q.size ?? DEFAULT_SIZE);
  const from = Math.floor(q.from ?? 0);
  return { limit: Math.min(Math.max(size, 0), MAX_SIZE), offset: Math.max(from, 0) };
}

export function termsSql(index: IndexName, agg: TermsAggregation, table: FieldTable = ALL_INDEXED): SqlPart {
  const params: unknown[] = [];
  let sum = '';
  let join = '';
  if (agg.sumField !== undefined) {
    sum = ', TOTAL(s.value) AS sum';
    join = `LEFT JOIN ${table(agg.sumField)} s ON s.docid = t.docid AND s.path = ? AND typeof(s.value) IN ('integer', 'real')`;
    params.push(agg.sumField);
  }
  let where = 't.idx = ? AND t.path = ?';
  params.push(index, agg.field);
  if (agg.filters && Object.keys(agg.filters).length) {
    const fw = fromWhere(index, { filters: agg.filters }, table);
    where += ` AND t.docid IN (SELECT d.docid ${fw.sql})`;
    params.push(...fw.params);
  }
  const size = Math.min(Math.max(Math.floor(agg.size ?? DEFAULT_TERMS_SIZE), 0), MAX_SIZE);
  params.push(size);
  return {
    sql: `SELECT t.value AS key, COUNT(DISTINCT t.docid) AS count${sum} FROM ${table(agg.field)} t ${join} WHERE ${where}
          GROUP BY t.value ORDER BY count DESC, key ASC LIMIT ?`,
    params,
  };
}
