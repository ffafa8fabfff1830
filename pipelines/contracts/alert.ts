// Alert (rs.alerts): a new case reaching a level, a level rising, or a watchlist hit.
import { z } from 'zod';

export const alertSchema = z.object({
  id: z.string(),
  kind: z.enum(['case_new', 'case_escalated', 'watchlist_hit']),
  caseId: z.string().nullable(),
  itemId: z.string().nullable(),
  watchlistId: z.string().nullable(),
  level: z.string().nullable(),
  summary: z.string(),
  createdAt: z.string(),
});
export type Alert = z.infer<typeof alertSchema>;
