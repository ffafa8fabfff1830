// Chooses where collection state lives: the data dir on the embedded default (a JSON checkpoint
// file, a SQLite lease), Elasticsearch when STORE=elasticsearch so that collect services on
// different machines share cursors and one lease. The Elasticsearch client is imported lazily.
import { join } from 'node:path';
import type { Config } from '../../infra/config/load-config.ts';
import { esConnection } from '../runtime/adapters.ts';
import { createFileCheckpointStore, type CheckpointStore } from '../../connectors/collect/checkpoints.ts';
import { createSqliteCollectLease, type CollectLease } from '../../connectors/collect/collect-lease.ts';
import type { CollectState } from '../../infra/elasticsearch/collect-state.ts';

export interface CollectStateHandle {
  checkpoints: CheckpointStore;
  lease(owner: string, ttlMs: number): CollectLease;
  close(): Promise<void>;
}


export function openCollectState(config: Config, dataDir: string): CollectStateHandle {
  if (config.STORE !== 'elasticsearch') {
    const leases: CollectLease[] = [];
    return {
      checkpoints: createFileCheckpointStore(join(dataDir, 'collect-checkpoints.json')),
      lease(owner, ttlMs) {
        const l = createSqliteCollectLease(dataDir, owner, ttlMs);
        leases.push(l);
        return l;
      },
      async close() {
        for (const l of leases) await l.close();
      },
    };
  }
  let state: Promise<CollectState> | null = null;
  const es = () =>
    (state ??= import('../../infra/elasticsearch/collect-state.ts').then((m) =>
      m.createElasticsearchCollectState({ ...esConnection(config), indexPrefix: config.ES_INDEX_PREFIX }),
    ));
  const checkpoints: CheckpointStore = {
    get: async (c) => (await es()).checkpoints.get(c),
    put: async (c, cp) => (await es()).checkpoints.put(c, cp),
    all: async () => (await es()).checkpoints.all(),
  };
  return {
    checkpoints,
    lease(owner, ttlMs) {
      let inner: CollectLease | null = null;
      const get = async () => (inner ??= (await es()).lease(owner, ttlMs));
      return {
        owner,
        ttlMs,
        tryAcquire: async (now) => (await get()).tryAcquire(now),
        current: async (now) => (await get()).current(now),
        release: async () => (await get()).release(),
        close: async () => undefined,
      };
    },
    async close() {
      if (state) await (await state).close();
    },
  };
}
