// Builders for the Kibana saved objects we ship: data views, legacy (aggregation-based) visualizations
// and dashboards. Legacy `visualization` objects are used rather than Lens because their whole state is
// one visState string whose every field reference is a plain `params.field`: easy to check against the
// real mapping in a test, and Kibana 9 still imports and migrates them.
//
// The version stamps are the *oldest* format we write, not Kibana's newest: Kibana runs every
// migration above the stamp on import, and refuses objects stamped newer than it knows.

export type DataViewKey = 'items' | 'cases';

export interface SavedObject {
  id: string;
  type: 'index-pattern' | 'visualization' | 'dashboard';
  attributes: Record<string, unknown>;
  references: Array<{ id: string; name: string; type: string }>;
  coreMigrationVersion: string;
  typeMigrationVersion: string;
  managed: boolean;
}

const CORE_MIGRATION_VERSION = '8.8.0';
const TYPE_MIGRATION_VERSION = { 'index-pattern': '8.0.0', visualization: '8.5.0', dashboard: '8.9.0' } as const;

/** Data view ids are stable: dashboards, and analysts' own saved searches, reference them by id. */
export const DATA_VIEWS: Record<DataViewKey, { id: string; index: DataViewKey; timeField: string; name: string }> = {
  items: { id: 'rsmon-items', index: 'items', timeField: 'publishedAt', name: 'rsmon items (enriched posts, videos, ads)' },
  cases: { id: 'rsmon-cases', index: 'cases', timeField: 'lastSeen', name: 'rsmon cases (person x firm)' },
};

/** The prefix the committed NDJSON is written for; the importer rewrites titles for another ES_INDEX_PREFIX. */
export const DEFAULT_INDEX_PREFIX = 'rs-';

function savedObject(type: SavedObject['type'], id: string, attributes: Record<string, unknown>, references: SavedObject['references']): SavedObject {
  return {
    id,
    type,
    attributes,
    references,
    coreMigrationVersion: CORE_MIGRATION_VERSION,
    typeMigrationVersion: TYPE_MIGRATION_VERSION[type],
    managed: false,
  };
}

export function dataViewObject(key: DataViewKey, prefix = DEFAULT_INDEX_PREFIX): SavedObject {
  const dv = DATA_VIEWS[key];
  // `<prefix>items*` matches the alias and its rolled-over indices; ES resolves both to the same
  // concrete indices, so nothing is counted twice.
  return savedObject('index-pattern', dv.id, {
    title: `${prefix}${dv.index}*`,
    name: dv.name,
    timeFieldName: dv.timeField,
    allowHidden: false,
    fieldAttrs: '{}',
    fieldFormatMap: '{}',
    // Empty: Kibana reads the fields from _field_caps on use, so a template change needs no re-import.
    fields: '[]',
    runtimeFieldMap: '{}',
    sourceFilters: '[]',
  }, []);
}

// ---- aggregations --------------------------------------------------------------------------------

export type Agg =
  | { type: 'count'; label?: string }
  | { type: 'sum' | 'max' | 'cardinality'; field: string; label: string }
  | { type: 'terms'; field: string; size: number; label?: string; orderBy?: number; include?: string }
  | { type: 'date_histogram'; field: string; label?: string }
  | { type: 'filters'; filters: Array<{ label: string; kql: string }>; label?: string };

export type Schema = 'metric' | 'segment' | 'group' | 'bucket' | 'split';

function aggState(agg: Agg, id: string, schema: Schema): Record<string, unknown> {
  const customLabel = agg.label ? { customLabel: agg.label } : {};
  let params: Record<string, unknown>;
  switch (agg.type) {
    case 'count':
      params = { emptyAsNull: false, ...customLabel };
      break;
    case 'sum':
    case 'max':
    case 'cardinality':
      params = { field: agg.field, ...customLabel };
      break;
    case 'terms':
      params = {
        field: agg.field,
        // Order by a metric of this visualization (its 1-based position); count when there is none.
        orderBy: String(agg.orderBy ?? 1),
        order: 'desc',
        size: agg.size,
        otherBucket: false,
        otherBucketLabel: 'Other',
        missingBucket: false,
        missingBucketLabel: 'Missing',
        ...(agg.include ? { include: agg.include, includeIsRegex: true } : {}),
        ...customLabel,
      };
      break;
    case 'date_histogram':
      params = { field: agg.field, useNormalizedEsInterval: true, interval: 'auto', drop_partials: false, min_doc_count: 1, extended_bounds: {}, ...customLabel };
      break;
    case 'filters':
      params = { filters: agg.filters.map((f) => ({ input: { query: f.kql, language: 'kuery' }, label: f.label })) };
      break;
  }
  return { id, enabled: true, type: agg.type, params, schema };
}

// ---- visualizations ------------------------------------------------------------------------------

export type VisType = 'pie' | 'table' | 'histogram' | 'horizontal_bar' | 'line' | 'metric';

export interface VisSpec {
  /** Stable saved-object id (kebab-case, prefixed `rsmon-vis-`). */
  id: string;
  title: string;
  description: string;
  dataView: DataViewKey;
  type: VisType;
  /** KQL that narrows the panel (e.g. only ads); empty for all documents in the time range. */
  kql?: string;
  metrics: Agg[];
  /** Bucket aggregations in order: x-axis/rows/slices first, then the split series (group). */
  buckets: Array<{ agg: Agg; schema: Schema }>;
  stacked?: boolean;
}

function metricLabel(agg: Agg): string {
  if (agg.label) return agg.label;
  return agg.type === 'count' ? 'Count' : agg.type;
}

function xyParams(spec: VisSpec): Record<string, unknown> {
  const horizontal = spec.type === 'horizontal_bar';
  const series = spec.type === 'line' ? 'line' : 'histogram';
  return {
    type: spec.type,
    grid: { categoryLines: false },
    categoryAxes: [
      { id: 'CategoryAxis-1', type: 'category', position: horizontal ? 'left' : 'bottom', show: true, style: {}, scale: { type: 'linear' }, labels: { show: true, filter: !horizontal, truncate: 100 }, title: {} },
    ],
    valueAxes: [
      {
        id: 'ValueAxis-1',
        name: horizontal ? 'BottomAxis-1' : 'LeftAxis-1',
        type: 'value',
        position: horizontal ? 'bottom' : 'left',
        show: true,
        style: {},
        scale: { type: 'linear', mode: 'normal' },
        labels: { show: true, rotate: 0, filter: horizontal, truncate: 100 },
        title: { text: metricLabel(spec.metrics[0]!) },
      },
    ],
    seriesParams: spec.metrics.map((m, i) => ({
      show: true,
      type: series,
      mode: spec.stacked ? 'stacked' : 'normal',
      data: { label: metricLabel(m), id: String(i + 1) },
      valueAxis: 'ValueAxis-1',
      drawLinesBetweenPoints: true,
      lineWidth: 2,
      showCircles: true,
    })),
    addTooltip: true,
    addLegend: true,
    legendPosition: 'right',
    times: [],
    addTimeMarker: false,
    labels: { show: false },
    thresholdLine: { show: false, value: 10, width: 1, style: 'full', color: '#E7664C' },
  };
}

function visParams(spec: VisSpec): Record<string, unknown> {
  switch (spec.type) {
    case 'pie':
      return {
        type: 'pie',
        addTooltip: true,
        legendDisplay: 'show',
        legendPosition: 'right',
        isDonut: true,
        distinctColors: false,
        palette: { type: 'palette', name: 'default' },
        labels: { show: true, values: true, valuesFormat: 'percent', percentDecimals: 1, last_level: true, truncate: 100 },
      };
    case 'table':
      return { perPage: 10, showPartialRows: false, showMetricsAtAllLevels: false, showTotal: false, totalFunc: 'sum', percentageCol: '', autoFitRowToContent: false };
    case 'metric':
      return {
        addTooltip: true,
        addLegend: false,
        type: 'metric',
        metric: {
          percentageMode: false,
          useRanges: false,
          colorSchema: 'Green to Red',
          metricColorMode: 'None',
          colorsRange: [{ from: 0, to: 10000 }],
          labels: { show: true },
          invertColors: false,
          style: { bgFill: '#000', bgColor: false, labelColor: false, subText: '', fontSize: 36 },
        },
      };
    default:
      return xyParams(spec);
  }
}

const INDEX_REF = 'kibanaSavedObjectMeta.searchSourceJSON.index';

export function visualizationObject(spec: VisSpec): SavedObject {
  const aggs = [
    ...spec.metrics.map((m) => ({ agg: m, schema: 'metric' as Schema })),
    ...spec.buckets,
  ].map((a, i) => aggState(a.agg, String(i + 1), a.schema));
  const visState = { title: spec.title, type: spec.type, aggs, params: visParams(spec) };
  const searchSource = { query: { query: spec.kql ?? '', language: 'kuery' }, filter: [], indexRefName: INDEX_REF };
  return savedObject('visualization', spec.id, {
    title: spec.title,
    description: spec.description,
    version: 1,
    visState: JSON.stringify(visState),
    uiStateJSON: '{}',
    kibanaSavedObjectMeta: { searchSourceJSON: JSON.stringify(searchSource) },
  }, [{ id: DATA_VIEWS[spec.dataView].id, name: INDEX_REF, type: 'index-pattern' }]);
}

// ---- dashboards ----------------------------------------------------------------------------------

export interface DashboardSpec {
  id: string;
  title: string;
  description: string;
  /** Rows of panels, each a visualization and its width in Kibana's 48-column grid. */
  rows: Array<{ height: number; panels: Array<{ vis: VisSpec; w: number }> }>;
  timeFrom: string;
}

const GRID_COLUMNS = 48;

export function dashboardObject(spec: DashboardSpec): SavedObject {
  const panels: Array<Record<string, unknown>> = [];
  const references: SavedObject['references'] = [];
  let y = 0;
  for (const row of spec.rows) {
    let x = 0;
    for (const { vis, w } of row.panels) {
      if (x + w > GRID_COLUMNS) throw new Error(`dashboard ${spec.id}: row at y=${y} is wider than ${GRID_COLUMNS} columns`);
      // panelIndex doubles as the reference prefix, the form Kibana 8+ exports (`<panelIndex>:panel_<panelIndex>`).
      const panelIndex = vis.id.replace(/^rsmon-vis-/, '');
      panels.push({
        type: 'visualization',
        gridData: { x, y, w, h: row.height, i: panelIndex },
        panelIndex,
        embeddableConfig: { enhancements: {} },
        panelRefName: `panel_${panelIndex}`,
      });
      references.push({ id: vis.id, name: `${panelIndex}:panel_${panelIndex}`, type: 'visualization' });
      x += w;
    }
    y += row.height;
  }
  return savedObject('dashboard', spec.id, {
    title: spec.title,
    description: spec.description,
    version: 1,
    timeRestore: true,
    timeFrom: spec.timeFrom,
    timeTo: 'now',
    refreshInterval: { pause: true, value: 60_000 },
    panelsJSON: JSON.stringify(panels),
    optionsJSON: JSON.stringify({ useMargins: true, syncColors: false, syncCursor: true, syncTooltips: false, hidePanelTitles: false }),
    kibanaSavedObjectMeta: { searchSourceJSON: JSON.stringify({ query: { query: '', language: 'kuery' }, filter: [] }) },
  }, references);
}
