// X API v2 page (recent search or user timeline) -> normalized items. Pure: the page is parsed JSON,
// the result is one record per tweet. The fields read are the ones the enrichers need, asked for by
// the client with tweet.fields / expansions / user.fields / media.fields (connectors/x/x-fields.ts).
import { z } from 'zod';
import type { NormalizedItemInput } from '../../pipelines/contracts/item.ts';
import { recordEvidence, toRecord, type MappedPage, type MappedRecord, type PageContext } from '../collect/mapped-page.ts';

const urlEntity = z.object({
  url: z.string(),
  expanded_url: z.string().optional(),
  unwound_url: z.string().optional(),
});

const tweetSchema = z.object({
  id: z.string().regex(/^\d{1,20}$/),
  text: z.string(),
  author_id: z.string().regex(/^\d{1,20}$/),
  created_at: z.string(),
  lang: z.string().optional(),
  public_metrics: z
    .object({
      retweet_count: z.number().optional(),
      reply_count: z.number().optional(),
      like_count: z.number().optional(),
      quote_count: z.number().optional(),
      impression_count: z.number().optional(),
    })
    .optional(),
  entities: z.object({ urls: z.array(urlEntity).optional() }).optional(),
  attachments: z.object({ media_keys: z.array(z.string()).optional() }).optional(),
  // Withheld in some countries: X still returns the tweet, with the countries listed.
  withheld: z.object({ country_codes: z.array(z.string()).optional(), copyright: z.boolean().optional() }).optional(),
  note_tweet: z.object({ text: z.string() }).optional(),
});

const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string().optional(),
  location: z.string().optional(),
  description: z.string().optional(),
  public_metrics: z.object({ followers_count: z.number().optional() }).optional(),
});

const mediaSchema = z.object({
  media_key: z.string(),
  type: z.string(),
  url: z.string().optional(),
  preview_image_url: z.string().optional(),
  alt_text: z.string().optional(),
});

/** X's "partial error": the request succeeded, but some requested resources could not be returned. */
const problemSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  type: z.string().optional(),
  resource_id: z.string().optional(),
  resource_type: z.string().optional(),
  value: z.string().optional(),
});

export const xPageSchema = z.object({
  data: z.array(z.unknown()).optional(),
  includes: z
    .object({
      users: z.array(z.unknown()).optional(),
      media: z.array(z.unknown()).optional(),
    })
    .optional(),
  errors: z.array(z.unknown()).optional(),
  meta: z
    .object({
      newest_id: z.string().optional(),
      oldest_id: z.string().optional(),
      result_count: z.number().optional(),
      next_token: z.string().optional(),
    })
    .optional(),
});

export type XPage = z.infer<typeof xPageSchema>;

type XUser = z.infer<typeof userSchema>;
type XMedia = z.infer<typeof mediaSchema>;

/**
 * Lookup table of a page's includes: the parsed entry and the entry as X sent it (zod drops unknown
 * keys, and the evidence must be what X sent). An entry that does not parse is simply absent.
 */
function index<T>(values: unknown[] | undefined, schema: z.ZodType<T>, key: (v: T) => string): Map<string, { value: T; raw: unknown }> {
  const out = new Map<string, { value: T; raw: unknown }>();
  for (const raw of values ?? []) {
    const p = schema.safeParse(raw);
    if (p.success) out.set(key(p.data), { value: p.data, raw });
  }
  return out;
}

function mediaItem(m: XMedia): NonNullable<NormalizedItemInput['media']>[number] {
  // Videos and GIFs have no `url`, only a still (preview_image_url): that still is what OCR and logo
  // detection can look at.
  const url = m.url ?? m.preview_image_url ?? null;
  return { type: m.type === 'photo' ? 'image' : m.type === 'video' || m.type === 'animated_gif' ? 'video' : 'other', url, altText: m.alt_text ?? null };
}

function mapTweet(tweet: z.infer<typeof tweetSchema>, user: XUser | undefined, media: XMedia[], ctx: PageContext, evidence: { sha256: string; rawRef: string }): NormalizedItemInput | { error: string } {
  if (!user) return { error: `author ${tweet.author_id} is not in includes.users (was expansions=author_id requested?)` };
  const m = tweet.public_metrics ?? {};
  const shares = m.retweet_count === undefined && m.quote_count === undefined ? null : (m.retweet_count ?? 0) + (m.quote_count ?? 0);
  return {
    id: `x:${tweet.id}`,
    platform: 'x',
    kind: 'post',
    url: `https://x.com/${user.username}/status/${tweet.id}`,
    publishedAt: tweet.created_at,
    collectedAt: ctx.collectedAt,
    author: {
      id: user.id,
      handle: user.username,
      name: user.name ?? null,
      url: `https://x.com/${user.username}`,
      followers: user.public_metrics?.followers_count ?? null,
      location: user.location ?? null,
      description: user.description ?? null,
    },
    // Long posts: `text` is cut at 280 characters and the whole text is in note_tweet.
    text: tweet.note_tweet?.text ?? tweet.text,
    links: (tweet.entities?.urls ?? []).map((u) => ({ url: u.url, expandedUrl: u.unwound_url ?? u.expanded_url ?? null })),
    media: media.map(mediaItem),
    metrics: { views: m.impression_count ?? null, likes: m.like_count ?? null, shares, comments: m.reply_count ?? null },
    source: { connector: 'x', query: ctx.query, watchlistIds: [] },
    evidence,
  };
}

/** Maps one page. A tweet that does not parse or map is a refused record; the rest of the page goes on. */
export function mapXPage(page: XPage, ctx: PageContext): MappedPage {
  const users = index(page.includes?.users, userSchema, (u) => u.id);
  const media = index(page.includes?.media, mediaSchema, (m) => m.media_key);
  const records: MappedRecord[] = [];
  (page.data ?? []).forEach((value, i) => {
    const pointer = `/data/${i}`;
    const parsed = tweetSchema.safeParse(value);
    if (!parsed.success) {
      const raw = Buffer.from(JSON.stringify(value) ?? 'null');
      const fields = parsed.error.issues.slice(0, 3).map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ');
      records.push(toRecord(pointer, raw, { error: `tweet does not map: ${fields}` }));
      return;
    }
    const tweet = parsed.data;
    const user = users.get(tweet.author_id);
    const tweetMedia = (tweet.attachments?.media_keys ?? []).map((k) => media.get(k)).filter((x) => x !== undefined);
    // The record's own raw payload: the tweet with the includes it uses, as the sample connector stores it.
    const raw = Buffer.from(JSON.stringify({ data: value, includes: { users: user ? [user.raw] : [], ...(tweetMedia.length ? { media: tweetMedia.map((m) => m.raw) } : {}) } }));
    const mapped = mapTweet(tweet, user?.value, tweetMedia.map((m) => m.value), ctx, recordEvidence(ctx, pointer, raw));
    records.push(toRecord(pointer, raw, mapped));
  });
  const notices = (page.errors ?? []).map((e) => {
    const p = problemSchema.safeParse(e);
    if (!p.success) return 'X returned an error entry that does not parse';
    const what = [p.data.resource_type, p.data.resource_id ?? p.data.value].filter(Boolean).join(' ');
    return `${p.data.title ?? 'error'}${what ? ` (${what})` : ''}: ${p.data.detail ?? p.data.type ?? ''}`.trim();
  });
  return { records, notices };
}
