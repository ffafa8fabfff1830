// The shared Store port conformance suite, run against the Elasticsearch store on a real node,
// so both stores are held to the same behaviour.
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { Client } from '@elastic/elasticsearch';
import { ensureElasticsearchForTests } from '../../infra/engines/es-engine.ts';
import { createElasticsearchStore } from '../../infra/store/elasticsearch-store.ts';
import { INDICES } from '../../infra/ports/store.ts';
import { runStoreConformance } from '../infra/conformance/store-conformance.ts';

const es = await ensureElasticsearchForTests();

if (es.url === undefined) {
  describe('elasticsearch store conformance', { skip: es.skip }, () => it('needs a node', () => {}));
} else {
  const url = es.url;
  const prefix = `rs-t-conf-${randomUUID().slice(0, 8)}-`;
  runStoreConformance(async () => createElasticsearchStore({ node: url, indexPrefix: prefix }), { name: 'elasticsearch' });
  after(async () => {
    const client = new Client({ node: url });
    await client.indices.delete({ index: INDICES.map((i) => `${prefix}${i}-000001`), ignore_unavailable: true }).catch(() => {});
    for (const i of INDICES) await client.indices.deleteIndexTemplate({ name: `${prefix}${i}` }).catch(() => {});
    await client.close();
    await es.release();
  });
}
