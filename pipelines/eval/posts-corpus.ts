// The labelled posts corpus (eval/corpora/posts.jsonl): one post per line with what a careful reader
// finds in it. Validated with zod; a bad line is reported with its number, never silently skipped.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { NormalizedItem } from '../contracts/item.ts';
import { CASE_LEVELS } from '../contracts/case.ts';

export const POST_ROLES = ['promoter', 'warning', 'educational', 'journalist', 'other'] as const;
/** Roles whose person must stay at none or low for every firm they name. */
export const CONTEXT_ROLES: ReadonlySet<string> = new Set(['warning', 'educational', 'journalist']);

export const postRowSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  split: z.enum(['dev', 'heldout']),
  lang: z.string().min(2).max(3),
  role: z.enum(POST_ROLES),
  /** The firm the post is mainly about, or null when it names none; a note for readers, not scored. */
  firm: z.string().min(1).nullable(),
  text: z.string().min(1).max(10_000),
  /** Codes the post tells the reader to use, as written (invisible characters removed). */
  promoCodes: z.array(z.string()),
  disclosures: z.array(z.enum(['sponsored', 'affiliate', 'paid_placement'])),
  referralLinks: z.array(z.object({ firm: z.string(), code: z.string().nullable() })),
  cases: z.array(
    z.object({
      firm: z.string(),
      minLevel: z.enum(CASE_LEVELS).optional(),
      maxLevel: z.enum(CASE_LEVELS).optional(),
    }),
  ),
});

export type PostRow = z.infer<typeof postRowSchema>;

export interface ParsedCorpus<T> {
  rows: T[];
  errors: string[];
}

/** JSON lines -> rows; each refused line is named with its number and the failing field. */
export function parseJsonLines<T>(text: string, schema: z.ZodType<T>, name: string): ParsedCorpus<T> {
  const rows: T[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      errors.push(`${name}:${i + 1}: not JSON (${(err as Error).message})`);
      return;
    }
    const r = schema.safeParse(json);
    if (r.success) rows.push(r.data);
    else errors.push(`${name}:${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ')}`);
  });
  return { rows, errors };
}

/** Each post is its own person on X, so every person x firm case rests on that post alone. */
export function postToItem(row: PostRow): NormalizedItem {
  const handle = `eval_${row.id.replace(/-/g, '_')}`;
  return {
    id: `x:${row.id}`,
    platform: 'x',
    kind: 'post',
    url: null,
    publishedAt: '2026-06-01T12:00:00.000Z',
    collectedAt: '2026-06-01T12:00:00.000Z',
    author: { id: handle, handle, name: null, followers: 1000 },
    text: row.text,
    title: null,
    links: [],
    media: [],
    ad: null,
    metrics: {},
    source: { connector: 'eval', query: null, watchlistIds: [] },
    evidence: { sha256: createHash('sha256').update(row.text).digest('hex'), rawRef: null },
  };
}
