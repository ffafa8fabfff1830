// Topic boundary: bytes -> strict UTF-8 -> JSON -> zod. Every failure is a reason that names the field.
import type { z } from 'zod';
import { dlq, formatIssues, ok, type StepResult } from '../../pipelines/step-result.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeMessage<S extends z.ZodType>(schema: S, value: Buffer): StepResult<z.infer<S>> {
  let text: string;
  try {
    text = utf8.decode(value);
  } catch {
    return dlq('invalid UTF-8');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return dlq(`invalid JSON: ${(err as Error).message.slice(0, 200)}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return dlq(`schema: ${formatIssues(parsed.error.issues)}`);
  return ok(parsed.data);
}
