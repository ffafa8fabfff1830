// The full rebuild of cases from all stored evidence, with today's scoring and catalogue: after a
// change to config/scoring.json or the firm register, and as the reference the incremental path is
// tested against. Cases go to rs.cases like any other, so the index service stores them and the
// alerts service sees escalations.
import type { Bus } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import type { FirmCatalogue } from '../../pipelines/firms/catalogue.ts';
import { parseStoredEvidence, type ItemEvidence } from '../../pipelines/cases/item-evidence.ts';
import { buildCase } from '../../pipelines/cases/build-case.ts';
import { ITEM_VERSION_DOC_TYPE } from '../../pipelines/cases/item-version.ts';
import type { ScoringConfig } from '../../pipelines/cases/scoring-config.ts';

export interface RebuildDeps {
  bus: Bus;
  store: Store;
  catalogue: FirmCatalogue;
  scoring: ScoringConfig;
  now?: () => Date;
  /** Called every 1,000 cases on a long rebuild. */
  onProgress?: (p: { pairs: number; evidence: number }) => void;
}

const PUBLISH_BATCH = 500;

/** Rebuilds every pair's case (or only `pair`'s); returns how many cases and evidence documents. */
export async function rebuildCases(deps: RebuildDeps, opts: { pair?: string } = {}): Promise<{ pairs: number; evidence: number }> {
  const now = deps.now ?? (() => new Date());
  await deps.store.refresh('evidence');
  let pairs = 0;
  let evidence = 0;
  let out: Array<{ key: string; value: string }> = [];
  let current: ItemEvidence[] = [];
  const flush = async (force: boolean) => {
    if (out.length && (force || out.length >= PUBLISH_BATCH)) {
      await deps.bus.publish(TOPICS.cases, out);
      out = [];
    }
  };
  const close = async () => {
    const c = buildCase(current, deps.scoring, deps.catalogue, now());
    current = [];
    if (!c) return;
    out.push({ key: c.id, value: JSON.stringify(c) });
    pairs++;
    if (pairs % 1000 === 0) deps.onProgress?.({ pairs, evidence });
    await flush(false);
  };
  // Sorted by pair, so one pair's evidence arrives together and only one pair is held in memory.
  const query = { filters: opts.pair ? { pairKey: opts.pair } : undefined, sort: [{ field: 'pairKey', order: 'asc' as const }] };
  for await (const h of deps.store.scan('evidence', query)) {
    if (h.doc.docType === ITEM_VERSION_DOC_TYPE) continue; // version bookkeeping, not evidence
    const ev = parseStoredEvidence(h.id, h.doc);
    if (current.length && current[0]!.pairKey !== ev.pairKey) await close();
    current.push(ev);
    evidence++;
  }
  if (current.length) await close();
  await flush(true);
  return { pairs, evidence };
}
