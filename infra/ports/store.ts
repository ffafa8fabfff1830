// Store port: what the services need from a document store, no more, so SQLite and
// Elasticsearch can both stand behind it. Field paths are dotted (`enrichment.links.domain`);
// a path that crosses arrays matches when any element matches, as in Elasticsearch.

export const INDICES = ['items', 'cases', 'alerts', 'evidence'] as const;
export type IndexName = (typeof INDICES)[number];

export type Doc = Record<string, unknown>;

export interface UpsertDoc {
  id: string;
  doc: Doc;
  /** Top-level fields written only when the document is created (e.g. a case's analyst `status`). */
  onInsert?: Doc;
}

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

export interface Store {
  readonly kind: 'sqlite' | 'elasticsearch';
  ensureSchema(): Promise<void>;
  /** Idempotent: the same id written twice leaves one document (top-level fields merged). */
  upsert(index: IndexName, docs: UpsertDoc[]): Promise<void>;
  get(index: IndexName, id: string): Promise<Doc | null>;
  search(index: IndexName, query: SearchQuery): Promise<SearchResult>;
  count(index: IndexName, filters?: Record<string, FilterValue>): Promise<number>;
  terms(index: IndexName, agg: TermsAggregation): Promise<Bucket[]>;
  /** Make recent writes visible to search (Elasticsearch refresh; no-op on SQLite). */
  refresh(index?: IndexName): Promise<void>;
  close(): Promise<void>;
}
