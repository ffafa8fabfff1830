// Case (rs.cases): one person x one firm, explainable: every point of the score names an item and a rule.
import { z } from 'zod';

export const CASE_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export const CASE_STATUSES = ['new', 'reviewing', 'dismissed', 'escalated'] as const;

export const scoreContributionSchema = z.object({
  code: z.string(),
  guideline: z.string(),
  itemId: z.string(),
  points: z.number(),
  detail: z.string(),
});

export const caseIndicatorSchema = z.object({
  code: z.string(),
  guideline: z.string(),
  label: z.string(),
  count: z.number().int(),
  points: z.number(),
  counter: z.boolean(),
  details: z.array(z.string()),
});

export const euNexusSchema = z.object({
  languages: z.array(z.object({ code: z.string(), items: z.number().int() })),
  countries: z.array(z.object({ country: z.string(), via: z.array(z.string()) })),
});

export const caseSchema = z.object({
  id: z.string(),
  personKey: z.string(),
  person: z.object({
    platform: z.string(),
    handle: z.string().nullable(),
    name: z.string().nullable(),
    url: z.string().nullable(),
    followers: z.number().nullable(),
  }),
  firmId: z.string(),
  firm: z.object({ id: z.string(), name: z.string(), status: z.string() }),
  score: z.number(),
  level: z.enum(CASE_LEVELS),
  indicators: z.array(caseIndicatorSchema),
  contributions: z.array(scoreContributionSchema),
  euNexus: euNexusSchema,
  firstSeen: z.string(),
  lastSeen: z.string(),
  itemCount: z.number().int(),
  reach: z.number(),
  evidence: z.array(z.string()),
  /** The scoring rules and catalogue the case was scored with (pipelines/cases/rules-stamp.ts); absent on older cases. */
  scoring: z.object({ version: z.number().int(), hash: z.string() }).optional(),
  /** Analyst workflow state. The pipeline writes it only when it creates a case, never afterwards. */
  status: z.enum(CASE_STATUSES).optional(),
  updatedAt: z.string(),
});

export type Case = z.infer<typeof caseSchema>;
export type CaseIndicator = z.infer<typeof caseIndicatorSchema>;
export type ScoreContribution = z.infer<typeof scoreContributionSchema>;
