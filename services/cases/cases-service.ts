// Cases service: rs.items.enriched -> per-pair evidence in the store -> rebuilt cases -> rs.cases.
// Evidence documents are keyed by pair and item, so a redelivered batch rewrites the same
// documents and republishes the same cases: at-least-once delivery never doubles a case.
// A new version of an item takes back the evidence the old one gave for pairs it no longer supports
// and rebuilds those pairs' cases; an older version arriving late is ignored (docs/decisions/0012).
import type { Bus, BusMessage } from '../../infra/ports/bus.ts';
import type { Store, UpsertDoc } from '../../infra/ports/store.ts';
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
import { decodeMessage } from '../runtime/decode-message.ts';
import { deadLetterFor } from '../runtime/dead-letter.ts';
import { GROUPS } from '../runtime/consumer-groups.ts';
import { consumingService } from '../runtime/consuming-service.ts';
import { rulesStamp } from '../../pipelines/cases/rules-stamp.ts';
import { rebuildCases } from './rebuild-cases.ts';

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


/** Item ids per lookup of stored item state. */
const LOOKUP_CHUNK = 100;

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
      const decoded = decodeMessage(enrichedItemSchema, msg.value);
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
    for (const [itemId, items] of deliveries) {
      const state = stored.get(itemId)!;
      const chosen = chooseDelivery(items, state.version, compareVersions);
      if (!chosen) {
        for (const item of items) deps.log.info({ item: itemId, sha256: item.evidence.sha256, collectedAt: item.collectedAt }, 'older version of an item arrived after a newer one: its evidence is not used');
        continue;
      }
      const change = planItemChange(chosen, evidenceFromItem(chosen.item), state);
      for (const e of change.evidence) writes.push({ id: e.id, doc: { ...e } });
      writes.push({ id: change.version.id, doc: { ...change.version } });
      removed.push(...change.removed);
      for (const p of change.pairs) pairs.add(p);
    }
    // Write before delete: a crash in between redelivers the batch, and the same version is applied again in full.
    if (writes.length) await deps.store.upsert('evidence', writes);
    if (removed.length) await deps.store.delete('evidence', removed.map((e) => e.id));
    if (writes.length || removed.length) await deps.store.refresh('evidence');

    const cases = [];
    for (const pair of [...pairs].sort()) {
      // All of the pair's evidence, however many items it has (Store.scan pages past any window).
      const evidence = [];
      for await (const h of deps.store.scan('evidence', { filters: { pairKey: pair } })) evidence.push(parseStoredEvidence(h.id, h.doc));
      const c = evidence.length
        ? buildCase(evidence, deps.scoring, deps.catalogue, now())
        : caseWithoutEvidence(removed.filter((e) => e.pairKey === pair), deps.catalogue, now());
      if (c) cases.push({ key: c.id, value: JSON.stringify(c) });
    }
    if (cases.length) await deps.bus.publish(TOPICS.cases, cases);
    return { produced: cases.length, dead };
  }

  const service = consumingService('cases', deps.bus, deps.log, [{ ...GROUPS.cases, maxBatch: 500, handle }]);
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
