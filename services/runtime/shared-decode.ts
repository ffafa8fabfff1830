// One decode per message and process for topics that several in-process consumers read. In the
// embedded pipeline (`rsmon run`) index, cases and media each read every enriched item, and index
// and alerts every case: each decoded the same bytes (UTF-8, JSON.parse, zod) again, ~5% of a run's
// CPU (decision 0045). The first consumer to meet a message decodes and validates it at the topic
// boundary as before (decodeMessage); later ones with the same schema get the same result, also a
// refusal, which each still dead-letters under its own stage name.
//
// The value is shared, so it is deep-frozen: a consumer that mutated it would change what the others
// see, and in strict mode such a write throws instead (the batch is retried one by one and the
// message dead-lettered with the error, never silently altered). A Kafka service process (one
// consumer per topic) keeps nothing: a result is kept only while another consumer will ask for it.
import type { z } from 'zod';
import type { BusMessage } from '../../infra/ports/bus.ts';
import type { StepResult } from '../../pipelines/step-result.ts';
import { decodeMessage } from './decode-message.ts';

/**
 * Results kept per schema at most. An entry goes as soon as every other consumer of its topic took
 * it (in a 10k-item run the second consumer came at most ~570 decodes later); the cap only bounds
 * entries a consumer never comes for (it stopped, or fell far behind and decodes for itself).
 */
export const SHARED_DECODE_MAX = 2_048;

interface Entry {
  bytes: Buffer;
  result: StepResult<unknown>;
  /** Consumers still expected to ask for it. */
  readers: number;
}

interface SchemaMemo {
  /** The stages seen reading each topic with this schema: one alone (a Kafka service process) keeps nothing. */
  stages: Map<string, Set<string>>;
  entries: Map<string, Entry>;
}

const memo = new WeakMap<z.ZodType, SchemaMemo>();
const stats = { hits: 0, misses: 0 };

/** Hits and misses since the process started (tests, diagnostics). */
export function sharedDecodeStats(): { hits: number; misses: number } {
  return { ...stats };
}

/**
 * decodeMessage(schema, msg.value), computed once per (topic, partition, offset) and schema for all
 * of the process's consumers (`stage` names the one asking). The bytes are compared too, so two logs
 * (two data dirs in one process, a test's fresh bus) whose offsets coincide never share a result:
 * only identical bytes give the cached value.
 */
export function decodeShared<S extends z.ZodType>(schema: S, msg: BusMessage, stage: string): StepResult<z.infer<S>> {
  let m = memo.get(schema);
  if (!m) memo.set(schema, (m = { stages: new Map(), entries: new Map() }));
  let stages = m.stages.get(msg.topic);
  if (!stages) m.stages.set(msg.topic, (stages = new Set()));
  stages.add(stage);
  const key = `${msg.topic}\u0000${msg.partition}\u0000${msg.offset}`;
  const hit = m.entries.get(key);
  if (hit && hit.bytes.equals(msg.value)) {
    stats.hits++;
    if (--hit.readers <= 0) m.entries.delete(key);
    return hit.result as StepResult<z.infer<S>>;
  }
  stats.misses++;
  const result = decodeMessage(schema, msg.value);
  deepFreeze(result);
  if (hit) m.entries.delete(key);
  const others = stages.size - 1;
  if (others > 0) {
    if (m.entries.size >= SHARED_DECODE_MAX) m.entries.delete(m.entries.keys().next().value!);
    m.entries.set(key, { bytes: msg.value, result, readers: others });
  }
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
