// One decode per message and process for topics that several in-process consumers read. In the
// embedded pipeline (`rsmon run`) index, cases and media each read every enriched item, and index
// and alerts every case: each decoded the same bytes (UTF-8, JSON.parse, zod) again, ~5% of a run's
// CPU (decision 0045). The first consumer to meet a message decodes and validates it at the topic
// boundary as before (decodeMessage); later ones with the same schema get the same result, also a
// refusal, which each still dead-letters under its own stage name.
//
// The value is shared, so it is deep-frozen: a consumer that mutated it would change what the others
// see, and in strict mode such a write throws instead (the batch is retried one by one and the
// message dead-lettered with the error, never silently altered). On a Kafka service process (one
// consumer group per topic) every lookup misses and the cost is a Map entry.
import type { z } from 'zod';
import type { BusMessage } from '../../infra/ports/bus.ts';
import type { StepResult } from '../../pipelines/step-result.ts';
import { decodeMessage } from './decode-message.ts';

/**
 * Results kept per schema. The consumers of a topic stay close to its head (each takes a batch of
 * at most 500 as soon as it is written); one that falls further behind decodes for itself.
 */
export const SHARED_DECODE_MAX = 2_048;

interface Entry {
  bytes: Buffer;
  result: StepResult<unknown>;
}

const memo = new WeakMap<z.ZodType, Map<string, Entry>>();
const stats = { hits: 0, misses: 0 };

/** Hits and misses since the process started (tests, diagnostics). */
export function sharedDecodeStats(): { hits: number; misses: number } {
  return { ...stats };
}

/**
 * decodeMessage(schema, msg.value), computed once per (topic, partition, offset) and schema. The
 * bytes are compared too, so two logs (two data dirs in one process, a test's fresh bus) whose
 * offsets coincide never share a result: only identical bytes give the cached value.
 */
export function decodeShared<S extends z.ZodType>(schema: S, msg: BusMessage): StepResult<z.infer<S>> {
  let cache = memo.get(schema);
  if (!cache) memo.set(schema, (cache = new Map()));
  const key = `${msg.topic}\u0000${msg.partition}\u0000${msg.offset}`;
  const hit = cache.get(key);
  if (hit && hit.bytes.equals(msg.value)) {
    stats.hits++;
    return hit.result as StepResult<z.infer<S>>;
  }
  stats.misses++;
  const result = decodeMessage(schema, msg.value);
  deepFreeze(result);
  if (hit) cache.delete(key);
  else if (cache.size >= SHARED_DECODE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, { bytes: msg.value, result });
  return result;
}

/** Freezes every object and array reachable from `root` (zod's output: plain data, no cycles). */
function deepFreeze(root: unknown): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) continue;
    Object.freeze(v);
    if (Array.isArray(v)) {
      for (const e of v) if (e !== null && typeof e === 'object') stack.push(e);
    } else {
      for (const k in v) {
        const e = (v as Record<string, unknown>)[k];
        if (e !== null && typeof e === 'object') stack.push(e);
      }
    }
  }
}
