// The Kibana saved objects we ship: well-formed NDJSON, references that resolve, embedded JSON that
// parses, and every field a panel uses present (and aggregatable where aggregated) in the mapping our
// templates create on a real Elasticsearch node. No Kibana here, so this is the contract Kibana's
// import and rendering rely on, checked piece by piece.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ensureElasticsearchForTests } from '../../infra/engines/es-engine.ts';
import { createElasticsearchStore } from '../../infra/store/elasticsearch-store.ts';
import { INDICES, type Store } from '../../infra/ports/store.ts';
import { DEFAULT_NDJSON_FILE, rewriteIndexPrefix } from '../../dashboards/kibana/import-dashboards.ts';
import { buildSavedObjects, toNdjson } from '../../dashboards/kibana/saved-objects.ts';
import { REACH_COUNTRIES } from '../../dashboards/kibana/eu-nexus-dashboard.ts';
import { kqlFields, panelFields, parseNdjson, type NdjsonObject, type PanelField } from '../../dashboards/kibana/panel-fields.ts';

const NDJSON = readFileSync(DEFAULT_NDJSON_FILE, 'utf8');
const objects = parseNdjson(NDJSON);
const byKey = new Map(objects.map((o) => [`${o.type}/${o.id}`, o]));

/** Attributes Kibana stores as JSON strings, per type. */
const JSON_ATTRIBUTES: Record<string, string[]> = {
  'index-pattern': ['fields', 'fieldAttrs', 'fieldFormatMap', 'runtimeFieldMap', 'sourceFilters'],
  visualization: ['visState', 'uiStateJSON', 'kibanaSavedObjectMeta.searchSourceJSON'],
  dashboard: ['panelsJSON', 'optionsJSON', 'kibanaSavedObjectMeta.searchSourceJSON'],
};

function attr(o: NdjsonObject, path: string): unknown {
  return path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o.attributes);
}

function json<T>(o: NdjsonObject, path: string): T {
  return JSON.parse(String(attr(o, path))) as T;
}

describe('Kibana saved objects (dashboards/kibana/rsmon.ndjson)', () => {
  it('is exactly what the TS specs generate (run dashboards/kibana/write-ndjson.ts after a change)', () => {
    assert.equal(NDJSON, toNdjson(buildSavedObjects()));
  });

  it('has one well-formed object per line with a unique, stable id', () => {
    for (const line of NDJSON.split('\n').filter(Boolean)) assert.doesNotThrow(() => JSON.parse(line), line.slice(0, 80));
    const ids = new Set<string>();
    for (const o of objects) {
      assert.ok(['index-pattern', 'visualization', 'dashboard'].includes(o.type), `${o.id}: type ${o.type}`);
      assert.match(o.id, /^rsmon-[a-z0-9-]+$/, 'stable kebab-case ids, never generated UUIDs');
      assert.ok(!ids.has(o.id), `duplicate id ${o.id}`);
      ids.add(o.id);
      assert.equal(typeof o.attributes.title, 'string');
      assert.ok(Array.isArray(o.references));
      assert.match(String((o as unknown as { typeMigrationVersion: string }).typeMigrationVersion), /^\d+\.\d+\.\d+$/);
    }
  });

  it('ships the two dashboards and a data view per index', () => {
    const titles = objects.filter((o) => o.type === 'dashboard').map((o) => o.attributes.title);
    assert.deepEqual(titles.sort(), ['EU nexus', 'Guideline 2: persons soliciting']);
    const views = objects.filter((o) => o.type === 'index-pattern').map((o) => [o.attributes.title, o.attributes.timeFieldName]);
    assert.deepEqual(views.sort(), [['rs-cases*', 'lastSeen'], ['rs-items*', 'publishedAt']]);
  });

  it('embeds JSON strings that parse', () => {
    for (const o of objects) {
      for (const path of JSON_ATTRIBUTES[o.type] ?? []) {
        assert.equal(typeof attr(o, path), 'string', `${o.id}: ${path} must be a JSON string`);
        assert.doesNotThrow(() => json(o, path), `${o.id}: ${path} does not parse`);
      }
    }
  });

  it('has references that resolve to objects in the file, with the right type', () => {
    for (const o of objects) {
      const names = new Set<string>();
      for (const r of o.references) {
        assert.ok(byKey.has(`${r.type}/${r.id}`), `${o.id} references missing ${r.type}/${r.id}`);
        assert.ok(!names.has(r.name), `${o.id}: duplicate reference name ${r.name}`);
        names.add(r.name);
      }
    }
  });

  it('points each visualization at its data view through indexRefName', () => {
    for (const o of objects.filter((x) => x.type === 'visualization')) {
      const search = json<{ indexRefName?: string; index?: string }>(o, 'kibanaSavedObjectMeta.searchSourceJSON');
      assert.equal(search.index, undefined, `${o.id}: a raw index id would bypass reference rewriting on import`);
      const ref = o.references.find((r) => r.name === search.indexRefName);
      assert.equal(ref?.type, 'index-pattern', `${o.id}: indexRefName ${search.indexRefName}`);
    }
  });

  it('has visState aggregations that are internally consistent', () => {
    for (const o of objects.filter((x) => x.type === 'visualization')) {
      const vis = json<{ title: string; type: string; aggs: Array<{ id: string; type: string; schema: string; params: Record<string, unknown> }>; params: { seriesParams?: Array<{ data: { id: string } }> } }>(o, 'visState');
      assert.equal(vis.title, o.attributes.title, `${o.id}: visState title`);
      const ids = vis.aggs.map((a) => a.id);
      assert.equal(new Set(ids).size, ids.length, `${o.id}: agg ids unique`);
      const metricIds = new Set(vis.aggs.filter((a) => a.schema === 'metric').map((a) => a.id));
      assert.ok(metricIds.size > 0, `${o.id}: at least one metric`);
      for (const a of vis.aggs.filter((x) => x.type === 'terms')) {
        assert.ok(metricIds.has(String(a.params.orderBy)), `${o.id}: terms ${a.params.field} orders by missing metric ${a.params.orderBy}`);
      }
      for (const s of vis.params.seriesParams ?? []) assert.ok(metricIds.has(s.data.id), `${o.id}: series for missing metric ${s.data.id}`);
    }
  });

  it('lays dashboard panels out on the 48-column grid without overlap, each resolving its panelRefName', () => {
    for (const d of objects.filter((x) => x.type === 'dashboard')) {
      const panels = json<Array<{ panelIndex: string; panelRefName: string; gridData: { x: number; y: number; w: number; h: number; i: string } }>>(d, 'panelsJSON');
      assert.ok(panels.length >= 6, `${d.id}: ${panels.length} panels`);
      const cells = new Set<string>();
      for (const p of panels) {
        assert.equal(p.gridData.i, p.panelIndex);
        assert.ok(p.gridData.x >= 0 && p.gridData.x + p.gridData.w <= 48, `${d.id}/${p.panelIndex} exceeds the grid`);
        const ref = d.references.find((r) => r.name === `${p.panelIndex}:${p.panelRefName}`);
        assert.ok(ref, `${d.id}: no reference for panel ${p.panelIndex}`);
        for (let x = p.gridData.x; x < p.gridData.x + p.gridData.w; x++) {
          for (let y = p.gridData.y; y < p.gridData.y + p.gridData.h; y++) {
            assert.ok(!cells.has(`${x},${y}`), `${d.id}: panel ${p.panelIndex} overlaps another at ${x},${y}`);
            cells.add(`${x},${y}`);
          }
        }
      }
      assert.equal(d.references.length, panels.length);
    }
  });

  it('reads the fields out of KQL without the quoted values', () => {
    assert.deepEqual(kqlFields('level : ("medium" or "high")'), ['level']);
    assert.deepEqual(kqlFields('not enrichment.disclosures.kind : * and kind : "a: b"'), ['enrichment.disclosures.kind', 'kind']);
  });
});

// ---- against the real mapping ------------------------------------------------------------------

interface Caps {
  type: string;
  searchable: boolean;
  aggregatable: boolean;
}

const es = await ensureElasticsearchForTests();

describe('panel fields on the mapping our templates create (real Elasticsearch node)', { skip: es.skip ?? false }, () => {
  if (es.url === undefined) return;
  const url = es.url;
  // A prefix of our own: other test files share the node, and the data view titles are rewritten to it
  // exactly as the importer does for a deployment's ES_INDEX_PREFIX.
  const prefix = `rs-t-dash-${randomUUID().slice(0, 8)}-`;
  let store: Store;
  let views: Map<string, string>;
  const uses = panelFields(objects);
  const isDynamic = (f: string) => f.startsWith('ad.reachByCountry.');

  async function fieldCaps(index: string): Promise<Map<string, Caps[]>> {
    const res = await fetch(`${url}/${encodeURIComponent(index)}/_field_caps?fields=*`);
    assert.equal(res.status, 200, `field_caps ${index}: ${await res.clone().text()}`);
    const body = (await res.json()) as { indices: string[]; fields: Record<string, Record<string, Caps>> };
    assert.ok(body.indices.length > 0, `${index} matches no index: ensureSchema should have created it`);
    return new Map(Object.entries(body.fields).map(([name, byType]) => [name, Object.values(byType)]));
  }

  function problems(list: PanelField[], caps: Map<string, Map<string, Caps[]>>): string[] {
    const out: string[] = [];
    for (const u of list) {
      const title = views.get(u.dataViewId)!;
      const c = caps.get(title)?.get(u.field);
      const where = `${u.objectId} (${u.via} on ${title})`;
      if (!c) out.push(`${where}: field ${u.field} is not mapped`);
      else if (c.length > 1) out.push(`${where}: field ${u.field} has conflicting types ${c.map((x) => x.type).join('/')}`);
      else if (u.use === 'aggregate' && !c[0]!.aggregatable) out.push(`${where}: field ${u.field} (${c[0]!.type}) is not aggregatable`);
      else if (u.use === 'date' && c[0]!.type !== 'date') out.push(`${where}: field ${u.field} is ${c[0]!.type}, not date`);
      else if (u.use === 'query' && !c[0]!.searchable) out.push(`${where}: field ${u.field} is not searchable`);
    }
    return out;
  }

  async function allCaps(): Promise<Map<string, Map<string, Caps[]>>> {
    const out = new Map<string, Map<string, Caps[]>>();
    for (const title of new Set(views.values())) out.set(title, await fieldCaps(title));
    return out;
  }

  before(async () => {
    store = createElasticsearchStore({ node: url, indexPrefix: prefix, refreshOnWrite: true });
    await store.ensureSchema();
    const rewritten = parseNdjson(rewriteIndexPrefix(NDJSON, prefix));
    views = new Map(rewritten.filter((o) => o.type === 'index-pattern').map((o) => [o.id, String(o.attributes.title)]));
    assert.deepEqual([...views.values()].sort(), [`${prefix}cases*`, `${prefix}items*`]);
  });

  after(async () => {
    // destructive_requires_name is on: delete by exact names, never by wildcard.
    await fetch(`${url}/${INDICES.map((i) => `${prefix}${i}-000001`).join(',')}?ignore_unavailable=true`, { method: 'DELETE' }).catch(() => {});
    for (const i of INDICES) await fetch(`${url}/_index_template/${prefix}${i}`, { method: 'DELETE' }).catch(() => {});
    await store?.close();
    await es.release();
  });

  it('has every panel field mapped on the fresh, empty indices (aggregatable where aggregated)', async () => {
    const caps = await allCaps();
    assert.ok(uses.length > 50, `only ${uses.length} field uses found: extraction broken?`);
    assert.deepEqual(problems(uses.filter((u) => !isDynamic(u.field)), caps), []);
  });

  it('has each data view time field mapped as a date', async () => {
    const caps = await allCaps();
    for (const o of objects.filter((x) => x.type === 'index-pattern')) {
      const c = caps.get(views.get(o.id)!)!.get(String(o.attributes.timeFieldName));
      assert.deepEqual(c?.map((x) => x.type), ['date'], `${o.id}: time field ${o.attributes.timeFieldName}`);
    }
  });

  it('maps the per-country ad reach fields as aggregatable longs once an ad carries them', async () => {
    // ad.reachByCountry.<CC> come from the template's dynamic template: they exist only after a
    // document brought the key. Index one ad reaching every EEA country, then check them.
    const dynamicUses = uses.filter((u) => isDynamic(u.field));
    assert.deepEqual(dynamicUses.map((u) => u.field.split('.').pop()).sort(), [...REACH_COUNTRIES].sort());
    const reachByCountry = Object.fromEntries(REACH_COUNTRIES.map((c, i) => [c, 1000 + i]));
    await store.upsert('items', [
      { id: 'meta_ads:dash-test-1', doc: { id: 'meta_ads:dash-test-1', platform: 'meta_ads', kind: 'ad', publishedAt: '2026-01-01T00:00:00Z', ad: { targetLocations: ['FR', 'DE'], reachByCountry, euTotalReach: 5000 } } },
    ]);
    const caps = await allCaps();
    assert.deepEqual(problems(dynamicUses, caps), []);
    for (const u of dynamicUses) assert.equal(caps.get(views.get(u.dataViewId)!)!.get(u.field)![0]!.type, 'long', u.field);
  });
});
