// Loads infra/kafka/topics.json, the one place partitions and retention are decided, and checks it
// against the topic contract so a typo cannot create a stray topic.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import { formatIssues } from '../../pipelines/step-result.ts';
import type { TopicSpec } from '../ports/bus.ts';

export const TOPICS_FILE = fileURLToPath(new URL('../kafka/topics.json', import.meta.url));

const specSchema = z.object({
  topics: z
    .array(
      z.object({
        name: z.string().min(1),
        partitions: z.number().int().min(1).max(1_000),
        // -1 is Kafka's "keep forever".
        retentionMs: z.number().int().min(-1),
      }),
    )
    .min(1),
});

export function loadTopicSpecs(file: string = TOPICS_FILE): TopicSpec[] {
  const parsed = specSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${formatIssues(parsed.error.issues)}`);
  const known = new Set<string>(Object.values(TOPICS));
  const names = parsed.data.topics.map((t) => t.name);
  const unknown = names.filter((n) => !known.has(n));
  const missing = [...known].filter((n) => !names.includes(n));
  if (unknown.length || missing.length) {
    throw new Error(`${file}: topics must match pipelines/contracts/topics.ts (unknown: ${unknown.join(', ') || '-'}; missing: ${missing.join(', ') || '-'})`);
  }
  return parsed.data.topics;
}
