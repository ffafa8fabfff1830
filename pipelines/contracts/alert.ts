// Alert (rs.alerts): a new case reaching a level, a level rising, or a watchlist hit.
// The key (rule, subject, level) is the deduplication key: the alerts service writes one alert per
// key, and the mailer derives the Message-ID from it, so a redelivered message never mails twice.
import { z } from 'zod';

export const alertEvidenceSchema = z.object({
  itemId: z.string(),
  url: z.string().nullable(),
  capturedAt: z.string().nullable(),
  text: z.string(),
});

export const alertIndicatorSchema = z.object({ label: z.string(), guideline: z.string(), details: z.array(z.string()) });

export const alertSchema = z.object({
  id: z.string(),
  kind: z.enum(['case_new', 'case_escalated', 'watchlist_hit', 'new_firm_domain', 'digest']),
  caseId: z.string().nullable(),
  itemId: z.string().nullable(),
  watchlistId: z.string().nullable(),
  level: z.string().nullable(),
  summary: z.string(),
  createdAt: z.string(),
  /** Fields below were added with the alert rules (issue 10); optional so older messages still decode. */
  rule: z.string().optional(),
  dedupKey: z.string().optional(),
  to: z.array(z.string()).optional(),
  mode: z.enum(['immediate', 'digest']).optional(),
  indicators: z.array(alertIndicatorSchema).optional(),
  evidence: z.array(alertEvidenceSchema).optional(),
  terms: z.array(z.string()).optional(),
  /** A digest carries the alerts it collects. */
  parts: z.array(z.lazy((): z.ZodTypeAny => alertSchema)).optional(),
});
export type Alert = z.infer<typeof alertSchema>;
