// Cases service: rs.items.enriched -> per-pair evidence and per-pair case state in the store ->
// cases -> rs.cases. A pair's case is updated from its bounded state, not by re-reading all of its
// evidence (docs/decisions/0028). Evidence documents are keyed by pair and item, so a redelivered
// batch rewrites the same documents and republishes the same cases: at-least-once delivery never
// doubles a case.
// A new version of an item takes back the evidence the old one gave for pairs it no longer supports
// and rebuilds those pairs' cases; an older version arriving late is ignored (docs/decisions/0012).
import type { Bus, BusMessage } from '../../infra/ports/bus.ts';
import type { Store, StoreWrite, UpsertDoc } from '../../infra/ports/store.ts';
import { compareVersions } from '../../infra/ports/version-order.ts';
import type { Logger } from '../../infra/log/logger.ts';
import { enrichedItemSchema, type EnrichedItem } from '../../pipelines/contracts/enriched-item.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import type { FirmCatalogue } from '../../pipelines/firms/catalogue.ts';
import { evidenceFromItem, parseStoredEvidence, type ItemEvidence } from '../../pipelines/cases/item-evidence.ts';
import { formatIssues, PipelineError } from '../../pipelines/step-result.ts';
import { buildCase } from '../../pipelines/cases/build-case.ts';
import { caseWithoutEvidence } from '../../pipelines/cases/case-without-evidence.ts';
import { chooseDelivery, ITEM_VERSION_DOC_TYPE, itemVersionDocSchema, planItemChange, type ItemVersionDoc, type StoredItemState } from '../../pipelines/cases/item-version.ts';
import type { ScoringConfig } from '../../pipelines/cases/scoring-config.ts';
import { decodeShared } from '../runtime/shared-decode.ts';
import { deadLetterFor } from '../runtime/dead-letter.ts';
import { GROUPS } from '../runtime/consumer-groups.ts';
import { consumingService } from '../runtime/consuming-service.ts';
import { rulesStamp } from '../../pipelines/cases/rules-stamp.ts';
import { rebuildCases } from './rebuild-cases.ts';
import type { Case } from '../../pipelines/contracts/case.ts';
import { addToState, canAddOutOfOrder, caseFromState, evidenceContentHash, stateFromEvidence } from '../../pipelines/cases/case-state.ts';
import { caseStateDoc, loadCaseStates, type PendingEvidence, type StoredCaseState } from './case-state-store.ts';

export interface CasesServiceDeps {
  bus: Bus;
  store: Store;
  catalogue: FirmCatalogue;
  scoring: ScoringConfig;
  log: Logger;
  now?: () => Date;
}

function parseVersionDoc(id: string, doc: unknown): ItemVersionDoc {
  const parsed = itemVersionDocSchema.safeParse(doc);
  if (!parsed.success) throw new PipelineError(`item version document ${id} is invalid: ${formatIssues(parsed.error.issues)}`, { retriable: false });
  return parsed.data;
}


/**
 * Ids per lookup (stored item state, pending evidence, evidence counts): one request per 1,000, so a
 * 2,000-item batch on Kafka makes two item-state searches, not twenty (issue 9, decision 0036).
 */
const LOOKUP_CHUNK = 1_000;

export function createCasesService(deps: CasesServiceDeps) {
  const now = deps.now ?? (() => new Date());

  /** Every evidence document of these items, paged (Store.scan has no result window). */
  async function searchItems(itemIds: string[]): Promise<Array<{ id: string; doc: Record<string, unknown> }>> {
    const out = [];
    for await (const h of deps.store.scan('evidence', { filters: { itemId: itemIds } })) out.push(h);
    return out;
  }

  /** What the store holds for each item: the version applied and every evidence document. */
  async function storedState(itemIds: string[]): Promise<Map<string, StoredItemState>> {
    const state = new Map<string, StoredItemState>(itemIds.map((id) => [id, { version: null, evidence: [] }]));
    for (let i = 0; i < itemIds.length; i += LOOKUP_CHUNK) {
      for (const h of await searchItems(itemIds.slice(i, i + LOOKUP_CHUNK))) {
        const entry = state.get(String(h.doc.itemId));
        if (!entry) continue;
        if (h.doc.docType === ITEM_VERSION_DOC_TYPE) entry.version = parseVersionDoc(h.id, h.doc);
        else entry.evidence.push(parseStoredEvidence(h.id, h.doc));
      }
    }
    return state;
  }

  async function handle(batch: BusMessage[]) {
    const dead: DeadLetter[] = [];
    // Every delivery of each item, in arrival order: chooseDelivery folds them as the store does.
    const deliveries = new Map<string, EnrichedItem[]>();
    for (const msg of batch) {
      const decoded = decodeShared(enrichedItemSchema, msg, 'cases');
      if (decoded.tag !== 'ok') {
        dead.push(deadLetterFor(msg, 'cases', decoded.reason));
        continue;
      }
      const list = deliveries.get(decoded.value.id) ?? [];
      list.push(decoded.value);
      deliveries.set(decoded.value.id, list);
    }
    if (deliveries.size === 0) return { produced: 0, dead };

    const stored = await storedState([...deliveries.keys()]);
    const writes: UpsertDoc[] = [];
    const removed: ItemEvidence[] = [];
    const pairs = new Set<string>();
    // Per pair: evidence not in the store before this batch (to add to the pair's state), and pairs
    // whose stored evidence changes or goes (a bounded state cannot take an item back: rebuilt).
    const added = new Map<string, ItemEvidence[]>();
    const changed = new Set<string>();
    for (const [itemId, items] of deliveries) {
      const state = stored.get(itemId)!;
      const chosen = chooseDelivery(items, state.version, compareVersions);
      if (!chosen) {
        for (const item of items) deps.log.info({ item: itemId, sha256: item.evidence.sha256, collectedAt: item.collectedAt }, 'older version of an item arrived after a newer one: its evidence is not used');
        continue;
      }
      const change = planItemChange(chosen, evidenceFromItem(chosen.item), state);
      for (const e of change.evidence) {
        writes.push({ id: e.id, doc: { ...e } });
        const before = state.evidence.find((s) => s.id === e.id);
        // The same content again (a redelivery) is already in the state: the state is written first.
        if (!before) {
          const list = added.get(e.pairKey) ?? [];
          list.push(e);
          added.set(e.pairKey, list);
        } else if (evidenceContentHash(before) !== evidenceContentHash(e)) changed.add(e.pairKey);
      }
      writes.push({ id: change.version.id, doc: { ...change.version } });
      removed.push(...change.removed);
      for (const r of change.removed) changed.add(r.pairKey);
      for (const p of change.pairs) pairs.add(p);
    }
    const sortedPairs = [...pairs].sort();
    const plan = await planStates(sortedPairs, added, changed);

    // The states first, then the evidence: evidence in the store is always counted by its pair's
    // state (or the pair has no usable state), which is what lets a redelivery be a no-op. One
    // Store.write: one commit on SQLite (all or nothing), the same calls in order on Elasticsearch.
    const steps: StoreWrite[] = [];
    if (plan.states.length) steps.push({ upsert: 'case_state', docs: plan.states.map(caseStateDoc) });
    if (plan.rebuild.length) steps.push({ delete: 'case_state', ids: plan.rebuild });
    // Write before delete: a crash in between redelivers the batch, and the same version is applied again in full.
    if (writes.length) steps.push({ upsert: 'evidence', docs: writes });
    if (removed.length) steps.push({ delete: 'evidence', ids: removed.map((e) => e.id) });
    if (steps.length) await deps.store.write(steps);
    if (writes.length || removed.length) await deps.store.refresh('evidence');

    const cases = new Map<string, Case>();
    const rebuild = [...plan.rebuild];
    // On Kafka several cases processes may apply two items of one pair at once, and one state
    // write lose the other's item; the pair's evidence count (all written and refreshed by now)
    // shows it, and the pair is rebuilt. Embedded runs have one cases consumer: no such race.
    // One terms aggregation for all of the batch's pairs, not a _count per pair (issue 9: a batch
    // touches dozens of pairs, and those round trips were a third of the stage's time).
    const counts = deps.bus.kind === 'kafka' ? await evidenceCounts(plan.states.map((s) => s.state.pairKey)) : null;
    for (const s of plan.states) {
      if (counts && (counts.get(s.state.pairKey) ?? 0) !== s.state.itemCount) rebuild.push(s.state.pairKey);
      else cases.set(s.state.pairKey, caseFromState(s.state, deps.scoring, deps.catalogue, now()));
    }
    const rebuilt: StoredCaseState[] = [];
    for (const pair of rebuild) {
      // All of the pair's evidence, however many items it has (Store.scan pages past any window).
      const evidence = [];
      for await (const h of deps.store.scan('evidence', { filters: { pairKey: pair } })) evidence.push(parseStoredEvidence(h.id, h.doc));
      const c = evidence.length
        ? buildCase(evidence, deps.scoring, deps.catalogue, now())
        : caseWithoutEvidence(removed.filter((e) => e.pairKey === pair), deps.catalogue, now());
      const state = stateFromEvidence(evidence, deps.scoring, deps.catalogue);
      if (state) rebuilt.push({ state, pending: [] });
      if (c) cases.set(pair, c);
    }
    if (rebuilt.length) await deps.store.upsert('case_state', rebuilt.map(caseStateDoc));
    // No refresh of case_state: states are read by id (loadCaseStates), which needs none.

    const out = sortedPairs.flatMap((p) => (cases.has(p) ? [{ key: p, value: JSON.stringify(cases.get(p)) }] : []));
    if (out.length) await deps.bus.publish(TOPICS.cases, out);
    return { produced: out.length, dead };
  }

  /**
   * Evidence documents per pair, for `pairs`. Exact: the filter leaves at most `pairs.length` terms
   * and the aggregation asks for all of them (terms counts are approximate only when a shard holds
   * more terms than it returns).
   */
  async function evidenceCounts(pairs: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (let i = 0; i < pairs.length; i += LOOKUP_CHUNK) {
      const chunk = pairs.slice(i, i + LOOKUP_CHUNK);
      for (const b of await deps.store.terms('evidence', { field: 'pairKey', filters: { pairKey: chunk }, size: chunk.length })) out.set(b.key, b.count);
    }
    return out;
  }

  /**
   * Which pairs take their new evidence into their stored state (in time independent of the pair's
   * size) and which are rebuilt from the store: no usable state (none yet, other rules, damaged),
   * stored evidence changed or withdrawn, or an addition the state cannot make exactly.
   */
  async function planStates(pairs: string[], added: Map<string, ItemEvidence[]>, changed: Set<string>): Promise<{ states: StoredCaseState[]; rebuild: string[] }> {
    const loaded = await loadCaseStates(deps.store, pairs.filter((p) => !changed.has(p)), rulesStamp(deps.scoring, deps.catalogue), deps.log);
    // Evidence earlier batches left pending, not met again in this one: did its write land?
    const inBatch = new Set([...added.values()].flat().map((e) => e.id));
    const earlier = [...loaded.values()].flatMap((s) => s.pending.filter((p) => !inBatch.has(p.id)).map((p) => p.id));
    // By id, so a write not yet refreshed counts as landed (it has; a search would miss it).
    const landed = new Map<string, string>();
    for (const [id, doc] of await deps.store.getMany('evidence', earlier)) landed.set(id, evidenceContentHash(parseStoredEvidence(id, doc)));
    const states: StoredCaseState[] = [];
    const rebuild: string[] = [];
    for (const pair of pairs) {
      const stored = loaded.get(pair);
      const next = stored && !changed.has(pair) ? nextState(stored, added.get(pair) ?? [], inBatch, landed) : null;
      if (next) states.push(next);
      else rebuild.push(pair);
    }
    return { states, rebuild };
  }

  /** The pair's state with this batch's new evidence, or null when only a rebuild is exact. */
  function nextState(stored: StoredCaseState, added: ItemEvidence[], inBatch: Set<string>, landed: Map<string, string>): StoredCaseState | null {
    // Updated in place, not cloned: `stored` was parsed for this batch alone, and a pair whose
    // update fails half-way (null) is rebuilt from the store, never from it.
    const state = stored.state;
    const pending: PendingEvidence[] = [];
    for (const p of stored.pending) {
      if (inBatch.has(p.id)) continue; // met below
      const hash = landed.get(p.id);
      if (hash === undefined) pending.push(p); // not written yet: its batch will be redelivered
      else if (hash !== p.hash) return null; // the store holds other content than the state counted
    }
    const pendingBefore = new Map(stored.pending.map((p) => [p.id, p.hash]));
    for (const e of added) {
      const hash = evidenceContentHash(e);
      const counted = pendingBefore.get(e.id);
      // Counted by a state write whose evidence write never happened (a crash): count it once only.
      if (counted === undefined) {
        if (!canAddOutOfOrder(state, e)) return null;
        addToState(state, e, deps.scoring);
      } else if (counted !== hash) return null;
      pending.push({ id: e.id, hash });
    }
    return { state, pending };
  }

  // On Kafka each batch costs a dozen Elasticsearch round trips (reads, writes, two refreshes,
  // counts) whatever its size, so larger batches are cheaper per item: 2,000 let the stage keep up
  // with two enrich workers in bench:engines (docs/decisions/0036). The embedded bus adapts its batch
  // size below this cap by time (0011) and keeps the old cap.
  const maxBatch = deps.bus.kind === 'kafka' ? 2_000 : 500;
  const service = consumingService('cases', deps.bus, deps.log, [{ ...GROUPS.cases, maxBatch, handle }]);
  const startConsuming = service.start;
  service.start = async () => {
    await rebuildIfRulesChanged(deps);
    await startConsuming();
  };
  return service;
}

/**
 * Cases scored under other rules (another config/scoring.json or firm catalogue) are rebuilt from
 * their evidence before new items are taken, so old and new cases never mix two scorings. Every
 * cases process checks at start; two doing the same rebuild publish the same cases (idempotent).
 */
async function rebuildIfRulesChanged(deps: CasesServiceDeps): Promise<void> {
  const stamp = rulesStamp(deps.scoring, deps.catalogue);
  await deps.store.refresh('cases');
  const stale = (await deps.store.terms('cases', { field: 'scoring.hash', size: 100 })).filter((b) => b.key !== stamp.hash);
  if (!stale.length) return;
  deps.log.warn({ now: stamp.hash, before: stale.map((b) => `${b.key} (${b.count} cases)`) }, 'scoring rules or firm catalogue changed since the cases were scored: rebuilding every case');
  const r = await rebuildCases({ bus: deps.bus, store: deps.store, catalogue: deps.catalogue, scoring: deps.scoring, now: deps.now });
  deps.log.warn({ cases: r.pairs, evidence: r.evidence }, 'cases rebuilt under the current rules');
}
