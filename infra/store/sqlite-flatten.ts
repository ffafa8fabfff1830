// Turns a JSON document into the rows the SQLite store indexes: scalar leaves by dotted path
// (for filters, ranges, sort, aggregations) and the text of configured paths (for FTS5).
import type { Doc } from '../ports/store.ts';

/**
 * Strings longer than this are not indexed as exact values (still stored, and searchable as
 * text when configured): nobody filters on a 100 kB post body, and indexing it would double
 * the file. The Elasticsearch counterpart is `ignore_above` on keyword fields.
 */
export const MAX_KEYWORD_CHARS = 1024;

export type LeafValue = string | number;

/** Booleans are indexed as 'true'/'false' so a terms bucket key reads naturally. */
export function leafValue(v: unknown): LeafValue | undefined {
  if (typeof v === 'string') return v.length <= MAX_KEYWORD_CHARS ? v : undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return undefined; // null, undefined: not indexed, as in Elasticsearch
}

/** Every scalar leaf with its dotted path; arrays (also nested ones) add one row per element. */
export function flattenLeaves(doc: Doc): Array<[string, LeafValue]> {
  const out: Array<[string, LeafValue]> = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      for (const e of v) walk(e, path);
    } else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) walk(child, path ? `${path}.${k}` : k);
    } else if (path) {
      const leaf = leafValue(v);
      if (leaf !== undefined) out.push([path, leaf]);
    }
  };
  walk(doc, '');
  return out;
}

/**
 * The leaves of `flattenLeaves(doc)` whose path is in `paths`, without walking the rest: a node is
 * entered only when a wanted path can lie under it. Every path below a node starts with the node's
 * path and a dot (or is anything at all below the nameless root), so the pruning drops nothing.
 */
export function leavesAtPaths(doc: Doc, paths: ReadonlySet<string>): Array<[string, LeafValue]> {
  const out: Array<[string, LeafValue]> = [];
  const prefixes = new Set<string>();
  for (const p of paths) for (let i = p.indexOf('.'); i >= 0; i = p.indexOf('.', i + 1)) prefixes.add(p.slice(0, i));
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      for (const e of v) walk(e, path);
    } else if (v !== null && typeof v === 'object') {
      if (path !== '' && !prefixes.has(path)) return;
      for (const [k, child] of Object.entries(v)) walk(child, path ? `${path}.${k}` : k);
    } else if (path !== '' && paths.has(path)) {
      const leaf = leafValue(v);
      if (leaf !== undefined) out.push([path, leaf]);
    }
  };
  walk(doc, '');
  return out;
}

/** All strings found at a dotted path, descending through arrays on the way. */
export function stringsAt(doc: unknown, path: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown, keys: string[]) => {
    if (Array.isArray(v)) {
      for (const e of v) walk(e, keys);
    } else if (keys.length === 0) {
      if (typeof v === 'string' && v) out.push(v);
    } else if (v !== null && typeof v === 'object') {
      walk((v as Record<string, unknown>)[keys[0]!], keys.slice(1));
    }
  };
  walk(doc, path.split('.'));
  return out;
}

/** The FTS body of a document: its text fields, one per line. */
export function textBody(doc: Doc, paths: readonly string[]): string {
  return paths.flatMap((p) => stringsAt(doc, p)).join('\n');
}
