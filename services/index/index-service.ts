// Index service: enriched items and cases from the bus into the store, as idempotent upserts.
import type { Bus, BusMessage } from '../../infra/ports/bus.ts';
import type { IndexName, Store, UpsertDoc } from '../../infra/ports/store.ts';
import type { Logger } from '../../infra/log/logger.ts';
import type { z } from 'zod';
import { enrichedItemSchema } from '../../pipelines/contracts/enriched-item.ts';
import { caseSchema } from '../../pipelines/contracts/case.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import { decodeMessage } from '../runtime/decode-message.ts';
import { deadLetterFor } from '../runtime/dead-letter.ts';
import { GROUPS } from '../runtime/consumer-groups.ts';
import { consumingService } from '../runtime/consuming-service.ts';

export interface IndexServiceDeps {
  bus: Bus;
  store: Store;
  log: Logger;
}

export function createIndexService(deps: IndexServiceDeps) {
  function handler<S extends z.ZodType>(index: IndexName, schema: S, toDoc: (v: z.infer<S>) => UpsertDoc) {
    return async (batch: BusMessage[]) => {
      const docs: UpsertDoc[] = [];
      const dead: DeadLetter[] = [];
      for (const msg of batch) {
        const decoded = decodeMessage(schema, msg.value);
        if (decoded.tag === 'ok') docs.push(toDoc(decoded.value));
        else dead.push(deadLetterFor(msg, `index-${index}`, decoded.reason));
      }
      // Last write wins within a batch: a case may appear several times as its items arrive.
      const latest = new Map(docs.map((d) => [d.id, d]));
      if (latest.size) await deps.store.upsert(index, [...latest.values()]);
      return { produced: latest.size, dead };
    };
  }

  return consumingService('index', deps.bus, deps.log, [
    {
      ...GROUPS.indexItems,
      maxBatch: 500,
      // indexedAt: when the item became searchable; with collectedAt it gives the pipeline's latency.
      handle: handler('items', enrichedItemSchema, (item) => ({ id: item.id, doc: { ...item, indexedAt: new Date().toISOString() } })),
    },
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
