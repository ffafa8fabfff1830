// Last step of every importer: fill the two fields an export cannot know (when we collected it, and
// the hash of the bytes we received), then hold the record to the NormalizedItem contract.
import { createHash } from 'node:crypto';
import { itemSchema, type NormalizedItem } from '../../pipelines/contracts/item.ts';
import { dlq, formatIssues, ok, type StepResult } from '../../pipelines/step-result.ts';

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Fills collectedAt (now) and evidence.sha256 (of the raw record bytes) when absent, and validates.
 * Nothing else is guessed: a missing platform or id is named in the reason, not inferred.
 */
export function finishItem(
  value: unknown,
  raw: Buffer,
  now: Date,
  rawRef?: string,
  /** Renames a field path in reasons, e.g. to add the CSV column it came from. */
  label?: (path: string) => string,
): StepResult<NormalizedItem> {
  let candidate = value;
  if (isPlainObject(value)) {
    const filled: Record<string, unknown> = { ...value };
    if (filled.collectedAt === undefined) filled.collectedAt = now.toISOString();
    if (filled.evidence === undefined) filled.evidence = { sha256: sha256Hex(raw), rawRef: rawRef ?? null };
    else if (isPlainObject(filled.evidence) && filled.evidence.sha256 === undefined) filled.evidence = { ...filled.evidence, sha256: sha256Hex(raw) };
    candidate = filled;
  }
  const parsed = itemSchema.safeParse(candidate);
  if (!parsed.success) {
    const issues = label
      ? parsed.error.issues.map((i) => ({ message: i.message, path: i.path.length ? [label(i.path.map(String).join('.'))] : [] }))
      : parsed.error.issues;
    return dlq(`invalid item: ${formatIssues(issues)}`);
  }
  return ok(parsed.data);
}
