// Runs a watchlist query over the stored items (or, for a query comparing a case level, the stored
// cases) and prints what matched, newest first. Shared by `rsmon search` and `rsmon watchlists test`.
// Matching runs here, in the same code as the enricher, so a search finds exactly what the watchlist
// would; the store only narrows the scan where the query has a plain filter (language, platform).
import type { Store, FilterValue, Doc } from '../../infra/ports/store.ts';
import { caseSchema } from '../../pipelines/contracts/case.ts';
import type { QueryNode } from '../../pipelines/watchlists/query-ast.ts';
import { isCaseQuery } from '../../pipelines/watchlists/query-ast.ts';
import { evaluateQuery, type TermPosition } from '../../pipelines/watchlists/evaluate-query.ts';
import { caseDocument, itemDocument, type WatchItem } from '../../pipelines/watchlists/watch-document.ts';
import { terminalSafe, terminalSafeJson } from './terminal-text.ts';

export interface QueryMatchRow {
  kind: 'item' | 'case';
  id: string;
  /** Item: publishedAt; case: lastSeen. */
  at: string;
  platform: string;
  author: string;
  url: string | null;
  terms: string[];
  positions: TermPosition[];
  /** The text the first position points into (item text or title), for the excerpt. */
  excerpt: string;
}

/** Store filters implied by the query: only the conjuncts at the top level can narrow the scan. */
export function storeFilters(node: QueryNode): Record<string, FilterValue> {
  const out: Record<string, FilterValue> = {};
  const conjuncts = node.kind === 'and' ? node.children : [node];
  for (const c of conjuncts) {
    if (c.kind !== 'field') continue;
    if (c.field === 'platform') out.platform = c.value;
    else if (c.field === 'lang') out['enrichment.language.code'] = c.value;
    else if (c.field === 'watchlist') out['enrichment.watchlistHits.watchlist'] = c.value;
  }
  return out;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function itemRow(id: string, doc: Doc | object, terms: string[], positions: TermPosition[]): QueryMatchRow {
  const d = doc as Doc;
  const author = (d.author ?? {}) as { handle?: string | null; name?: string | null; id?: string };
  const first = positions.find((p) => p.field === 'text' || p.field === 'title');
  const field = first?.field === 'title' ? str(d.title) : str(d.text);
  const from = Math.max(0, (first?.start ?? 0) - 60);
  return {
    kind: 'item',
    id,
    at: str(d.publishedAt) || str(d.collectedAt),
    platform: str(d.platform),
    author: author.handle ? `@${author.handle.replace(/^@/u, '')}` : (author.name ?? author.id ?? ''),
    url: str(d.url) || null,
    terms,
    positions,
    excerpt: (from > 0 ? '…' : '') + field.slice(from, from + 200),
  };
}

/** Newest `limit` matches; scans everything the filters leave (the total is counted too). */
export async function findMatches(store: Store, node: QueryNode, limit: number): Promise<{ scanned: number; matched: number; rows: QueryMatchRow[] }> {
  const rows: QueryMatchRow[] = [];
  let scanned = 0;
  let matched = 0;
  const keep = (row: QueryMatchRow) => {
    matched++;
    rows.push(row);
    // Keep the newest `limit`: sort and cut now and then rather than holding every match.
    if (rows.length > limit * 2) {
      rows.sort(newestFirst);
      rows.length = limit;
    }
  };
  if (isCaseQuery(node)) {
    for await (const { id, doc } of store.scan('cases', {})) {
      scanned++;
      const c = caseSchema.safeParse(doc);
      if (!c.success) continue;
      const m = evaluateQuery(node, caseDocument(c.data));
      if (!m.matched) continue;
      const p = c.data.person;
      keep({ kind: 'case', id, at: c.data.lastSeen, platform: p.platform, author: p.handle ? `@${p.handle}` : (p.name ?? c.data.personKey), url: p.url, terms: m.terms, positions: m.positions, excerpt: `${c.data.level} case x ${c.data.firm.name}, score ${c.data.score}, ${c.data.itemCount} items` });
    }
  } else {
    for await (const { id, doc } of store.scan('items', { filters: storeFilters(node) })) {
      scanned++;
      const m = evaluateQuery(node, itemDocument(doc as WatchItem));
      if (m.matched) keep(itemRow(id, doc, m.terms, m.positions));
    }
  }
  rows.sort(newestFirst);
  return { scanned, matched, rows: rows.slice(0, limit) };
}

function newestFirst(a: QueryMatchRow, b: QueryMatchRow): number {
  return a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function printMatches(out: NodeJS.WritableStream, rows: QueryMatchRow[], json: boolean): void {
  for (const r of rows) {
    if (json) {
      out.write(`${terminalSafeJson(r)}\n`);
      continue;
    }
    out.write(`${terminalSafe(r.at)}  ${terminalSafe(r.id)}  ${terminalSafe(r.platform)}  ${terminalSafe(r.author)}\n`);
    out.write(`    matched: ${terminalSafe(r.terms.join(', '))}\n`);
    if (r.excerpt) out.write(`    ${terminalSafe(r.excerpt)}\n`);
    if (r.url) out.write(`    ${terminalSafe(r.url)}\n`);
  }
}
