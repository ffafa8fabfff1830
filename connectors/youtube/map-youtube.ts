// YouTube Data API v3 `videos.list` page (part=snippet,statistics) -> normalized items, with the
// channel facts from `channels.list` (snippet.country, statistics.subscriberCount). Pure.
// A video's description is where influencers put their referral links and codes; the thumbnail is
// where the firm's logo usually is.
import { z } from 'zod';
import type { NormalizedItemInput } from '../../pipelines/contracts/item.ts';
import { recordEvidence, toRecord, type MappedPage, type MappedRecord, type PageContext } from '../collect/mapped-page.ts';

const thumb = z.object({ url: z.string() });

const videoSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{6,20}$/),
  snippet: z.object({
    publishedAt: z.string(),
    channelId: z.string(),
    channelTitle: z.string().optional(),
    title: z.string(),
    description: z.string().optional(),
    thumbnails: z.record(z.string(), thumb).optional(),
    defaultLanguage: z.string().optional(),
    defaultAudioLanguage: z.string().optional(),
  }),
  // The API returns counts as strings of digits (int64 in JSON).
  statistics: z
    .object({ viewCount: z.string().optional(), likeCount: z.string().optional(), commentCount: z.string().optional() })
    .optional(),
});

export const youtubeVideosPageSchema = z.object({
  kind: z.string().optional(),
  items: z.array(z.unknown()).default([]),
  nextPageToken: z.string().optional(),
});

export const youtubeChannelSchema = z.object({
  id: z.string(),
  snippet: z.object({ title: z.string().optional(), description: z.string().optional(), customUrl: z.string().optional(), country: z.string().optional() }).optional(),
  statistics: z.object({ subscriberCount: z.string().optional(), hiddenSubscriberCount: z.boolean().optional() }).optional(),
  contentDetails: z.object({ relatedPlaylists: z.object({ uploads: z.string().optional() }).optional() }).optional(),
});

export type YoutubeVideosPage = z.infer<typeof youtubeVideosPageSchema>;
export type YoutubeChannel = z.infer<typeof youtubeChannelSchema>;

const count = (s: string | undefined): number | null => (s !== undefined && /^\d{1,18}$/.test(s) ? Number(s) : null);

/** The largest thumbnail the API lists: logo detection and OCR need the pixels. */
function bestThumbnail(thumbs: Record<string, { url: string }> | undefined): string | null {
  for (const size of ['maxres', 'standard', 'high', 'medium', 'default']) {
    const t = thumbs?.[size];
    if (t) return t.url;
  }
  return null;
}

function mapVideo(v: z.infer<typeof videoSchema>, channel: YoutubeChannel | undefined, ctx: PageContext, evidence: { sha256: string; rawRef: string }): NormalizedItemInput {
  const s = v.snippet;
  const thumbUrl = bestThumbnail(s.thumbnails);
  const country = channel?.snippet?.country;
  const handle = channel?.snippet?.customUrl?.replace(/^@/, '') ?? null;
  return {
    id: `youtube:${v.id}`,
    platform: 'youtube',
    kind: 'video',
    url: `https://www.youtube.com/watch?v=${v.id}`,
    publishedAt: s.publishedAt,
    collectedAt: ctx.collectedAt,
    author: {
      id: s.channelId,
      handle,
      name: channel?.snippet?.title ?? s.channelTitle ?? null,
      url: `https://www.youtube.com/channel/${s.channelId}`,
      followers: channel?.statistics?.hiddenSubscriberCount ? null : count(channel?.statistics?.subscriberCount),
      // ISO 3166-1 alpha-2 as the channel declared it: a stated location, not a proof of audience.
      country: country && /^[A-Za-z]{2}$/.test(country) ? country.toUpperCase() : null,
      description: channel?.snippet?.description ?? null,
    },
    title: s.title,
    text: s.description ?? '',
    links: [],
    media: thumbUrl ? [{ type: 'image', url: thumbUrl }] : [],
    metrics: { views: count(v.statistics?.viewCount), likes: count(v.statistics?.likeCount), comments: count(v.statistics?.commentCount) },
    source: { connector: 'youtube', query: ctx.query, watchlistIds: [] },
    evidence,
  };
}

/** Maps one `videos.list` page; `channels` holds what `channels.list` returned for their channels. */
export function mapYoutubeVideosPage(page: YoutubeVideosPage, channels: ReadonlyMap<string, YoutubeChannel>, ctx: PageContext): MappedPage {
  const records: MappedRecord[] = [];
  page.items.forEach((value, i) => {
    const pointer = `/items/${i}`;
    const raw = Buffer.from(JSON.stringify(value) ?? 'null');
    const parsed = videoSchema.safeParse(value);
    if (!parsed.success) {
      const fields = parsed.error.issues.slice(0, 3).map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ');
      records.push(toRecord(pointer, raw, { error: `video does not map: ${fields}` }));
      return;
    }
    records.push(toRecord(pointer, raw, mapVideo(parsed.data, channels.get(parsed.data.snippet.channelId), ctx, recordEvidence(ctx, pointer, raw))));
  });
  return { records, notices: [] };
}
