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
  let prefixes = prefixesOf.get(paths);
  if (!prefixes) {
    const found = new Set<string>();
    for (const p of paths) for (let i = p.indexOf('.'); i >= 0; i = p.indexOf('.', i + 1)) found.add(p.slice(0, i));
    prefixesOf.set(paths, (prefixes = found));
  }
  walkAtPaths(doc, '', paths, prefixes, out);
  return out;
}

/** The store passes the same few path sets for every document: their prefixes are computed once (sets are not changed after). */
const prefixesOf = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

// Module-level, not a closure per call: tsx (esbuild's keepNames; the runtime before decision 0058) names every
// closure as it is created, which cost more than the walk on the store's small documents (decision 0045).
function walkAtPaths(v: unknown, path: string, paths: ReadonlySet<string>, prefixes: ReadonlySet<string>, out: Array<[string, LeafValue]>): void {
  if (Array.isArray(v)) {
    for (const e of v) walkAtPaths(e, path, paths, prefixes, out);
  } else if (v !== null && typeof v === 'object') {
    if (path !== '' && !prefixes.has(path)) return;
    for (const [k, child] of Object.entries(v)) walkAtPaths(child, path ? `${path}.${k}` : k, paths, prefixes, out);
  } else if (path !== '' && paths.has(path)) {
    const leaf = leafValue(v);
    if (leaf !== undefined) out.push([path, leaf]);
  }
}

/** All strings found at a dotted path, descending through arrays on the way. */
export function stringsAt(doc: unknown, path: string): string[] {
  const out: string[] = [];
  walkStrings(doc, path.split('.'), 0, out);
  return out;
}

function walkStrings(v: unknown, keys: readonly string[], depth: number, out: string[]): void {
  if (Array.isArray(v)) {
    for (const e of v) walkStrings(e, keys, depth, out);
  } else if (depth === keys.length) {
    if (typeof v === 'string' && v) out.push(v);
  } else if (v !== null && typeof v === 'object') {
    walkStrings((v as Record<string, unknown>)[keys[depth]!], keys, depth + 1, out);
  }
}

/** The FTS body of a document: its text fields, one per line. */
export function textBody(doc: Doc, paths: readonly string[]): string {
  return paths.flatMap((p) => stringsAt(doc, p)).join('\n');
}
