// Builds the composable index templates from infra/elasticsearch/templates/*.json for a prefix and
// for what the cluster can do: the JSON holds only core features; extras (folding/English analyzers,
// ILM) are layered on here when detected, so one set of files serves the bare test node and production.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IndexName } from '../ports/store.ts';

const TEMPLATE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'elasticsearch', 'templates');

export interface TemplateFile {
  _meta: Record<string, string>;
  template: { settings: Record<string, unknown>; mappings: Mapping };
}

export interface Mapping {
  dynamic?: boolean | string;
  properties?: Record<string, FieldMapping>;
  [k: string]: unknown;
}

export interface FieldMapping {
  type?: string;
  index?: boolean;
  enabled?: boolean;
  dynamic?: boolean | string;
  properties?: Record<string, FieldMapping>;
  fields?: Record<string, FieldMapping>;
  [k: string]: unknown;
}

export interface Extras {
  analysisCommon: boolean;
  ilm: boolean;
}

export function loadTemplateFile(index: IndexName): TemplateFile {
  return JSON.parse(readFileSync(join(TEMPLATE_DIR, `${index}.json`), 'utf8')) as TemplateFile;
}

/** Text fields that get the language subfields when analysis-common is present. */
const ANALYZED_TEXT: Partial<Record<IndexName, string[]>> = {
  items: ['text', 'title', 'author.description'],
  cases: ['indicators.details'],
  alerts: ['summary'],
};

function fieldAt(mapping: Mapping, path: string): FieldMapping | undefined {
  let props = mapping.properties;
  let f: FieldMapping | undefined;
  for (const part of path.split('.')) {
    f = props?.[part];
    if (!f) return undefined;
    props = f.properties;
  }
  return f;
}

/** Subfields the store also searches when it created the index with analysis-common. */
export const LANGUAGE_SUBFIELDS = ['folded', 'en'] as const;

export const ILM_POLICY_SUFFIX = 'rollover-30d';

export function ilmPolicyBody() {
  // Rollover only (no delete phase): evidence and items are the record an authority may ask for;
  // retention is a legal decision, not an index setting.
  return {
    policy: {
      _meta: { managed_by: 'rsmon infra/store/es-templates.ts' },
      phases: { hot: { actions: { rollover: { max_primary_shard_size: '30gb', max_age: '30d' } } } },
    },
  };
}

/** Indices that roll over under ILM: append-mostly ones. Cases and alerts are re-written in place. */
export const ROLLOVER_INDICES: IndexName[] = ['items', 'evidence'];

export function buildIndexTemplate(index: IndexName, prefix: string, extras: Extras) {
  const file = loadTemplateFile(index);
  const mappings = structuredClone(file.template.mappings);
  const settings = structuredClone(file.template.settings) as { index: Record<string, unknown> };
  if (extras.analysisCommon) {
    // asciifolding makes "Bônus" find "bonus" in any EU language; english adds stemming for the most
    // common one. Both live in analysis-common, absent from a bare node, hence only when detected.
    settings.index.analysis = {
      analyzer: { rs_folded: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'asciifolding'] } },
    };
    for (const path of ANALYZED_TEXT[index] ?? []) {
      const f = fieldAt(mappings, path);
      if (f?.type !== 'text') continue;
      f.fields = { ...(f.fields ?? {}), folded: { type: 'text', analyzer: 'rs_folded' }, en: { type: 'text', analyzer: 'english' } };
    }
  }
  if (extras.ilm && ROLLOVER_INDICES.includes(index)) {
    settings.index.lifecycle = { name: `${prefix}${ILM_POLICY_SUFFIX}`, rollover_alias: `${prefix}${index}` };
  }
  return {
    name: `${prefix}${index}`,
    index_patterns: [`${prefix}${index}-*`],
    // Above Elastic's built-in templates (priority 100..) so ours always wins for our patterns.
    priority: 500,
    template: { settings, mappings },
    _meta: { ...file._meta, managed_by: 'rsmon infra/store/es-templates.ts' },
  };
}
