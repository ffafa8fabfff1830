// `rsmon search QUERY [--json] [--limit N]`: a watchlist query tried on the stored items (embedded or
// Elasticsearch), newest first, so an analyst can see what a watchlist would catch before saving it.
import { createStore } from '../runtime/adapters.ts';
import { parseQuery, QueryError } from '../../pipelines/watchlists/parse-query.ts';
import { isCaseQuery } from '../../pipelines/watchlists/query-ast.ts';
import { cliContext } from './context.ts';
import { findMatches, printMatches } from './query-matches.ts';

/** The query with a caret under the column of the error, so the mistake is found at a glance. */
export function explainQueryError(query: string, e: QueryError): string {
  const line = query.replace(/[\r\n\t]/gu, ' ');
  return `${e.message}\n  ${line}\n  ${' '.repeat(Math.max(0, e.column - 1))}^`;
}

export function parseLimit(limit: string | undefined, fallback: number): number {
  if (limit === undefined) return fallback;
  const n = Number(limit);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new Error(`--limit takes a whole number from 1 to 10000, not "${limit}"`);
  return n;
}

export async function searchCommand(query: string, opts: { data?: string; json?: boolean; limit?: string }): Promise<void> {
  const limit = parseLimit(opts.limit, 20);
  let node;
  try {
    node = parseQuery(query);
  } catch (e) {
    if (e instanceof QueryError) throw new Error(`query: ${explainQueryError(query, e)}`, { cause: e });
    throw e;
  }
  const ctx = cliContext(opts, process.env, 'read');
  const store = await createStore(ctx.config, { readonly: true });
  try {
    const res = await findMatches(store, node, limit);
    printMatches(process.stdout, res.rows, Boolean(opts.json));
    process.stderr.write(`rsmon search: ${res.matched} of ${res.scanned} ${isCaseQuery(node) ? 'cases' : 'items'} matched${res.matched > res.rows.length ? `, newest ${res.rows.length} shown (--limit)` : ''}\n`);
  } finally {
    await store.close();
  }
}
