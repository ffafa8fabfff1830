// X (Twitter) API v2: a tweet lookup response with expansions=author_id,attachments.media_keys.
// As in the real API, the tweet text carries t.co links and entities.urls holds the expanded URLs.
import type { Rng } from './prng.ts';
import { collectedAt, handleOf, isoSeconds, sha256Json, source, urlsIn, type Draft, type Shaped } from './draft.ts';

const TWITTER_EPOCH = 1288834974657n;
const userIds = new Map<string, string>();

/** Forget assigned ids, so that every generator run starts from the same state. */
export function resetXIds(): void {
  userIds.clear();
}

/** Snowflake ids encode the creation time, so ids sort like dates as they do on X. */
function snowflake(date: Date, rng: Rng): string {
  return (((BigInt(date.getTime()) - TWITTER_EPOCH) << 22n) | BigInt(rng.int(0, 4_194_303))).toString();
}

function userId(handle: string, rng: Rng): string {
  let id = userIds.get(handle);
  if (!id) {
    id = rng.digits(rng.chance(0.5) ? 18 : 10);
    userIds.set(handle, id);
  }
  return id;
}

export function shapeX(d: Draft, rng: Rng): Shaped {
  const handle = handleOf(d);
  const id = snowflake(d.publishedAt, rng);
  const authorId = userId(handle, rng);
  const urls: Array<{ start: number; end: number; url: string; expanded_url: string; display_url: string }> = [];
  // Rebuild the text with one t.co link per URL occurrence, in order, as X does.
  const text = d.text.replace(/https?:\/\/[^\s<>"]+/g, (found) => {
    const expanded = urlsIn(found)[0] ?? found;
    const short = `https://t.co/${rng.chars(10)}`;
    const display = expanded.replace(/^https?:\/\/(www\.)?/, '');
    urls.push({ start: 0, end: 0, url: short, expanded_url: expanded, display_url: display.length > 27 ? `${display.slice(0, 26)}…` : display });
    return short + found.slice(expanded.length);
  });
  for (const u of urls) {
    u.start = text.indexOf(u.url);
    u.end = u.start + u.url.length;
  }
  const hashtags = [...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, tag: m[1] ?? '' }));
  const media = d.logo
    ? [{ media_key: `3_${rng.digits(19)}`, type: 'photo', url: `https://pbs.twimg.com/media/${rng.chars(15)}.jpg`, alt_text: d.logo.altText, width: 1200, height: 675 }]
    : [];
  const f = d.person.followers;
  const metrics = {
    retweet_count: rng.int(0, Math.ceil(f / 800)),
    reply_count: rng.int(0, Math.ceil(f / 1500)),
    like_count: rng.int(1, Math.ceil(f / 120)),
    quote_count: rng.int(0, Math.ceil(f / 5000)),
    bookmark_count: rng.int(0, Math.ceil(f / 900)),
    impression_count: rng.int(Math.ceil(f / 20), f * 2),
  };
  const user = {
    id: authorId,
    username: handle,
    name: d.person.name,
    description: d.person.bio,
    location: d.person.location || undefined,
    url: `https://x.com/${handle}`,
    verified: false,
    public_metrics: { followers_count: f, following_count: rng.int(50, 2000), tweet_count: rng.int(500, 40_000), listed_count: rng.int(0, 400) },
  };
  const raw = {
    data: {
      id,
      text,
      author_id: authorId,
      conversation_id: id,
      created_at: isoSeconds(d.publishedAt),
      lang: d.lang,
      possibly_sensitive: false,
      edit_history_tweet_ids: [id],
      public_metrics: metrics,
      entities: { ...(urls.length ? { urls } : {}), ...(hashtags.length ? { hashtags } : {}) },
      ...(media.length ? { attachments: { media_keys: media.map((m) => m.media_key) } } : {}),
    },
    includes: { users: [user], ...(media.length ? { media } : {}) },
  };
  return {
    raw,
    item: {
      id: `x:${id}`,
      platform: 'x',
      kind: 'post',
      url: `https://x.com/${handle}/status/${id}`,
      publishedAt: isoSeconds(d.publishedAt),
      collectedAt: collectedAt(d.publishedAt, rng),
      author: { id: authorId, handle, name: d.person.name, url: user.url, followers: f, location: d.person.location || null, description: d.person.bio },
      text,
      links: urls.map((u) => ({ url: u.url, expandedUrl: u.expanded_url })),
      media: media.map((m) => ({ type: 'image' as const, url: m.url, altText: m.alt_text, ...(d.logo ? { logoFirmIds: [d.logo.firmId] } : {}) })),
      metrics: { views: metrics.impression_count, likes: metrics.like_count, shares: metrics.retweet_count + metrics.quote_count, comments: metrics.reply_count },
      source: source(d),
      evidence: { sha256: sha256Json(raw), rawRef: `sample/raw/x:${id}` },
    },
  };
}
