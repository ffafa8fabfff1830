// Liveness and readiness of a service process, kept apart on purpose:
// - readiness (/readyz): can it work right now? The broker and the store answer. An outage makes
//   it red, and it turns green by itself when they are back; restarting would not help.
// - liveness (/livez): is it getting anywhere? Red when a consumer has had lag and made no progress
//   (no batch handled or settled) for `stallMs`: stuck on a batch it keeps retrying, a wedged loop,
//   a lost partition assignment. Progress, or no lag, turns it green again.
import type { Bus } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';
import type { ConsumerProgress } from './service.ts';

export interface ProbeResult {
  ok: boolean;
  checks: Array<Record<string, unknown> & { name: string; ok: boolean }>;
}

/** A probe that does not answer within `ms` counts as failed (an unreachable host can hang a request). */
async function within<T>(ms: number, what: string, p: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 300);

export interface ProbeOptions {
  bus: Bus;
  store?: Store;
  groups: Array<{ group: string; topic: string }>;
  progress: () => ConsumerProgress[];
  stallMs: number;
  /** Longest a single probe of the broker or store may take. Default 2 s. */
  probeTimeoutMs?: number;
  now?: () => number;
}

export interface Probes {
  readiness(): Promise<ProbeResult>;
  liveness(): Promise<ProbeResult>;
}

export function createProbes(opts: ProbeOptions): Probes {
  const timeoutMs = opts.probeTimeoutMs ?? 2_000;
  const now = opts.now ?? Date.now;
  // When a probe first saw lag after seeing none: an idle consumer that just got work is not stalled
  // because its last batch was long ago.
  const lagSince = new Map<string, number>();

  return {
    async readiness() {
      const checks: ProbeResult['checks'] = [];
      const first = opts.groups[0];
      try {
        // Lag reads the broker's (or the log file's) offsets: the cheapest call that needs it.
        if (first) await within(timeoutMs, 'broker', opts.bus.lag(first.group, first.topic));
        checks.push({ name: 'broker', ok: true });
      } catch (err) {
        checks.push({ name: 'broker', ok: false, error: message(err) });
      }
      if (opts.store) {
        try {
          await within(timeoutMs, 'store', opts.store.get('items', 'rsmon-readiness-probe'));
          checks.push({ name: 'store', ok: true });
        } catch (err) {
          checks.push({ name: 'store', ok: false, error: message(err) });
        }
      }
      return { ok: checks.every((c) => c.ok), checks };
    },

    async liveness() {
      const checks: ProbeResult['checks'] = [];
      const t = now();
      for (const p of opts.progress()) {
        const name = `${p.group}/${p.topic}`;
        let lag: number;
        try {
          lag = await within(timeoutMs, 'lag', opts.bus.lag(p.group, p.topic));
        } catch (err) {
          // Unknown lag is a readiness matter (broker unreachable), not evidence of a stuck consumer.
          checks.push({ name, ok: true, lag: null, error: message(err) });
          continue;
        }
        if (lag === 0) {
          lagSince.delete(name);
          checks.push({ name, ok: true, lag });
          continue;
        }
        if (!lagSince.has(name)) lagSince.set(name, t);
        const idleMs = t - Math.max(p.lastProgressAt, lagSince.get(name)!);
        checks.push({ name, ok: idleMs <= opts.stallMs, lag, msSinceProgress: idleMs, stallMs: opts.stallMs });
      }
      return { ok: checks.every((c) => c.ok), checks };
    },
  };
}
