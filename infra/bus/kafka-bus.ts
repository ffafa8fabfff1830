// The Bus port on Apache Kafka (kafkajs 2.2.4; checked against Kafka 4.x by
// test/engines/kafka-engine.test.ts). Producer: idempotent, acks=all, one request in flight, so
// a retried send neither duplicates nor reorders a key's messages. Consumers: see
// kafka-subscription.ts for the commit-after-handle rules.
import { Kafka, Partitioners, logLevel as KafkaLogLevel, type Admin, type LogEntry, type Producer } from 'kafkajs';
import { PipelineError } from '../../pipelines/step-result.ts';
import { createLogger } from '../log/logger.ts';
import type { Bus, OutgoingMessage, SubscribeOptions, Subscription, TopicSpec } from '../ports/bus.ts';
import { toKafkaMessage } from './kafka-message.ts';
import { backoffMs, isRetriableKafkaError } from './kafka-retry.ts';
import { startSubscription, type BusLog, type ConsumerTuning } from './kafka-subscription.ts';

export type KafkaBusLogLevel = 'silent' | 'nothing' | 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

/** The subset of a pino logger we use, so callers can pass theirs. */
export interface BusLogger {
  error(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

export interface KafkaBusOptions extends ConsumerTuning {
  brokers: string[];
  clientId: string;
  /** kafkajs' own log level (and ours). Default 'warn'. */
  logLevel?: KafkaBusLogLevel;
  /** Where logs go (ours and kafkajs'); default: the project's pino logger at `logLevel`, so redaction applies either way. */
  logger?: BusLogger;
  /** Replicas for topics ensureTopics creates; default min(3, brokers in the cluster). */
  replicationFactor?: number;
  /** Publish attempts on retriable errors before giving up (each after capped backoff). Default 8. */
  publishAttempts?: number;
}

function toKafkaLevel(level: KafkaBusLogLevel): KafkaLogLevel {
  switch (level) {
    case 'silent':
    case 'nothing':
      return KafkaLogLevel.NOTHING;
    case 'fatal':
    case 'error':
      return KafkaLogLevel.ERROR;
    case 'warn':
      return KafkaLogLevel.WARN;
    case 'info':
      return KafkaLogLevel.INFO;
    default:
      return KafkaLogLevel.DEBUG;
  }
}

function makeLog(level: KafkaLogLevel, logger: BusLogger): BusLog {
  const rank = { error: KafkaLogLevel.ERROR, warn: KafkaLogLevel.WARN, info: KafkaLogLevel.INFO, debug: KafkaLogLevel.DEBUG };
  return (lvl, msg, extra = {}) => {
    if (rank[lvl] > level) return;
    logger[lvl]({ component: 'kafka-bus', ...extra }, msg);
  };
}

type TopicMetadata = Awaited<ReturnType<Admin['fetchTopicMetadata']>>;

/** Metadata once every partition of `topics` has a leader; retries the transient "unknown topic" answers. */
async function waitForLeaders(a: Admin, topics: string[], timeoutMs = 30_000): Promise<TopicMetadata> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    let why: string;
    try {
      const meta = await a.fetchTopicMetadata({ topics });
      const leaderless = meta.topics.filter((t) => t.partitions.length === 0 || t.partitions.some((p) => p.leader < 0));
      if (leaderless.length === 0) return meta;
      why = `no leader yet for ${leaderless.map((t) => t.name).join(', ')}`;
    } catch (err) {
      if (!isRetriableKafkaError(err)) throw err;
      why = (err as Error).message;
    }
    if (Date.now() > deadline) throw new PipelineError(`topics not ready after ${timeoutMs} ms: ${why}`, { retriable: true });
    await new Promise((r) => setTimeout(r, backoffMs(attempt, 50, 1_000)));
  }
}

/** Bytes of message keys and values sent in one produce request; below the broker's 1 MiB default. */
export const MAX_SEND_BYTES = 768 * 1024;

/** The longest run of messages from `from` whose keys and values fit in `maxBytes` (at least one). */
export function nextChunk(messages: OutgoingMessage[], from: number, maxBytes: number): OutgoingMessage[] {
  let bytes = 0;
  let end = from;
  while (end < messages.length) {
    const m = messages[end]!;
    const size = Buffer.byteLength(m.key) + (typeof m.value === 'string' ? Buffer.byteLength(m.value) : m.value.length) + 64;
    if (end > from && bytes + size > maxBytes) break;
    bytes += size;
    end++;
  }
  return messages.slice(from, end);
}

export function createKafkaBus(opts: KafkaBusOptions): Bus {
  const level = toKafkaLevel(opts.logLevel ?? 'warn');
  const log = makeLog(level, opts.logger ?? createLogger(opts.logLevel === 'nothing' ? 'silent' : (opts.logLevel ?? 'warn')));
  const kafka = new Kafka({
    clientId: opts.clientId,
    brokers: opts.brokers,
    logLevel: level,
    // Route kafkajs' own logs through the same sink.
    logCreator: () => (entry: LogEntry) => {
      const { message, ...extra } = entry.log;
      let lvl: Parameters<BusLog>[0] = entry.level <= KafkaLogLevel.ERROR ? 'error' : entry.level === KafkaLogLevel.WARN ? 'warn' : entry.level === KafkaLogLevel.INFO ? 'info' : 'debug';
      // kafkajs logs every heartbeat answered "rebalancing" as an error; it is routine group churn.
      if (typeof extra.error === 'string' && extra.error.includes('rebalancing')) lvl = 'debug';
      log(lvl, message, { namespace: entry.namespace, ...extra });
    },
    retry: { initialRetryTime: 100, maxRetryTime: 5_000, retries: 5 },
  });

  let adminP: Promise<Admin> | null = null;
  let producerP: Promise<Producer> | null = null;
  const subscriptions = new Set<Subscription>();
  let closed = false;

  const admin = (): Promise<Admin> =>
    (adminP ??= (async () => {
      const a = kafka.admin();
      await a.connect();
      return a;
    })().catch((err) => {
      adminP = null; // let the next call try again
      throw err;
    }));

  const producer = (): Promise<Producer> =>
    (producerP ??= (async () => {
      const p = kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        // The Java client's murmur2 partitioner: the same key lands on the same partition whoever
        // produces it (and no kafkajs v2 partitioner warning).
        createPartitioner: Partitioners.DefaultPartitioner,
        allowAutoTopicCreation: false,
      });
      await p.connect();
      return p;
    })().catch((err) => {
      producerP = null;
      throw err;
    }));

  const assertOpen = (): void => {
    if (closed) throw new PipelineError('kafka bus is closed', { retriable: false });
  };

  async function replicationFactor(a: Admin): Promise<number> {
    if (opts.replicationFactor) return opts.replicationFactor;
    const { brokers } = await a.describeCluster();
    return Math.max(1, Math.min(3, brokers.length));
  }

  return {
    kind: 'kafka',

    async ensureTopics(specs: TopicSpec[]): Promise<void> {
      assertOpen();
      const a = await admin();
      const existing = new Set(await a.listTopics());
      const missing = specs.filter((s) => !existing.has(s.name));
      if (missing.length) {
        const rf = await replicationFactor(a);
        // Returns false (no throw) when another process created them first: fine, same spec.
        // Not kafkajs' waitForLeaders: it only tolerates LEADER_NOT_AVAILABLE, while a fresh KRaft
        // broker first answers UNKNOWN_TOPIC_OR_PARTITION for a just-created topic (seen in
        // our parallel test runs right after the broker started).
        await a.createTopics({
          waitForLeaders: false,
          topics: missing.map((s) => ({
            topic: s.name,
            numPartitions: s.partitions,
            replicationFactor: rf,
            configEntries: [{ name: 'retention.ms', value: String(s.retentionMs) }],
          })),
        });
      }
      const meta = await waitForLeaders(a, specs.map((s) => s.name));
      // Partitions can grow, never shrink; growing changes which partition a key maps to, so it is
      // logged loudly. Retention drift on existing topics is left to operators (alterConfigs).
      for (const spec of specs) {
        const have = meta.topics.find((t) => t.name === spec.name)?.partitions.length ?? 0;
        if (have > 0 && have < spec.partitions) {
          log('warn', 'growing topic partitions; key-to-partition mapping changes', { topic: spec.name, from: have, to: spec.partitions });
          await a.createPartitions({ topicPartitions: [{ topic: spec.name, count: spec.partitions }] });
          await waitForLeaders(a, [spec.name]);
        }
      }
    },

    async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
      assertOpen();
      if (messages.length === 0) return;
      const attempts = opts.publishAttempts ?? 8;
      let sent = 0;
      for (let attempt = 1; ; attempt++) {
        try {
          const p = await producer();
          // One request per chunk under the broker's request limit (message.max.bytes, 1 MiB by
          // default): a batch of large messages (cases with long evidence lists) would otherwise be
          // refused whole, and the refusal is not retriable. Chunks go out in order, one at a time,
          // so per-key order holds; a retry resends only from the chunk that failed.
          while (sent < messages.length) {
            const chunk = nextChunk(messages, sent, MAX_SEND_BYTES);
            await p.send({ topic, acks: -1, messages: chunk.map(toKafkaMessage) });
            sent += chunk.length;
          }
          return;
        } catch (err) {
          const retriable = isRetriableKafkaError(err);
          if (!retriable || attempt >= attempts || closed) {
            throw new PipelineError(`kafka publish to ${topic} failed after ${attempt} attempt(s): ${(err as Error).message}`, { retriable, cause: err });
          }
          const delay = backoffMs(attempt);
          log('warn', 'kafka publish failed; retrying', { topic, attempt, delayMs: delay, err: (err as Error).message });
          await new Promise((r) => setTimeout(r, delay));
        }
      }
    },

    async subscribe(sub: SubscribeOptions): Promise<Subscription> {
      assertOpen();
      const s = await startSubscription(kafka, sub, opts, log);
      const tracked: Subscription = {
        stop: async () => {
          subscriptions.delete(tracked);
          await s.stop();
        },
      };
      subscriptions.add(tracked);
      return tracked;
    },

    async lag(group: string, topic: string): Promise<number> {
      assertOpen();
      const a = await admin();
      const [ends, committed] = await Promise.all([a.fetchTopicOffsets(topic), a.fetchOffsets({ groupId: group, topics: [topic] })]);
      const byPartition = new Map<number, bigint>();
      for (const p of committed.find((t) => t.topic === topic)?.partitions ?? []) byPartition.set(p.partition, BigInt(p.offset));
      let lag = 0n;
      for (const p of ends) {
        const high = BigInt(p.high);
        const low = BigInt(p.low);
        const c = byPartition.get(p.partition) ?? -1n;
        // -1: the group never committed here, so it will start at the earliest retained message;
        // a commit below `low` (retention deleted it) also restarts there.
        const from = c < low ? low : c;
        if (high > from) lag += high - from;
      }
      return Number(lag);
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...subscriptions].map((s) => s.stop()));
      const [p, a] = [producerP, adminP];
      producerP = adminP = null;
      await Promise.allSettled([p?.then((x) => x.disconnect()), a?.then((x) => x.disconnect())]);
    },
  };
}
