// Everything we import into Kibana, in dependency order (data views, visualizations, dashboards), and
// its NDJSON form. rsmon.ndjson is generated from this (write-ndjson.ts) and committed, so a deployment
// needs no build step; test/deploy/dashboards.test.ts fails when the two drift apart.
import { DATA_VIEWS, dashboardObject, dataViewObject, visualizationObject, DEFAULT_INDEX_PREFIX, type DataViewKey, type DashboardSpec, type SavedObject, type VisSpec } from './kibana-objects.ts';
import { guideline2Dashboard } from './guideline2-dashboard.ts';
import { euNexusDashboard } from './eu-nexus-dashboard.ts';

export const DASHBOARDS: DashboardSpec[] = [guideline2Dashboard, euNexusDashboard];

export function visualizationSpecs(): VisSpec[] {
  const byId = new Map<string, VisSpec>();
  for (const d of DASHBOARDS) for (const row of d.rows) for (const p of row.panels) byId.set(p.vis.id, p.vis);
  return [...byId.values()];
}

export function buildSavedObjects(prefix = DEFAULT_INDEX_PREFIX): SavedObject[] {
  return [
    ...(Object.keys(DATA_VIEWS) as DataViewKey[]).map((k) => dataViewObject(k, prefix)),
    ...visualizationSpecs().map(visualizationObject),
    ...DASHBOARDS.map(dashboardObject),
  ];
}

export function toNdjson(objects: SavedObject[]): string {
  return objects.map((o) => JSON.stringify(o)).join('\n') + '\n';
}
