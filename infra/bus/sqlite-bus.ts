// Embedded Bus: a durable, Kafka-shaped topic log in one SQLite file (no servers).
// Model kept identical to Kafka (topics -> partitions -> dense offsets, consumer groups with
// committed offsets) so services cannot tell the two apart. See sqlite-connection.ts for the
// durability argument (WAL + synchronous=NORMAL survives SIGKILL).
//
// Consumers: one live consumer per (group, topic) per file, enforced by a lease (sqlite-lease.ts).
// The embedded mode runs every service in one process, so it needs no partition assignment;
// a second subscription of the same group waits and takes over when the first stops or dies.
import type { Bus, OutgoingMessage, SubscribeOptions, Subscription, TopicSpec } from '../ports/bus.ts';
import { PipelineError } from '../../pipelines/step-result.ts';
import { createBusSchema, prepareBusStatements } from './sqlite-bus-schema.ts';
import { createCompactor } from './sqlite-compaction.ts';
import { guardedCall, openSqlite, toPipelineError } from './sqlite-connection.ts';
import { partitionFor } from './sqlite-partition.ts';
import type { Lease } from './sqlite-lease.ts';
import type { ConsumerErrorContext, SqliteSubscription } from './sqlite-subscription.ts';
import { startSubscription } from './sqlite-subscription.ts';

export interface SqliteBusOptions {
  file: string;
  /** Idle poll interval of a consumer. */
  pollMs?: number;
  /** A crashed consumer's lease is taken over after this long without a heartbeat. */
  leaseTtlMs?: number;
  heartbeatMs?: number;
  /** Default `maxBatch` of subscriptions. */
  maxBatch?: number;
  /** Cap of the back-off between redeliveries of a failing batch. Default 5 s. */
  retryBackoffMaxMs?: number;
  /** Deliveries of a failing batch before the handler is told to settle it (Delivery.maxAttempts). Default 20. */
  maxAttempts?: number;
  /** Spec of topics published to before ensureTopics named them. */
  defaultTopic?: Omit<TopicSpec, 'name'>;
  onError?: (err: unknown, ctx: ConsumerErrorContext) => void;
  /**
   * Messages every known group of their topic has committed past are deleted once older than this
   * (ms), whatever the topic's retention, so the log holds what is in flight plus a replay window,
   * not every item forever. Topics in `keepWhole` (the DLQ) and topics with retention -1 are exempt.
   * Negative = off (topic retention only). Default 0: delete as soon as all groups committed.
   * See docs/decisions/0029-embedded-storage-retention.md.
   */
  committedRetentionMs?: number;
  /** Topics kept to their full retention even when committed. Default: rs.dlq. */
  keepWhole?: readonly string[];
  /** How often the bus compacts while open (also once on close). Default 10 s; 0 = only on close. */
  compactEveryMs?: number;
  /** Messages deleted per compaction transaction (the event loop runs between two). Default 2000. */
  compactChunkRows?: number;
}

export interface SqliteBus extends Bus {
  readonly kind: 'sqlite';
  /**
   * Deletes messages older than their topic's retention that every known group (one with a
   * committed offset or a lease on the topic) has committed past. Returns how many were deleted.
   * With no group on a topic, retention alone applies, as in Kafka. Negative retention = forever.
   */
  compact(now?: number): Promise<number>;
}

const DEFAULTS = {
  pollMs: 50,
  // Small TTL keeps restarts after SIGKILL fast; three missed heartbeats before takeover.
  leaseTtlMs: 3000,
  heartbeatMs: 1000,
  maxBatch: 100,
  retryBackoffMaxMs: 5000,
  maxAttempts: 20,
  // Kafka's defaults: a single partition is all one process needs; 7 days retention.
  defaultTopic: { partitions: 1, retentionMs: 7 * 24 * 3600 * 1000 },
  committedRetentionMs: 0,
  // The DLQ is the record of what failed, with the original bytes: an operator reads it later.
  keepWhole: ['rs.dlq'],
  compactEveryMs: 10_000,
  // A few thousand rows per transaction: each commit is tens of ms, so /health, lease heartbeats
  // and publishers get their turn between chunks.
  compactChunkRows: 2000,
};

/** Time close() spends compacting and vacuuming at most (and at most half the lease TTL). */
const CLOSE_COMPACT_MS = 5000;

// Best effort: an unreleased lease just expires after its TTL.
function releaseQuietly(lease: Lease): void {
  try {
    lease.release();
  } catch {
    // the file is busy or gone: the TTL takes over
  }
}

export function createSqliteBus(options: SqliteBusOptions): SqliteBus {
  const db = openSqlite(options.file);
  // Incremental auto-vacuum lets compaction hand freed pages back to the file system. The pragma
  // alone only acts before the first page is written, and opening in WAL mode has written it, so a
  // new file (no tables yet) is rebuilt empty with it; an existing data dir keeps reusing its free
  // pages instead (a VACUUM of a large log is not something to do at open).
  if ((db.prepare('SELECT COUNT(*) AS n FROM sqlite_master').get() as { n: number }).n === 0) {
    try {
      db.pragma('auto_vacuum = INCREMENTAL');
      db.exec('VACUUM');
    } catch {
      // Another process is opening the same new file: it reuses free pages, nothing else changes.
    }
  }
  createBusSchema(db);
  const st = prepareBusStatements(db);
  const settings = {
    pollMs: options.pollMs ?? DEFAULTS.pollMs,
    leaseTtlMs: options.leaseTtlMs ?? DEFAULTS.leaseTtlMs,
    heartbeatMs: options.heartbeatMs ?? DEFAULTS.heartbeatMs,
    defaultMaxBatch: options.maxBatch ?? DEFAULTS.maxBatch,
    backoffMaxMs: options.retryBackoffMaxMs ?? DEFAULTS.retryBackoffMaxMs,
    maxAttempts: options.maxAttempts ?? DEFAULTS.maxAttempts,
    onError: options.onError,
  };
  const defaultTopic = options.defaultTopic ?? DEFAULTS.defaultTopic;
  const subs = new Set<SqliteSubscription>();
  let closed = false;
  let closing = false;
  const heldLeases: Lease[] = [];

  const assertOpen = () => {
    if (closed) throw new PipelineError('sqlite bus is closed', { retriable: false });
  };

  // Creates the topic or widens it. Partitions only grow (as in Kafka): shrinking would strand
  // messages and committed offsets in the removed partitions.
  const ensureTopic = (spec: TopicSpec) => {
    if (!Number.isInteger(spec.partitions) || spec.partitions < 1) {
      throw new PipelineError(`topic ${spec.name}: partitions must be a positive integer`, { retriable: false });
    }
    const existing = st.getTopic.get(spec.name);
    const partitions = Math.max(existing?.partitions ?? 0, spec.partitions);
    if (existing) st.updateTopic.run(partitions, spec.retentionMs, spec.name);
    else st.insertTopic.run(spec.name, partitions, spec.retentionMs);
    for (let p = 0; p < partitions; p++) st.ensureLogEnd.run(spec.name, p);
    return partitions;
  };

  const ensureTopicsTx = db.transaction((specs: TopicSpec[]) => {
    for (const spec of specs) ensureTopic(spec);
  });

  // One IMMEDIATE transaction per publish call: all messages or none, and the write lock is
  // taken up front so two processes publishing cannot deadlock on a read->write upgrade.
  const publishTx = db.transaction((topic: string, messages: OutgoingMessage[], ts: number) => {
    const partitions = st.getTopic.get(topic)?.partitions ?? ensureTopic({ name: topic, ...defaultTopic });
    const ends = new Map<number, number>();
    for (const m of messages) {
      const p = partitionFor(m.key, partitions);
      const offset = ends.get(p) ?? st.getLogEnd.get(topic, p)!.next_offset;
      const value = typeof m.value === 'string' ? Buffer.from(m.value, 'utf8') : m.value;
      st.insertMessage.run(topic, p, offset, m.key, value, JSON.stringify(m.headers ?? {}), ts);
      ends.set(p, offset + 1);
    }
    for (const [p, next] of ends) st.setLogEnd.run(next, topic, p);
  });

  const lagOf = (group: string, topic: string): number => {
    let lag = 0;
    for (const { partition } of st.partitions.all(topic)) {
      const from = st.getCommitted.get(group, topic, partition)?.committed ?? 0;
      lag += st.countFrom.get(topic, partition, from)!.n;
    }
    return lag;
  };

  const compactor = createCompactor(db, st, {
    committedRetentionMs: options.committedRetentionMs ?? DEFAULTS.committedRetentionMs,
    keepWhole: new Set(options.keepWhole ?? DEFAULTS.keepWhole),
    chunkRows: options.compactChunkRows ?? DEFAULTS.compactChunkRows,
  });
  // One timer run at a time; close() waits for it, then runs its own, bounded one.
  let compacting: Promise<unknown> | undefined;
  const compactEveryMs = options.compactEveryMs ?? DEFAULTS.compactEveryMs;
  const compactTimer = compactEveryMs > 0
    ? setInterval(() => {
        if (compacting) return;
        // Busy file or closing: compaction only frees space, the next tick or close() tries again.
        const stop = () => closing;
        compacting = compactor
          .run(Date.now(), { stop })
          .then(() => compactor.vacuum({ stop }))
          .catch(() => 0)
          .finally(() => (compacting = undefined));
      }, compactEveryMs)
    : undefined;
  compactTimer?.unref();

  const guard = guardedCall(assertOpen);

  return {
    kind: 'sqlite',
    ensureTopics: (specs) => guard('ensureTopics', () => ensureTopicsTx.immediate(specs)),
    publish: (topic, messages) =>
      guard(`publish ${topic}`, () => {
        if (messages.length > 0) publishTx.immediate(topic, messages, Date.now());
      }),
    subscribe: (opts: SubscribeOptions): Promise<Subscription> =>
      guard(`subscribe ${opts.group}/${opts.topic}`, () => {
        const sub = startSubscription(db, st, settings, opts, (s, lease) => {
          subs.delete(s);
          // Closing: the lease is kept (renewed) through the last compaction and released just
          // before the file closes, so no other process takes the group over while this one lives.
          if (closing) heldLeases.push(lease);
          else releaseQuietly(lease);
        });
        subs.add(sub);
        return sub;
      }),
    lag: (group, topic) => guard(`lag ${group}/${topic}`, () => lagOf(group, topic)),
    async compact(now = Date.now()) {
      assertOpen();
      try {
        return await compactor.run(now);
      } catch (err) {
        throw toPipelineError(err, 'compact');
      }
    },
    async close() {
      if (closed) return;
      closing = true;
      clearInterval(compactTimer);
      await Promise.all([...subs].map((s) => s.stop()));
      await compacting;
      closed = true;
      // Bounded, so a stop (SIGTERM) stays prompt on a large committed backlog (what is left goes
      // at the next run), and well inside the lease TTL the held leases were just renewed for.
      const deadline = Date.now() + Math.min(CLOSE_COMPACT_MS, settings.leaseTtlMs / 2);
      try {
        for (const lease of heldLeases) lease.renew(Date.now());
        await compactor.run(Date.now(), { deadline });
        await compactor.vacuum({ deadline });
      } catch {
        // Another process holds the write lock: the next open or tick compacts instead.
      }
      for (const lease of heldLeases.splice(0)) releaseQuietly(lease);
      db.close();
    },
  };
}
