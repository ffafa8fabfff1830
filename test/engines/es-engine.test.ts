// The Elasticsearch engine against a real node: starts (or reuses) it, checks health and idempotency,
// detects what the stripped integ-test node lacks, and proves our templates give aggregatable keywords.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { Client } from '@elastic/elasticsearch';
import { detectEsCapabilities, elasticsearchStatus, ensureElasticsearchForTests, startElasticsearch } from '../../infra/engines/es-engine.ts';
import { createElasticsearchStore } from '../../infra/store/elasticsearch-store.ts';
import { INDICES } from '../../infra/ports/store.ts';

const es = await ensureElasticsearchForTests();

describe('elasticsearch engine (integ-test zip)', { skip: es.skip ?? false }, () => {
  if (es.url === undefined) return;
  const url = es.url;
  const client = new Client({ node: url });
  const prefix = `rs-t-engine-${randomUUID().slice(0, 8)}-`;
  const store = createElasticsearchStore({ node: url, indexPrefix: prefix });

  after(async () => {
    // destructive_requires_name is on: delete by exact names, never by wildcard.
    await client.indices.delete({ index: INDICES.map((i) => `${prefix}${i}-000001`), ignore_unavailable: true }).catch(() => {});
    for (const i of INDICES) await client.indices.deleteIndexTemplate({ name: `${prefix}${i}` }).catch(() => {});
    await store.close();
    await client.close();
    await es.release();
  });

  it('is up, healthy, and start is a no-op on a running node', async () => {
    assert.equal(await elasticsearchStatus(), 'up');
    const again = await startElasticsearch();
    assert.equal(again.url, url);
    const health = await client.cluster.health({ wait_for_status: 'yellow', timeout: '10s' });
    assert.ok(health.status === 'green' || health.status === 'yellow');
    assert.equal(health.number_of_nodes, 1);
  });

  it('detects capabilities from the node modules instead of assuming them', async () => {
    const caps = await detectEsCapabilities(client);
    assert.ok(caps.modules.length > 0, 'node reports its modules');
    assert.equal(caps.ilm, caps.modules.includes('x-pack-ilm'));
    assert.equal(caps.analysisCommon, caps.modules.includes('analysis-common'));
    assert.equal(caps.painless, caps.modules.includes('lang-painless'));
    if (!process.env.ES_URL || process.env.ES_URL.includes('127.0.0.1:9200')) {
      // The integ-test zip is a bare server: these are absent, which is why templates are core-only.
      assert.deepEqual({ ilm: caps.ilm, analysisCommon: caps.analysisCommon, painless: caps.painless }, { ilm: false, analysisCommon: false, painless: false });
    }
  });

  it('applies the templates; keyword fields on the items alias are aggregatable', async () => {
    await store.ensureSchema();
    await store.ensureSchema(); // idempotent
    const tpl = await client.indices.getIndexTemplate({ name: `${prefix}items` });
    assert.equal(tpl.index_templates.length, 1);
    const alias = await client.indices.getAlias({ name: `${prefix}items` });
    assert.deepEqual(Object.keys(alias), [`${prefix}items-000001`]);
    assert.equal(alias[`${prefix}items-000001`]?.aliases[`${prefix}items`]?.is_write_index, true);

    const keywordFields = [
      'platform', 'kind', 'author.handle', 'author.country', 'enrichment.language.code',
      'enrichment.links.domain', 'enrichment.links.firmId', 'enrichment.links.role', 'enrichment.links.referralCode',
      'enrichment.links.geo.tldCountry', 'enrichment.promoCodes.code', 'enrichment.promoCodes.firmId',
      'enrichment.disclosures.kind', 'enrichment.disclosures.marker', 'enrichment.firmMentions.firmId',
      'enrichment.indicators.code', 'enrichment.indicators.guideline', 'enrichment.indicators.firmId',
      'enrichment.indicators.country', 'enrichment.phones.country', 'enrichment.euSignals.code',
      'enrichment.euSignals.country', 'ad.targetLocations', 'title.keyword', 'author.name.keyword',
    ];
    const caps = await client.fieldCaps({ index: `${prefix}items`, fields: keywordFields });
    for (const f of keywordFields) {
      const kw = caps.fields[f]?.keyword;
      assert.ok(kw, `${f} is mapped as keyword`);
      assert.equal(kw.aggregatable, true, `${f} is aggregatable`);
    }
    const other = await client.fieldCaps({ index: `${prefix}items`, fields: ['publishedAt', 'metrics.views', 'ad.euTotalReach', 'text'] });
    assert.ok(other.fields.publishedAt?.date);
    assert.ok(other.fields['metrics.views']?.long?.aggregatable);
    assert.ok(other.fields['ad.euTotalReach']?.long);
    assert.equal(other.fields.text?.text?.aggregatable, false);

    const cases = await client.fieldCaps({ index: `${prefix}cases`, fields: ['status', 'level', 'indicators.code', 'euNexus.countries.country', 'score', 'reach'] });
    assert.ok(cases.fields.status?.keyword?.aggregatable);
    assert.ok(cases.fields['indicators.code']?.keyword?.aggregatable);
    assert.ok(cases.fields['euNexus.countries.country']?.keyword?.aggregatable);
    assert.ok(cases.fields.score?.float);
    assert.ok(cases.fields.reach?.long);
  });
});
