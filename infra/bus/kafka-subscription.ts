// One consumer-group member per subscription. At-least-once by construction: kafkajs never
// commits on its own (autoCommit off, no auto-resolve); we commit `last offset + 1` of a chunk only
// after `handle` resolved for it. A failing chunk is retried in place, same messages, with capped
// backoff while heartbeating, so one slow or failing handler neither skips data nor makes the
// group rebalance. A member that dies before committing leaves its chunk to the next owner.
import type { Consumer, EachBatchPayload, Kafka } from 'kafkajs';
import type { SubscribeOptions, Subscription } from '../ports/bus.ts';
import { toBusMessage } from './kafka-message.ts';
import { backoffMs, isRetriableKafkaError, waitWithTicks } from './kafka-retry.ts';

export interface ConsumerTuning {
  /** Broker evicts a silent member after this; bounds redelivery delay after a crash. Default 30 s. */
  sessionTimeoutMs?: number;
  /** How long a rebalance waits for members to rejoin. Default 60 s. */
  rebalanceTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  /** Cap of the back-off between redeliveries of a failing chunk. Default 5 s. */
  retryBackoffMaxMs?: number;
  /** Deliveries of a failing chunk before the handler is told to settle it (Delivery.maxAttempts). Default 20. */
  maxAttempts?: number;
}

export type BusLog = (level: 'error' | 'warn' | 'info' | 'debug', msg: string, extra?: Record<string, unknown>) => void;

const DEFAULT_MAX_BATCH = 100;
const DEFAULT_MAX_ATTEMPTS = 20;
/** Bytes per partition and per fetch a consumer asks the broker for. */
export const MAX_BYTES_PER_PARTITION = 4 * 1024 * 1024;
export const MAX_FETCH_BYTES = 16 * 1024 * 1024;

export async function startSubscription(kafka: Kafka, opts: SubscribeOptions, tuning: ConsumerTuning, log: BusLog): Promise<Subscription> {
  const maxBatch = Math.max(1, opts.maxBatch ?? DEFAULT_MAX_BATCH);
  const maxAttempts = Math.max(1, tuning.maxAttempts ?? DEFAULT_MAX_ATTEMPTS);
  let stopping = false;
  const consumer: Consumer = kafka.consumer({
    groupId: opts.group,
    sessionTimeout: tuning.sessionTimeoutMs ?? 30_000,
    rebalanceTimeout: tuning.rebalanceTimeoutMs ?? 60_000,
    heartbeatInterval: tuning.heartbeatIntervalMs ?? 3_000,
    allowAutoTopicCreation: false,
    // Fetch up to MAX_BYTES_PER_PARTITION per partition: kafkajs' 1 MiB default cut a busy
    // partition's batch at ~400 enriched items, below the services' maxBatch (issue 9).
    maxBytesPerPartition: MAX_BYTES_PER_PARTITION,
    maxBytes: MAX_FETCH_BYTES,
  });

  const eachBatch = async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload): Promise<void> => {
    // Stop handing out work once we are stopping or the partition moved to another member.
    const gone = (): boolean => stopping || !isRunning() || isStale();
    for (let i = 0; i < batch.messages.length; i += maxBatch) {
      if (gone()) return;
      const chunk = batch.messages.slice(i, i + maxBatch);
      const messages = chunk.map((m) => toBusMessage(batch.topic, batch.partition, m));
      for (let attempt = 1; ; attempt++) {
        // Heartbeat during a long `handle` too: session timeout must bound crashes, not slow work.
        const beat = setInterval(() => void heartbeat().catch(() => {}), 1_000);
        try {
          await opts.handle(messages, { attempt, maxAttempts });
          break;
        } catch (err) {
          const delay = backoffMs(attempt, undefined, tuning.retryBackoffMaxMs);
          // debug: the consuming service logs the failure (with partition, offsets and attempts) as a warning.
          log('debug', 'bus handler failed; redelivering the same batch', {
            group: opts.group, topic: batch.topic, partition: batch.partition,
            firstOffset: chunk[0]?.offset, count: chunk.length, attempt, retriable: isRetriableKafkaError(err) || (err as { retriable?: unknown })?.retriable === true, delayMs: delay,
            err: err instanceof Error ? err.message : String(err),
          });
          // Not committed: if we stop or lose the partition while waiting, the next owner gets it.
          if (!(await waitWithTicks(delay, { tick: heartbeat, cancelled: gone }))) return;
        } finally {
          clearInterval(beat);
        }
      }
      const last = chunk[chunk.length - 1]!;
      for (const m of chunk) resolveOffset(m.offset);
      // Kafka commits "next offset to read". Not consumer.commitOffsets(): kafkajs turns that into a
      // silent no-op once stop() has begun, which would drop the commit of the batch stop() waits for.
      // The payload's commitOffsetsIfNecessary(offsets) commits the given offsets unconditionally.
      const next = (BigInt(last.offset) + 1n).toString();
      await commitOffsetsIfNecessary({ topics: [{ topic: batch.topic, partitions: [{ partition: batch.partition, offset: next }] }] });
      await heartbeat();
    }
  };

  await consumer.connect();
  try {
    // A new group starts at the earliest retained message: nothing published before the first
    // worker came up may be skipped.
    await consumer.subscribe({ topics: [opts.topic], fromBeginning: true });
    await consumer.run({ autoCommit: false, eachBatchAutoResolve: false, partitionsConsumedConcurrently: 1, eachBatch });
  } catch (err) {
    await consumer.disconnect().catch(() => {});
    throw err;
  }

  let stopped: Promise<void> | null = null;
  return {
    stop(): Promise<void> {
      // kafkajs' disconnect waits for the running eachBatch: the current chunk finishes and commits.
      stopping = true;
      stopped ??= consumer.disconnect();
      return stopped;
    },
  };
}
