// Scoring weights and level thresholds: analyst-editable data in config/scoring.json, validated here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { INDICATORS } from '../indicators/indicator-codes.ts';
import { formatIssues } from '../step-result.ts';

export const scoringSchema = z
  .object({
    version: z.literal(1),
    rationale: z.record(z.string(), z.string()),
    weights: z.record(z.string(), z.number()),
    decay: z.number().gt(0).max(1),
    maxItemsPerCode: z.number().int().min(1),
    nexusCap: z.number().positive(),
    levels: z.object({ medium: z.number().positive(), high: z.number().positive() }),
    /** A case reaches high only when at least one of these acting codes is present. */
    highRequires: z.array(z.string()).min(1),
  })
  .superRefine((s, ctx) => {
    for (const code of [...Object.keys(s.weights), ...s.highRequires]) {
      if (!(code in INDICATORS)) ctx.addIssue({ code: 'custom', path: ['weights', code], message: 'unknown indicator code' });
    }
    for (const code of Object.keys(INDICATORS)) {
      if (!(code in s.weights)) ctx.addIssue({ code: 'custom', path: ['weights', code], message: 'missing weight' });
    }
    if (s.levels.high <= s.levels.medium) ctx.addIssue({ code: 'custom', path: ['levels', 'high'], message: 'must be above medium' });
  });

export type ScoringConfig = z.infer<typeof scoringSchema>;

export const DEFAULT_SCORING_FILE = fileURLToPath(new URL('../../config/scoring.json', import.meta.url));

export function loadScoring(file: string = DEFAULT_SCORING_FILE): ScoringConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`scoring config ${file}: ${(err as Error).message}`);
  }
  const parsed = scoringSchema.safeParse(json);
  if (!parsed.success) throw new Error(`scoring config ${file}: ${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}
