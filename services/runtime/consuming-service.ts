// The part every consuming service shares: subscribe its groups, count, dead-letter and log what a
// batch refused, stop cleanly (the bus finishes and commits the batch in hand), report health.
import type { Bus, BusMessage, Subscription } from '../../infra/ports/bus.ts';
import type { Logger } from '../../infra/log/logger.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import { deadLetterFor, publishDeadLetters } from './dead-letter.ts';
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
              const { produced, dead } = await handleIsolating(id, spec, batch, () => counters.retries++);
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

/** Errors a retry may cure (broker or store unavailable). Adapter errors say so; anything else is a bug or bad data. */
function isRetriable(err: unknown): boolean {
  return (err as { retriable?: unknown })?.retriable === true;
}

/**
 * Runs the batch; when it fails with an error no retry can cure (a document the store rejects, a bug
 * triggered by one message), runs its messages one by one so only the culprits go to the dead-letter
 * topic and the partition moves on. Retriable errors propagate: the bus redelivers the same batch
 * after back-off. Handlers are idempotent, so re-running a partly handled batch is safe.
 */
async function handleIsolating(stage: string, spec: ConsumerSpec, batch: BusMessage[], onRetry: () => void): Promise<BatchOutcome> {
  try {
    return await spec.handle(batch);
  } catch (err) {
    onRetry();
    if (isRetriable(err)) throw err;
  }
  let produced = 0;
  const dead: DeadLetter[] = [];
  for (const msg of batch) {
    try {
      const one = await spec.handle([msg]);
      produced += one.produced;
      dead.push(...one.dead);
    } catch (err) {
      if (isRetriable(err)) throw err;
      dead.push(deadLetterFor(msg, stage, `${stage} failed: ${(err as Error).message}`));
    }
  }
  return { produced, dead };
}
