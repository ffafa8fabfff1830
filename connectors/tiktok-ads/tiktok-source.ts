// TikTok Commercial Content API: a client-credentials token (POST /v2/oauth/token/), then
// `POST /v2/research/adlib/ad/query/` per search term and EU country, paged with search_id/has_more.
// Incremental by day: a complete pass records its start day and the next one asks for ads published
// from the day before (ad_published_date_range), so nothing around midnight is lost.
import type { Collection } from '../collect/collections-file.ts';
import { CollectError } from '../collect/collect-errors.ts';
import { backoffMs, type PlatformHttp } from '../collect/platform-http.ts';
import type { FetchedPage, Source } from '../collect/run-collection.ts';
import { mapTiktokPage, tiktokPageSchema } from './map-tiktok-ads.ts';

export const TIKTOK_FIELDS = 'ad.id,ad.first_shown_date,ad.last_shown_date,ad.status,ad.status_statement,ad.videos,ad.image_urls,ad.reach,advertiser.business_id,advertiser.business_name,advertiser.paid_for_by';

export interface TiktokSourceOptions {
  clientKey: string;
  clientSecret: string;
  /** TIKTOK_API_URL: scheme and host (https://open.tiktokapis.com). */
  baseUrl: string;
  http: PlatformHttp;
  attempts?: number;
  maxRateLimitWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
}

interface StreamCursor {
  since?: string;
  searchId?: string;
  passStartedOn?: string;
}

const sleepMs = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const ymd = (d: Date): string => d.toISOString().slice(0, 10).replace(/-/g, '');
const ymdMinus = (day: string, days: number): string => ymd(new Date(Date.parse(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T00:00:00Z`) - days * 86_400_000));

export function createTiktokSource(opts: TiktokSourceOptions): Source {
  const sleep = opts.sleep ?? sleepMs;
  const now = opts.now ?? (() => new Date());
  const attempts = opts.attempts ?? 4;
  const maxWait = opts.maxRateLimitWaitMs ?? 15 * 60_000;
  const base = opts.baseUrl.replace(/\/+$/, '');
  let token: { value: string; expiresAt: number } | null = null;

  async function accessToken(): Promise<{ value: string; requests: number }> {
    if (token && token.expiresAt > now().getTime() + 60_000) return { value: token.value, requests: 0 };
    const res = await opts.http(`${base}/v2/oauth/token/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'cache-control': 'no-cache' },
      body: new URLSearchParams({ client_key: opts.clientKey, client_secret: opts.clientSecret, grant_type: 'client_credentials' }).toString(),
    });
    let body: { access_token?: unknown; expires_in?: unknown; error?: unknown; error_description?: unknown } = {};
    try {
      body = JSON.parse(res.bytes.toString('utf8')) as typeof body;
    } catch {
      // handled below: no token
    }
    if (res.status !== 200 || typeof body.access_token !== 'string') {
      const why = typeof body.error === 'string' ? `${body.error}${typeof body.error_description === 'string' ? `: ${body.error_description}` : ''}` : `HTTP ${res.status}`;
      throw new CollectError(res.status >= 500 ? 'transient' : 'auth', `TikTok refused the client-credentials token (${why}): check TIKTOK_CLIENT_KEY, TIKTOK_CLIENT_SECRET and the research client's approval`);
    }
    const ttl = typeof body.expires_in === 'number' ? body.expires_in * 1000 : 3_600_000;
    token = { value: body.access_token, expiresAt: now().getTime() + ttl };
    return { value: token.value, requests: 1 };
  }

  async function query(body: unknown, what: string): Promise<{ bytes: Buffer; requests: number }> {
    let requests = 0;
    for (let attempt = 1; ; attempt++) {
      const t = await accessToken();
      requests += t.requests + 1;
      const res = await opts.http(`${base}/v2/research/adlib/ad/query/?fields=${TIKTOK_FIELDS}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t.value}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).catch((e: unknown) => {
        if (e instanceof CollectError && e.kind === 'transient' && attempt < attempts) return null;
        throw e;
      });
      if (!res) {
        await sleep(backoffMs(attempt));
        continue;
      }
      const parsed = (() => {
        try {
          return JSON.parse(res.bytes.toString('utf8')) as { error?: { code?: string; message?: string } };
        } catch {
          return {};
        }
      })();
      const code = parsed.error?.code ?? '';
      if (res.status === 200 && (code === 'ok' || code === '')) return { bytes: res.bytes, requests };
      if (res.status === 401 || code === 'access_token_invalid' || code === 'scope_not_authorized') {
        if (code === 'access_token_invalid' && attempt === 1) {
          token = null; // expired early: one new token, then give up
          continue;
        }
        throw new CollectError('auth', `TikTok refused ${what} (${code || res.status}): check the research client's scopes (research.adlib.basic)`);
      }
      if (res.status === 429 || code === 'rate_limit_exceeded') {
        // The documented cap is per day: the rest waits for the next run unless the server says when.
        const retryAfter = Number(res.headers.get('retry-after'));
        const wait = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : Infinity;
        if (wait > maxWait) throw new CollectError('rate_limited', `TikTok rate limit or daily request cap reached during ${what}`, { retryAt: Number.isFinite(wait) ? now().getTime() + wait : null });
        await sleep(wait);
        attempt--;
        continue;
      }
      if (res.status >= 500 && attempt < attempts) {
        await sleep(backoffMs(attempt));
        continue;
      }
      throw new CollectError(res.status >= 500 ? 'transient' : 'bad_response', `TikTok answered ${res.status} (${code || 'no code'}) for ${what}: ${parsed.error?.message ?? ''}`.trim());
    }
  }

  return {
    async *pages(collection: Collection, rawCursor: Record<string, unknown>): AsyncIterable<FetchedPage> {
      if (collection.platform !== 'tiktok_ads') throw new CollectError('config', `collection ${collection.name} is not a TikTok ad collection`);
      const cursor = { streams: { ...((rawCursor.streams ?? {}) as Record<string, StreamCursor>) } };
      let pagesLeft = collection.maxPages;
      for (const term of collection.searchTerms) {
        for (const country of collection.countries) {
          const key = `${term}|${country}`;
          const c = (cursor.streams[key] ??= {});
          let pageNo = 0;
          while (pagesLeft > 0) {
            const today = ymd(now());
            c.passStartedOn ??= today;
            const min = c.since ? ymdMinus(c.since, 1) : ymdMinus(today, collection.lookbackDays);
            const body = {
              filters: { ad_published_date_range: { min, max: today }, country_code: country },
              search_term: term,
              max_count: 50,
              ...(c.searchId ? { search_id: c.searchId } : {}),
            };
            const what = `search "${term}" in ${country}`;
            const { bytes, requests } = await query(body, what);
            const page = tiktokPageSchema.safeParse(JSON.parse(bytes.toString('utf8')));
            if (!page.success) throw new CollectError('bad_response', `TikTok response for ${what} does not have the documented shape: ${page.error.issues[0]?.message ?? ''}`);
            pageNo++;
            pagesLeft--;
            const more = page.data.data?.has_more === true && typeof page.data.data.search_id === 'string' && (page.data.data.ads.length ?? 0) > 0;
            if (more) c.searchId = page.data.data!.search_id;
            else {
              c.since = c.passStartedOn;
              delete c.searchId;
              delete c.passStartedOn;
            }
            const data = page.data;
            yield { bytes, label: `${what} page ${pageNo}`, map: (ctx) => mapTiktokPage(data, country, ctx), cursor: JSON.parse(JSON.stringify(cursor)) as Record<string, unknown>, requests };
            if (!more) break;
          }
          if (pagesLeft <= 0) return;
        }
      }
    },
  };
}
