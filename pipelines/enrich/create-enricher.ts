// The enrichment step: every detector over one normalized item, then the indicators.
// Pure and synchronous, so it can be benchmarked alone and run anywhere (CLI, service, test).
import type { NormalizedItem } from '../contracts/item.ts';
import type { EnrichedItem, EnrichedLink } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { createLinkEnricher } from '../links/link-enricher.ts';
import {
  createMentionDetector,
  createPromoDetector,
  detectDisclosures,
  detectEuSignals,
  detectLanguage,
  detectPhones,
} from '../text/index.ts';
import { deriveIndicators } from '../indicators/derive-indicators.ts';
import { personKey } from './person-key.ts';

export interface EnricherOptions {
  catalogue: FirmCatalogue;
  now?: () => Date;
}

export type Enricher = (item: NormalizedItem, expandedLinks?: EnrichedLink[]) => EnrichedItem;

export function createEnricher(opts: EnricherOptions): Enricher {
  const { catalogue } = opts;
  const now = opts.now ?? (() => new Date());
  const enrichLinks = createLinkEnricher(catalogue);
  const detectPromos = createPromoDetector(catalogue);
  const detectMentions = createMentionDetector(catalogue);

  return (item, expandedLinks) => {
    const text = item.title ? `${item.title}\n${item.text}` : item.text;
    const links = expandedLinks ?? enrichLinks(item);
    const { firmMentions, logos } = detectMentions(item);
    const linkFirms = links.map((l) => l.firmId).filter((f): f is string => f !== null);
    const mentionFirms = firmMentions.map((m) => m.firmId);
    const { promoCodes, offers } = detectPromos(text, [...new Set([...linkFirms, ...mentionFirms])]);
    const found = {
      language: detectLanguage(text),
      links,
      promoCodes,
      offers,
      disclosures: detectDisclosures(text),
      firmMentions: addDomainMentions(firmMentions, links),
      logos,
      phones: detectPhones(`${text}\n${item.author.description ?? ''}`),
      euSignals: detectEuSignals(text),
    };
    return {
      ...item,
      enrichment: {
        ...found,
        indicators: deriveIndicators(item, found, catalogue),
        watchlistHits: [],
        personKey: personKey(item),
        enrichedAt: now().toISOString(),
      },
    };
  };
}

/** A link to a firm's domain is a mention too ("via domain"), so searches by firm find it. */
function addDomainMentions(mentions: EnrichedItem['enrichment']['firmMentions'], links: EnrichedLink[]) {
  const out = [...mentions];
  for (const l of links) {
    if (l.firmId && !out.some((m) => m.firmId === l.firmId && m.via === 'domain')) out.push({ firmId: l.firmId, via: 'domain' });
  }
  return out;
}
