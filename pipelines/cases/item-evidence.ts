// What one enriched item contributes to each person x firm pair. The cases service stores these
// (idempotently, one document per pair and item) and rebuilds a case from all of them, so a
// redelivered item changes nothing and a case never depends on in-memory state.
import type { EnrichedItem, Indicator } from '../contracts/enriched-item.ts';

export interface ItemEvidence {
  id: string;
  pairKey: string;
  personKey: string;
  firmId: string;
  itemId: string;
  platform: string;
  url: string | null;
  publishedAt: string;
  person: { handle: string | null; name: string | null; url: string | null; followers: number | null };
  language: string | null;
  euTotalReach: number;
  indicators: Indicator[];
}

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
      language: lang.code && lang.euOfficial ? lang.code : null,
      euTotalReach: item.ad?.euTotalReach ?? 0,
      indicators,
    };
  });
}
