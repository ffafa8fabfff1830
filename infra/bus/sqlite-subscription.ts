// One consumer of a (group, topic) on the SQLite log: a poll loop that hands batches to `handle`
// and commits only after it resolves. A failing batch is retried as the SAME batch (same
// messages, same order) after capped exponential backoff, so a message is never skipped:
// at-least-once, and the handler's sink must be idempotent.
import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { BusMessage, SubscribeOptions, Subscription } from '../ports/bus.ts';
import type { BusStatements, MessageRow } from './sqlite-bus-schema.ts';
import type { SqliteDb } from './sqlite-connection.ts';
import { toPipelineError } from './sqlite-connection.ts';
import { createLease, type Lease } from './sqlite-lease.ts';

export const BACKOFF_MIN_MS = 100;
/**
 * Wall time one batch may take before the next batch is made smaller. An embedded handler mostly runs
 * synchronously, so a batch holds the event loop; answering a request takes a few loop turns, so
 * slices this short keep /health and signals within about a second even on a loaded machine.
 */
const SLICE_MS = 200;
const FIRST_BATCH = 50;
/** Reading the log fails only on lock contention or I/O: retried soon, whatever the handlers' cap. */
const POLL_BACKOFF_MAX_MS = 5000;

export interface ConsumerErrorContext {
  group: string;
  topic: string;
  /** 1 for the first failure of a batch, 2 for the second, ... */
  attempt: number;
  phase: 'handle' | 'commit' | 'poll';
}

export interface ConsumerSettings {
  pollMs: number;
  leaseTtlMs: number;
  heartbeatMs: number;
  defaultMaxBatch: number;
  /** Cap of the doubling back-off between redeliveries of a failing batch (from BACKOFF_MIN_MS). */
  backoffMaxMs: number;
  /** Passed to the handler with each delivery (see Delivery in the port). */
  maxAttempts: number;
  /** The bus does not log; services pass this to log or count failures. */
  onError?: (err: unknown, ctx: ConsumerErrorContext) => void;
}

export interface SqliteSubscription extends Subscription {
  readonly owner: string;
}

class LeaseLostError extends Error {}

export function startSubscription(
  db: SqliteDb,
  st: BusStatements,
  settings: ConsumerSettings,
  opts: SubscribeOptions,
  onStopped: (sub: SqliteSubscription, lease: Lease) => void,
): SqliteSubscription {
  const { group, topic, handle } = opts;
  const maxBatch = Math.max(1, Math.floor(opts.maxBatch ?? settings.defaultMaxBatch));
  // Starts small (a cold process is slow), halved after a batch slower than SLICE_MS, doubled after
  // a fast one, up to maxBatch.
  let batchSize = Math.min(maxBatch, FIRST_BATCH);
  // pid for humans reading the leases table; uuid so two subscriptions in one process differ.
  const owner = `${process.pid}:${randomUUID()}`;
  const lease = createLease(db, group, topic, owner, settings.leaseTtlMs);

  let stopping = false;
  let holding = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let nextPartition = 0;
  let wake: (() => void) | undefined;

  // A sleep that stop() can cut short, so stopping never waits out a 5 s backoff.
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = undefined;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
    });

  // A throwing error hook must not kill the loop (that would strand the batch uncommitted forever).
  const report = (err: unknown, ctx: ConsumerErrorContext) => {
    try {
      settings.onError?.(err, ctx);
    } catch {
      // ignored on purpose
    }
  };

  const startHeartbeat = () => {
    heartbeat = setInterval(() => {
      try {
        if (!lease.renew(Date.now())) holding = false;
      } catch {
        // Lock contention: the next beat retries; the TTL is several beats long.
      }
    }, settings.heartbeatMs);
    heartbeat.unref(); // the poll timer, not the heartbeat, decides whether the process stays up
  };
  const stopHeartbeat = () => {
    if (heartbeat) clearInterval(heartbeat);
    heartbeat = undefined;
  };

  const readBatch = (): MessageRow[] => {
    const parts = st.partitions.all(topic);
    for (let i = 0; i < parts.length; i++) {
      // Round-robin over partitions so one busy partition cannot starve the others.
      const p = parts[(nextPartition + i) % parts.length]!.partition;
      const from = st.getCommitted.get(group, topic, p)?.committed ?? 0;
      const rows = st.readBatch.all(topic, p, from, batchSize);
      if (rows.length > 0) {
        nextPartition = (nextPartition + i + 1) % parts.length;
        return rows;
      }
    }
    return [];
  };

  // Every commit also extends the lease: a consumer that is busy but committing is alive, whatever
  // its heartbeat timer managed to do in between.
  const commit = db.transaction((partition: number, next: number) => {
    if (!lease.isOwner()) throw new LeaseLostError(`lease on ${group}/${topic} taken over`);
    st.commit.run(group, topic, partition, next);
    lease.renew(Date.now());
  });

  const toMessage = (r: MessageRow): BusMessage => ({
    topic,
    partition: r.partition,
    offset: String(r.offset),
    key: r.key,
    value: r.value,
    headers: JSON.parse(r.headers) as Record<string, string>,
  });

  // Handles one batch until it is committed, the lease is lost, or stop() interrupts a backoff.
  const processBatch = async (rows: MessageRow[]) => {
    const last = rows[rows.length - 1]!;
    let handled = false;
    let attempt = 0;
    for (;;) {
      let phase: ConsumerErrorContext['phase'] = 'handle';
      try {
        if (!handled) {
          const started = performance.now();
          // Fresh objects per attempt: a handler that mutated the batch must not change the retry.
          await handle(rows.map(toMessage), { attempt: attempt + 1, maxAttempts: settings.maxAttempts });
          handled = true;
          const took = performance.now() - started;
          if (took > SLICE_MS) batchSize = Math.max(1, Math.floor(rows.length / 2));
          else if (took < SLICE_MS / 4) batchSize = Math.min(maxBatch, batchSize * 2);
        }
        phase = 'commit';
        commit.immediate(last.partition, last.offset + 1);
        return;
      } catch (err) {
        if (err instanceof LeaseLostError) {
          holding = false;
          return;
        }
        attempt++;
        report(phase === 'commit' ? toPipelineError(err, 'commit') : err, { group, topic, attempt, phase });
        if (stopping) return; // uncommitted: the next consumer gets this batch again
        await sleep(Math.min(settings.backoffMaxMs, BACKOFF_MIN_MS * 2 ** (attempt - 1)));
        if (stopping || !holding) return;
      }
    }
  };

  const loop = async () => {
    let pollFailures = 0;
    while (!stopping) {
      try {
        if (!holding) {
          stopHeartbeat();
          holding = lease.tryAcquire(Date.now());
          if (!holding) {
            await sleep(Math.max(settings.pollMs, settings.heartbeatMs));
            continue;
          }
          startHeartbeat();
        }
        const rows = readBatch();
        pollFailures = 0;
        if (rows.length === 0) {
          await sleep(settings.pollMs);
          continue;
        }
        await processBatch(rows);
        // With a backlog, the next batch is always ready and an embedded store answers synchronously,
        // so without this the loop would only ever wait on microtasks: timers (lease heartbeat),
        // sockets (/health) and signals (SIGTERM) would starve until the backlog is gone.
        await yieldToEventLoop();
      } catch (err) {
        // Reading or taking the lease failed (e.g. SQLITE_BUSY past busy_timeout): back off, try again.
        pollFailures++;
        report(toPipelineError(err, 'poll'), { group, topic, attempt: pollFailures, phase: 'poll' });
        await sleep(Math.min(POLL_BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** (pollFailures - 1)));
      }
    }
  };

  const running = loop();
  let stopped: Promise<void> | undefined;

  const sub: SqliteSubscription = {
    owner,
    stop() {
      stopped ??= (async () => {
        stopping = true;
        wake?.();
        await running; // the in-flight batch finishes and commits first
        stopHeartbeat();
        // The bus releases the lease (at once, or when a closing bus is done with the file) so a
        // restart in the same or another process takes over without waiting out the TTL.
        onStopped(sub, lease);
      })();
      return stopped;
    },
  };
  return sub;
}
