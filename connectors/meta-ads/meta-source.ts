// Meta Ad Library: `GET /<version>/ads_archive` per search term and per page-id list, over the
// collection's EU countries, following `paging.next` as given. The access token travels in the query
// string (as the Graph API wants) and is masked in every archived page, message and log line.
// Incremental: a complete pass records its start day; the next pass asks only for ads delivered
// since the day before (ad_delivery_date_min), so nothing that started around midnight is missed.
import type { Collection } from '../collect/collections-file.ts';
import { CollectError } from '../collect/collect-errors.ts';
import { backoffMs, type PlatformHttp } from '../collect/platform-http.ts';
import type { FetchedPage, Source } from '../collect/run-collection.ts';
import { mapMetaPage, metaPageSchema } from './map-meta-ads.ts';

export const META_FIELDS = [
  'id', 'page_id', 'page_name', 'ad_creation_time', 'ad_delivery_start_time', 'ad_delivery_stop_time',
  'ad_creative_bodies', 'ad_creative_link_captions', 'ad_creative_link_descriptions', 'ad_creative_link_titles',
  'ad_snapshot_url', 'languages', 'publisher_platforms', 'eu_total_reach', 'target_locations',
  'age_country_gender_reach_breakdown', 'beneficiary_payers', 'bylines',
].join(',');

export interface MetaSourceOptions {
  accessToken: string;
  /** META_GRAPH_URL: scheme and host (https://graph.facebook.com). */
  baseUrl: string;
  version?: string;
  http: PlatformHttp;
  attempts?: number;
  /** Longest back-off for a rate-limit answer before the run stops and leaves the rest to the next run. */
  maxRateLimitWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
}

interface StreamCursor {
  /** Next-page URL of the pass in progress, with the token masked (the real one is put back). */
  next?: string;
  passStartedOn?: string;
  /** Day the last complete pass started. */
  since?: string;
}

/** Graph API error codes that mean "slow down" (app, user, page, and per-call-type throttling). */
const THROTTLED = new Set([4, 17, 32, 613, 80004]);
/** Codes that mean the token or the app's access is the problem: a person must act. */
const AUTH = new Set([10, 102, 190, 200, 2500]);

const MASK = '***';
const sleepMs = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const day = (d: Date): string => d.toISOString().slice(0, 10);

/** Minutes to regain access that Meta states in its usage headers, if any. */
function regainMinutes(headers: Headers): number | null {
  for (const name of ['x-business-use-case-usage', 'x-ad-account-usage', 'x-app-usage']) {
    const v = headers.get(name);
    if (!v) continue;
    const m = /"estimated_time_to_regain_access"\s*:\s*(\d+)/.exec(v);
    if (m) return Number(m[1]);
  }
  return null;
}

export function createMetaSource(opts: MetaSourceOptions): Source {
  const version = opts.version ?? 'v23.0';
  const sleep = opts.sleep ?? sleepMs;
  const now = opts.now ?? (() => new Date());
  const attempts = opts.attempts ?? 4;
  const maxWait = opts.maxRateLimitWaitMs ?? 15 * 60_000;
  const base = opts.baseUrl.replace(/\/+$/, '');
  const mask = (s: string): string => (opts.accessToken ? s.split(opts.accessToken).join(MASK) : s);
  const unmask = (s: string): string => s.split(`access_token=${MASK}`).join(`access_token=${encodeURIComponent(opts.accessToken)}`);

  async function getPage(url: string, what: string): Promise<{ bytes: Buffer; requests: number }> {
    let requests = 0;
    for (let attempt = 1; ; attempt++) {
      requests++;
      const res = await opts.http(url).catch((e: unknown) => {
        if (e instanceof CollectError && e.kind === 'transient' && attempt < attempts) return null;
        throw e;
      });
      if (!res) {
        await sleep(backoffMs(attempt));
        continue;
      }
      if (res.status === 200) return { bytes: Buffer.from(mask(res.bytes.toString('utf8'))), requests };
      const body = (() => {
        try {
          return JSON.parse(res.bytes.toString('utf8')) as { error?: { code?: number; message?: string; error_subcode?: number } };
        } catch {
          return {};
        }
      })();
      const code = body.error?.code;
      const message = mask(body.error?.message ?? `HTTP ${res.status}`);
      if ((code !== undefined && AUTH.has(code)) || res.status === 401) {
        throw new CollectError('auth', `Meta refused ${what} (code ${code ?? res.status}): ${message}. Check META_ACCESS_TOKEN, the app's ads_read permission and identity verification`);
      }
      if ((code !== undefined && THROTTLED.has(code)) || res.status === 429) {
        const wait = (regainMinutes(res.headers) ?? Math.min(15, 2 ** attempt)) * 60_000;
        if (wait > maxWait) throw new CollectError('rate_limited', `Meta throttled ${what} (code ${code ?? res.status}) for ${wait / 60_000} min`, { retryAt: now().getTime() + wait });
        await sleep(wait);
        attempt--;
        continue;
      }
      if (res.status >= 500 && attempt < attempts) {
        await sleep(backoffMs(attempt));
        continue;
      }
      throw new CollectError(res.status >= 500 ? 'transient' : 'bad_response', `Meta answered ${res.status} for ${what}: ${message}`);
    }
  }

  return {
    async *pages(collection: Collection, rawCursor: Record<string, unknown>): AsyncIterable<FetchedPage> {
      if (collection.platform !== 'meta_ads') throw new CollectError('config', `collection ${collection.name} is not a Meta Ad Library collection`);
      const cursor = { streams: { ...((rawCursor.streams ?? {}) as Record<string, StreamCursor>) } };
      const streams = [
        ...collection.searchTerms.map((t) => ({ key: `terms:${t}`, label: `search "${t}"`, param: ['search_terms', t] as const })),
        ...(collection.pageIds.length ? [{ key: `pages:${collection.pageIds.join(',')}`, label: `pages ${collection.pageIds.join(',')}`, param: ['search_page_ids', collection.pageIds.join(',')] as const }] : []),
      ];
      let pagesLeft = collection.maxPages;
      for (const s of streams) {
        const c = (cursor.streams[s.key] ??= {});
        let pageNo = 0;
        while (pagesLeft > 0) {
          let url: string;
          if (c.next) url = unmask(c.next);
          else {
            c.passStartedOn = day(now());
            const q = new URLSearchParams({
              [s.param[0]]: s.param[1],
              ad_reached_countries: JSON.stringify(collection.countries),
              ad_type: 'ALL',
              ad_active_status: 'ALL',
              fields: META_FIELDS,
              limit: '100',
              access_token: opts.accessToken,
            });
            if (c.since) q.set('ad_delivery_date_min', day(new Date(Date.parse(c.since) - 86_400_000)));
            url = `${base}/${version}/ads_archive?${q.toString()}`;
          }
          let fetched: { bytes: Buffer; requests: number };
          try {
            fetched = await getPage(url, s.label);
          } catch (e) {
            // A next-page URL that is refused would be refused on every run: start the pass over.
            if (e instanceof CollectError && e.kind === 'bad_response' && c.next) {
              delete c.next;
              delete c.passStartedOn;
              e.cursor = JSON.parse(JSON.stringify(cursor)) as Record<string, unknown>;
            }
            throw e;
          }
          const { bytes, requests } = fetched;
          let json: unknown;
          try {
            json = JSON.parse(bytes.toString('utf8'));
          } catch (e) {
            throw new CollectError('bad_response', `Meta returned a body that is not JSON for ${s.label}`, { cause: e });
          }
          const page = metaPageSchema.safeParse(json);
          if (!page.success) throw new CollectError('bad_response', `Meta response for ${s.label} does not have the ads_archive shape: ${page.error.issues[0]?.message ?? ''}`);
          pageNo++;
          pagesLeft--;
          const next = page.data.paging?.next;
          if (next && page.data.data.length > 0) c.next = next;
          else {
            c.since = c.passStartedOn ?? day(now());
            delete c.next;
            delete c.passStartedOn;
          }
          const data = page.data;
          yield { bytes, label: `${s.label} page ${pageNo}`, map: (ctx) => mapMetaPage(data, ctx), cursor: JSON.parse(JSON.stringify(cursor)) as Record<string, unknown>, requests };
          if (!c.next) break;
        }
      }
    },
  };
}
