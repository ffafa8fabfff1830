// Item -> its links, classified. G2 §20 names directing the audience to the firm's site and giving
// the means of access (referral / sign-up / app links) as solicitation; this step finds those links.
import type { NormalizedItem } from '../contracts/item.ts';
import type { EnrichedLink } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { classifyUrl, type ClassifiedUrl } from './classify-url.ts';
import { findUrls } from './extract-urls.ts';
import { dedupeKey, normaliseUrl } from './normalise-url.ts';

/** Most links kept per item: bounds the enriched message even for text stuffed with 10^4 URLs. */
export const MAX_LINKS_PER_ITEM = 1000;

type From = EnrichedLink['from'];

/** One item's links so far and the dedupe keys already taken. */
interface Collected {
  out: EnrichedLink[];
  seen: Set<string>;
  /**
   * URL strings already classified for this item: classification is a function of the string (and the
   * catalogue), so the same string again (a platform link repeated in the text) can only dedupe away.
   */
  classified: Set<string>;
}

/**
 * Classifications of URL strings (per catalogue), kept across items: an author's bio comes with every
 * item of the author (as its URLs do, bioUrls), and promoters post the same links again and again (over
 * the sample items, 50 of the 192 URLs classified from posts and link fields are repeats). Cleared
 * when full.
 */
type Classifications = Map<string, ClassifiedUrl | null>;
const CLASSIFIED_SIZE = 4000;

function add(acc: Collected, catalogue: FirmCatalogue, classified: Classifications, url: string, classifyAs: string, from: From, alsoSeen?: string): void {
  if (acc.out.length >= MAX_LINKS_PER_ITEM) return;
  if (acc.classified.has(classifyAs)) return;
  acc.classified.add(classifyAs);
  const c = classifiedUrl(classified, catalogue, classifyAs);
  if (!c) return;
  const key = dedupeKey(c.finalUrl);
  if (acc.seen.has(key)) return;
  acc.seen.add(key);
  // The short form of an expanded platform link (t.co/...) must not come back from the text.
  if (alsoSeen) acc.seen.add(alsoSeen);
  acc.out.push({ url, ...c, from });
}

/** A URL's classification, kept (see Classifications). The result is only read (the link is a copy). */
function classifiedUrl(cache: Classifications, catalogue: FirmCatalogue, url: string): ClassifiedUrl | null {
  let c = cache.get(url);
  if (c === undefined) {
    if (cache.size >= CLASSIFIED_SIZE) cache.clear();
    cache.set(url, (c = classifyUrl(url, catalogue)));
  }
  return c;
}

function scan(acc: Collected, catalogue: FirmCatalogue, classified: Classifications, text: string | null | undefined, from: From): void {
  if (!text) return;
  for (const u of from === 'author' ? bioUrls(text) : findUrls(text, MAX_LINKS_PER_ITEM)) add(acc, catalogue, classified, u, u, from);
}

/**
 * URLs of author bios: an author posts many items with the same bio, which need not be scanned each
 * time (as analyse-text.ts keeps their prepared bios). The lists are only read. Cleared when full.
 */
const BIO_URLS = new Map<string, readonly string[]>();
const BIO_URLS_SIZE = 4000;

function bioUrls(bio: string): readonly string[] {
  let urls = BIO_URLS.get(bio);
  if (urls === undefined) {
    if (BIO_URLS.size >= BIO_URLS_SIZE) BIO_URLS.clear();
    BIO_URLS.set(bio, (urls = findUrls(bio, MAX_LINKS_PER_ITEM)));
  }
  return urls;
}

function enrichLinks(catalogue: FirmCatalogue, classified: Classifications, item: NormalizedItem): EnrichedLink[] {
  const acc: Collected = { out: [], seen: new Set(), classified: new Set() };
  // Platform link fields first: they carry the platform's own expansion (expandedUrl), and the same
  // short URL usually appears again in the text.
  for (const link of item.links ?? []) {
    const expanded = link.expandedUrl?.trim();
    // classifyUrl's finalUrl is the normalised href, so normalising alone gives the short form's key.
    const short = expanded ? normaliseUrl(link.url)?.href : undefined;
    const shortForm = short ? dedupeKey(short) : undefined;
    add(acc, catalogue, classified, link.url, expanded || link.url, 'links', shortForm);
  }
  scan(acc, catalogue, classified, item.text, 'text');
  scan(acc, catalogue, classified, item.title, 'title');
  scan(acc, catalogue, classified, item.author?.description, 'author');
  for (const m of item.media ?? []) scan(acc, catalogue, classified, m.altText, 'media');
  // item.ad.snapshotUrl is the platform's own ad-library page, not a link the advertiser gave: skipped.
  return acc.out;
}

export function createLinkEnricher(catalogue: FirmCatalogue): (item: NormalizedItem) => EnrichedLink[] {
  const classified: Classifications = new Map();
  return (item) => enrichLinks(catalogue, classified, item);
}
