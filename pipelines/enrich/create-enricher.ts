// The enrichment step: every detector over one normalized item, then the indicators.
// Pure and synchronous, so it can be benchmarked alone and run anywhere (CLI, service, test).
import type { NormalizedItem } from '../contracts/item.ts';
import type { EnrichedItem, EnrichedLink } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { createLinkEnricher } from '../links/link-enricher.ts';
import { createTextAnalyser, normaliseItem } from '../text/index.ts';
import { deriveIndicators } from '../indicators/derive-indicators.ts';
import { personKey } from './person-key.ts';
import type { Watchlist } from '../watchlists/watchlists-file.ts';
import { createWatchlistMatcher } from '../watchlists/match-watchlists.ts';

export interface EnricherOptions {
  catalogue: FirmCatalogue;
  now?: () => Date;
  /** WATCHLISTS_FILE: each item watchlist that matches is recorded in `watchlistHits`. */
  watchlists?: readonly Watchlist[];
}

export type Enricher = (item: NormalizedItem, expandedLinks?: EnrichedLink[]) => EnrichedItem;

export function createEnricher(opts: EnricherOptions): Enricher {
  const { catalogue } = opts;
  const now = opts.now ?? (() => new Date());
  const enrichLinks = createLinkEnricher(catalogue);
  // One pass of text preparation shared by every text detector (language, codes, disclosures, ...).
  const analyse = createTextAnalyser(catalogue);
  const matchWatchlists = createWatchlistMatcher(opts.watchlists ?? []);

  return (item, expandedLinks) => {
    // Links are read from the normalised text too (zero-width characters inside a URL); the item itself stays as written.
    const links = expandedLinks ?? enrichLinks(normaliseItem(item));
    const linkFirms = links.map((l) => l.firmId).filter((f): f is string => f !== null);
    const text = analyse(item, linkFirms);
    const found = { ...text, links, firmMentions: addDomainMentions(text.firmMentions, links) };
    const watchlistHits = matchWatchlists ? matchWatchlists({ ...item, enrichment: found }, found.language.code) : [];
    return {
      ...item,
      enrichment: {
        ...found,
        indicators: deriveIndicators(item, found, catalogue),
        watchlistHits,
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
