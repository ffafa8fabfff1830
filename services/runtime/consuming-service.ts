// The part every consuming service shares: subscribe its groups, count, dead-letter and log what a
// batch refused, stop cleanly (the bus finishes and commits the batch in hand), report health and
// progress (for /livez).
import type { Bus, BusMessage, Delivery, Subscription } from '../../infra/ports/bus.ts';
import type { Logger } from '../../infra/log/logger.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import { deadLetterFor, publishDeadLetters } from './dead-letter.ts';
import { newCounters, type ConsumerProgress, type Service, type ServiceCounters } from './service.ts';

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

export type ConsumingService = Service & { counters: ServiceCounters; progress(): ConsumerProgress[] };

export function consumingService(id: string, bus: Bus, log: Logger, specs: ConsumerSpec[]): ConsumingService {
  const counters = newCounters();
  const subs: Subscription[] = [];
  // Start counts as progress: a consumer is only stalled once it had time to do something.
  const progress: ConsumerProgress[] = specs.map((s) => ({ group: s.group, topic: s.topic, lastProgressAt: Date.now() }));
  return {
    id,
    counters,
    async start() {
      for (const [i, spec] of specs.entries()) {
        progress[i]!.lastProgressAt = Date.now();
        subs.push(
          await bus.subscribe({
            group: spec.group,
            topic: spec.topic,
            maxBatch: spec.maxBatch,
            handle: async (batch, delivery) => {
              if (delivery.attempt === 1) counters.consumed += batch.length;
              const { produced, dead } = await handleBounded(id, spec, batch, delivery, () => counters.retries++, (err) => {
                const first = batch[0];
                log.warn(
                  { group: spec.group, topic: spec.topic, partition: first?.partition, firstOffset: first?.offset, count: batch.length, attempt: delivery.attempt, maxAttempts: delivery.maxAttempts, err: (err as Error)?.message },
                  delivery.attempt < delivery.maxAttempts ? 'batch failed; the bus redelivers it after back-off' : 'batch failed on its last attempt; dead-lettering it',
                );
              });
              // Dead letters go out before the batch is committed: a crash in between redelivers, never loses.
              await publishDeadLetters(bus, dead);
              counters.produced += produced;
              counters.deadLettered += dead.length;
              progress[i]!.lastProgressAt = Date.now();
              for (const d of dead) log.warn({ key: d.key, offset: d.offset, record: d.record, attempts: d.attempts, reason: d.reason }, 'dead-lettered');
            },
          }),
        );
      }
    },
    async stop() {
      await Promise.all(subs.splice(0).map((s) => s.stop()));
    },
    health: () => ({ ok: subs.length === specs.length, detail: { ...counters } }),
    progress: () => progress.map((p) => ({ ...p })),
  };
}

/** Errors a retry may cure (broker or store unavailable). Adapter errors say so; anything else is a bug or bad data. */
function isRetriable(err: unknown): boolean {
  return (err as { retriable?: unknown })?.retriable === true;
}

/**
 * Runs the batch. When it fails with an error no retry can cure (a document the store rejects, a bug
 * triggered by one message), runs its messages one by one so only the culprits go to the dead-letter
 * topic and the partition moves on. A retriable error propagates, so the bus redelivers the batch
 * after back-off, until the bus's last attempt: then the batch's messages go to the dead-letter topic
 * with the attempts and the last error, and the partition moves on (docs/decisions/0011).
 * Handlers are idempotent, so re-running a partly handled batch is safe.
 */
async function handleBounded(stage: string, spec: ConsumerSpec, batch: BusMessage[], delivery: Delivery, onRetry: () => void, onFailure: (err: unknown) => void): Promise<BatchOutcome> {
  try {
    return await handleIsolating(stage, spec, batch, onRetry);
  } catch (err) {
    onFailure(err);
    if (delivery.attempt < delivery.maxAttempts) throw err;
    const reason = `${stage} failed after ${delivery.attempt} attempts: ${(err as Error)?.message ?? String(err)}`;
    return { produced: 0, dead: batch.map((m) => deadLetterFor(m, stage, reason, delivery.attempt)) };
  }
}

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
