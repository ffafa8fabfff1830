// config/collections.yaml (COLLECTIONS_FILE): what to collect, from which platform, on what schedule.
// An analyst edits this file by hand, so every error names the file, the line and the field.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { z } from 'zod';
import { validate as validCron } from 'node-cron';
import { EEA_ONLY_COUNTRIES, EU_COUNTRIES } from '../../pipelines/links/eu-countries.ts';
import { timezone } from '../../pipelines/contracts/time-zone.ts';

export const COLLECT_PLATFORMS = ['x', 'youtube', 'meta_ads', 'tiktok_ads', 'telegram'] as const;
export type CollectPlatform = (typeof COLLECT_PLATFORMS)[number];

/** Every EU and EEA country: the default reach of the ad-library collections. */
export const EU_EEA: readonly string[] = [...EU_COUNTRIES, ...EEA_ONLY_COUNTRIES];
const euEea = new Set(EU_EEA);


const terms = z.array(z.string().trim().min(1).max(512)).max(100);
const countries = z
  .array(z.string().regex(/^[A-Za-z]{2}$/, 'a two-letter country code').transform((c) => c.toUpperCase()))
  .refine((cs) => cs.every((c) => euEea.has(c)), 'only EU/EEA countries (the ad libraries publish those)')
  .min(1);

const base = {
  name: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'lower-case letters, digits, - and _ (it keys the cursor)'),
  schedule: z.string().refine(validCron, 'not a cron expression (e.g. "*/15 * * * *")').default('0 * * * *'),
  timezone: timezone.default('UTC'),
  /** Most pages one run fetches; the next run goes on from the cursor. */
  maxPages: z.number().int().min(1).max(1000).default(10),
  /** A watchlist whose terms replace literal terms (once watchlists exist). */
  watchlist: z.string().min(1).optional(),
};

const xCollection = z.object({
  ...base,
  platform: z.literal('x'),
  search: terms.default([]),
  handles: z.array(z.string().regex(/^@?[A-Za-z0-9_]{1,15}$/, 'an X handle')).max(100).default([]),
}).strict();

const youtubeCollection = z.object({
  ...base,
  platform: z.literal('youtube'),
  channels: z.array(z.string().regex(/^UC[A-Za-z0-9_-]{22}$/, 'a channel id (UC + 22 characters)')).max(200).default([]),
  search: z
    .array(z.object({ q: z.string().trim().min(1).max(500), regionCode: z.string().regex(/^[A-Za-z]{2}$/).optional(), relevanceLanguage: z.string().regex(/^[a-z]{2}(-[A-Za-z]+)?$/).optional() }).strict())
    .max(50)
    .default([]),
  /** Quota units this collection may spend per Pacific day (search.list 100, list calls 1). */
  dailyQuota: z.number().int().min(1).max(1_000_000).default(2_000),
}).strict();

const metaCollection = z.object({
  ...base,
  platform: z.literal('meta_ads'),
  searchTerms: terms.default([]),
  pageIds: z.array(z.string().regex(/^\d{1,30}$/, 'a numeric page id')).max(100).default([]),
  countries: countries.default([...EU_EEA]),
}).strict();

const tiktokCollection = z.object({
  ...base,
  platform: z.literal('tiktok_ads'),
  searchTerms: z.array(z.string().trim().min(1).max(50, 'TikTok search terms are at most 50 characters')).max(100).default([]),
  countries: countries.default([...EU_EEA]),
  /** Days back the first run searches (ad_published_date_range). */
  lookbackDays: z.number().int().min(1).max(365).default(30),
}).strict();

const telegramCollection = z.object({
  ...base,
  platform: z.literal('telegram'),
  channels: z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{3,31}$/, 'a public channel name')).min(1).max(200),
  /** Seconds between two page requests to t.me: the web preview is a public page, not an API. */
  delaySeconds: z.number().min(0).max(60).default(2),
}).strict();

export const collectionSchema = z.discriminatedUnion('platform', [xCollection, youtubeCollection, metaCollection, tiktokCollection, telegramCollection]);
export type Collection = z.infer<typeof collectionSchema>;

const fileSchema = z.object({ collections: z.array(z.unknown()).default([]) }).strict();

export class CollectionsFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid collections file:\n  ${problems.join('\n  ')}`);
    this.name = 'CollectionsFileError';
  }
}

/** The YAML node at a zod issue path, for its line; the nearest ancestor when the key is missing. */
function nodeAt(root: Node | null, path: ReadonlyArray<PropertyKey>): Node | null {
  let node = root;
  for (const key of path) {
    if (isMap(node)) {
      const next = node.get(String(key), true) as Node | undefined;
      if (!next) return node;
      node = next;
    } else if (isSeq(node) && typeof key === 'number') {
      const next = node.get(key, true) as Node | undefined;
      if (!next) return node;
      node = next;
    } else return node;
  }
  return node;
}

/** Parses and validates a collections file's text; every problem is reported as `file:line: field: message`. */
export function parseCollections(text: string, file: string): Collection[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const where = (node: Node | null): string => {
    const offset = node?.range?.[0];
    return offset === undefined ? file : `${file}:${lines.linePos(offset).line}`;
  };
  if (doc.errors.length) {
    throw new CollectionsFileError(doc.errors.map((e) => `${file}:${lines.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`));
  }
  const top = fileSchema.safeParse(doc.toJS() ?? {});
  if (!top.success) throw new CollectionsFileError(top.error.issues.map((i) => `${where(nodeAt(doc.contents, i.path))}: ${i.path.join('.') || '(root)'}: ${i.message}`));
  const problems: string[] = [];
  const out: Collection[] = [];
  const names = new Set<string>();
  top.data.collections.forEach((raw, idx) => {
    // Duplicates are checked on the raw name, so a collection refused for another reason still counts.
    const rawName = (raw as { name?: unknown } | null)?.name;
    if (typeof rawName === 'string') {
      if (names.has(rawName)) problems.push(`${where(nodeAt(doc.contents, ['collections', idx, 'name']))}: collections[${idx}].name: "${rawName}" is used twice (names key the cursors)`);
      names.add(rawName);
    }
    const parsed = collectionSchema.safeParse(raw);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const path = ['collections', idx, ...i.path];
        problems.push(`${where(nodeAt(doc.contents, path))}: collections[${idx}]${i.path.length ? `.${i.path.join('.')}` : ''}: ${i.message}`);
      }
      return;
    }
    const c = parsed.data;
    const at = where(nodeAt(doc.contents, ['collections', idx]));
    if (!hasWork(c)) problems.push(`${at}: collections[${idx}]: "${c.name}" names nothing to fetch`);
    out.push(c);
  });
  if (problems.length) throw new CollectionsFileError(problems);
  return out;
}

function hasWork(c: Collection): boolean {
  if (c.watchlist) return true;
  switch (c.platform) {
    case 'x':
      return c.search.length + c.handles.length > 0;
    case 'youtube':
      return c.channels.length + c.search.length > 0;
    case 'meta_ads':
      return c.searchTerms.length + c.pageIds.length > 0;
    case 'tiktok_ads':
      return c.searchTerms.length > 0;
    case 'telegram':
      return c.channels.length > 0;
  }
}

/** Reads COLLECTIONS_FILE; a missing file is no collections (a fresh install collects nothing). */
export function loadCollections(file: string, opts: { mustExist?: boolean } = {}): Collection[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && !opts.mustExist) return [];
    throw new Error(`cannot read collections file ${file}: ${(e as Error).message}`, { cause: e });
  }
  return parseCollections(text, file);
}
