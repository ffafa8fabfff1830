// Topic specs come from one file in infra/ so the embedded log, Kafka and docker-compose agree.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { TopicSpec } from '../../infra/ports/bus.ts';

const specFile = fileURLToPath(new URL('../../infra/kafka/topics.json', import.meta.url));
const schema = z.object({
  topics: z.array(z.object({ name: z.string(), partitions: z.number().int().min(1), retentionMs: z.number().int() })),
});

function load(): TopicSpec[] {
  try {
    return schema.parse(JSON.parse(readFileSync(specFile, 'utf8'))).topics;
  } catch (err) {
    throw new Error(`topic spec ${specFile}: ${(err as Error).message}`);
  }
}

export const TOPIC_SPECS: TopicSpec[] = load();
