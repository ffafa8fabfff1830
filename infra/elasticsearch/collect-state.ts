// Collection state for the distributed mode (STORE=elasticsearch): the collect-service lease and
// the per-collection checkpoints, in one small index `<prefix>collect-state`, so collect services
// on different machines share cursors and elect one collector. Kept outside the Store port on
// purpose: the lease needs a compare-and-set (if_seq_no + if_primary_term, op_type=create) that the
// port does not offer, and checkpoints are control state, not documents anyone searches.
import { Client, errors } from '@elastic/elasticsearch';
import { z } from 'zod';
import { checkpointSchema, emptyCheckpoint, type Checkpoint, type CheckpointStore } from '../../connectors/collect/checkpoints.ts';
import { COLLECT_LEASE_NAME, type CollectLease } from '../../connectors/collect/collect-lease.ts';

export interface CollectStateOptions {
  node: string;
  auth?: { apiKey: string } | { username: string; password: string };
  indexPrefix: string;
}

const leaseDoc = z.object({ kind: z.literal('lease'), holder: z.string(), expiresAt: z.number() });
const checkpointDoc = z.object({ kind: z.literal('checkpoint'), name: z.string(), checkpoint: checkpointSchema });

const isStatus = (e: unknown, status: number) => e instanceof errors.ResponseError && e.meta.statusCode === status;

export interface CollectState {
  checkpoints: CheckpointStore;
  lease(owner: string, ttlMs: number): CollectLease;
  close(): Promise<void>;
}

export function createElasticsearchCollectState(opts: CollectStateOptions): CollectState {
  const client = new Client({ node: opts.node, auth: opts.auth, maxRetries: 3, requestTimeout: 30_000, sniffOnStart: false });
  const index = `${opts.indexPrefix}collect-state`;
  let ready: Promise<void> | null = null;
  const ensure = () =>
    (ready ??= (async () => {
      try {
        await client.indices.create({
          index,
          settings: { number_of_shards: 1 },
          // Cursors are platform-specific shapes: stored, never mapped (no mapping explosion).
          mappings: { dynamic: false, properties: { kind: { type: 'keyword' }, name: { type: 'keyword' } } },
        });
      } catch (e) {
        if (!(e instanceof errors.ResponseError && e.body && JSON.stringify(e.body).includes('resource_already_exists'))) {
          ready = null;
          throw e;
        }
      }
      // Another process may have just created it: its primary shard may not be allocated yet.
      await client.cluster.health({ index, wait_for_status: 'yellow', timeout: '30s' });
    })());

  /**
   * A GET right after the index was created by another process can meet a primary shard that is
   * still starting (no_shard_available_action_exception, 503) even after the health wait: retry it
   * briefly rather than fail the collection or the lease round.
   */
  const getDoc = async (id: string) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await client.get({ index, id });
      } catch (e) {
        const unavailable = isStatus(e, 503) || (e instanceof errors.ResponseError && JSON.stringify(e.body ?? '').includes('no_shard_available'));
        if (!unavailable || attempt >= 40) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  };

  const checkpoints: CheckpointStore = {
    async get(collection) {
      await ensure();
      try {
        // GET by id is real-time in Elasticsearch: no refresh needed to read our own last write.
        const res = await getDoc(`checkpoint:${collection}`);
        return checkpointDoc.parse(res._source).checkpoint;
      } catch (e) {
        if (isStatus(e, 404)) return emptyCheckpoint();
        throw e;
      }
    },
    async put(collection, checkpoint: Checkpoint) {
      await ensure();
      // wait_for: `collections status` (a search) sees the cursor once put returns.
      await client.index({ index, id: `checkpoint:${collection}`, document: { kind: 'checkpoint', name: collection, checkpoint }, refresh: 'wait_for' });
    },
    async all() {
      await ensure();
      const res = await client.search({ index, size: 1000, query: { term: { kind: 'checkpoint' } } });
      const out: Record<string, Checkpoint> = {};
      for (const h of res.hits.hits) {
        const d = checkpointDoc.parse(h._source);
        out[d.name] = d.checkpoint;
      }
      return out;
    },
  };

  function lease(owner: string, ttlMs: number): CollectLease {
    const id = `lease:${COLLECT_LEASE_NAME}`;
    const read = async () => {
      try {
        const res = await getDoc(id);
        return { doc: leaseDoc.parse(res._source), seqNo: res._seq_no!, primaryTerm: res._primary_term! };
      } catch (e) {
        if (isStatus(e, 404)) return null;
        throw e;
      }
    };
    return {
      owner,
      ttlMs,
      async tryAcquire(now) {
        await ensure();
        const cur = await read();
        if (cur && cur.doc.holder !== owner && cur.doc.expiresAt > now) return false;
        const document = { kind: 'lease', holder: owner, expiresAt: now + ttlMs };
        try {
          // Compare-and-set: create only if absent, else overwrite only the version we read. Two
          // contenders for an expired lease: one write wins, the other gets 409 and waits.
          if (!cur) await client.index({ index, id, document, op_type: 'create' });
          else await client.index({ index, id, document, if_seq_no: cur.seqNo, if_primary_term: cur.primaryTerm });
          return true;
        } catch (e) {
          if (isStatus(e, 409)) return false;
          throw e;
        }
      },
      async current(now) {
        await ensure();
        const cur = await read();
        return cur && cur.doc.expiresAt > now ? { holder: cur.doc.holder, expiresAt: cur.doc.expiresAt } : null;
      },
      async release() {
        const cur = await read().catch(() => null);
        if (!cur || cur.doc.holder !== owner) return;
        await client.delete({ index, id, if_seq_no: cur.seqNo, if_primary_term: cur.primaryTerm }).catch(() => undefined);
      },
      close: async () => undefined,
    };
  }

  return { checkpoints, lease, close: () => client.close() };
}
