// Normalized item: the message on rs.items.raw. Field names follow the design guide exactly.
// What cannot be processed at all (wrong types, missing or unsafe ids, impossible dates, absurd sizes)
// ends in the DLQ; an oversized part of an otherwise good item is capped and recorded (cap-parts.ts).
import { z } from 'zod';
import { capOversizedParts, truncationSchema } from './cap-parts.ts';
import { MAX_LINKS, MAX_TEXT_CHARS } from './item-limits.ts';
import { isoInstant } from './iso-instant.ts';
import { idProblem } from './safe-id.ts';

export const PLATFORMS = ['x', 'youtube', 'meta_ads', 'tiktok', 'telegram', 'web', 'import'] as const;
export const KINDS = ['post', 'video', 'ad', 'comment', 'page'] as const;

export {
  MAX_TEXT_CHARS, MAX_LINKS, MAX_TOKEN_CHARS, MAX_REPEAT_RUN, MASK_MARKER,
} from './item-limits.ts';
export { longestRepeatRun, longestToken } from './text-units.ts';
export { truncationSchema, type Truncation } from './cap-parts.ts';

/**
 * A string field. Its own limit (item-limits.ts) is applied by capping (cap-parts.ts); past
 * MAX_TEXT_CHARS a string is absurd and the item cannot be processed at all.
 */
const part = () => z.string().max(MAX_TEXT_CHARS, { message: `longer than ${MAX_TEXT_CHARS} characters` });
/** Free text: its long tokens and repeat runs are masked by cap-parts.ts. */
const boundedText = part();

/** An identifier: no control characters, bidi controls or lone surrogates (safe-id.ts). */
const safeId = (s: z.ZodString) => s.superRefine((v, ctx) => {
  const problem = idProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: `${problem}; ids are refused, not cleaned` });
});

export const authorSchema = z.object({
  id: safeId(z.string().min(1).max(256)),
  handle: safeId(z.string().max(256)).nullable().optional(),
  name: part().nullable().optional(),
  url: part().nullable().optional(),
  followers: z.number().int().nonnegative().nullable().optional(),
  location: part().nullable().optional(),
  country: z.string().length(2).nullable().optional(),
  description: boundedText.nullable().optional(),
});

export const linkSchema = z.object({
  url: part().min(1),
  expandedUrl: part().nullable().optional(),
});

export const mediaSchema = z.object({
  type: z.enum(['image', 'video', 'audio', 'other']),
  url: part().nullable().optional(),
  altText: part().nullable().optional(),
  path: part().nullable().optional(),
  /** Text read off the image (OCR) or a logo label given by an upstream detector. */
  ocrText: part().nullable().optional(),
  logoFirmIds: z.array(z.string()).max(50).optional(),
});

export const adSchema = z.object({
  pageName: part().nullable().optional(),
  payer: part().nullable().optional(),
  beneficiary: part().nullable().optional(),
  targetLocations: z.array(z.string().max(128)).max(500).default([]),
  reachByCountry: z.record(z.string(), z.number().nonnegative()).default({}),
  euTotalReach: z.number().nonnegative().nullable().optional(),
  deliveryStart: isoInstant.nullable().optional(),
  deliveryStop: isoInstant.nullable().optional(),
  snapshotUrl: part().nullable().optional(),
});

export const metricsSchema = z.object({
  views: z.number().nonnegative().nullable().optional(),
  likes: z.number().nonnegative().nullable().optional(),
  shares: z.number().nonnegative().nullable().optional(),
  comments: z.number().nonnegative().nullable().optional(),
});

export const itemSchema = z.object({
  id: safeId(z.string().regex(/^[a-z_]+:[^\s]{1,256}$/, { message: 'must be "<platform>:<native id>"' })),
  platform: z.enum(PLATFORMS),
  kind: z.enum(KINDS),
  url: part().nullable().optional(),
  publishedAt: isoInstant,
  collectedAt: isoInstant,
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
  /** Parts capped or masked on the way in (cap-parts.ts); absent when nothing was. */
  truncations: z.array(truncationSchema).optional(),
  // Runs only on an item whose fields all passed: then every oversized part is capped, in one place.
}).overwrite((item) => capOversizedParts(item));

export type NormalizedItem = z.infer<typeof itemSchema>;
export type NormalizedItemInput = z.input<typeof itemSchema>;
