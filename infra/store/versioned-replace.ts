// The rule behind Store.replace, one pure function both adapters fold over their stored document, so
// SQLite and Elasticsearch agree document for document (docs/decisions/0012).
//
// - No stored document: created, `versions: [v]`.
// - Same SHA-256 as the current version: `same`. The content is rewritten from the delivery (a
//   redelivery writes identical content; a re-enrichment of the same bytes updates derived fields);
//   the history is unchanged (no new version).
// - Newer (compareVersions): `replaced`. The whole document is the new one (fields absent from it are
//   gone) except the writer's `preserve` fields; the old current entry gets `replacedAt`.
// - Older: `stale`. The content stays; the version joins the history in order (with `replacedAt`: it
//   was superseded on arrival) unless its hash is already there, so a replay changes nothing.
// A stored document without a readable history (written before versions existed) is replaced.
import { z } from 'zod';
import type { Doc, ReplaceOptions, ReplaceOutcome, VersionEntry, VersionedDoc } from '../ports/store.ts';
import { compareVersions } from '../ports/version-order.ts';

/**
 * Most history entries kept per document. Items are edited a handful of times; a source that
 * rewrites one post on every poll must not grow it without bound. Beyond the cap the first capture
 * (the original evidence) and the newest MAX_VERSIONS - 1 are kept; `versionsOmitted` counts the rest.
 */
export const MAX_VERSIONS = 50;

const historySchema = z.array(
  z.object({ sha256: z.string(), collectedAt: z.string(), replacedAt: z.string().optional() }),
).min(1);

export interface Applied {
  outcome: ReplaceOutcome;
  /** The document as it must be stored afterwards. */
  doc: Doc;
  /** False when `doc` is the stored document unchanged: nothing to write. */
  changed: boolean;
}

function cap(versions: VersionEntry[], omitted: number): { versions: VersionEntry[]; omitted: number } {
  if (versions.length <= MAX_VERSIONS) return { versions, omitted };
  const drop = versions.length - MAX_VERSIONS;
  return { versions: [versions[0]!, ...versions.slice(drop + 1)], omitted: omitted + drop };
}

function withHistory(body: Doc, versions: VersionEntry[], omitted: number): Doc {
  const capped = cap(versions, omitted);
  const out: Doc = { ...body, versions: capped.versions };
  if (capped.omitted > 0) out.versionsOmitted = capped.omitted;
  return out;
}

export function applyVersion(existing: Doc | null, incoming: VersionedDoc, options: ReplaceOptions, now: string): Applied {
  const v: VersionEntry = { sha256: incoming.version.sha256, collectedAt: incoming.version.collectedAt };
  // The history is the store's: whatever a delivery carries under these names is not taken.
  const { versions: _v, versionsOmitted: _o, ...body } = incoming.doc;
  if (!existing) return { outcome: 'created', doc: withHistory(body, [v], 0), changed: true };

  const history = historySchema.safeParse(existing.versions);
  const omitted = typeof existing.versionsOmitted === 'number' ? existing.versionsOmitted : 0;
  const kept: Doc = {};
  for (const f of options.preserve ?? []) if (existing[f] !== undefined) kept[f] = existing[f];
  const rewrite = (outcome: ReplaceOutcome, versions: VersionEntry[]): Applied => {
    const doc = withHistory({ ...body, ...kept }, versions, omitted);
    return { outcome, doc, changed: JSON.stringify(doc) !== JSON.stringify(existing) };
  };
  if (!history.success) return rewrite('replaced', [v]);

  const versions = history.data;
  const current = versions[versions.length - 1]!;
  if (current.sha256 === v.sha256) return rewrite('same', versions);
  if (compareVersions(v, current) > 0) return rewrite('replaced', [...versions.slice(0, -1), { ...current, replacedAt: now }, v]);

  if (versions.some((e) => e.sha256 === v.sha256)) return { outcome: 'stale', doc: existing, changed: false };
  const at = versions.findIndex((e) => compareVersions(v, e) < 0);
  const merged = [...versions.slice(0, at), { ...v, replacedAt: now }, ...versions.slice(at)];
  const capped = cap(merged, omitted);
  const doc: Doc = { ...existing, versions: capped.versions };
  if (capped.omitted > 0) doc.versionsOmitted = capped.omitted;
  return { outcome: 'stale', doc, changed: true };
}
