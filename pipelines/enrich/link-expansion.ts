// Optional shortener expansion before enrichment (LINK_EXPANSION=true). Off by default: it makes
// outbound requests, which an authority may not want from its network or may need to log.
import type { NormalizedItem } from '../contracts/item.ts';
import type { EnrichedLink } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { createLinkEnricher } from '../links/link-enricher.ts';
import { createLinkExpander, expandItemLinks, type LinkExpanderOptions } from '../links/expand-links.ts';

export type ExpandLinks = (item: NormalizedItem) => Promise<EnrichedLink[]>;

export function createLinkExpansion(catalogue: FirmCatalogue, opts: LinkExpanderOptions): ExpandLinks {
  const enrichLinks = createLinkEnricher(catalogue);
  const expander = createLinkExpander(opts);
  return (item) => expandItemLinks(enrichLinks(item), expander, catalogue);
}
