// The enrichment step: every detector over one normalized item, then the indicators.
// Pure and synchronous, so it can be benchmarked alone and run anywhere (CLI, service, test).
import type { NormalizedItem } from '../contracts/item.ts';
import type { EnrichedItem, EnrichedLink, Enrichment, PromoCode } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { createLinkEnricher } from '../links/link-enricher.ts';
import { createTextAnalyser, normaliseItem, type TextAnalysis } from '../text/index.ts';
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
  const stamp = opts.now ? () => opts.now!().toISOString() : isoNow;
  const enrichLinks = createLinkEnricher(catalogue);
  // One pass of text preparation shared by every text detector (language, codes, disclosures, ...).
  const analyse = createTextAnalyser(catalogue);
  const matchWatchlists = createWatchlistMatcher(opts.watchlists ?? []);

  return (item, expandedLinks) => {
    // Links are read from the normalised text too (zero-width characters inside a URL); the item itself stays as written.
    const links = expandedLinks ?? enrichLinks(normaliseItem(item));
    const text = analyse(item, linkFirmIds(links));
    const found = findings(text, links);
    const watchlistHits = matchWatchlists ? matchWatchlists({ ...item, enrichment: { ...found } }, found.language.code) : [];
    // The enrichment is `found` with four fields appended: built in place (same key order as a spread
    // into a new object, so the same JSON), an object copy per item less.
    const enrichment = found as Enrichment;
    enrichment.indicators = deriveIndicators(item, found, catalogue);
    enrichment.watchlistHits = watchlistHits;
    enrichment.personKey = personKey(item);
    enrichment.enrichedAt = stamp();
    return withEnrichment(item, enrichment);
  };
}

/** The second lastSecondIso was formatted for, and that ISO string without its ".sssZ". */
let lastSecond = NaN;
let lastSecondIso = '';

/**
 * The time as an ISO string. A Date and its toISOString per item were ~1% of enrichment; within one second only the
 * milliseconds change, so a Date is formatted once per second and the ".sssZ" tail written on (toISOString always ends so).
 */
function isoNow(): string {
  return isoOf(Date.now());
}

/** new Date(ms).toISOString(), the date and time part kept per second. */
export function isoOf(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== lastSecond) {
    lastSecond = second;
    lastSecondIso = new Date(second * 1000).toISOString().slice(0, -5);
  }
  const milli = ms - second * 1000;
  return `${lastSecondIso}.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}Z`;
}

/**
 * `{ ...item, enrichment }`, the same keys in the same order. Items come in many shapes (optional
 * fields), and V8 copied them with a spread followed by a property ~10x slower than with Object.assign
 * (measured: ~4 µs an item, a few percent of its enrichment).
 */
function withEnrichment(item: NormalizedItem, enrichment: Enrichment): EnrichedItem {
  const out = Object.assign({}, item) as EnrichedItem;
  out.enrichment = enrichment;
  return out;
}

/** Firms the links point to, in link order (with repeats). */
function linkFirmIds(links: readonly EnrichedLink[]): string[] {
  const out: string[] = [];
  for (const l of links) if (l.firmId !== null) out.push(l.firmId);
  return out;
}

/**
 * The text analysis with the links added, keys in the order `{ ...text, links, firmMentions }` gives
 * them (the JSON is compared byte for byte): written out, since a spread with extra properties is
 * V8's slow generic copy.
 */
function findings(text: TextAnalysis, links: EnrichedLink[]): Omit<Enrichment, 'indicators' | 'watchlistHits' | 'personKey' | 'enrichedAt'> {
  return {
    language: text.language,
    promoCodes: withLinkFirms(text.promoCodes, links),
    offers: text.offers,
    disclosures: text.disclosures,
    firmMentions: addDomainMentions(text.firmMentions, links),
    logos: text.logos,
    phones: text.phones,
    euSignals: text.euSignals,
    nonEuSignals: text.nonEuSignals,
    obfuscations: text.obfuscations,
    context: text.context,
    links,
  };
}

/**
 * A code that is also the code of a referral link in the item belongs to that link's firm, whichever firm the text
 * names nearest to it ("cheaper than on Bybit. Enter code PAVELCZ 👉 partner.bitget.com/bg/PAVELCZ"). Only where the
 * links give the code one firm.
 */
function withLinkFirms(codes: PromoCode[], links: readonly EnrichedLink[]): PromoCode[] {
  if (!codes.length || !links.some((l) => l.referralCode)) return codes;
  // Maps and sets, not scans: a hostile text may hold thousands of codes and links.
  const owners = new Map<string, Set<string>>();
  for (const l of links) {
    if (!l.firmId || !l.referralCode) continue;
    const key = l.referralCode.toLowerCase();
    owners.set(key, (owners.get(key) ?? new Set<string>()).add(l.firmId));
  }
  const out: PromoCode[] = [];
  const seen = new Set<string>();
  for (const c of codes) {
    const firms = owners.get(c.code.toLowerCase());
    const firmId = firms?.size === 1 ? [...firms][0]! : c.firmId;
    const key = `${c.code}\u0000${firmId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(firmId === c.firmId ? c : { ...c, firmId });
  }
  return out;
}

/** A link to a firm's domain is a mention too ("via domain"), so searches by firm find it. */
function addDomainMentions(mentions: EnrichedItem['enrichment']['firmMentions'], links: EnrichedLink[]) {
  const out = [...mentions];
  for (const l of links) {
    if (l.firmId && !out.some((m) => m.firmId === l.firmId && m.via === 'domain')) out.push({ firmId: l.firmId, via: 'domain' });
  }
  return out;
}
