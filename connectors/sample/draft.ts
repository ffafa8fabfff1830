// A draft is a post before it takes a platform's shape: who wrote it, in which language, what it says.
// The shape-*.ts modules turn a draft into the platform's raw payload and the NormalizedItem built from it.
import { createHash } from 'node:crypto';
import type { NormalizedItemInput } from '../../pipelines/contracts/item.ts';
import type { Person, SamplePlatform } from './cast.ts';
import type { Lang } from './langs.ts';
import type { Rng } from './prng.ts';

export interface Draft {
  person: Person;
  platform: SamplePlatform;
  lang: Lang;
  text: string;
  title?: string;
  logo?: { firmId: string; altText: string; ocrText?: string };
  ad?: { targets: string[]; payer: string; beneficiary: string; caption?: string };
  publishedAt: Date;
  query: string;
}

export interface Shaped {
  raw: unknown;
  item: NormalizedItemInput;
}

/** URLs as written in a text; trailing punctuation is not part of a URL. */
export function urlsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/https?:\/\/[^\s<>"]+/g)) out.push(m[0].replace(/[.,;:!?)\]]+$/, ''));
  return out;
}

export function handleOf(draft: Draft): string {
  const h = draft.person.handles[draft.platform];
  if (!h) throw new Error(`${draft.person.id} has no ${draft.platform} handle`);
  return h;
}

export function personKey(platform: SamplePlatform, handle: string): string {
  return `${platform}:${handle.replace(/^@/, '').toLowerCase()}`;
}

/** The evidence hash is over the exact JSON we store as the raw payload. */
export function sha256Json(raw: unknown): string {
  return createHash('sha256').update(JSON.stringify(raw)).digest('hex');
}

const COLLECTION_END = Date.parse('2026-10-31T23:00:00Z');

/** Collected a few days after publication, as a crawler would; never after the end of the window. */
export function collectedAt(published: Date, rng: Rng): string {
  const t = Math.min(published.getTime() + rng.int(2, 20 * 24) * 3_600_000, COLLECTION_END);
  return new Date(Math.max(t, published.getTime() + 60_000)).toISOString();
}

export function source(draft: Draft): NormalizedItemInput['source'] {
  return { connector: 'sample', query: draft.query, watchlistIds: [] };
}

export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, '.000Z');
}
