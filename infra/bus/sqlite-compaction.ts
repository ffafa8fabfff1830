// Retention of the embedded log (decision 0029): deletes messages every known group has committed
// past, in small transactions with the event loop yielded between them. One transaction over the
// whole backlog would hold the write lock and the event loop for seconds on a large log: /health
// stops answering, the lease heartbeat stalls (another process takes over a live consumer) and
// every publisher waits. Each chunk recomputes the groups' floors inside its own transaction, so a
// group that subscribes or commits between two chunks is seen by the next one, and a crash between
// chunks leaves only messages that were still allowed to stay.
import type { SqliteDb } from './sqlite-connection.ts';
import { UNPLANNED_LIMIT, type BusStatements } from './sqlite-bus-schema.ts';

export interface CompactionSettings {
  /** Committed-past messages go once older than this (ms); negative = topic retention only. */
  committedRetentionMs: number;
  /** Topics kept to their full retention even when committed (the DLQ). */
  keepWhole: ReadonlySet<string>;
  /** Rows deleted per transaction. */
  chunkRows: number;
}

export interface CompactionRun {
  /** Time limit of this run (Date.now() ms); the rest waits for the next run. Default: none. */
  deadline?: number;
  /** Checked between chunks: true ends the run early (the bus is closing). */
  stop?: () => boolean;
}

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function createCompactor(db: SqliteDb, st: BusStatements, settings: CompactionSettings) {
  const deleteChunk = db.prepare<[string, number, number, number, number]>(
    `DELETE FROM messages WHERE rowid IN (
       SELECT rowid FROM messages WHERE topic = ? AND partition = ? AND ts < ? AND offset < ? ORDER BY offset LIMIT ${UNPLANNED_LIMIT})`,
  );

  // One chunk of one partition, in one IMMEDIATE transaction: the floor and the delete see the
  // same committed offsets and leases.
  const chunkTx = db.transaction((topic: string, retentionMs: number, partition: number, now: number): number => {
    const groups = st.groupsOfTopic.all(topic, topic).map((g) => g.group);
    // Committed-past messages go after the shorter window; with no group yet, nothing is
    // committed, so only the topic's retention applies (a group joining later still finds them).
    const window =
      settings.committedRetentionMs >= 0 && groups.length > 0 && !settings.keepWhole.has(topic)
        ? Math.min(settings.committedRetentionMs, retentionMs)
        : retentionMs;
    // A group without a committed offset on this partition has read nothing of it yet: floor 0.
    const floor =
      groups.length === 0
        ? Number.MAX_SAFE_INTEGER
        : Math.min(...groups.map((g) => st.getCommitted.get(g, topic, partition)?.committed ?? 0));
    if (floor <= 0) return 0;
    // ts <= cutoff: with a 0 window a message published in this same millisecond may go too.
    return deleteChunk.run(topic, partition, now - window + 1, floor, settings.chunkRows).changes;
  });

  /** Deletes what retention allows, chunk by chunk; returns how many messages went. */
  async function run(now: number, opts: CompactionRun = {}): Promise<number> {
    let deleted = 0;
    const over = () => opts.stop?.() === true || (opts.deadline !== undefined && Date.now() >= opts.deadline);
    for (const t of st.listTopics.all()) {
      if (t.retention_ms < 0) continue;
      for (const { partition } of st.partitions.all(t.name)) {
        for (;;) {
          if (over()) return deleted;
          const n = chunkTx.immediate(t.name, t.retention_ms, partition, now);
          deleted += n;
          if (n < settings.chunkRows) break;
          await yieldToLoop();
        }
      }
    }
    return deleted;
  }

  /** Hands free pages back to the file system a few at a time (auto_vacuum = INCREMENTAL files only). */
  async function vacuum(opts: CompactionRun = {}, pagesPerStep = 2000): Promise<void> {
    const over = () => opts.stop?.() === true || (opts.deadline !== undefined && Date.now() >= opts.deadline);
    while (Number(db.pragma('freelist_count', { simple: true })) > 0 && Number(db.pragma('auto_vacuum', { simple: true })) === 2) {
      if (over()) return;
      db.pragma(`incremental_vacuum(${pagesPerStep})`);
      await yieldToLoop();
    }
  }

  return { run, vacuum };
}
