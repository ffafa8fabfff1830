// The watchlist query language as a tree. Parsed once (parse-query.ts); read by the item matcher,
// the naive reference evaluator in the tests, `rsmon search`, and the translation to platform
// search syntax for collection. Columns are 1-based, for error messages and `watchlists show`.
import type { CASE_LEVELS } from '../contracts/case.ts';

export type CaseLevel = (typeof CASE_LEVELS)[number];

/** Fields written `name:value`. `watchlist:` finds items another watchlist hit (search only). */
export const QUERY_FIELDS = ['firm', 'lang', 'country', 'platform', 'watchlist'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

export type QueryNode =
  /** A word: folded, stemmed in the item's language; `prefix` when written `word*` (then not stemmed). */
  | { kind: 'term'; value: string; prefix: boolean; raw: string; col: number }
  /** "exact phrase": folded words in sequence, not stemmed. */
  | { kind: 'phrase'; words: string[]; raw: string; col: number }
  /** #hashtag, @handle or $cashtag; value is folded, without its sign. */
  | { kind: 'tag'; sign: '#' | '@' | '$'; value: string; raw: string; col: number }
  | { kind: 'field'; field: QueryField; value: string; raw: string; col: number }
  /** Case level comparison: only cases have a level (a case watchlist). */
  | { kind: 'level'; op: '>=' | '>' | '=' | '<=' | '<'; level: CaseLevel; raw: string; col: number }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode; col: number };

export type LeafNode = Extract<QueryNode, { raw: string }>;

export function leaves(node: QueryNode, out: LeafNode[] = []): LeafNode[] {
  if (node.kind === 'and' || node.kind === 'or') for (const c of node.children) leaves(c, out);
  else if (node.kind === 'not') leaves(node.child, out);
  else out.push(node);
  return out;
}

/** True when the query compares a case level: then it is evaluated on cases, not on items. */
export function isCaseQuery(node: QueryNode): boolean {
  return leaves(node).some((l) => l.kind === 'level');
}

/** The query written back in canonical form (operators upper-case, explicit AND, parentheses where needed). */
export function formatQuery(node: QueryNode): string {
  switch (node.kind) {
    case 'and':
      return node.children.map((c) => (c.kind === 'or' ? `(${formatQuery(c)})` : formatQuery(c))).join(' AND ');
    case 'or':
      return node.children.map((c) => (c.kind === 'and' ? `(${formatQuery(c)})` : formatQuery(c))).join(' OR ');
    case 'not':
      return `NOT ${node.child.kind === 'and' || node.child.kind === 'or' ? `(${formatQuery(node.child)})` : formatQuery(node.child)}`;
    case 'term':
      return node.prefix ? `${node.value}*` : node.value;
    case 'phrase':
      return `"${node.words.join(' ')}"`;
    case 'tag':
      return `${node.sign}${node.value}`;
    case 'field':
      return `${node.field}:${node.value}`;
    case 'level':
      return `level${node.op}${node.level}`;
  }
}
