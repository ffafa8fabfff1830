// The part every consuming service shares: subscribe its groups, count, dead-letter and log what a
// batch refused, stop cleanly (the bus finishes and commits the batch in hand), report health.
import type { Bus, BusMessage, Subscription } from '../../infra/ports/bus.ts';
import type { Logger } from '../../infra/log/logger.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import { publishDeadLetters } from './dead-letter.ts';
import { newCounters, type Service, type ServiceCounters } from './service.ts';

export interface BatchOutcome {
  /** Messages published or documents written for this batch. */
  produced: number;
  dead: DeadLetter[];
}

export interface ConsumerSpec {
  group: string;
  topic: string;
  maxBatch: number;
  handle: (batch: BusMessage[]) => Promise<BatchOutcome>;
}

export function consumingService(id: string, bus: Bus, log: Logger, specs: ConsumerSpec[]): Service & { counters: ServiceCounters } {
  const counters = newCounters();
  const subs: Subscription[] = [];
  return {
    id,
    counters,
    async start() {
      for (const spec of specs) {
        subs.push(
          await bus.subscribe({
            group: spec.group,
            topic: spec.topic,
            maxBatch: spec.maxBatch,
            handle: async (batch) => {
              counters.consumed += batch.length;
              const { produced, dead } = await spec.handle(batch);
              // Dead letters go out before the batch is committed: a crash in between redelivers, never loses.
              await publishDeadLetters(bus, dead);
              counters.produced += produced;
              counters.deadLettered += dead.length;
              for (const d of dead) log.warn({ key: d.key, offset: d.offset, record: d.record, reason: d.reason }, 'dead-lettered');
            },
          }),
        );
      }
    },
    async stop() {
      await Promise.all(subs.splice(0).map((s) => s.stop()));
    },
    health: () => ({ ok: subs.length === specs.length, detail: { ...counters } }),
  };
}
