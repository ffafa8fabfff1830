// Cases from enriched items, as the cases service builds them (evidence per person x firm, then
// buildCase), without a store: the harness needs no engines.
import { buildCase } from '../cases/build-case.ts';
import { evidenceFromItem, type ItemEvidence } from '../cases/item-evidence.ts';
import type { ScoringConfig } from '../cases/scoring-config.ts';
import type { Case } from '../contracts/case.ts';
import type { EnrichedItem } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';

const EVAL_NOW = new Date('2026-06-02T00:00:00.000Z');

/** pairKey (`person|firm`) -> case. */
export function casesOf(items: readonly EnrichedItem[], scoring: ScoringConfig, catalogue: FirmCatalogue): Map<string, Case> {
  const byPair = new Map<string, ItemEvidence[]>();
  for (const item of items) {
    for (const ev of evidenceFromItem(item)) {
      const list = byPair.get(ev.pairKey) ?? [];
      list.push(ev);
      byPair.set(ev.pairKey, list);
    }
  }
  const out = new Map<string, Case>();
  for (const [key, evidence] of byPair) {
    const c = buildCase(evidence, scoring, catalogue, EVAL_NOW);
    if (c) out.set(key, c);
  }
  return out;
}

export const LEVEL_RANK: Readonly<Record<string, number>> = { none: 0, low: 1, medium: 2, high: 3 };
