// The parts of rs.items.enriched the alert rules read, typed here (not from the item contract) so
// the rules keep working while the watchlist hit shape settles: both the old `{watchlistId, term}`
// and the issue-10 `{watchlist, terms}` shapes are accepted.
import { z } from 'zod';

const hitSchema = z.union([
  z.object({ watchlist: z.string(), terms: z.array(z.string()) }).passthrough(),
  z.object({ watchlistId: z.string(), term: z.string() }).passthrough().transform((h) => ({ watchlist: h.watchlistId, terms: [h.term] })),
]);

export const alertItemSchema = z.object({
  id: z.string(),
  url: z.string().nullable().optional(),
  text: z.string().default(''),
  collectedAt: z.string(),
  enrichment: z.object({
    links: z.array(z.object({ domain: z.string().nullable(), firmId: z.string().nullable(), genericReferral: z.boolean().default(false), url: z.string() }).passthrough()),
    watchlistHits: z.array(hitSchema).default([]),
  }).passthrough(),
}).passthrough();
export type AlertItem = z.infer<typeof alertItemSchema>;
