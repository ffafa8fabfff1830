// A re-sent item with the same id is merged, not replaced: the same scenarios with the Elasticsearch
// store (versioned replace, evidence deleted by the cases stage, searched by item id). The bus stays
// the embedded one: the class is about the store, and the shared Kafka's fixed topics are not ours.
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { Client } from '@elastic/elasticsearch';
import { ensureElasticsearchForTests } from '../../infra/engines/es-engine.ts';
import { createElasticsearchStore } from '../../infra/store/elasticsearch-store.ts';
import { INDICES } from '../../infra/ports/store.ts';
import { itemVersionScenarios } from '../helpers/item-version-scenarios.ts';

const es = await ensureElasticsearchForTests();

if (es.url === undefined) {
  describe('a re-sent item with the same id is merged, not replaced (elasticsearch)', { skip: es.skip }, () => it('needs a node', () => {}));
} else {
  const url = es.url;
  const prefixes: string[] = [];
  itemVersionScenarios({
    name: 'elasticsearch',
    env: () => {
      const prefix = `rs-t-ver-${randomUUID().slice(0, 8)}-`;
      prefixes.push(prefix);
      return { STORE: 'elasticsearch', BUS: 'sqlite', ES_URL: url, ES_INDEX_PREFIX: prefix };
    },
    openStore: async (_data, env) => createElasticsearchStore({ node: url, indexPrefix: env.ES_INDEX_PREFIX! }),
  });
  after(async () => {
    const client = new Client({ node: url });
    for (const prefix of prefixes) {
      await client.indices.delete({ index: INDICES.map((i) => `${prefix}${i}-000001`), ignore_unavailable: true }).catch(() => {});
      for (const i of INDICES) await client.indices.deleteIndexTemplate({ name: `${prefix}${i}` }).catch(() => {});
    }
    await client.close();
    await es.release();
  });
}
