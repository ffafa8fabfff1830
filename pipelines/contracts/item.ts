// Normalized item: the message on rs.items.raw. Field names follow the design guide exactly;
// the limits below are what make a hostile payload end in the DLQ instead of stalling a consumer.
import { z } from 'zod';

export const PLATFORMS = ['x', 'youtube', 'meta_ads', 'tiktok', 'telegram', 'web', 'import'] as const;
export const KINDS = ['post', 'video', 'ad', 'comment', 'page'] as const;

/** Longest text we accept. Real posts, ad copy and video descriptions are far below this. */
export const MAX_TEXT_CHARS = 100_000;
/** More links than any genuine post carries; 10,000-link posts are spam or attacks. */
export const MAX_LINKS = 500;
/** A run of non-space characters longer than this is not language, and is what backtracking attacks are built from. */
export const MAX_TOKEN_CHARS = 4_096;

/** Longest run of a short repeating pattern ("aaaa", "-_-_", "a.a.a.") we accept: natural text never has one this long, backtracking attacks always do. */
export const MAX_REPEAT_RUN = 512;

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: 'not an ISO-8601 date' });

function longestToken(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) run = 0;
    else if (++run > longest) longest = run;
  }
  return longest;
}

/**
 * Longest run in which each non-space character equals the one `p` places before it, for p = 1..8.
 * Linear (8 passes); spaces neither extend nor break a run, so "ha ha ha" repeats like "hahaha".
 */
export function longestRepeatRun(text: string, maxPeriod = 8): number {
  let longest = 0;
  for (let p = 1; p <= maxPeriod; p++) {
    let run = 0;
    for (let i = p; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 13) continue;
      if (c === text.charCodeAt(i - p)) {
        if (++run > longest) longest = run;
      } else run = 0;
    }
  }
  return longest;
}

const boundedText = z
  .string()
  .max(MAX_TEXT_CHARS, { message: `longer than ${MAX_TEXT_CHARS} characters` })
  .refine((t) => longestToken(t) <= MAX_TOKEN_CHARS, {
    message: `contains a token longer than ${MAX_TOKEN_CHARS} characters (pathological input)`,
  })
  .refine((t) => longestRepeatRun(t) <= MAX_REPEAT_RUN, {
    message: `repeats a short pattern more than ${MAX_REPEAT_RUN} times in a row (pathological input)`,
  });

export const authorSchema = z.object({
  id: z.string().min(1).max(256),
  handle: z.string().max(256).nullable().optional(),
  name: z.string().max(512).nullable().optional(),
  url: z.string().max(2048).nullable().optional(),
  followers: z.number().int().nonnegative().nullable().optional(),
  location: z.string().max(512).nullable().optional(),
  country: z.string().length(2).nullable().optional(),
  description: boundedText.nullable().optional(),
});

export const linkSchema = z.object({
  url: z.string().min(1).max(4096),
  expandedUrl: z.string().max(4096).nullable().optional(),
});

export const mediaSchema = z.object({
  type: z.enum(['image', 'video', 'audio', 'other']),
  url: z.string().max(4096).nullable().optional(),
  altText: z.string().max(4096).nullable().optional(),
  path: z.string().max(4096).nullable().optional(),
  /** Text read off the image (OCR) or a logo label given by an upstream detector. */
  ocrText: z.string().max(10_000).nullable().optional(),
  logoFirmIds: z.array(z.string()).max(50).optional(),
});

export const adSchema = z.object({
  pageName: z.string().max(512).nullable().optional(),
  payer: z.string().max(512).nullable().optional(),
  beneficiary: z.string().max(512).nullable().optional(),
  targetLocations: z.array(z.string().max(128)).max(500).default([]),
  reachByCountry: z.record(z.string(), z.number().nonnegative()).default({}),
  euTotalReach: z.number().nonnegative().nullable().optional(),
  deliveryStart: isoDate.nullable().optional(),
  deliveryStop: isoDate.nullable().optional(),
  snapshotUrl: z.string().max(4096).nullable().optional(),
});

export const metricsSchema = z.object({
  views: z.number().nonnegative().nullable().optional(),
  likes: z.number().nonnegative().nullable().optional(),
  shares: z.number().nonnegative().nullable().optional(),
  comments: z.number().nonnegative().nullable().optional(),
});

export const itemSchema = z.object({
  id: z.string().regex(/^[a-z_]+:[^\s]{1,256}$/, { message: 'must be "<platform>:<native id>"' }),
  platform: z.enum(PLATFORMS),
  kind: z.enum(KINDS),
  url: z.string().max(4096).nullable().optional(),
  publishedAt: isoDate,
  collectedAt: isoDate,
  author: authorSchema,
  text: boundedText.default(''),
  title: boundedText.nullable().optional(),
  links: z.array(linkSchema).max(MAX_LINKS, { message: `more than ${MAX_LINKS} links` }).default([]),
  media: z.array(mediaSchema).max(100).default([]),
  ad: adSchema.nullable().optional(),
  metrics: metricsSchema.default({}),
  source: z.object({
    connector: z.string().min(1),
    query: z.string().nullable().optional(),
    watchlistIds: z.array(z.string()).default([]),
  }),
  evidence: z.object({
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a hex SHA-256' }),
    rawRef: z.string().nullable().optional(),
  }),
});

export type NormalizedItem = z.infer<typeof itemSchema>;
export type NormalizedItemInput = z.input<typeof itemSchema>;
