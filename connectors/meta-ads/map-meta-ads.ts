// Meta Ad Library (Graph API `ads_archive`) page -> normalized items. Pure. The Ad Library is the one
// source that states, per ad, where it was delivered in the EU (eu_total_reach,
// age_country_gender_reach_breakdown, target_locations): the geo-targeting the Guideline 1 annex names.
import { z } from 'zod';
import type { NormalizedItemInput } from '../../pipelines/contracts/item.ts';
import { redactUrl } from '../../infra/log/redact-url.ts';
import { recordEvidence, toRecord, type MappedPage, type MappedRecord, type PageContext } from '../collect/mapped-page.ts';

const breakdownSchema = z.object({
  country: z.string(),
  age_gender_breakdowns: z
    .array(z.object({ age_range: z.string().optional(), male: z.number().nullable().optional(), female: z.number().nullable().optional(), unknown: z.number().nullable().optional() }))
    .optional(),
});

const adSchema = z.object({
  id: z.string().regex(/^\d{1,30}$/),
  page_id: z.string().regex(/^\d{1,30}$/),
  page_name: z.string().optional(),
  ad_creation_time: z.string().optional(),
  ad_delivery_start_time: z.string().optional(),
  ad_delivery_stop_time: z.string().optional(),
  ad_creative_bodies: z.array(z.string()).optional(),
  ad_creative_link_captions: z.array(z.string()).optional(),
  ad_creative_link_descriptions: z.array(z.string()).optional(),
  ad_creative_link_titles: z.array(z.string()).optional(),
  ad_snapshot_url: z.string().optional(),
  languages: z.array(z.string()).optional(),
  publisher_platforms: z.array(z.string()).optional(),
  eu_total_reach: z.number().nonnegative().optional(),
  target_locations: z.array(z.object({ name: z.string(), type: z.string().optional(), excluded: z.boolean().optional() })).optional(),
  age_country_gender_reach_breakdown: z.array(breakdownSchema).optional(),
  beneficiary_payers: z.array(z.object({ payer: z.string().optional(), beneficiary: z.string().optional(), current: z.boolean().optional() })).optional(),
  bylines: z.string().optional(),
});

export const metaPageSchema = z.object({
  data: z.array(z.unknown()),
  paging: z
    .object({
      cursors: z.object({ before: z.string().optional(), after: z.string().optional() }).optional(),
      next: z.string().optional(),
    })
    .optional(),
});

export type MetaPage = z.infer<typeof metaPageSchema>;
type MetaAd = z.infer<typeof adSchema>;

/**
 * The Ad Library gives delivery days as `YYYY-MM-DD` (or a full timestamp with offset). A bare day is
 * read as the start of that day in UTC: the library publishes no zone, and a day is all it claims.
 */
export function metaDate(value: string | undefined): string | null {
  if (!value) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00.000Z`;
  // "2024-05-01T10:00:00+0000": Graph API offsets have no colon; ISO-8601 parsers want one.
  const fixed = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const t = Date.parse(fixed);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** People reached per country, summed over the age and gender cells. */
function reachByCountry(ad: MetaAd): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of ad.age_country_gender_reach_breakdown ?? []) {
    let sum = 0;
    for (const cell of row.age_gender_breakdowns ?? []) sum += (cell.male ?? 0) + (cell.female ?? 0) + (cell.unknown ?? 0);
    const cc = row.country.toUpperCase();
    out[cc] = (out[cc] ?? 0) + sum;
  }
  return out;
}

function mapAd(ad: MetaAd, ctx: PageContext, evidence: { sha256: string; rawRef: string }): NormalizedItemInput | { error: string } {
  const published = metaDate(ad.ad_delivery_start_time) ?? metaDate(ad.ad_creation_time);
  if (!published) return { error: 'ad has neither ad_delivery_start_time nor ad_creation_time (request those fields)' };
  const payer = ad.beneficiary_payers?.find((b) => b.current) ?? ad.beneficiary_payers?.[0];
  // Link captions are the display domains of the ad's link ("BYBIT.COM"): text, so a domain mention
  // is detected, but not a link, because the ad's actual URL is not in the library.
  const text = [...(ad.ad_creative_bodies ?? []), ...(ad.ad_creative_link_descriptions ?? []), ...(ad.ad_creative_link_captions ?? [])].join('\n\n');
  const titles = ad.ad_creative_link_titles ?? [];
  return {
    id: `meta_ads:${ad.id}`,
    platform: 'meta_ads',
    kind: 'ad',
    // The public library page of the ad; the snapshot URL carries our access token.
    url: `https://www.facebook.com/ads/library/?id=${ad.id}`,
    publishedAt: published,
    collectedAt: ctx.collectedAt,
    author: { id: ad.page_id, handle: null, name: ad.page_name ?? null, url: `https://www.facebook.com/${ad.page_id}` },
    text,
    title: titles.length ? titles.join(' | ') : null,
    links: [],
    media: [],
    ad: {
      pageName: ad.page_name ?? null,
      payer: payer?.payer ?? ad.bylines ?? null,
      beneficiary: payer?.beneficiary ?? null,
      targetLocations: (ad.target_locations ?? []).filter((l) => !l.excluded).map((l) => l.name),
      reachByCountry: reachByCountry(ad),
      euTotalReach: ad.eu_total_reach ?? null,
      deliveryStart: metaDate(ad.ad_delivery_start_time),
      deliveryStop: metaDate(ad.ad_delivery_stop_time),
      snapshotUrl: ad.ad_snapshot_url ? redactUrl(ad.ad_snapshot_url) : null,
    },
    metrics: {},
    source: { connector: 'meta_ads', query: ctx.query, watchlistIds: [] },
    evidence,
  };
}

/** Maps one `ads_archive` page; an ad that does not parse or map is refused alone. */
export function mapMetaPage(page: MetaPage, ctx: PageContext): MappedPage {
  const records: MappedRecord[] = [];
  page.data.forEach((value, i) => {
    const pointer = `/data/${i}`;
    const raw = Buffer.from(JSON.stringify(value) ?? 'null');
    const parsed = adSchema.safeParse(value);
    if (!parsed.success) {
      const fields = parsed.error.issues.slice(0, 3).map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ');
      records.push(toRecord(pointer, raw, { error: `ad does not map: ${fields}` }));
      return;
    }
    records.push(toRecord(pointer, raw, mapAd(parsed.data, ctx, recordEvidence(ctx, pointer, raw))));
  });
  return { records, notices: [] };
}
