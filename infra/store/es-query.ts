// Translates the Store port's filters, ranges, sort and text into Elasticsearch query DSL, resolving
// each dotted path against our explicit mapping. With `dynamic: false` an unmapped path would silently
// match nothing; we refuse it with an error that names the template to edit instead.
import type { FilterValue, IndexName, SearchQuery } from '../ports/store.ts';
import { PipelineError } from '../../pipelines/step-result.ts';
import { LANGUAGE_SUBFIELDS, loadTemplateFile, type FieldMapping } from './es-templates.ts';

interface FieldInfo {
  type: string;
  indexed: boolean;
  /** For text fields: the keyword subfield used for exact match, sort and aggregation. */
  keyword?: string;
}

export interface FieldResolver {
  /** Field to use for exact match / sort / aggregation / range. */
  exact(path: string): string;
  textFields(withLanguageSubfields: boolean): string[];
}

/** Full-text fields per index (items: text, title, author name and handle, as the port says). */
const TEXT_FIELDS: Record<IndexName, string[]> = {
  items: ['text', 'title', 'author.name', 'author.handle.text'],
  cases: ['person.name', 'firm.name', 'indicators.details'],
  alerts: ['summary'],
  evidence: ['pairKey', 'personKey', 'firmId', 'itemId'],
  case_state: [],
};

function collect(props: Record<string, FieldMapping> | undefined, prefix: string, out: Map<string, FieldInfo>, dyn: Map<string, string>): void {
  for (const [name, f] of Object.entries(props ?? {})) {
    const path = prefix + name;
    if (f.enabled === false) continue; // stored, never indexed: not queryable
    if (f.properties || f.type === 'object' || f.type === undefined) {
      // An object with dynamic: true under a dynamic: false root (ad.reachByCountry) accepts any key.
      if (f.dynamic === true || f.dynamic === 'true') dyn.set(path, 'long');
      collect(f.properties, `${path}.`, out, dyn);
      continue;
    }
    const info: FieldInfo = { type: f.type, indexed: f.index !== false };
    for (const [sub, sf] of Object.entries(f.fields ?? {})) {
      out.set(`${path}.${sub}`, { type: sf.type ?? 'keyword', indexed: sf.index !== false });
      if (sf.type === 'keyword' && !info.keyword) info.keyword = `${path}.${sub}`;
    }
    out.set(path, info);
  }
}

const cache = new Map<IndexName, FieldResolver>();

export function fieldResolver(index: IndexName): FieldResolver {
  const hit = cache.get(index);
  if (hit) return hit;
  const fields = new Map<string, FieldInfo>();
  const dynamicObjects = new Map<string, string>();
  collect(loadTemplateFile(index).template.mappings.properties, '', fields, dynamicObjects);
  const resolver: FieldResolver = {
    exact(path) {
      const f = fields.get(path);
      if (!f) {
        for (const obj of dynamicObjects.keys()) if (path.startsWith(`${obj}.`)) return path;
        throw new PipelineError(
          `field "${path}" is not mapped in the ${index} index (dynamic: false); add it to infra/elasticsearch/templates/${index}.json`,
          { retriable: false },
        );
      }
      if (f.type === 'text') {
        if (f.keyword) return f.keyword;
        throw new PipelineError(`field "${path}" in ${index} is full text only; use the text query, or map a keyword subfield`, { retriable: false });
      }
      if (!f.indexed) throw new PipelineError(`field "${path}" in ${index} is stored but not indexed`, { retriable: false });
      return path;
    },
    textFields(withLanguageSubfields) {
      const base = TEXT_FIELDS[index];
      if (!withLanguageSubfields) return base;
      return [...base, ...base.flatMap((f) => LANGUAGE_SUBFIELDS.map((s) => `${f}.${s}`))];
    },
  };
  cache.set(index, resolver);
  return resolver;
}

type Clause = Record<string, unknown>;

function filterClause(field: string, value: FilterValue): Clause {
  if (Array.isArray(value)) return { terms: { [field]: value } };
  return { term: { [field]: value } };
}

export function buildQuery(
  index: IndexName,
  q: Pick<SearchQuery, 'text' | 'filters' | 'ranges'>,
  opts: { languageSubfields: boolean },
): Clause {
  const r = fieldResolver(index);
  const filter: Clause[] = [];
  for (const [path, value] of Object.entries(q.filters ?? {})) {
    // An empty "any of" list matches nothing, as in SQL `IN ()`; terms with [] would do the same.
    filter.push(filterClause(r.exact(path), value));
  }
  for (const [path, range] of Object.entries(q.ranges ?? {})) {
    const bounds: Record<string, number | string> = {};
    if (range.gte !== undefined) bounds.gte = range.gte;
    if (range.lte !== undefined) bounds.lte = range.lte;
    filter.push({ range: { [r.exact(path)]: bounds } });
  }
  const must: Clause[] = [];
  const text = q.text?.trim();
  if (text) {
    // simple_query_string never throws on user syntax (unbalanced quotes, stray operators); lenient
    // skips fields whose type cannot take the text instead of failing the whole query.
    must.push({
      simple_query_string: { query: text, fields: r.textFields(opts.languageSubfields), default_operator: 'and', lenient: true },
    });
  }
  if (!filter.length && !must.length) return { match_all: {} };
  return { bool: { filter, must } };
}

export function buildSort(index: IndexName, q: SearchQuery): Clause[] {
  const r = fieldResolver(index);
  const sort: Clause[] = (q.sort ?? []).map((s) => ({ [r.exact(s.field)]: { order: s.order, unmapped_type: 'keyword' } }));
  if (!q.sort?.length && q.text?.trim()) sort.push({ _score: { order: 'desc' } });
  // Tie-break on the document id so paging with from/size is stable (our documents all carry `id`).
  sort.push({ id: { order: 'asc', unmapped_type: 'keyword' } });
  return sort;
}
