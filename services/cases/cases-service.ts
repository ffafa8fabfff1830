// Cases service: rs.items.enriched -> per-pair evidence in the store -> rebuilt cases -> rs.cases.
// Evidence documents are keyed by pair and item, so a redelivered batch rewrites the same
// documents and republishes the same cases: at-least-once delivery never doubles a case.
import type { Bus, BusMessage } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';
import type { Logger } from '../../infra/log/logger.ts';
import { enrichedItemSchema } from '../../pipelines/contracts/enriched-item.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import type { FirmCatalogue } from '../../pipelines/firms/catalogue.ts';
import { evidenceFromItem, itemEvidenceSchema, type ItemEvidence } from '../../pipelines/cases/item-evidence.ts';
import { formatIssues, PipelineError } from '../../pipelines/step-result.ts';
import { buildCase } from '../../pipelines/cases/build-case.ts';
import type { ScoringConfig } from '../../pipelines/cases/scoring-config.ts';
import { decodeMessage } from '../runtime/decode-message.ts';
import { deadLetterFor } from '../runtime/dead-letter.ts';
import { GROUPS } from '../runtime/consumer-groups.ts';
import { consumingService } from '../runtime/consuming-service.ts';

export interface CasesServiceDeps {
  bus: Bus;
  store: Store;
  catalogue: FirmCatalogue;
  scoring: ScoringConfig;
  log: Logger;
  now?: () => Date;
}

function parseEvidence(id: string, doc: unknown): ItemEvidence {
  const parsed = itemEvidenceSchema.safeParse(doc);
  // Not retriable: the batch stays uncommitted and the error (with the document id) shows in logs and lag.
  if (!parsed.success) throw new PipelineError(`evidence document ${id} is invalid: ${formatIssues(parsed.error.issues)}`, { retriable: false });
  return parsed.data;
}

/** Most evidence documents read back per pair; far above any real pair (one per item). */
const MAX_EVIDENCE = 10_000;

export function createCasesService(deps: CasesServiceDeps) {
  const now = deps.now ?? (() => new Date());

  async function handle(batch: BusMessage[]) {
    const dead: DeadLetter[] = [];
    const evidence: ItemEvidence[] = [];
    for (const msg of batch) {
      const decoded = decodeMessage(enrichedItemSchema, msg.value);
      if (decoded.tag !== 'ok') dead.push(deadLetterFor(msg, 'cases', decoded.reason));
      else evidence.push(...evidenceFromItem(decoded.value));
    }
    if (evidence.length) {
      await deps.store.upsert('evidence', evidence.map((e) => ({ id: e.id, doc: { ...e } })));
      await deps.store.refresh('evidence');
    }
    const pairs = [...new Set(evidence.map((e) => e.pairKey))].sort();
    const cases = [];
    for (const pair of pairs) {
      const res = await deps.store.search('evidence', { filters: { pairKey: pair }, size: MAX_EVIDENCE });
      // Known limit (Elasticsearch's result window): say so loudly rather than score part of a pair silently.
      if (res.total > res.hits.length) deps.log.warn({ pair, total: res.total, read: res.hits.length }, 'case built from part of its evidence: pair exceeds the evidence read limit');
      const c = buildCase(res.hits.map((h) => parseEvidence(h.id, h.doc)), deps.scoring, deps.catalogue, now());
      if (c) cases.push({ key: c.id, value: JSON.stringify(c) });
    }
    if (cases.length) await deps.bus.publish(TOPICS.cases, cases);
    return { produced: cases.length, dead };
  }

  return consumingService('cases', deps.bus, deps.log, [{ ...GROUPS.cases, maxBatch: 500, handle }]);
}
