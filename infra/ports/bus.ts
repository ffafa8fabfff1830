// Bus port: the narrow surface both the embedded SQLite log and Kafka implement.
// Semantics: keyed messages; consumer groups; offsets committed only after `handle` resolves
// (at-least-once: a consumer that dies before committing gets the batch again).

export interface OutgoingMessage {
  key: string;
  value: Buffer | string;
  headers?: Record<string, string>;
}

export interface BusMessage {
  topic: string;
  partition: number;
  /** Decimal string, as Kafka reports offsets. */
  offset: string;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
}

export interface TopicSpec {
  name: string;
  partitions: number;
  retentionMs: number;
}

/** Which delivery of a batch this is; the bus redelivers a batch whose `handle` threw. */
export interface Delivery {
  /** 1 for the first delivery of a batch, 2 for the first redelivery, ... (per process: a restart counts from 1). */
  attempt: number;
  /**
   * The bus's bound: at `attempt >= maxAttempts` the handler should settle the batch (dead-letter
   * what still fails) instead of throwing. If it throws anyway the bus keeps redelivering: never lost.
   */
  maxAttempts: number;
}

export interface SubscribeOptions {
  group: string;
  topic: string;
  /** Most messages handed to one `handle` call. */
  maxBatch?: number;
  /** Called with a batch; resolve to commit it, throw to have it redelivered (after backoff). */
  handle: (batch: BusMessage[], delivery: Delivery) => Promise<void>;
}

export interface Subscription {
  stop(): Promise<void>;
}

export interface Bus {
  readonly kind: 'sqlite' | 'kafka';
  ensureTopics(specs: TopicSpec[]): Promise<void>;
  publish(topic: string, messages: OutgoingMessage[]): Promise<void>;
  subscribe(opts: SubscribeOptions): Promise<Subscription>;
  /** Messages in `topic` not yet committed by `group` (0 when drained). Used by `run --once` and metrics. */
  lag(group: string, topic: string): Promise<number>;
  close(): Promise<void>;
}
