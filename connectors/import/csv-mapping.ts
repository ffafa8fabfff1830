// Column mapping for CSV exports: which column fills which NormalizedItem field. Exports name their
// columns however they like ("tweet_id", "username", "date"), so the mapping is data, not code.
//   { "id": "tweet_id", "text": "content", "author.handle": "username", "publishedAt": "date",
//     "platform": { "const": "x" }, "metrics.likes": { "column": "likes", "type": "number" },
//     "links": { "column": "urls", "separator": " " },
//     "ad.deliveryStart": { "column": "start", "format": "dd/MM/yyyy HH:mm", "timeZone": "Europe/Paris" } }
// Three top-level keys are not fields but describe the file: "delimiter", "encoding" and "timeZone"
// (the zone of date columns that do not name their own).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { itemSchema, PLATFORMS } from '../../pipelines/contracts/item.ts';
import { formatIssues } from '../../pipelines/step-result.ts';
import { checkTimeZone, toInstant } from './csv-dates.ts';

const FIELD_TYPES = ['string', 'number', 'date', 'list', 'links', 'media'] as const;
type FieldType = (typeof FIELD_TYPES)[number];

const ruleSchema = z.union([
  z.string().min(1),
  z.object({ const: z.union([z.string(), z.number(), z.boolean(), z.null()]) }).strict(),
  z
    .object({
      column: z.string().min(1),
      type: z.enum(FIELD_TYPES).optional(),
      separator: z.string().min(1).optional(),
      /** Date columns: luxon tokens ("dd/MM/yyyy HH:mm"), "epoch-seconds" or "epoch-millis"; default ISO-8601. */
      format: z.string().min(1).optional(),
      /** Date columns: IANA zone of values written without an offset. */
      timeZone: z.string().min(1).optional(),
    })
    .strict(),
]);
const fileOptionsSchema = z.object({ delimiter: z.string().min(1).optional(), encoding: z.string().min(1).optional(), timeZone: z.string().min(1).optional() });
const OPTION_KEYS = new Set(['delimiter', 'encoding', 'timeZone']);
/** Target field → rule; the option keys above are strings and fit the same shape. */
export const csvMappingSchema = z.record(z.string().min(1), ruleSchema);
export type CsvMapping = z.infer<typeof csvMappingSchema>;

export interface CompiledRule {
  path: string[];
  column: string | null;
  constant?: unknown;
  type: FieldType;
  separator: string | null;
  format: string | null;
  timeZone: string | null;
}

export interface CompiledMapping {
  rules: CompiledRule[];
  /** From the mapping file; command-line options win over them. */
  delimiter?: string;
  encoding?: string;
}

// Field types follow from the target, so a mapping only has to name columns.
const NUMBER_FIELDS = new Set(['author.followers', 'metrics.views', 'metrics.likes', 'metrics.shares', 'metrics.comments', 'ad.euTotalReach']);
const DATE_FIELDS = new Set(['publishedAt', 'collectedAt', 'ad.deliveryStart', 'ad.deliveryStop']);
const LIST_FIELDS = new Set(['ad.targetLocations', 'source.watchlistIds']);

function defaultType(path: string): FieldType {
  if (NUMBER_FIELDS.has(path)) return 'number';
  if (DATE_FIELDS.has(path)) return 'date';
  if (LIST_FIELDS.has(path)) return 'list';
  if (path === 'links') return 'links';
  if (path === 'media') return 'media';
  return 'string';
}

/** Validates a mapping (object or path of a JSON file) and refuses targets the item does not have. */
export function compileMapping(mapping: CsvMapping | string | Record<string, unknown>): CompiledMapping {
  const rawMapping: unknown = typeof mapping === 'string' ? JSON.parse(readFileSync(mapping, 'utf8')) : mapping;
  if (typeof rawMapping !== 'object' || rawMapping === null || Array.isArray(rawMapping)) throw new Error('invalid CSV mapping: expected a JSON object');
  const entries = Object.entries(rawMapping);
  const options = fileOptionsSchema.safeParse(Object.fromEntries(entries.filter(([k]) => OPTION_KEYS.has(k))));
  if (!options.success) throw new Error(`invalid CSV mapping: ${formatIssues(options.error.issues)}`);
  const parsed = csvMappingSchema.safeParse(Object.fromEntries(entries.filter(([k]) => !OPTION_KEYS.has(k))));
  if (!parsed.success) throw new Error(`invalid CSV mapping: ${formatIssues(parsed.error.issues)}`);
  const defaultZone = options.data.timeZone ?? null;
  if (defaultZone !== null) checkTimeZone(defaultZone, 'timeZone');
  const topLevel = new Set(Object.keys(itemSchema.shape));
  const rules = Object.entries(parsed.data).map(([target, rule]): CompiledRule => {
    const path = target.split('.');
    if (!topLevel.has(path[0] ?? '')) throw new Error(`invalid CSV mapping: "${target}" is not a NormalizedItem field`);
    const base = { path, separator: null, format: null, timeZone: defaultZone };
    if (typeof rule === 'string') return { ...base, column: rule, type: defaultType(target) };
    if ('const' in rule) return { ...base, column: null, constant: rule.const, type: defaultType(target) };
    const type = rule.type ?? defaultType(target);
    if ((rule.format !== undefined || rule.timeZone !== undefined) && type !== 'date') {
      throw new Error(`invalid CSV mapping: "${target}": format and timeZone apply to date columns only`);
    }
    if (rule.timeZone !== undefined) checkTimeZone(rule.timeZone, target);
    return { ...base, column: rule.column, type, separator: rule.separator ?? null, format: rule.format ?? null, timeZone: rule.timeZone ?? defaultZone };
  });
  return { rules, delimiter: options.data.delimiter, encoding: options.data.encoding };
}

function setPath(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let cur = obj;
  for (const key of path.slice(0, -1)) {
    const next = cur[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  }
  cur[path[path.length - 1] ?? ''] = value;
}

/** Numbers as exports write them: "1234", "1234.5", "12,345" (thousands); anything else stays text so the schema names the field. */
function toNumber(s: string): number | string {
  const t = s.trim().replace(/^(\d{1,3})((?:[, ]\d{3})+)$/, (_, a: string, b: string) => a + b.replace(/[, ]/g, ''));
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : s;
}

function split(s: string, separator: string | null): string[] {
  const parts = separator ? s.split(separator) : s.split(/[\s|,;]+/);
  return parts.map((p) => p.trim()).filter(Boolean);
}

type Converted = { value: unknown } | { error: string };

function convert(cell: string, rule: CompiledRule): Converted {
  if (rule.type === 'date') {
    const r = toInstant(cell, rule);
    const shown = cell.length > 80 ? `${cell.slice(0, 80)}…` : cell;
    return r.ok ? { value: r.iso } : { error: `${JSON.stringify(shown)} ${r.reason}` };
  }
  return { value: convertOther(cell, rule) };
}

function convertOther(cell: string, rule: CompiledRule): unknown {
  switch (rule.type) {
    case 'number':
      return toNumber(cell);
    case 'date':
      return cell;
    case 'list':
      return split(cell, rule.separator ?? ',');
    case 'links':
      return split(cell, rule.separator).map((url) => ({ url }));
    case 'media':
      return split(cell, rule.separator).map((url) => ({ type: 'image', url }));
    case 'string':
      return cell;
  }
}

const KIND_BY_PLATFORM: Record<string, string> = { x: 'post', youtube: 'video', meta_ads: 'ad', tiktok: 'video', telegram: 'post', web: 'page', import: 'post' };

/**
 * Builds the item candidate for one row. Empty cells are left out (so the schema reports a missing
 * required field by name). Conveniences, all documented in the README: the platform prefix is added to
 * a bare native id, kind follows the platform, author.id falls back to the handle, source defaults to the import.
 */
export function applyMapping(
  row: Record<string, string | undefined>,
  rules: CompiledRule[],
  sourceName: string,
): { candidate: Record<string, unknown>; errors: string[] } {
  const out: Record<string, unknown> = {};
  // Cells that cannot be converted (dates): "<field> (column "<col>"): <value> <why>".
  const errors: string[] = [];
  for (const rule of rules) {
    if (rule.column === null) {
      setPath(out, rule.path, rule.constant);
      continue;
    }
    const cell = row[rule.column];
    if (cell === undefined || cell.trim() === '') continue;
    const c = convert(cell, rule);
    if ('error' in c) errors.push(`${rule.path.join('.')} (column "${rule.column}"): ${c.error}`);
    else setPath(out, rule.path, c.value);
  }
  const platform = out.platform;
  if (typeof out.id === 'string' && typeof platform === 'string' && (PLATFORMS as readonly string[]).includes(platform) && !/^[a-z_]+:/.test(out.id)) {
    out.id = `${platform}:${out.id.trim()}`;
  }
  if (out.kind === undefined && typeof platform === 'string' && KIND_BY_PLATFORM[platform]) out.kind = KIND_BY_PLATFORM[platform];
  const author = out.author as Record<string, unknown> | undefined;
  if (author && author.id === undefined && typeof author.handle === 'string') author.id = author.handle.replace(/^@/, '');
  const src = (typeof out.source === 'object' && out.source !== null ? out.source : {}) as Record<string, unknown>;
  out.source = { connector: 'import', query: sourceName, watchlistIds: [], ...src };
  return { candidate: out, errors };
}

/** Columns the mapping reads, to check a file's header before the first row. */
export function mappedColumns(rules: CompiledRule[]): string[] {
  return [...new Set(rules.flatMap((r) => (r.column ? [r.column] : [])))];
}
