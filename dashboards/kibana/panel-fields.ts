// Which index fields each visualization in an NDJSON export uses, and how: aggregated (terms, sum,
// cardinality... need doc values: keyword, numeric, date, boolean), bucketed by date, or only queried
// in KQL (needs an indexed field). Read from the saved objects themselves, not from our TS specs, so
// the check covers exactly what Kibana will import.

export interface NdjsonObject {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  references: Array<{ id: string; name: string; type: string }>;
}

export type FieldUse = 'aggregate' | 'date' | 'query';

export interface PanelField {
  objectId: string;
  dataViewId: string;
  field: string;
  use: FieldUse;
  /** The aggregation type or "kql", for error messages. */
  via: string;
}

export function parseNdjson(text: string): NdjsonObject[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as NdjsonObject;
      } catch (e) {
        throw new Error(`NDJSON line ${i + 1}: ${(e as Error).message}`);
      }
    });
}

/** Field names a KQL string tests (`a.b : x`, `not a.b : *`, `a : (x or y)`); quoted values are skipped. */
export function kqlFields(kql: string): string[] {
  const unquoted = kql.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const out = new Set<string>();
  for (const m of unquoted.matchAll(/(?:^|[\s(])([A-Za-z_@][\w.@-]*)\s*:/g)) out.add(m[1]!);
  return [...out];
}

interface AggState {
  id: string;
  type: string;
  params?: { field?: string; filters?: Array<{ input?: { query?: unknown; language?: string } }> };
}

const DATE_AGGS = new Set(['date_histogram', 'date_range']);

export function visualizationFields(obj: NdjsonObject): PanelField[] {
  const search = JSON.parse(String((obj.attributes.kibanaSavedObjectMeta as { searchSourceJSON?: string } | undefined)?.searchSourceJSON ?? '{}')) as {
    indexRefName?: string;
    query?: { query?: unknown; language?: string };
  };
  const ref = obj.references.find((r) => r.name === search.indexRefName);
  if (!ref) throw new Error(`visualization ${obj.id}: no reference named "${search.indexRefName}" for its data view`);
  const at = (field: string, use: FieldUse, via: string): PanelField => ({ objectId: obj.id, dataViewId: ref.id, field, use, via });
  const out: PanelField[] = [];
  const kql = (q: { query?: unknown; language?: string } | undefined) => {
    if (typeof q?.query === 'string' && q.query.trim() && q.language === 'kuery') for (const f of kqlFields(q.query)) out.push(at(f, 'query', 'kql'));
  };
  kql(search.query);
  const visState = JSON.parse(String(obj.attributes.visState)) as { aggs?: AggState[] };
  for (const agg of visState.aggs ?? []) {
    if (agg.params?.field) out.push(at(agg.params.field, DATE_AGGS.has(agg.type) ? 'date' : 'aggregate', agg.type));
    for (const f of agg.params?.filters ?? []) kql(f.input);
  }
  return out;
}

export function panelFields(objects: NdjsonObject[]): PanelField[] {
  return objects.filter((o) => o.type === 'visualization').flatMap(visualizationFields);
}
