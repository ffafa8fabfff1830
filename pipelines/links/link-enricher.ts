// Item -> its links, classified. G2 §20 names directing the audience to the firm's site and giving
// the means of access (referral / sign-up / app links) as solicitation; this step finds those links.
import type { NormalizedItem } from '../contracts/item.ts';
import type { EnrichedLink } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { classifyUrl } from './classify-url.ts';
import { findUrls } from './extract-urls.ts';
import { dedupeKey } from './normalise-url.ts';

/** Most links kept per item: bounds the enriched message even for text stuffed with 10^4 URLs. */
export const MAX_LINKS_PER_ITEM = 1000;

type From = EnrichedLink['from'];

export function createLinkEnricher(catalogue: FirmCatalogue): (item: NormalizedItem) => EnrichedLink[] {
  return (item) => {
    const out: EnrichedLink[] = [];
    const seen = new Set<string>();

    const add = (url: string, classifyAs: string, from: From, alsoSeen?: string): void => {
      if (out.length >= MAX_LINKS_PER_ITEM) return;
      const c = classifyUrl(classifyAs, catalogue);
      if (!c || seen.has(dedupeKey(c.finalUrl))) return;
      seen.add(dedupeKey(c.finalUrl));
      // The short form of an expanded platform link (t.co/...) must not come back from the text.
      if (alsoSeen) seen.add(alsoSeen);
      out.push({ url, ...c, from });
    };

    // Platform link fields first: they carry the platform's own expansion (expandedUrl), and the same
    // short URL usually appears again in the text.
    for (const link of item.links ?? []) {
      const expanded = link.expandedUrl?.trim();
      const short = expanded ? classifyUrl(link.url, catalogue)?.finalUrl : undefined;
      const shortForm = short ? dedupeKey(short) : undefined;
      add(link.url, expanded || link.url, 'links', shortForm);
    }
    const scan = (text: string | null | undefined, from: From): void => {
      for (const u of findUrls(text, MAX_LINKS_PER_ITEM)) add(u, u, from);
    };
    scan(item.text, 'text');
    scan(item.title, 'title');
    scan(item.author?.description, 'author');
    for (const m of item.media ?? []) scan(m.altText, 'media');
    // item.ad.snapshotUrl is the platform's own ad-library page, not a link the advertiser gave: skipped.
    return out;
  };
}
