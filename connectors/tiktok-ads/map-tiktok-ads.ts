// TikTok Commercial Content API (`POST /v2/research/adlib/ad/query/`) page -> normalized items. Pure.
// The library publishes an ad's advertiser, who paid, when it ran, its creatives (video covers,
// images) and reach per country; not its text, so most of what detection sees here comes from the
// advertiser's name and, once the media stage reads them, the creatives.
import { z } from 'zod';
import type { NormalizedItemInput } from '../../pipelines/contracts/item.ts';
import { recordEvidence, toRecord, type MappedPage, type MappedRecord, type PageContext } from '../collect/mapped-page.ts';

// Ids are 64-bit numbers; JSON.parse may already have rounded a number, so both forms are read and
// a number is only accepted while it is exact.
const id = z.union([z.string().regex(/^\d{1,20}$/), z.number().int().nonnegative().refine(Number.isSafeInteger, 'id beyond 2^53 lost precision')]).transform(String);
// Dates come as yyyymmdd, as a number or a string.
const ymd = z.union([z.number().int(), z.string().regex(/^\d{8}$/)]).transform(String);

const adEntrySchema = z.object({
  ad: z.object({
    id,
    first_shown_date: ymd.optional(),
    last_shown_date: ymd.optional(),
    status: z.string().optional(),
    status_statement: z.string().optional(),
    videos: z.array(z.object({ cover_image_url: z.string().optional(), url: z.string().optional() })).optional(),
    image_urls: z.array(z.string()).optional(),
    reach: z.object({ unique_users_seen: z.union([z.string(), z.number()]).optional(), unique_users_seen_by_country: z.record(z.string(), z.union([z.string(), z.number()])).optional() }).optional(),
  }),
  advertiser: z.object({ business_id: id.optional(), business_name: z.string().optional(), paid_for_by: z.string().optional() }).optional(),
});

export const tiktokPageSchema = z.object({
  data: z.object({ ads: z.array(z.unknown()).default([]), has_more: z.boolean().optional(), search_id: z.string().optional() }).optional(),
  error: z.object({ code: z.string(), message: z.string().optional(), log_id: z.string().optional() }).optional(),
});

export type TiktokPage = z.infer<typeof tiktokPageSchema>;

/** yyyymmdd -> ISO instant at UTC midnight (the library gives days, in no stated zone); null if not a real day. */
export function ymdToIso(value: string | undefined): string | null {
  if (!value || !/^\d{8}$/.test(value)) return null;
  const iso = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}T00:00:00.000Z`;
  const t = Date.parse(iso);
  return Number.isNaN(t) || new Date(t).toISOString() !== iso ? null : iso;
}

/** Reach is a number or a band like "10K-100K"; a band counts as its lower bound (what is certain). */
export function reachLowerBound(v: string | number | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : null;
  const m = /^\s*([\d.]+)\s*([KMB])?/i.exec(v ?? '');
  if (!m) return null;
  const scale = { K: 1e3, M: 1e6, B: 1e9 }[(m[2] ?? '').toUpperCase() as 'K' | 'M' | 'B'] ?? 1;
  return Math.round(Number(m[1]) * scale);
}

function mapAd(entry: z.infer<typeof adEntrySchema>, country: string | null, ctx: PageContext, evidence: { sha256: string; rawRef: string }): NormalizedItemInput | { error: string } {
  const { ad, advertiser } = entry;
  const published = ymdToIso(ad.first_shown_date);
  if (!published) return { error: `ad.first_shown_date "${ad.first_shown_date ?? ''}" is not a yyyymmdd day (request ad.first_shown_date)` };
  const reachByCountry: Record<string, number> = {};
  for (const [cc, v] of Object.entries(ad.reach?.unique_users_seen_by_country ?? {})) {
    const n = reachLowerBound(v);
    if (n !== null && /^[A-Za-z]{2}$/.test(cc)) reachByCountry[cc.toUpperCase()] = n;
  }
  const total = reachLowerBound(ad.reach?.unique_users_seen);
  // The query was made for one country: the ad was shown there, whatever the breakdown says.
  if (country && reachByCountry[country] === undefined) reachByCountry[country] = total ?? 0;
  const media: NonNullable<NormalizedItemInput['media']> = [
    ...(ad.videos ?? []).flatMap((v) => (v.cover_image_url ? [{ type: 'image' as const, url: v.cover_image_url }] : [])),
    ...(ad.image_urls ?? []).map((url) => ({ type: 'image' as const, url })),
  ];
  const businessId = advertiser?.business_id ?? `unknown-${ad.id}`;
  return {
    id: `tiktok:ad-${ad.id}`,
    platform: 'tiktok',
    kind: 'ad',
    url: `https://library.tiktok.com/ads/detail/?ad_id=${ad.id}`,
    publishedAt: published,
    collectedAt: ctx.collectedAt,
    author: { id: businessId, handle: null, name: advertiser?.business_name ?? null },
    text: [advertiser?.business_name, advertiser?.paid_for_by && advertiser.paid_for_by !== advertiser.business_name ? `Paid for by ${advertiser.paid_for_by}` : null].filter(Boolean).join('\n'),
    links: [],
    media,
    ad: {
      pageName: advertiser?.business_name ?? null,
      payer: advertiser?.paid_for_by ?? null,
      beneficiary: advertiser?.business_name ?? null,
      targetLocations: country ? [country] : [],
      reachByCountry,
      euTotalReach: null,
      deliveryStart: published,
      deliveryStop: ymdToIso(ad.last_shown_date),
      snapshotUrl: null,
    },
    metrics: {},
    source: { connector: 'tiktok_ads', query: ctx.query, watchlistIds: [] },
    evidence,
  };
}

/** Maps one query page; `country` is the country_code the query filtered on, when it did. */
export function mapTiktokPage(page: TiktokPage, country: string | null, ctx: PageContext): MappedPage {
  const records: MappedRecord[] = [];
  (page.data?.ads ?? []).forEach((value, i) => {
    const pointer = `/data/ads/${i}`;
    const raw = Buffer.from(JSON.stringify(value) ?? 'null');
    const parsed = adEntrySchema.safeParse(value);
    if (!parsed.success) {
      const fields = parsed.error.issues.slice(0, 3).map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ');
      records.push(toRecord(pointer, raw, { error: `ad does not map: ${fields}` }));
      return;
    }
    records.push(toRecord(pointer, raw, mapAd(parsed.data, country, ctx, recordEvidence(ctx, pointer, raw))));
  });
  return { records, notices: [] };
}
