// Reading and writing the per-pair case state (pipelines/cases/case-state.ts) in the store's
// case_state index: one document per pair, the state kept as JSON text (never searched, validated
// with zod when read back; its form: case-state-text.ts). `pending` lists the evidence the state already counts but whose evidence
// document may not be in the store yet: the state is written before the evidence, so a crash in
// between is found on redelivery instead of counting the item twice (docs/decisions/0028).
import { z } from 'zod';
import type { Store, UpsertDoc } from '../../infra/ports/store.ts';
import type { Logger } from '../../infra/log/logger.ts';
import { CASE_STATE_FORMAT } from '../../pipelines/cases/case-state.ts';
import type { RulesStamp } from '../../pipelines/cases/rules-stamp.ts';
import { parseStateText, stateText, type StoredCaseState } from './case-state-text.ts';

export type { PendingEvidence, StoredCaseState } from './case-state-text.ts';

const stateDocSchema = z.object({ pairKey: z.string(), format: z.number(), scoringHash: z.string(), state: z.string() });

/**
 * The usable state of each pair. Absent: no state, one of another format or scored under other
 * rules, or a damaged document; each of those is rebuilt from the pair's evidence by the caller.
 * Read by id (a state's id is its pair key): on Elasticsearch a realtime mget sees the previous
 * batch's write without a refresh of case_state, which a search needed once per batch (0047).
 */
export async function loadCaseStates(store: Store, pairs: string[], stamp: RulesStamp, log: Logger): Promise<Map<string, StoredCaseState>> {
  const out = new Map<string, StoredCaseState>();
  for (const [id, raw] of await store.getMany('case_state', pairs)) {
    const doc = stateDocSchema.safeParse(raw);
    if (!doc.success || doc.data.pairKey !== id || doc.data.format !== CASE_STATE_FORMAT || doc.data.scoringHash !== stamp.hash) continue;
    const stored = parseStateText(doc.data.state);
    // A damaged state is no evidence: the pair's case is rebuilt from the evidence, never lost.
    if (!stored) {
      log.warn({ pair: id }, 'case state document is invalid: rebuilding the pair from its evidence');
      continue;
    }
    out.set(id, stored);
  }
  return out;
}

export function caseStateDoc(s: StoredCaseState): UpsertDoc {
  const { state } = s;
  return {
    id: state.pairKey,
    doc: { id: state.pairKey, pairKey: state.pairKey, format: CASE_STATE_FORMAT, scoringHash: state.scoring.hash, state: stateText(s) },
  };
}
