// Store port: what the services need from a document store, no more, so SQLite and
// Elasticsearch can both stand behind it. Field paths are dotted (`enrichment.links.domain`);
// a path that crosses arrays matches when any element matches, as in Elasticsearch.

export const INDICES = ['items', 'cases', 'alerts', 'evidence', 'case_state'] as const;
export type IndexName = (typeof INDICES)[number];

export type Doc = Record<string, unknown>;

export interface UpsertDoc {
  id: string;
  doc: Doc;
  /** Top-level fields written only when the document is created (e.g. a case's analyst `status`). */
  onInsert?: Doc;
}

/** Which capture of a document this is: the hash of its bytes and when they were captured. */
export interface DocVersion {
  sha256: string;
  collectedAt: string;
}

/** One entry of a replaced document's history (`versions`, oldest first). */
export interface VersionEntry extends DocVersion {
  /** When the store recorded that a newer version superseded this one; absent on the current version. */
  replacedAt?: string;
}

export interface VersionedDoc {
  id: string;
  /** The whole document: fields absent here are absent afterwards (except the writer's `preserve` list). */
  doc: Doc;
  version: DocVersion;
}

export interface ReplaceOptions {
  /** Top-level fields the writer does not own (analyst fields): kept from the stored document. */
  preserve?: readonly string[];
}

/**
 * created: first version; replaced: a newer version became current; same: the current version again
 * (content rewritten, history unchanged); stale: older than the current one, content kept.
 */
export type ReplaceOutcome = 'created' | 'replaced' | 'same' | 'stale';

export type FilterValue = string | number | boolean | Array<string | number | boolean>;

export interface SearchQuery {
  /** Full-text query over the index's text fields (items: text, title, author name/handle). */
  text?: string;
  /** Exact match per field; an array means any of. */
  filters?: Record<string, FilterValue>;
  /** Inclusive numeric or ISO-date range per field. */
  ranges?: Record<string, { gte?: number | string; lte?: number | string }>;
  sort?: Array<{ field: string; order: 'asc' | 'desc' }>;
  from?: number;
  size?: number;
}

export interface SearchResult {
  total: number;
  hits: Array<{ id: string; doc: Doc }>;
}

export interface TermsAggregation {
  field: string;
  filters?: Record<string, FilterValue>;
  size?: number;
  /** Also sum this numeric field per bucket. */
  sumField?: string;
}

export interface Bucket {
  key: string;
  count: number;
  sum?: number;
}

/** One step of Store.write: an upsert or a delete, as the method of that name takes it. */
export type StoreWrite = { upsert: IndexName; docs: UpsertDoc[] } | { delete: IndexName; ids: string[] };

export interface Store {
  readonly kind: 'sqlite' | 'elasticsearch';
  ensureSchema(): Promise<void>;
  /** Idempotent: the same id written twice leaves one document (top-level fields merged). */
  upsert(index: IndexName, docs: UpsertDoc[]): Promise<void>;
  /**
   * Versioned replace (items): a newer version replaces the whole document, an older one never
   * overwrites a newer one, and the store keeps `versions` (infra/store/versioned-replace.ts has the
   * rule). Several versions of one id in one call apply in order. One outcome per input document.
   */
  replace(index: IndexName, docs: VersionedDoc[], options?: ReplaceOptions): Promise<ReplaceOutcome[]>;
  /** Removes documents by id; ids that do not exist are ignored (idempotent). */
  delete(index: IndexName, ids: string[]): Promise<void>;
  /**
   * Upserts and deletes in order, each as its own method would do it. SQLite: in one transaction,
   * so one commit for all of them, and none is applied unless all are. Elasticsearch: one call
   * after the other (a failure leaves the earlier steps applied, as separate calls would).
   */
  write(steps: StoreWrite[]): Promise<void>;
  get(index: IndexName, id: string): Promise<Doc | null>;
  /**
   * The documents with these ids that exist, by id; like `get`, it sees every completed write at once
   * (Elasticsearch: a realtime mget, no refresh needed), where search and scan see only refreshed ones.
   */
  getMany(index: IndexName, ids: string[]): Promise<Map<string, Doc>>;
  search(index: IndexName, query: SearchQuery): Promise<SearchResult>;
  /**
   * Every match of a query, page by page in the query's sort (id last), with no result window: what
   * must read all of something (a pair's evidence, an export) uses this, never one capped search.
   * `from` and `size` of the query are ignored; `pageSize` sets the page.
   */
  scan(index: IndexName, query: SearchQuery, pageSize?: number): AsyncIterable<{ id: string; doc: Doc }>;
  count(index: IndexName, filters?: Record<string, FilterValue>): Promise<number>;
  terms(index: IndexName, agg: TermsAggregation): Promise<Bucket[]>;
  /** Make recent writes visible to search (Elasticsearch refresh; no-op on SQLite). */
  refresh(index?: IndexName): Promise<void>;
  close(): Promise<void>;
}
