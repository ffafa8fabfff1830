// Which kafkajs failures are worth retrying, and the capped exponential backoff used for them
// (100 ms doubling to 5 s), shared by publish and by redelivery of a failed batch.
/**
 * kafkajs marks transient errors `retriable`; after its own retries it wraps them, so follow
 * `cause`. Duck-typed on purpose: kafkajs is CommonJS and its error classes are not visible as ESM
 * named exports, and a PipelineError from a handler carries the same flag.
 */
export function isRetriableKafkaError(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e === 'object' && (e as { retriable?: unknown }).retriable === true) return true;
  }
  return false;
}

export const BACKOFF_MIN_MS = 100;
export const BACKOFF_MAX_MS = 5_000;

/** Delay before retry number `attempt` (1-based), with ±20 % jitter so consumers don't retry in lockstep. */
export function backoffMs(attempt: number, min = BACKOFF_MIN_MS, max = BACKOFF_MAX_MS): number {
  const base = Math.min(max, min * 2 ** Math.max(0, attempt - 1));
  return Math.round(Math.min(max, base * (0.8 + Math.random() * 0.4)));
}

/**
 * Sleep `ms`, calling `tick` about every `tickMs` (the consumer heartbeats there so the group does
 * not evict it while it waits), and return early with false when `cancelled()` turns true.
 */
export async function waitWithTicks(ms: number, opts: { tickMs?: number; tick?: () => Promise<void>; cancelled?: () => boolean } = {}): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (opts.cancelled?.()) return false;
    await new Promise((r) => setTimeout(r, Math.min(opts.tickMs ?? 250, end - Date.now())));
    if (opts.tick) await opts.tick().catch(() => {});
  }
  return !opts.cancelled?.();
}
