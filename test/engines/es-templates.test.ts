// Pure checks of the template builder (no node needed): the files use core types only, and the
// production extras are layered on only when the capability was detected.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { INDICES } from '../../infra/ports/store.ts';
import { buildIndexTemplate, loadTemplateFile, type FieldMapping } from '../../infra/store/es-templates.ts';
import { fieldResolver } from '../../infra/store/es-query.ts';

const CORE_TYPES = new Set(['keyword', 'text', 'date', 'long', 'integer', 'float', 'double', 'boolean', 'object']);

function types(props: Record<string, FieldMapping> | undefined, out: string[] = []): string[] {
  for (const f of Object.values(props ?? {})) {
    if (f.type) out.push(f.type);
    types(f.properties, out);
    types(f.fields, out);
  }
  return out;
}

describe('elasticsearch index templates', () => {
  it('use only field types a bare server has, and are not dynamic', () => {
    for (const index of INDICES) {
      const t = loadTemplateFile(index);
      assert.equal(t.template.mappings.dynamic, false, index);
      for (const type of types(t.template.mappings.properties)) assert.ok(CORE_TYPES.has(type), `${index}: ${type} is not core`);
    }
  });

  it('without capabilities: no analyzers, no ILM', () => {
    const t = buildIndexTemplate('items', 'rs-', { analysisCommon: false, ilm: false });
    assert.deepEqual(t.index_patterns, ['rs-items-*']);
    assert.equal(JSON.stringify(t).includes('asciifolding'), false);
    assert.equal(JSON.stringify(t).includes('lifecycle'), false);
  });

  it('with analysis-common and ILM: folded/english subfields, rollover on append-only indices only', () => {
    const items = buildIndexTemplate('items', 'rs-', { analysisCommon: true, ilm: true });
    const text = items.template.mappings.properties?.text;
    assert.deepEqual(Object.keys(text?.fields ?? {}), ['folded', 'en']);
    const settings = items.template.settings as { index: { lifecycle?: { name: string; rollover_alias: string } } };
    assert.deepEqual(settings.index.lifecycle, { name: 'rs-rollover-30d', rollover_alias: 'rs-items' });
    const cases = buildIndexTemplate('cases', 'rs-', { analysisCommon: true, ilm: true });
    assert.equal((cases.template.settings as { index: Record<string, unknown> }).index.lifecycle, undefined);
    // The JSON on disk is never mutated by building.
    assert.equal(loadTemplateFile('items').template.mappings.properties?.text?.fields, undefined);
  });

  it('resolves query paths: text fields to keyword subfields, dynamic reach keys, unmapped paths refused', () => {
    const r = fieldResolver('items');
    assert.equal(r.exact('author.name'), 'author.name.keyword');
    assert.equal(r.exact('enrichment.links.domain'), 'enrichment.links.domain');
    assert.equal(r.exact('ad.reachByCountry.DE'), 'ad.reachByCountry.DE');
    assert.throws(() => r.exact('text'), /full text only/);
    assert.throws(() => r.exact('ad.snapshotUrl'), /not indexed/);
    assert.throws(() => r.exact('nope'), /not mapped in the items index/);
    assert.throws(() => fieldResolver('evidence').exact('payload.anything'), /not mapped/);
  });
});
