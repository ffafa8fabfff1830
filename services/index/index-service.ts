// Index service: enriched items and cases from the bus into the store, as idempotent upserts.
import type { Bus, BusMessage, Subscription } from '../../infra/ports/bus.ts';
import type { IndexName, Store, UpsertDoc } from '../../infra/ports/store.ts';
import type { Logger } from '../../infra/log/logger.ts';
import type { z } from 'zod';
import { enrichedItemSchema } from '../../pipelines/contracts/enriched-item.ts';
import { caseSchema } from '../../pipelines/contracts/case.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import { decodeMessage } from '../runtime/decode-message.ts';
import { deadLetterFor, publishDeadLetters } from '../runtime/dead-letter.ts';
import { GROUPS } from '../runtime/consumer-groups.ts';
import { newCounters, type Service } from '../runtime/service.ts';

export interface IndexServiceDeps {
  bus: Bus;
  store: Store;
  log: Logger;
}

export function createIndexService(deps: IndexServiceDeps): Service & { counters: ReturnType<typeof newCounters> } {
  const counters = newCounters();
  const subs: Subscription[] = [];

  function handler<S extends z.ZodType>(index: IndexName, schema: S, toDoc: (v: z.infer<S>) => UpsertDoc) {
    return async (batch: BusMessage[]) => {
      const docs: UpsertDoc[] = [];
      const dead: DeadLetter[] = [];
      for (const msg of batch) {
        counters.consumed++;
        const decoded = decodeMessage(schema, msg.value);
        if (decoded.tag === 'ok') docs.push(toDoc(decoded.value));
        else dead.push(deadLetterFor(msg, `index-${index}`, decoded.reason));
      }
      // Last write wins within a batch: a case may appear several times as its items arrive.
      const latest = new Map(docs.map((d) => [d.id, d]));
      if (latest.size) await deps.store.upsert(index, [...latest.values()]);
      await publishDeadLetters(deps.bus, dead);
      counters.produced += latest.size;
      counters.deadLettered += dead.length;
      for (const d of dead) deps.log.warn({ key: d.key, offset: d.offset, reason: d.reason }, 'dead-lettered');
    };
  }

  return {
    id: 'index',
    counters,
    async start() {
      subs.push(
        await deps.bus.subscribe({
          ...GROUPS.indexItems,
          maxBatch: 500,
          // indexedAt: when the item became searchable; with collectedAt it gives the pipeline's latency.
          handle: handler('items', enrichedItemSchema, (item) => ({ id: item.id, doc: { ...item, indexedAt: new Date().toISOString() } })),
        }),
      );
      subs.push(
        await deps.bus.subscribe({
          ...GROUPS.indexCases,
          maxBatch: 500,
          // The analyst's status is set once, at creation; the pipeline never overwrites it.
          handle: handler('cases', caseSchema, (c) => {
            const { status: _status, ...doc } = c;
            return { id: c.id, doc, onInsert: { status: 'new' } };
          }),
        }),
      );
    },
    async stop() {
      await Promise.all(subs.splice(0).map((s) => s.stop()));
    },
    health: () => ({ ok: subs.length === 2, detail: { ...counters } }),
  };
}
