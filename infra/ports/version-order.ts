// The order of two versions of one document, the rule Store.replace promises and the cases stage
// applies to item evidence, so the items index and the cases always agree on which version is current.
import type { DocVersion } from './store.ts';

/**
 * Negative when `a` is older than `b`. Later capture time (by time value, not by string: offsets
 * differ) wins; equal times are broken by the SHA-256, compared as plain hex, so every store and
 * process picks the same winner whatever the arrival order. A capture time that does not parse
 * sorts before any that does (only the item schema's own check stands between us and such a value).
 */
export function compareVersions(a: DocVersion, b: DocVersion): number {
  const ta = Date.parse(a.collectedAt);
  const tb = Date.parse(b.collectedAt);
  const na = Number.isNaN(ta);
  const nb = Number.isNaN(tb);
  if (na !== nb) return na ? -1 : 1;
  if (na && nb && a.collectedAt !== b.collectedAt) return a.collectedAt < b.collectedAt ? -1 : 1;
  if (!na && ta !== tb) return ta < tb ? -1 : 1;
  if (a.sha256 === b.sha256) return 0;
  return a.sha256 < b.sha256 ? -1 : 1;
}
