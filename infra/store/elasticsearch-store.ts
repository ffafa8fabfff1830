// Store port on Elasticsearch. Reads and writes go through aliases (`<prefix>items` -> `<prefix>items-000001`,
// the write index), so indices can be rolled over or rebuilt without touching callers.
//
// Upserts are read-merge-write with optimistic concurrency, not `update` + `doc`: a partial update merges
// objects recursively (a country dropped from ad.reachByCountry would linger), while the port promises a
// top-level merge, and without painless (absent on a bare node) there is no script to do it server-side.
// New ids are written with `create` ({...doc, ...onInsert}); existing ones with `index` guarded by
// if_seq_no/if_primary_term; a concurrent writer makes that a 409 and the document is re-read and retried.
// Versioned replace (items) takes the same path: read, fold the shared rule (versioned-replace.ts), guarded write.
import { Client } from '@elastic/elasticsearch';
import type { Bucket, Doc, FilterValue, IndexName, ReplaceOptions, ReplaceOutcome, SearchQuery, SearchResult, Store, TermsAggregation, UpsertDoc, VersionedDoc } from '../ports/store.ts';
import { INDICES } from '../ports/store.ts';
import { PipelineError } from '../../pipelines/step-result.ts';
import { detectEsCapabilities, type EsCapabilities } from '../engines/es-engine.ts';
import { isRetriableStatus, toPipelineError } from './es-errors.ts';
import { buildQuery, buildSort, fieldResolver } from './es-query.ts';
import { buildIndexTemplate, ilmPolicyBody, ILM_POLICY_SUFFIX } from './es-templates.ts';
import { applyVersion } from './versioned-replace.ts';

type ClientAuth = ConstructorParameters<typeof Client>[0]['auth'];

export interface ElasticsearchStoreOptions {
  node: string;
  auth?: ClientAuth;
  indexPrefix: string;
  /** Refresh after each upsert so the next search sees it (tests, CLI); off in the pipeline for throughput. */
  refreshOnWrite?: boolean;
  /** Bulk back-pressure: flush a bulk request at this many bytes (default 5 MB). */
  flushBytes?: number;
  /** Per-document retries on 429 inside the bulk helper, and rounds of re-read on 409 conflicts. */
  retries?: number;
  /** Client-level retries of a failed request (connection errors, 502-504); default 3. */
  maxRetries?: number;
}

interface Existing {
  index: string;
  seqNo: number;
  primaryTerm: number;
  source: Doc;
}

interface Write {
  id: string;
  action: 'create' | 'index';
  index: string;
  seqNo?: number;
  primaryTerm?: number;
  body: Doc;
}

const CONFLICT_ROUNDS = 5;
/** Same default page as the SQLite store (the port conformance suite pins it). */
const DEFAULT_PAGE = 20;
const READ_CHUNK = 1_000;

export function createElasticsearchStore(opts: ElasticsearchStoreOptions): Store {
  const client = new Client({
    node: opts.node,
    auth: opts.auth,
    maxRetries: opts.maxRetries ?? 3,
    requestTimeout: 60_000,
    // No sniffing: behind a proxy or in a container the published addresses are often unreachable.
    sniffOnStart: false,
  });
  const prefix = opts.indexPrefix;
  const alias = (index: IndexName) => `${prefix}${index}`;
  let caps: EsCapabilities | null = null;
  let schema: Promise<void> | null = null;

  async function call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      throw toPipelineError(e, what);
    }
  }

  async function detect(): Promise<EsCapabilities> {
    try {
      return await detectEsCapabilities(client);
    } catch (e) {
      const err = toPipelineError(e, 'detect capabilities');
      if (err.retriable) throw err;
      // A user without monitor privileges cannot list modules: fall back to core features only.
      return { ilm: false, analysisCommon: false, painless: false, dataStreams: false, modules: [] };
    }
  }

  async function doEnsureSchema(): Promise<void> {
    caps = await detect();
    const extras = { analysisCommon: caps.analysisCommon, ilm: caps.ilm };
    if (caps.ilm) {
      await call('put ILM policy', () => client.ilm.putLifecycle({ name: `${prefix}${ILM_POLICY_SUFFIX}`, ...ilmPolicyBody() }));
    }
    for (const index of INDICES) {
      const t = buildIndexTemplate(index, prefix, extras);
      await call(`put index template ${t.name}`, () => client.indices.putIndexTemplate(t as Parameters<Client['indices']['putIndexTemplate']>[0]));
      const name = alias(index);
      if (await call(`check alias ${name}`, () => client.indices.existsAlias({ name }))) continue;
      if (await call(`check index ${name}`, () => client.indices.exists({ index: name }))) {
        throw new PipelineError(
          `${name} is a concrete index, not an alias (was something written before ensureSchema?); reindex it into ${name}-000001 and alias it`,
          { retriable: false },
        );
      }
      try {
        await client.indices.create({ index: `${name}-000001`, aliases: { [name]: { is_write_index: true } } });
      } catch (e) {
        // Another process created it between our check and create: that is the state we wanted.
        const type = (e as { meta?: { body?: { error?: { type?: string } } } }).meta?.body?.error?.type;
        if (type !== 'resource_already_exists_exception') throw toPipelineError(e, `create index ${name}-000001`);
      }
    }
    await call('wait for indices', () =>
      client.cluster.health({ index: INDICES.map(alias), wait_for_status: 'yellow', timeout: '30s' }),
    );
  }

  /** Schema once per store; a failed attempt is forgotten so the next call tries again. */
  function ready(): Promise<void> {
    schema ??= doEnsureSchema().catch((e) => {
      schema = null;
      throw e;
    });
    return schema;
  }

  /**
   * Current documents with their concurrency tokens. mget is realtime (sees unrefreshed writes) but
   * refuses an alias spanning several indices, as after an ILM rollover; then a search finds the owning index.
   */
  async function readExisting(index: IndexName, ids: string[], skip: string[] = []): Promise<Map<string, Existing>> {
    const out = new Map<string, Existing>();
    const sourceExcludes = skip.length ? { _source_excludes: skip } : {};
    for (let i = 0; i < ids.length; i += READ_CHUNK) {
      const chunk = ids.slice(i, i + READ_CHUNK);
      try {
        const res = await client.mget<Doc>({ index: alias(index), ids: chunk, ...sourceExcludes });
        for (const d of res.docs) {
          if ('found' in d && d.found && d._source) {
            out.set(d._id, { index: d._index, seqNo: d._seq_no ?? 0, primaryTerm: d._primary_term ?? 0, source: d._source });
          }
        }
      } catch (e) {
        const reason = JSON.stringify((e as { meta?: { body?: unknown } }).meta?.body ?? '');
        if (!reason.includes('more than one index')) throw toPipelineError(e, `read ${index}`);
        await call(`refresh ${index}`, () => client.indices.refresh({ index: alias(index) }));
        const res = await call(`read ${index}`, () =>
          client.search<Doc>({ index: alias(index), query: { ids: { values: chunk } }, size: chunk.length, seq_no_primary_term: true, ...(skip.length ? { _source: { excludes: skip } } : {}) }),
        );
        for (const h of res.hits.hits) {
          if (h._id && h._source) out.set(h._id, { index: h._index, seqNo: h._seq_no ?? 0, primaryTerm: h._primary_term ?? 0, source: h._source });
        }
      }
    }
    return out;
  }

  /**
   * Top-level fields that every document sets, as source-filter paths. Only plain names: a dot or a
   * wildcard would mean something else to the filter (and such a field is simply read, as before).
   */
  function fieldsSetByAll(docs: UpsertDoc[]): string[] {
    if (!docs.length) return [];
    const common = Object.keys(docs[0]!.doc).filter((k) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(k));
    return common.filter((k) => docs.every((d) => Object.hasOwn(d.doc, k)));
  }

  /** Several writes of one id in a batch collapse into one, in order, so the batch is one round of writes. */
  function collapse(docs: UpsertDoc[]): UpsertDoc[] {
    const byId = new Map<string, UpsertDoc>();
    for (const d of docs) {
      if (typeof d.id !== 'string' || d.id === '') throw new PipelineError('upsert: every document needs a non-empty id', { retriable: false });
      const prev = byId.get(d.id);
      byId.set(d.id, prev ? { id: d.id, doc: { ...prev.doc, ...d.doc }, onInsert: { ...prev.onInsert, ...d.onInsert } } : d);
    }
    return [...byId.values()];
  }

  async function writeRound(index: IndexName, docs: UpsertDoc[]): Promise<{ conflicts: UpsertDoc[]; failures: string[]; retriable: boolean }> {
    // Fields every document of the round sets are replaced whatever the stored value: not read back.
    // A case (up to 1,000 evidence ids, ~45 kB) or a case state was fetched whole at every update
    // only to be overwritten; now the read returns what survives the merge (an analyst's status).
    const existing = await readExisting(index, docs.map((d) => d.id), fieldsSetByAll(docs));
    const byId = new Map(docs.map((d) => [d.id, d]));
    const writes: Write[] = docs.map((d) => {
      const cur = existing.get(d.id);
      return cur
        ? { id: d.id, action: 'index', index: cur.index, seqNo: cur.seqNo, primaryTerm: cur.primaryTerm, body: { ...cur.source, ...d.doc } }
        : { id: d.id, action: 'create', index: alias(index), body: { ...d.doc, ...d.onInsert } };
    });
    const r = await bulkWrite(index, writes);
    return { conflicts: r.conflicts.map((id) => byId.get(id)!), failures: r.failures, retriable: r.retriable };
  }

  /** Writes create/guarded-index actions; 409s come back as conflicting ids for the caller to re-read. */
  async function bulkWrite(index: IndexName, writes: Write[]): Promise<{ conflicts: string[]; failures: string[]; retriable: boolean }> {
    const conflicts: string[] = [];
    const failures: string[] = [];
    let retriable = false;
    if (!writes.length) return { conflicts, failures, retriable };
    try {
      await client.helpers.bulk<Write>({
        datasource: writes,
        onDocument: (w) =>
          w.action === 'create'
            ? [{ create: { _index: w.index, _id: w.id } }, w.body]
            : [{ index: { _index: w.index, _id: w.id, if_seq_no: w.seqNo, if_primary_term: w.primaryTerm } }, w.body],
        flushBytes: opts.flushBytes ?? 5_000_000,
        concurrency: 2,
        retries: opts.retries ?? 3,
        wait: 500,
        onDrop: (drop) => {
          const w = drop.document;
          if (drop.status === 409) conflicts.push(w.id);
          else {
            const e = drop.error;
            failures.push(`${w.id}: HTTP ${drop.status} ${e ? `${e.type}: ${e.reason ?? ''}` : ''}`.trim());
            if (isRetriableStatus(drop.status)) retriable = true;
          }
        },
      });
    } catch (e) {
      throw toPipelineError(e, `bulk write ${index}`);
    }
    return { conflicts, failures, retriable };
  }

  /**
   * One round of versioned replace: read the current documents, fold each id's deliveries over its
   * stored document with the shared rule, write what changed. Ids whose guarded write conflicted are
   * returned and redone from a fresh read, so their outcomes are recomputed too.
   */
  async function replaceRound(
    index: IndexName,
    groups: Map<string, Array<{ pos: number; doc: VersionedDoc }>>,
    options: ReplaceOptions,
    outcomes: ReplaceOutcome[],
    now: string,
  ): Promise<{ conflicts: string[]; failures: string[]; retriable: boolean }> {
    const existing = await readExisting(index, [...groups.keys()]);
    const writes: Write[] = [];
    for (const [id, deliveries] of groups) {
      const cur = existing.get(id);
      let state: Doc | null = cur?.source ?? null;
      let changed = false;
      for (const { pos, doc } of deliveries) {
        const applied = applyVersion(state, doc, options, now);
        outcomes[pos] = applied.outcome;
        state = applied.doc;
        changed ||= applied.changed;
      }
      if (!changed || !state) continue;
      writes.push(
        cur
          ? { id, action: 'index', index: cur.index, seqNo: cur.seqNo, primaryTerm: cur.primaryTerm, body: state }
          : { id, action: 'create', index: alias(index), body: state },
      );
    }
    return bulkWrite(index, writes);
  }

  function throwFailures(index: IndexName, op: string, total: number, failures: string[], retriable: boolean): void {
    if (!failures.length) return;
    const shown = failures.slice(0, 10).join('; ');
    // 429s/5xx the helper gave up on and unresolved conflicts can succeed later; mapping errors cannot.
    throw new PipelineError(`elasticsearch ${op} ${index}: ${failures.length} of ${total} documents failed: ${shown}`, { retriable });
  }

  return {
    kind: 'elasticsearch',

    ensureSchema: ready,

    async upsert(index, docs) {
      if (!docs.length) return;
      await ready();
      let pending = collapse(docs);
      const failures: string[] = [];
      let retriable = false;
      for (let round = 0; pending.length && round < CONFLICT_ROUNDS; round++) {
        const r = await writeRound(index, pending);
        failures.push(...r.failures);
        retriable ||= r.retriable;
        pending = r.conflicts;
      }
      // Conflicts that outlived every round mean heavy concurrent writing: a later retry can succeed.
      if (pending.length) retriable = true;
      failures.push(...pending.map((d) => `${d.id}: still conflicting after ${CONFLICT_ROUNDS} rounds of concurrent writes`));
      if (opts.refreshOnWrite) await this.refresh(index);
      throwFailures(index, 'upsert', docs.length, failures, retriable);
    },

    async replace(index, docs, options = {}) {
      if (!docs.length) return [];
      await ready();
      const groups = new Map<string, Array<{ pos: number; doc: VersionedDoc }>>();
      docs.forEach((doc, pos) => {
        if (typeof doc.id !== 'string' || doc.id === '') throw new PipelineError('replace: every document needs a non-empty id', { retriable: false });
        const list = groups.get(doc.id) ?? [];
        list.push({ pos, doc });
        groups.set(doc.id, list);
      });
      const outcomes: ReplaceOutcome[] = new Array<ReplaceOutcome>(docs.length).fill('same');
      const now = new Date().toISOString();
      const failures: string[] = [];
      let retriable = false;
      let pending = groups;
      for (let round = 0; pending.size && round < CONFLICT_ROUNDS; round++) {
        const r = await replaceRound(index, pending, options, outcomes, now);
        failures.push(...r.failures);
        retriable ||= r.retriable;
        pending = new Map(r.conflicts.map((id) => [id, groups.get(id)!]));
      }
      if (pending.size) retriable = true;
      failures.push(...[...pending.keys()].map((id) => `${id}: still conflicting after ${CONFLICT_ROUNDS} rounds of concurrent writes`));
      if (opts.refreshOnWrite) await this.refresh(index);
      throwFailures(index, 'replace', docs.length, failures, retriable);
      return outcomes;
    },

    async write(steps) {
      // No transactions across documents here: the steps one after the other, each its own bulk.
      for (const step of steps) {
        if ('upsert' in step) await this.upsert(step.upsert, step.docs);
        else await this.delete(step.delete, step.ids);
      }
    },

    async delete(index, ids) {
      if (!ids.length) return;
      await ready();
      // Deletes name the concrete index: after a rollover the alias spans several and refuses single-document writes.
      const existing = await readExisting(index, [...new Set(ids)]);
      if (!existing.size) return;
      const res = await call(`delete ${index}`, () =>
        client.bulk({ operations: [...existing].map(([id, cur]) => ({ delete: { _index: cur.index, _id: id } })) }),
      );
      const failures: string[] = [];
      let retriable = false;
      for (const item of res.items) {
        const r = item.delete;
        // 404: gone already (another delivery got there first), which is what we wanted.
        if (!r || r.status < 300 || r.status === 404) continue;
        failures.push(`${r._id ?? '?'}: HTTP ${r.status} ${r.error ? `${r.error.type}: ${r.error.reason ?? ''}` : ''}`.trim());
        if (isRetriableStatus(r.status)) retriable = true;
      }
      if (opts.refreshOnWrite) await this.refresh(index);
      throwFailures(index, 'delete', ids.length, failures, retriable);
    },

    async get(index, id) {
      await ready();
      const found = await readExisting(index, [id]);
      return found.get(id)?.source ?? null;
    },

    async getMany(index, ids) {
      if (!ids.length) return new Map();
      await ready();
      const found = await readExisting(index, [...new Set(ids)]);
      return new Map([...found].map(([id, e]) => [id, e.source]));
    },

    async search(index: IndexName, q: SearchQuery): Promise<SearchResult> {
      await ready();
      const query = buildQuery(index, q, { languageSubfields: caps?.analysisCommon ?? false });
      const sort = buildSort(index, q);
      const res = await call(`search ${index}`, () =>
        client.search<Doc>({ index: alias(index), query, sort: sort as never, from: q.from ?? 0, size: q.size ?? DEFAULT_PAGE, track_total_hits: true }),
      );
      const total = typeof res.hits.total === 'number' ? res.hits.total : (res.hits.total?.value ?? 0);
      return { total, hits: res.hits.hits.map((h) => ({ id: h._id ?? '', doc: h._source ?? {} })) };
    },

    // search_after on the query's sort, which always ends with the id: pages past the 10,000-hit
    // result window, each in constant time. No point in time: a document written during the scan may
    // or may not be seen, as with any search; callers refresh first.
    async *scan(index: IndexName, q: SearchQuery, pageSize = 1000) {
      await ready();
      const query = buildQuery(index, q, { languageSubfields: caps?.analysisCommon ?? false });
      const sort = buildSort(index, q);
      let after: unknown[] | undefined;
      for (;;) {
        const res = await call(`scan ${index}`, () =>
          client.search<Doc>({ index: alias(index), query, sort: sort as never, size: pageSize, track_total_hits: false, ...(after ? { search_after: after as never } : {}) }),
        );
        const hits = res.hits.hits;
        for (const h of hits) yield { id: h._id ?? '', doc: h._source ?? {} };
        if (hits.length < pageSize) return;
        after = hits[hits.length - 1]!.sort as unknown[];
      }
    },

    async count(index: IndexName, filters?: Record<string, FilterValue>) {
      await ready();
      const query = buildQuery(index, { filters }, { languageSubfields: false });
      const res = await call(`count ${index}`, () => client.count({ index: alias(index), query }));
      return res.count;
    },

    async terms(index: IndexName, agg: TermsAggregation): Promise<Bucket[]> {
      await ready();
      const r = fieldResolver(index);
      const field = r.exact(agg.field);
      const sumField = agg.sumField ? r.exact(agg.sumField) : undefined;
      const query = buildQuery(index, { filters: agg.filters }, { languageSubfields: false });
      const res = await call(`terms ${index}.${agg.field}`, () =>
        client.search({
          index: alias(index),
          query,
          size: 0,
          aggs: {
            by: {
              terms: { field, size: agg.size ?? 10, order: [{ _count: 'desc' }, { _key: 'asc' }] },
              ...(sumField ? { aggs: { total: { sum: { field: sumField } } } } : {}),
            },
          },
        }),
      );
      const buckets = ((res.aggregations?.by as { buckets?: unknown[] } | undefined)?.buckets ?? []) as Array<{
        key: string | number;
        key_as_string?: string;
        doc_count: number;
        total?: { value: number | null };
      }>;
      return buckets.map((b) => ({
        // Booleans come back as 1/0 with key_as_string "true"/"false"; keep the string form.
        key: b.key_as_string ?? String(b.key),
        count: b.doc_count,
        ...(sumField ? { sum: b.total?.value ?? 0 } : {}),
      }));
    },

    async refresh(index?: IndexName) {
      await ready();
      const targets = index ? [alias(index)] : INDICES.map(alias);
      await call('refresh', () => client.indices.refresh({ index: targets }));
    },

    async close() {
      await client.close();
    },
  };
}
