// YouTube Data API v3: a videos.list resource (snippet, contentDetails, statistics) plus the
// channels.list resource of its channel, which is where handle, country and subscribers live.
import type { Rng } from './prng.ts';
import { collectedAt, handleOf, isoSeconds, sha256Json, source, urlsIn, type Draft, type Shaped } from './draft.ts';

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const channelIds = new Map<string, string>();

/** Forget assigned ids, so that every generator run starts from the same state. */
export function resetYouTubeIds(): void {
  channelIds.clear();
}

function channelId(handle: string, rng: Rng): string {
  let id = channelIds.get(handle);
  if (!id) {
    id = `UC${rng.chars(22, ID_CHARS)}`;
    channelIds.set(handle, id);
  }
  return id;
}

export function shapeYouTube(d: Draft, rng: Rng): Shaped {
  const handle = handleOf(d);
  const id = rng.chars(11, ID_CHARS);
  const chId = channelId(handle, rng);
  const title = d.title ?? d.text.split('\n')[0]?.slice(0, 90) ?? '';
  const f = d.person.followers;
  const views = rng.int(Math.ceil(f / 30), f * 3);
  const likes = rng.int(Math.ceil(views / 80), Math.ceil(views / 20));
  const comments = rng.int(0, Math.ceil(views / 300));
  const thumb = (q: string, w: number, h: number) => ({ url: `https://i.ytimg.com/vi/${id}/${q}.jpg`, width: w, height: h });
  const video = {
    kind: 'youtube#video',
    etag: rng.chars(27, ID_CHARS),
    id,
    snippet: {
      publishedAt: d.publishedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
      channelId: chId,
      title,
      description: d.text,
      thumbnails: { default: thumb('default', 120, 90), high: thumb('hqdefault', 480, 360), maxres: thumb('maxresdefault', 1280, 720) },
      channelTitle: d.person.name,
      tags: ['crypto', 'bitcoin'],
      categoryId: '27',
      liveBroadcastContent: 'none',
      defaultLanguage: d.lang,
      defaultAudioLanguage: d.lang,
    },
    contentDetails: { duration: `PT${rng.int(6, 28)}M${rng.int(0, 59)}S`, definition: 'hd', caption: 'false' },
    statistics: { viewCount: String(views), likeCount: String(likes), favoriteCount: '0', commentCount: String(comments) },
  };
  const channel = {
    kind: 'youtube#channel',
    id: chId,
    snippet: { title: d.person.name, description: d.person.bio, customUrl: `@${handle}`, ...(d.person.country ? { country: d.person.country } : {}) },
    statistics: { subscriberCount: String(f), hiddenSubscriberCount: false },
  };
  const raw = { video, channel };
  return {
    raw,
    item: {
      id: `youtube:${id}`,
      platform: 'youtube',
      kind: 'video',
      url: `https://www.youtube.com/watch?v=${id}`,
      publishedAt: isoSeconds(d.publishedAt),
      collectedAt: collectedAt(d.publishedAt, rng),
      author: {
        id: chId,
        handle,
        name: d.person.name,
        url: `https://www.youtube.com/@${handle}`,
        followers: f,
        location: d.person.location || null,
        country: d.person.country,
        description: d.person.bio,
      },
      title,
      text: d.text,
      links: urlsIn(d.text).map((url) => ({ url })),
      media: [
        {
          type: 'image' as const,
          url: thumb('maxresdefault', 1280, 720).url,
          ...(d.logo ? { altText: d.logo.altText, ocrText: d.logo.ocrText ?? null, logoFirmIds: [d.logo.firmId] } : {}),
        },
      ],
      metrics: { views, likes, comments },
      source: source(d),
      evidence: { sha256: sha256Json(raw), rawRef: `sample/raw/youtube:${id}` },
    },
  };
}
