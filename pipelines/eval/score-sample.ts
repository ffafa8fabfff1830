// The bundled sample's ground truth (connectors/sample/ground-truth.json), scored as the e2e test does:
// soliciting pairs at or above their level, decoys at or below theirs, precision over everything
// flagged medium or high. The sample was written beside the detectors: it is a development set only.
import { z } from 'zod';
import type { ScoringConfig } from '../cases/scoring-config.ts';
import type { NormalizedItem } from '../contracts/item.ts';
import type { Enricher } from '../enrich/create-enricher.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { casesOf, LEVEL_RANK } from './build-cases.ts';

export const groundTruthSchema = z.object({
  pairs: z.array(
    z.object({
      person: z.string(),
      firm: z.string(),
      expected: z.enum(['soliciting', 'decoy']),
      minLevel: z.string().optional(),
      maxLevel: z.string().optional(),
      indicators: z.array(z.string()),
    }),
  ),
});
export type GroundTruthFile = z.infer<typeof groundTruthSchema>;

export interface SampleScore {
  soliciting: number;
  decoys: number;
  found: number;
  flagged: number;
  falsePositives: string[];
  missed: string[];
  decoysTooHigh: string[];
  missingIndicators: string[];
  precision: number | null;
  recall: number | null;
}

export function scoreSample(items: readonly NormalizedItem[], truth: GroundTruthFile, deps: { enrich: Enricher; scoring: ScoringConfig; catalogue: FirmCatalogue }): SampleScore {
  const cases = casesOf(items.map((i) => deps.enrich(i)), deps.scoring, deps.catalogue);
  const soliciting = truth.pairs.filter((t) => t.expected === 'soliciting');
  const decoys = truth.pairs.filter((t) => t.expected === 'decoy');
  const missed: string[] = [];
  const missingIndicators: string[] = [];
  let found = 0;
  for (const t of soliciting) {
    const c = cases.get(`${t.person}|${t.firm}`);
    if (!c || LEVEL_RANK[c.level]! < LEVEL_RANK[t.minLevel ?? 'medium']!) {
      missed.push(`${t.person} x ${t.firm} (${c?.level ?? 'no case'})`);
      continue;
    }
    found++;
    const codes = new Set(c.indicators.map((i) => i.code));
    const lack = t.indicators.filter((x) => !codes.has(x));
    if (lack.length) missingIndicators.push(`${t.person} x ${t.firm}: ${lack.join(', ')}`);
  }
  const decoysTooHigh = decoys
    .filter((t) => {
      const c = cases.get(`${t.person}|${t.firm}`);
      return c && LEVEL_RANK[c.level]! > LEVEL_RANK[t.maxLevel ?? 'low']!;
    })
    .map((t) => `${t.person} x ${t.firm}`);
  const keys = new Set(soliciting.map((t) => `${t.person}|${t.firm}`));
  const flagged = [...cases.entries()].filter(([, c]) => LEVEL_RANK[c.level]! >= 2);
  const falsePositives = flagged.filter(([k]) => !keys.has(k)).map(([k, c]) => `${k} (${c.level})`);
  return {
    soliciting: soliciting.length,
    decoys: decoys.length,
    found,
    flagged: flagged.length,
    falsePositives,
    missed,
    decoysTooHigh,
    missingIndicators,
    precision: flagged.length ? (flagged.length - falsePositives.length) / flagged.length : null,
    recall: soliciting.length ? found / soliciting.length : null,
  };
}
