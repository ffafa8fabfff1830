// YouTube Data API v3 through the generated googleapis client (@googleapis/youtube, see
// docs/decisions): channels' uploads playlists (cheap: 1 unit a call) and searches per EU region and
// language (expensive: 100 units), each turned into `videos.list` pages, mapped with the channels'
// facts. Quota units are counted per call against the collection's daily budget (YouTube's day ends
// at midnight Pacific time); a collection that would overspend stops for the day.
import { youtube, type youtube_v3 } from '@googleapis/youtube';
import type { Collection } from '../collect/collections-file.ts';
import { CollectError } from '../collect/collect-errors.ts';
import { backoffMs } from '../collect/platform-http.ts';
import { redactSecretsInText } from '../../infra/log/redact-url.ts';
import type { FetchedPage, Source } from '../collect/run-collection.ts';
import { mapYoutubeVideosPage, youtubeChannelSchema, youtubeVideosPageSchema, type YoutubeChannel } from './map-youtube.ts';

/** Documented quota cost per call. */
export const QUOTA = { search: 100, list: 1 } as const;

export interface YoutubeSourceOptions {
  apiKey: string;
  /** YOUTUBE_API_URL: scheme and host (https://www.googleapis.com); paths are the client's. */
  baseUrl: string;
  attempts?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
}

interface ChannelCursor {
  /** publishedAt of the newest upload of the last complete pass. */
  since?: string;
  pageToken?: string;
  passNewest?: string;
}

interface SearchCursor {
  since?: string;
  pageToken?: string;
  passStartedAt?: string;
}

const sleepMs = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The quota day: the calendar date in Pacific time, when YouTube resets quotas. */
export function quotaDay(d: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
}

interface GaxiosLikeError {
  status?: number;
  response?: { status?: number; data?: unknown };
  message: string;
}

function reasonOf(e: GaxiosLikeError): string {
  const data = e.response?.data;
  const text = data instanceof ArrayBuffer ? Buffer.from(data).toString('utf8') : typeof data === 'string' ? data : JSON.stringify(data ?? {});
  const m = /"reason"\s*:\s*"([A-Za-z]+)"/.exec(text);
  return m?.[1] ?? '';
}

export function createYoutubeSource(opts: YoutubeSourceOptions): Source {
  const sleep = opts.sleep ?? sleepMs;
  const now = opts.now ?? (() => new Date());
  const attempts = opts.attempts ?? 4;
  const yt = youtube({ version: 'v3', auth: opts.apiKey, rootUrl: `${opts.baseUrl.replace(/\/+$/, '')}/` });

  return {
    async *pages(collection: Collection, rawCursor: Record<string, unknown>, state: { quota: Readonly<Record<string, number>> }): AsyncIterable<FetchedPage> {
      if (collection.platform !== 'youtube') throw new CollectError('config', `collection ${collection.name} is not a YouTube collection`);
      const budget = collection.dailyQuota;
      const day = quotaDay(now());
      let spent = state.quota[day] ?? 0;
      let pageUnits = 0;
      let pageRequests = 0;
      const cursor = {
        channels: { ...((rawCursor.channels ?? {}) as Record<string, ChannelCursor>) },
        searches: { ...((rawCursor.searches ?? {}) as Record<string, SearchCursor>) },
      };

      /** One API call with its quota charged first; the raw bytes are kept for the archive. */
      async function call(units: number, what: string, run: () => Promise<{ data: unknown }>): Promise<Buffer> {
        if (spent + units > budget) {
          throw new CollectError('quota', `daily quota of ${budget} units would be exceeded by ${what} (${spent} spent on ${day} Pacific); the collection resumes tomorrow`);
        }
        for (let attempt = 1; ; attempt++) {
          spent += units;
          pageUnits += units;
          pageRequests++;
          try {
            const res = await run();
            return Buffer.from(res.data as ArrayBuffer);
          } catch (err) {
            const e = err as GaxiosLikeError;
            const status = e.status ?? e.response?.status ?? 0;
            const reason = reasonOf(e);
            if (reason === 'quotaExceeded' || reason === 'dailyLimitExceeded' || reason === 'rateLimitExceeded') {
              throw new CollectError('quota', `YouTube refused ${what}: ${reason}`, { cause: err });
            }
            if ((status === 400 && /key/i.test(reason)) || status === 401 || status === 403) {
              throw new CollectError('auth', `YouTube refused ${what} (${status}${reason ? ` ${reason}` : ''}): check YOUTUBE_API_KEY and that the YouTube Data API is enabled for its project`, { cause: err });
            }
            if ((status >= 500 || status === 0) && attempt < attempts) {
              await sleep(backoffMs(attempt));
              continue;
            }
            throw new CollectError(status >= 500 || status === 0 ? 'transient' : 'bad_response', `YouTube ${what} failed (${status}): ${redactSecretsInText(e.message)}`, { cause: err });
          }
        }
      }

      const json = (bytes: Buffer, what: string): unknown => {
        try {
          return JSON.parse(bytes.toString('utf8'));
        } catch (e) {
          throw new CollectError('bad_response', `YouTube returned a body that is not JSON for ${what}`, { cause: e });
        }
      };

      const channelFacts = new Map<string, YoutubeChannel>();
      const extra: Buffer[] = [];
      async function loadChannels(ids: string[]): Promise<void> {
        const missing = [...new Set(ids)].filter((id) => !channelFacts.has(id));
        for (let i = 0; i < missing.length; i += 50) {
          const batch = missing.slice(i, i + 50);
          const bytes = await call(QUOTA.list, 'channels.list', () => yt.channels.list({ part: ['snippet', 'statistics', 'contentDetails'], id: batch, maxResults: 50 }, { responseType: 'arraybuffer', retry: false }));
          extra.push(bytes);
          const body = json(bytes, 'channels.list') as { items?: unknown[] };
          for (const raw of body.items ?? []) {
            const c = youtubeChannelSchema.safeParse(raw);
            if (c.success) channelFacts.set(c.data.id, c.data);
          }
        }
      }

      /** videos.list for the ids, as the page to archive and map. */
      async function videosPage(ids: string[], label: string): Promise<FetchedPage> {
        const bytes = await call(QUOTA.list, 'videos.list', () => yt.videos.list({ part: ['snippet', 'statistics'], id: ids, maxResults: 50 }, { responseType: 'arraybuffer', retry: false }));
        const parsed = youtubeVideosPageSchema.safeParse(json(bytes, 'videos.list'));
        if (!parsed.success) throw new CollectError('bad_response', `videos.list response does not have the documented shape: ${parsed.error.issues[0]?.message ?? ''}`);
        const channelIds = parsed.data.items.flatMap((v) => {
          const id = (v as { snippet?: { channelId?: unknown } }).snippet?.channelId;
          return typeof id === 'string' ? [id] : [];
        });
        await loadChannels(channelIds);
        const facts = new Map(channelFacts);
        const page: FetchedPage = {
          bytes,
          extraBytes: extra.splice(0),
          label,
          map: (ctx) => mapYoutubeVideosPage(parsed.data, facts, ctx),
          cursor: JSON.parse(JSON.stringify(cursor)) as Record<string, unknown>,
          requests: pageRequests,
          quota: { day, units: pageUnits },
        };
        pageUnits = 0;
        pageRequests = 0;
        return page;
      }

      let pagesLeft = collection.maxPages;
      if (collection.channels.length) {
        await loadChannels(collection.channels);
        for (const channelId of collection.channels) {
          const uploads = channelFacts.get(channelId)?.contentDetails?.relatedPlaylists?.uploads;
          if (!uploads) continue;
          const c = (cursor.channels[channelId] ??= {});
          let pageNo = 0;
          while (pagesLeft > 0) {
            const bytes = await call(QUOTA.list, 'playlistItems.list', () => yt.playlistItems.list({ part: ['contentDetails'], playlistId: uploads, maxResults: 50, ...(c.pageToken ? { pageToken: c.pageToken } : {}) }, { responseType: 'arraybuffer', retry: false }));
            extra.push(bytes);
            const list = json(bytes, 'playlistItems.list') as youtube_v3.Schema$PlaylistItemListResponse;
            const entries = (list.items ?? []).map((i) => ({ id: i.contentDetails?.videoId, at: i.contentDetails?.videoPublishedAt })).filter((e): e is { id: string; at: string | undefined } => typeof e.id === 'string');
            // Uploads come newest first: stop at what the last complete pass already collected.
            const fresh = entries.filter((e) => !c.since || !e.at || Date.parse(e.at) > Date.parse(c.since));
            for (const e of fresh) if (e.at && (!c.passNewest || Date.parse(e.at) > Date.parse(c.passNewest))) c.passNewest = e.at;
            const done = fresh.length < entries.length || !list.nextPageToken;
            if (done) {
              if (c.passNewest) c.since = c.passNewest;
              delete c.pageToken;
              delete c.passNewest;
            } else c.pageToken = list.nextPageToken ?? undefined;
            pageNo++;
            pagesLeft--;
            if (fresh.length) yield await videosPage(fresh.map((e) => e.id), `channel ${channelId} uploads page ${pageNo}`);
            if (done) break;
          }
        }
      }
      for (const s of collection.search) {
        const key = `${s.q}|${s.regionCode ?? ''}|${s.relevanceLanguage ?? ''}`;
        const c = (cursor.searches[key] ??= {});
        let pageNo = 0;
        while (pagesLeft > 0) {
          c.passStartedAt ??= now().toISOString();
          const bytes = await call(QUOTA.search, 'search.list', () =>
            yt.search.list(
              {
                part: ['id'],
                q: s.q,
                type: ['video'],
                order: 'date',
                maxResults: 50,
                ...(s.regionCode ? { regionCode: s.regionCode } : {}),
                ...(s.relevanceLanguage ? { relevanceLanguage: s.relevanceLanguage } : {}),
                ...(c.since ? { publishedAfter: c.since } : {}),
                ...(c.pageToken ? { pageToken: c.pageToken } : {}),
              },
              { responseType: 'arraybuffer', retry: false },
            ),
          );
          extra.push(bytes);
          const list = json(bytes, 'search.list') as youtube_v3.Schema$SearchListResponse;
          const ids = (list.items ?? []).map((i) => i.id?.videoId).filter((id): id is string => typeof id === 'string');
          if (list.nextPageToken && ids.length) c.pageToken = list.nextPageToken;
          else {
            c.since = c.passStartedAt;
            delete c.pageToken;
            delete c.passStartedAt;
          }
          pageNo++;
          pagesLeft--;
          if (ids.length) yield await videosPage(ids, `search "${s.q}"${s.regionCode ? ` in ${s.regionCode}` : ''} page ${pageNo}`);
          if (!c.pageToken) break;
        }
      }
    },
  };
}
