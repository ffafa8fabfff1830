// One oversized part must not cost the whole item: a 4,097-character token in a bio, a run of 600
// emoji or one monstrous link used to send the post to the dead-letter topic unscored. Here each such
// part is masked, cut, cleared or dropped, the rest of the item is kept, and every change is written
// on the item (truncations) so an analyst sees what the pipeline did not read. The evidence hash
// stays that of the bytes received, which still hold the part in full.
import { z } from 'zod';
import {
  MASK_MARKER, MAX_ALT_TEXT_CHARS, MAX_AUTHOR_URL_CHARS, MAX_NAME_CHARS, MAX_OCR_TEXT_CHARS, MAX_REPEAT_RUN, MAX_TOKEN_CHARS,
  MAX_URL_CHARS, REPEAT_RUN_KEEP,
} from './item-limits.ts';
import { codePoints, longTokens, repeatRuns, units } from './text-units.ts';

export const truncationSchema = z.object({
  /** Path of the part as received, e.g. "text", "author.description", "links[3].url". */
  field: z.string(),
  reason: z.enum(['long_token', 'repeat_run', 'too_long']),
  /** masked: replaced by MASK_MARKER in place; cut: shortened to the limit; cleared: set to null; dropped: removed from its list. */
  action: z.enum(['masked', 'cut', 'cleared', 'dropped']),
  /** Length of the field as received, in characters (code points). */
  originalLength: z.number().int().nonnegative(),
  /** How many parts of the field were masked (tokens, runs); 1 otherwise. */
  parts: z.number().int().positive(),
  /** Length of the longest masked part, in characters. */
  longestPart: z.number().int().nonnegative(),
});

export type Truncation = z.infer<typeof truncationSchema>;

type Str = string | null | undefined;

/** The parts of an item that can be capped; every other field is taken as it is. */
export interface Cappable {
  url?: Str;
  text: string;
  title?: Str;
  author: { name?: Str; url?: Str; location?: Str; description?: Str };
  links: Array<{ url: string; expandedUrl?: Str }>;
  media: Array<{ url?: Str; altText?: Str; path?: Str; ocrText?: Str }>;
  ad?: { pageName?: Str; payer?: Str; beneficiary?: Str; snapshotUrl?: Str } | null;
  truncations?: Truncation[];
}

function replaceSpans(text: string, spans: Array<{ start: number; end: number }>): string {
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.start) + MASK_MARKER;
    last = s.end;
  }
  return out + text.slice(last);
}

/** Merges overlapping or touching spans (sorted by start). */
function merge(spans: Array<{ start: number; end: number }>): Array<{ start: number; end: number }> {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Array<{ start: number; end: number }> = [];
  for (const s of sorted) {
    const prev = out[out.length - 1];
    if (prev && s.start <= prev.end) prev.end = Math.max(prev.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Free text this short can hold neither a long token nor a long repeat run (see capText). */
const FREE_TEXT_SAFE = MAX_REPEAT_RUN + 1;

/**
 * Free text (text, title, bio): tokens over MAX_TOKEN_CHARS are masked whole; a repeat run over
 * MAX_REPEAT_RUN keeps its first REPEAT_RUN_KEEP characters and the rest is masked. The result is
 * measured again until it is within both limits, so what leaves here is what the contract promised
 * the detectors; were it ever not (no input found so far), the whole field is masked.
 */
export function capText(text: string, field: string): { text: string; truncations: Truncation[] } {
  // A run over the limit needs more units than that, and a unit is at least one code unit; tokens are
  // longer still. Most posts are shorter: they cannot hold either, and skip the scans.
  if (text.length <= FREE_TEXT_SAFE) return { text, truncations: [] };
  const out: Truncation[] = [];
  let t = text;
  let originalLength = -1;
  const length = () => (originalLength < 0 ? (originalLength = codePoints(text)) : originalLength);
  const tokens = longTokens(t, MAX_TOKEN_CHARS);
  if (tokens.length) {
    out.push({ field, reason: 'long_token', action: 'masked', originalLength: length(), parts: tokens.length, longestPart: Math.max(...tokens.map((x) => x.length)) });
    t = replaceSpans(t, tokens);
  }
  let runs: Truncation | null = null;
  for (let round = 0; ; round++) {
    const u = units(t);
    const found = repeatRuns(u, MAX_REPEAT_RUN).over;
    if (found.length === 0) break;
    if (round === 3) {
      out.push({ field, reason: 'repeat_run', action: 'masked', originalLength: length(), parts: 1, longestPart: length() });
      t = MASK_MARKER;
      break;
    }
    const spans = merge(found.map((r) => ({ start: u.starts[Math.min(r.from + REPEAT_RUN_KEEP, r.to)] as number, end: u.starts[r.to] as number })));
    const longest = Math.max(...found.map((r) => codePoints(t, u.starts[r.from] as number, u.starts[r.to] as number)));
    runs ??= { field, reason: 'repeat_run', action: 'masked', originalLength: length(), parts: 0, longestPart: 0 };
    runs.parts += spans.length;
    runs.longestPart = Math.max(runs.longestPart, longest);
    t = replaceSpans(t, spans);
  }
  if (runs) out.push(runs);
  return { text: t, truncations: out };
}

/** Characters of s up to `max` code units, never splitting a surrogate pair. */
function cutTo(s: string, max: number): string {
  const end = (s.charCodeAt(max - 1) & 0xfc00) === 0xd800 ? max - 1 : max;
  return s.slice(0, end);
}

const over = (s: Str, max: number): boolean => !!s && s.length > max;

/** Whether any part may be over its limit: length checks only, so the usual item costs next to nothing. */
function mayNeedCapping(item: Cappable): boolean {
  const a = item.author;
  if (over(item.text, FREE_TEXT_SAFE) || over(item.title, FREE_TEXT_SAFE) || over(a.description, FREE_TEXT_SAFE)) return true;
  if (over(item.url, MAX_URL_CHARS) || over(a.url, MAX_AUTHOR_URL_CHARS) || over(a.name, MAX_NAME_CHARS) || over(a.location, MAX_NAME_CHARS)) return true;
  for (const l of item.links) if (over(l.url, MAX_URL_CHARS) || over(l.expandedUrl, MAX_URL_CHARS)) return true;
  for (const m of item.media) {
    if (over(m.url, MAX_URL_CHARS) || over(m.path, MAX_URL_CHARS) || over(m.altText, MAX_ALT_TEXT_CHARS) || over(m.ocrText, MAX_OCR_TEXT_CHARS)) return true;
  }
  const ad = item.ad;
  return !!ad && (over(ad.pageName, MAX_NAME_CHARS) || over(ad.payer, MAX_NAME_CHARS) || over(ad.beneficiary, MAX_NAME_CHARS) || over(ad.snapshotUrl, MAX_URL_CHARS));
}

/** Applies every per-part limit; returns the item itself when nothing was over one. */
export function capOversizedParts<T extends Cappable>(item: T): T {
  if (!mayNeedCapping(item)) return item;
  const records: Truncation[] = [];
  const record = (field: string, reason: Truncation['reason'], action: Truncation['action'], value: string) => {
    const n = codePoints(value);
    records.push({ field, reason, action, originalLength: n, parts: 1, longestPart: n });
  };
  const free = (value: Str, field: string): Str => {
    if (!value) return value;
    const r = capText(value, field);
    records.push(...r.truncations);
    return r.truncations.length ? r.text : value;
  };
  const url = (value: Str, field: string, max = MAX_URL_CHARS): Str => {
    if (!value || value.length <= max) return value;
    record(field, 'too_long', 'cleared', value);
    return null;
  };
  const cut = (value: Str, field: string, max: number): Str => {
    if (!value || value.length <= max) return value;
    record(field, 'too_long', 'cut', value);
    return cutTo(value, max);
  };

  const text = free(item.text, 'text') ?? '';
  const title = free(item.title, 'title');
  const author = changed(item.author, {
    name: cut(item.author.name, 'author.name', MAX_NAME_CHARS),
    url: url(item.author.url, 'author.url', MAX_AUTHOR_URL_CHARS),
    location: cut(item.author.location, 'author.location', MAX_NAME_CHARS),
    description: free(item.author.description, 'author.description'),
  });
  const itemUrl = url(item.url, 'url');
  const links = item.links.flatMap((l, i) => {
    if (l.url.length > MAX_URL_CHARS) {
      record(`links[${i}].url`, 'too_long', 'dropped', l.url);
      return [];
    }
    return [changed(l, { expandedUrl: url(l.expandedUrl, `links[${i}].expandedUrl`) })];
  });
  const media = item.media.map((m, i) =>
    changed(m, {
      url: url(m.url, `media[${i}].url`),
      path: url(m.path, `media[${i}].path`),
      altText: cut(m.altText, `media[${i}].altText`, MAX_ALT_TEXT_CHARS),
      ocrText: cut(m.ocrText, `media[${i}].ocrText`, MAX_OCR_TEXT_CHARS),
    }),
  );
  const ad = item.ad
    ? changed(item.ad, {
        pageName: cut(item.ad.pageName, 'ad.pageName', MAX_NAME_CHARS),
        payer: cut(item.ad.payer, 'ad.payer', MAX_NAME_CHARS),
        beneficiary: cut(item.ad.beneficiary, 'ad.beneficiary', MAX_NAME_CHARS),
        snapshotUrl: url(item.ad.snapshotUrl, 'ad.snapshotUrl'),
      })
    : item.ad;
  if (records.length === 0) return item;
  return { ...changed(item, { url: itemUrl, text, title, ad }), author, links, media, truncations: [...(item.truncations ?? []), ...records] };
}

/** `obj` with the values that differ from its own replaced; `obj` itself when none does (no keys added). */
function changed<O extends object>(obj: O, values: { [K in keyof O]?: unknown }): O {
  let out: O | null = null;
  for (const [k, v] of Object.entries(values)) {
    if ((obj as Record<string, unknown>)[k] === v) continue;
    out ??= { ...obj };
    (out as Record<string, unknown>)[k] = v;
  }
  return out ?? obj;
}
