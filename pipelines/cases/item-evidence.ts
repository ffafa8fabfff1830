// What one enriched item contributes to each person x firm pair. The cases service stores these
// (idempotently, one document per pair and item) and rebuilds a case from all of them, so a
// redelivered item changes nothing and a case never depends on in-memory state.
import { z } from 'zod';
import { indicatorSchema, type EnrichedItem, type Indicator } from '../contracts/enriched-item.ts';
import { formatIssues, PipelineError } from '../step-result.ts';
import { EU_LANGUAGE_MIN_CONFIDENCE } from '../indicators/derive-indicators.ts';

/** Validated when read back from the store: a document edited or damaged there must not skew a case. */
export const itemEvidenceSchema = z.object({
  id: z.string(),
  pairKey: z.string(),
  personKey: z.string(),
  firmId: z.string(),
  itemId: z.string(),
  platform: z.string(),
  url: z.string().nullable(),
  publishedAt: z.string(),
  person: z.object({ handle: z.string().nullable(), name: z.string().nullable(), url: z.string().nullable(), followers: z.number().nullable() }),
  language: z.string().nullable(),
  euTotalReach: z.number(),
  indicators: z.array(indicatorSchema),
  /** The item version this evidence came from; absent on evidence stored before versions were tracked. */
  itemSha256: z.string().optional(),
  itemCollectedAt: z.string().optional(),
});

export type ItemEvidence = z.infer<typeof itemEvidenceSchema>;

export function pairKey(personKey: string, firmId: string): string {
  return `${personKey}|${firmId}`;
}

export function evidenceFromItem(item: EnrichedItem): ItemEvidence[] {
  const byFirm = new Map<string, Indicator[]>();
  for (const ind of item.enrichment.indicators) {
    if (!ind.firmId) continue;
    const list = byFirm.get(ind.firmId) ?? [];
    list.push(ind);
    byFirm.set(ind.firmId, list);
  }
  const lang = item.enrichment.language;
  return [...byFirm.entries()].map(([firmId, indicators]) => {
    const pk = pairKey(item.enrichment.personKey, firmId);
    return {
      id: `${pk}|${item.id}`,
      pairKey: pk,
      personKey: item.enrichment.personKey,
      firmId,
      itemId: item.id,
      platform: item.platform,
      url: item.url ?? null,
      publishedAt: item.publishedAt,
      person: {
        handle: item.author.handle ?? null,
        name: item.author.name ?? null,
        url: item.author.url ?? null,
        followers: item.author.followers ?? null,
      },
      // The case's EU-language summary lists only what could count as nexus: a low-confidence guess is no EU language.
      language: lang.code && lang.euOfficial && lang.confidence >= EU_LANGUAGE_MIN_CONFIDENCE ? lang.code : null,
      euTotalReach: item.ad?.euTotalReach ?? 0,
      indicators,
      itemSha256: item.evidence.sha256,
      itemCollectedAt: item.collectedAt,
    };
  });
}

/** An evidence document read back from the store, validated: a damaged one is a clear, non-retriable error naming it. */
export function parseStoredEvidence(id: string, doc: unknown): ItemEvidence {
  const parsed = itemEvidenceSchema.safeParse(doc);
  // Not retriable: the batch stays uncommitted and the error (with the document id) shows in logs and lag.
  if (!parsed.success) throw new PipelineError(`evidence document ${id} is invalid: ${formatIssues(parsed.error.issues)}`, { retriable: false });
  return parsed.data;
}
