// What a platform mapper returns for one API page: an item or a refusal per record, each with a
// locator into the archived page, and the page's own notices (X's partial `errors`, withheld posts).
import { createHash } from 'node:crypto';
import type { NormalizedItem, NormalizedItemInput } from '../../pipelines/contracts/item.ts';
import { itemSchema } from '../../pipelines/contracts/item.ts';
import { dlq, formatIssues, ok, type StepResult } from '../../pipelines/step-result.ts';

export interface MappedRecord {
  /** JSON pointer (or HTML locator) of the record inside the archived page, e.g. "/data/3". */
  pointer: string;
  /** The record's own raw bytes as we read them from the page (for the dead letter and its hash). */
  raw: Buffer;
  result: StepResult<NormalizedItem>;
}

export interface MappedPage {
  records: MappedRecord[];
  /** Things the platform told us about records it did not return (deleted, withheld, suspended). */
  notices: string[];
}

/** Context every mapper needs: when, from what query, and which archived page the records come from. */
export interface PageContext {
  collectedAt: string;
  /** Name of the collection and the query that produced the page (source.query). */
  query: string | null;
  /** SHA-256 of the archived page bytes: rawRef points there. */
  pageSha256: string;
}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The evidence of one record: the hash of its own raw JSON (stable when the same post comes back in
 * another page, so a re-collection is not mistaken for a new version) and a reference to the
 * archived page and the record's place in it, which `rsmon evidence verify` re-reads and re-hashes.
 */
export function recordEvidence(ctx: PageContext, pointer: string, raw: Buffer): { sha256: string; rawRef: string } {
  return { sha256: sha256Hex(raw), rawRef: `archive:${ctx.pageSha256}#${pointer}` };
}

/** Holds a mapped candidate to the item contract; the reason names the record and the field. */
export function toRecord(pointer: string, raw: Buffer, candidate: NormalizedItemInput | { error: string }): MappedRecord {
  if ('error' in candidate) return { pointer, raw, result: dlq(`${pointer}: ${candidate.error}`) };
  const parsed = itemSchema.safeParse(candidate);
  return {
    pointer,
    raw,
    result: parsed.success ? ok(parsed.data) : dlq(`${pointer}: invalid item: ${formatIssues(parsed.error.issues)}`),
  };
}
