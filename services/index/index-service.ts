// Index service: enriched items and cases from the bus into the store, as idempotent upserts.
import type { Bus, BusMessage } from '../../infra/ports/bus.ts';
import type { IndexName, Store, UpsertDoc, VersionedDoc } from '../../infra/ports/store.ts';
import type { Logger } from '../../infra/log/logger.ts';
import type { z } from 'zod';
import { enrichedItemSchema } from '../../pipelines/contracts/enriched-item.ts';
import { caseSchema } from '../../pipelines/contracts/case.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import { decodeShared } from '../runtime/shared-decode.ts';
import { deadLetterFor } from '../runtime/dead-letter.ts';
import { GROUPS } from '../runtime/consumer-groups.ts';
import { consumingService } from '../runtime/consuming-service.ts';

export interface IndexServiceDeps {
  bus: Bus;
  store: Store;
  log: Logger;
}

/**
 * Top-level item fields the pipeline never writes (an analyst's): a new version keeps them. None are
 * defined today; a field added for analysts goes here, or the next version of the item erases it.
 */
export const ITEM_ANALYST_FIELDS: readonly string[] = [];

export function createIndexService(deps: IndexServiceDeps) {
  function handler<S extends z.ZodType>(index: IndexName, schema: S, toDoc: (v: z.infer<S>) => UpsertDoc) {
    return async (batch: BusMessage[]) => {
      const docs: UpsertDoc[] = [];
      const dead: DeadLetter[] = [];
      for (const msg of batch) {
        const decoded = decodeShared(schema, msg, `index-${index}`);
        if (decoded.tag === 'ok') docs.push(toDoc(decoded.value));
        else dead.push(deadLetterFor(msg, `index-${index}`, decoded.reason));
      }
      // Last write wins within a batch: a case may appear several times as its items arrive.
      const latest = new Map(docs.map((d) => [d.id, d]));
      if (latest.size) await deps.store.upsert(index, [...latest.values()]);
      return { produced: latest.size, dead };
    };
  }

  // A re-sent item is a new version: it replaces the stored item whole (fields it lacks are gone, its
  // hash is the item's hash), never the other way round for an older one; the store keeps the
  // versions' hashes and capture times (Store.replace, docs/decisions/0012).
  async function handleItems(batch: BusMessage[]) {
    const docs: VersionedDoc[] = [];
    const dead: DeadLetter[] = [];
    for (const msg of batch) {
      const decoded = decodeShared(enrichedItemSchema, msg, 'index-items');
      if (decoded.tag !== 'ok') {
        dead.push(deadLetterFor(msg, 'index-items', decoded.reason));
        continue;
      }
      const item = decoded.value;
      // indexedAt: when the item became searchable; with collectedAt it gives the pipeline's latency.
      docs.push({ id: item.id, doc: { ...item, indexedAt: new Date().toISOString() }, version: { sha256: item.evidence.sha256, collectedAt: item.collectedAt } });
    }
    // Every delivery goes in, in order: two versions in one batch both reach the history.
    const outcomes = docs.length ? await deps.store.replace('items', docs, { preserve: ITEM_ANALYST_FIELDS }) : [];
    outcomes.forEach((o, i) => {
      const d = docs[i]!;
      if (o === 'stale') deps.log.info({ item: d.id, sha256: d.version.sha256, collectedAt: d.version.collectedAt }, 'older version of an item arrived after a newer one: kept in its history only');
    });
    return { produced: outcomes.filter((o) => o !== 'stale').length, dead };
  }

  return consumingService('index', deps.bus, deps.log, [
    { ...GROUPS.indexItems, maxBatch: 500, handle: handleItems },
    {
      ...GROUPS.indexCases,
      maxBatch: 500,
      // The analyst's status is set once, at creation; the pipeline never overwrites it.
      handle: handler('cases', caseSchema, (c) => {
        const { status: _status, ...doc } = c;
        return { id: c.id, doc, onInsert: { status: 'new' } };
      }),
    },
  ]);
}
