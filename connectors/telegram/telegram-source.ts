// Telegram public channels through their web preview, t.me/s/<channel>: the newest page first, then
// older ones with `?before=<oldest id on the page>`, down to the newest message of the last complete
// pass. No account and no API key; a public page is read as a person would, so requests are spaced
// (delaySeconds) and capped per run (maxPages).
import type { Collection } from '../collect/collections-file.ts';
import { CollectError } from '../collect/collect-errors.ts';
import { backoffMs, type PlatformHttp } from '../collect/platform-http.ts';
import type { FetchedPage, Source } from '../collect/run-collection.ts';
import { mapTelegramPage } from './map-telegram.ts';

export interface TelegramSourceOptions {
  /** TELEGRAM_WEB_URL: scheme and host (https://t.me). */
  baseUrl: string;
  http: PlatformHttp;
  attempts?: number;
  maxRateLimitWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

interface ChannelCursor {
  /** Newest message id of the last complete pass: older ones were collected. */
  lastId?: number;
  /** Mid-pass: the `before=` of the next page, and the newest id this pass has seen. */
  before?: number;
  passNewest?: number;
}

const sleepMs = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function createTelegramSource(opts: TelegramSourceOptions): Source {
  const sleep = opts.sleep ?? sleepMs;
  const attempts = opts.attempts ?? 4;
  const maxWait = opts.maxRateLimitWaitMs ?? 10 * 60_000;
  const base = opts.baseUrl.replace(/\/+$/, '');

  async function getPage(url: string, what: string): Promise<{ html: Buffer; requests: number }> {
    let requests = 0;
    for (let attempt = 1; ; attempt++) {
      requests++;
      const res = await opts.http(url, { headers: { accept: 'text/html' } }).catch((e: unknown) => {
        if (e instanceof CollectError && e.kind === 'transient' && attempt < attempts) return null;
        throw e;
      });
      if (!res) {
        await sleep(backoffMs(attempt));
        continue;
      }
      if (res.status === 200) return { html: res.bytes, requests };
      if (res.status === 429) {
        const wait = (Number(res.headers.get('retry-after')) || 60) * 1000;
        if (wait > maxWait) throw new CollectError('rate_limited', `t.me asked to wait ${wait / 1000} s for ${what}`);
        await sleep(wait);
        attempt--;
        continue;
      }
      if (res.status >= 500 && attempt < attempts) {
        await sleep(backoffMs(attempt));
        continue;
      }
      // t.me answers an unknown or private channel's preview with a redirect to its plain page.
      if (res.status >= 300 && res.status < 400) throw new CollectError('config', `${what}: no public web preview (the channel is unknown, private, or has disabled its preview)`);
      throw new CollectError(res.status >= 500 ? 'transient' : 'bad_response', `t.me answered ${res.status} for ${what}`);
    }
  }

  return {
    async *pages(collection: Collection, rawCursor: Record<string, unknown>): AsyncIterable<FetchedPage> {
      if (collection.platform !== 'telegram') throw new CollectError('config', `collection ${collection.name} is not a Telegram collection`);
      const cursor = { channels: { ...((rawCursor.channels ?? {}) as Record<string, ChannelCursor>) } };
      let pagesLeft = collection.maxPages;
      let first = true;
      for (const name of collection.channels) {
        const key = name.toLowerCase();
        const c = (cursor.channels[key] ??= {});
        let pageNo = 0;
        while (pagesLeft > 0) {
          if (!first && collection.delaySeconds > 0) await sleep(collection.delaySeconds * 1000);
          first = false;
          const url = `${base}/s/${encodeURIComponent(name)}${c.before ? `?before=${c.before}` : ''}`;
          const what = `channel ${name}${c.before ? ` before ${c.before}` : ''}`;
          const { html, requests } = await getPage(url, what);
          const page = mapTelegramPage(html.toString('utf8'), { collectedAt: new Date(0).toISOString(), query: null, pageSha256: '' });
          if (pageNo === 0 && !c.before && page.channel === null) {
            throw new CollectError('config', `${what}: the page shows no messages (unknown or private channel, or no posts yet)`);
          }
          pageNo++;
          pagesLeft--;
          if (page.newestId !== null) c.passNewest = Math.max(c.passNewest ?? 0, page.newestId);
          // Older pages exist while this one did not reach what the last pass already collected.
          // A page that is no older than the one asked for (a server ignoring before=) ends the pass
          // too: going on would fetch the same page until maxPages.
          const noProgress = c.before !== undefined && page.oldestId !== null && page.oldestId >= c.before;
          const reachedKnown = page.oldestId === null || !page.hasOlder || noProgress || (c.lastId !== undefined && page.oldestId <= c.lastId) || page.oldestId <= 1;
          if (reachedKnown) {
            if (c.passNewest !== undefined) c.lastId = Math.max(c.lastId ?? 0, c.passNewest);
            delete c.before;
            delete c.passNewest;
          } else c.before = page.oldestId!;
          // Messages of the boundary page that the last pass already had are published again: their
          // ids are stable, so downstream that is a no-op.
          yield {
            bytes: html,
            label: `${what} page ${pageNo}`,
            map: (ctx) => mapTelegramPage(html.toString('utf8'), ctx),
            cursor: JSON.parse(JSON.stringify(cursor)) as Record<string, unknown>,
            requests,
          };
          if (reachedKnown) break;
        }
      }
    },
  };
}
