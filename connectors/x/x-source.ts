// X API v2 through twitter-api-v2: recent-search queries and user timelines, page by page, resumable.
// Cursor per query: `sinceId` (newest tweet of the last complete pass: the next pass asks only for
// newer ones) and, mid-pass, `nextToken` and `passNewest`, so a crash resumes the pass where it was.
// Handles resolve to user ids once: handles change hands, ids do not.
import http from 'node:http';
import { ApiRequestError, ApiResponseError, TwitterApi, type TwitterApiReadOnly } from 'twitter-api-v2';
import type { Collection } from '../collect/collections-file.ts';
import { CollectError } from '../collect/collect-errors.ts';
import type { FetchedPage, Source } from '../collect/run-collection.ts';
import { mapXPage, xPageSchema } from './map-x.ts';
import { redactSecretsInText } from '../../infra/log/redact-url.ts';
import { backoffMs } from '../collect/platform-http.ts';

/** What the enrichers need, asked for on every tweet request. */
export const X_FIELDS = {
  'tweet.fields': 'created_at,lang,entities,public_metrics,author_id,attachments,note_tweet,withheld',
  expansions: 'author_id,attachments.media_keys',
  'user.fields': 'username,name,location,description,public_metrics',
  'media.fields': 'url,preview_image_url,alt_text,type',
} as const;

export interface XSourceOptions {
  bearerToken: string;
  /** X_API_URL: scheme and host of the API (https://api.x.com). */
  baseUrl: string;
  /** Longest wait for a rate-limit reset before the run stops and leaves the rest to the next run. */
  maxRateLimitWaitMs?: number;
  /** Attempts for 5xx and network errors, with capped exponential back-off. */
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

interface QueryCursor {
  sinceId?: string;
  nextToken?: string;
  passNewest?: string;
}

interface XCursor {
  queries: Record<string, QueryCursor>;
  userIds: Record<string, string>;
}

const sleepMs = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Snowflake ids compare as numbers; they are longer than 2^53, so as BigInt. */
const newer = (a: string | undefined, b: string | undefined): string | undefined => (!a ? b : !b ? a : BigInt(a) >= BigInt(b) ? a : b);

function readCursor(raw: Record<string, unknown>): XCursor {
  const queries = (raw.queries ?? {}) as Record<string, QueryCursor>;
  const userIds = (raw.userIds ?? {}) as Record<string, string>;
  return { queries: { ...queries }, userIds: { ...userIds } };
}

export function createXSource(opts: XSourceOptions): Source & { requests: () => number } {
  const sleep = opts.sleep ?? sleepMs;
  const now = opts.now ?? Date.now;
  const maxWait = opts.maxRateLimitWaitMs ?? 15 * 60_000;
  const attempts = opts.attempts ?? 4;
  const base = opts.baseUrl.replace(/\/+$/, '');
  // https.request refuses http: URLs unless given an http agent; plain http is only allowed for
  // loopback test servers (checked when the config is loaded).
  const settings = base.startsWith('http:') ? { httpAgent: new http.Agent() } : {};
  const client: TwitterApiReadOnly = new TwitterApi(opts.bearerToken, settings).readOnly;
  const v2 = client.v2;
  // X_API_URL replaces the scheme and host and keeps the paths: every call names its prefix.
  const prefix = `${base}/2/`;
  let requests = 0;

  /** One GET with the raw body kept (the archive needs the bytes X sent, not a re-serialisation). */
  async function get(endpoint: string, query: Record<string, string | number>): Promise<Buffer> {
    for (let attempt = 1; ; attempt++) {
      requests++;
      try {
        const res = await v2.get<Buffer>(endpoint, query, { fullResponse: true, forceParseMode: 'buffer', prefix });
        return res.data;
      } catch (e) {
        if (e instanceof ApiResponseError) {
          if (e.code === 401 || e.code === 403) {
            throw new CollectError('auth', `X answered ${e.code} for ${endpoint}: check X_BEARER_TOKEN and the app's API access tier`, { cause: e });
          }
          if (e.code === 429) {
            const reset = (e.rateLimit?.reset ?? Number(e.headers['x-rate-limit-reset'])) * 1000;
            const wait = Number.isFinite(reset) ? Math.max(0, reset - now()) + 1000 : 60_000;
            if (wait > maxWait) throw new CollectError('rate_limited', `X rate limit on ${endpoint} resets in ${Math.ceil(wait / 1000)} s`, { cause: e, retryAt: now() + wait });
            // Wait for the window to reset, never a hot loop; this request is not counted as an attempt.
            await sleep(wait);
            attempt--;
            continue;
          }
          if (e.code >= 500 && attempt < attempts) {
            await sleep(backoffMs(attempt));
            continue;
          }
          if (e.code >= 500) throw new CollectError('transient', `X answered ${e.code} for ${endpoint} ${attempts} times`, { cause: e });
          throw new CollectError('bad_response', `X answered ${e.code} for ${endpoint}: ${redactSecretsInText(e.message)}`, { cause: e });
        }
        if (e instanceof ApiRequestError && attempt < attempts) {
          await sleep(backoffMs(attempt));
          continue;
        }
        throw new CollectError('transient', `X request ${endpoint} failed: ${redactSecretsInText((e as Error).message)}`, { cause: e });
      }
    }
  }

  function parsePage(bytes: Buffer, what: string) {
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch (e) {
      throw new CollectError('bad_response', `X returned a body that is not JSON for ${what}`, { cause: e });
    }
    const page = xPageSchema.safeParse(json);
    if (!page.success) throw new CollectError('bad_response', `X response for ${what} does not have the documented shape: ${page.error.issues[0]?.message ?? ''}`);
    return page.data;
  }

  async function userId(handle: string, cursor: XCursor): Promise<string | null> {
    const key = handle.replace(/^@/, '').toLowerCase();
    const known = cursor.userIds[key];
    if (known) return known;
    const bytes = await get(`users/by/username/${encodeURIComponent(key)}`, {});
    const body = JSON.parse(bytes.toString('utf8')) as { data?: { id?: unknown } };
    const id = typeof body.data?.id === 'string' && /^\d{1,20}$/.test(body.data.id) ? body.data.id : null;
    if (id) cursor.userIds[key] = id;
    return id;
  }

  return {
    requests: () => requests,
    async *pages(collection: Collection, rawCursor: Record<string, unknown>): AsyncIterable<FetchedPage> {
      if (collection.platform !== 'x') throw new CollectError('config', `collection ${collection.name} is not an X collection`);
      const cursor = readCursor(rawCursor);
      const streams: Array<{ key: string; label: string; endpoint: () => Promise<string | null>; query: Record<string, string | number> }> = [
        ...collection.search.map((q) => ({ key: `search:${q}`, label: `search "${q}"`, endpoint: async () => 'tweets/search/recent', query: { query: q, max_results: 100 } })),
        ...collection.handles.map((h) => ({
          key: `user:${h.replace(/^@/, '').toLowerCase()}`,
          label: `timeline @${h.replace(/^@/, '')}`,
          endpoint: async () => {
            const id = await userId(h, cursor);
            return id ? `users/${id}/tweets` : null;
          },
          query: { max_results: 100 },
        })),
      ];
      let pagesLeft = collection.maxPages;
      for (const s of streams) {
        const before = requests;
        const endpoint = await s.endpoint();
        if (!endpoint) continue;
        const q = (cursor.queries[s.key] ??= {});
        let pageNo = 0;
        while (pagesLeft > 0) {
          const query: Record<string, string | number> = { ...s.query, ...X_FIELDS };
          if (q.sinceId) query.since_id = q.sinceId;
          // Search pages with next_token, timelines with pagination_token.
          if (q.nextToken) query[endpoint.startsWith('users/') ? 'pagination_token' : 'next_token'] = q.nextToken;
          const requestsBefore = requests;
          const bytes = await get(endpoint, query);
          const page = parsePage(bytes, s.label);
          pageNo++;
          pagesLeft--;
          q.passNewest = newer(q.passNewest, page.meta?.newest_id);
          const next = page.meta?.next_token;
          if (next) q.nextToken = next;
          else {
            // Pass complete: the next run asks only for tweets newer than this pass's newest.
            q.sinceId = newer(q.sinceId, q.passNewest);
            delete q.nextToken;
            delete q.passNewest;
          }
          yield {
            bytes,
            label: `${s.label} page ${pageNo}`,
            map: (ctx) => mapXPage(page, ctx),
            cursor: JSON.parse(JSON.stringify(cursor)) as Record<string, unknown>,
            requests: requests - requestsBefore + (pageNo === 1 ? requestsBefore - before : 0),
          };
          if (!next) break;
        }
      }
    },
  };
}
