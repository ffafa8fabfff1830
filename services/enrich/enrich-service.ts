// Enrich service: rs.items.raw -> enrichment -> rs.items.enriched; bad input -> rs.dlq.
import type { Bus, BusMessage, OutgoingMessage } from '../../infra/ports/bus.ts';
import type { Logger } from '../../infra/log/logger.ts';
import { itemSchema } from '../../pipelines/contracts/item.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import type { Enricher } from '../../pipelines/enrich/create-enricher.ts';
import type { ExpandLinks } from '../../pipelines/enrich/link-expansion.ts';
import { decodeMessage } from '../runtime/decode-message.ts';
import { deadLetterFor } from '../runtime/dead-letter.ts';
import { GROUPS } from '../runtime/consumer-groups.ts';
import { consumingService } from '../runtime/consuming-service.ts';

export interface EnrichServiceDeps {
  bus: Bus;
  enrich: Enricher;
  /** Shortener expansion, only when LINK_EXPANSION is on. */
  expandLinks?: ExpandLinks;
  log: Logger;
  maxBatch?: number;
}

export function createEnrichService(deps: EnrichServiceDeps) {
  async function handle(batch: BusMessage[]) {
    const out: OutgoingMessage[] = [];
    const dead: DeadLetter[] = [];
    for (const msg of batch) {
      const decoded = decodeMessage(itemSchema, msg.value);
      if (decoded.tag !== 'ok') {
        dead.push(deadLetterFor(msg, 'enrich', decoded.reason));
        continue;
      }
      try {
        const links = deps.expandLinks ? await deps.expandLinks(decoded.value) : undefined;
        const enriched = deps.enrich(decoded.value, links);
        out.push({ key: enriched.id, value: JSON.stringify(enriched) });
      } catch (err) {
        // A detector that throws on some input is a bug; the item is kept in the DLQ for replay after the fix.
        dead.push(deadLetterFor(msg, 'enrich', `enrichment failed: ${(err as Error).message}`));
      }
    }
    if (out.length) await deps.bus.publish(TOPICS.enriched, out);
    return { produced: out.length, dead };
  }
  return consumingService('enrich', deps.bus, deps.log, [{ ...GROUPS.enrich, maxBatch: deps.maxBatch ?? 200, handle }]);
}
