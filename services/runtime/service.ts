// The shape every runnable service has: started from a list, stopped in reverse, asked for health.
export interface ServiceHealth {
  ok: boolean;
  detail: Record<string, unknown>;
}

export interface Service {
  id: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  health(): ServiceHealth;
}

/** Counters each consuming service keeps; exported as metrics and printed in summaries. */
export interface ServiceCounters {
  consumed: number;
  produced: number;
  deadLettered: number;
  retries: number;
}

export const newCounters = (): ServiceCounters => ({ consumed: 0, produced: 0, deadLettered: 0, retries: 0 });

/** When a consumer last finished a batch (handled, or settled to the dead-letter topic). */
export interface ConsumerProgress {
  group: string;
  topic: string;
  /** Epoch ms. */
  lastProgressAt: number;
}
