// A watchlist's query in a platform's own search syntax, for a collection that names the watchlist.
// The rule: the platform search may return more than the watchlist matches, never less. Every item
// collected is matched by the real watchlist in enrich afterwards, so widening costs requests, while
// narrowing would lose posts silently. A part the platform cannot search becomes "anything" (dropped
// from an AND, and an OR containing it becomes "anything"); a NOT of something not searched exactly
// is dropped. What was dropped is reported, so `rsmon collections queries` can show it.
//
// Platform facts used (docs/watchlist-collection.md):
// - X recent search: space is AND, OR, `-` negation, parentheses, "phrases", #hashtag, @mention,
//   $cashtag, from:, url:, lang:; no wildcard; 512 characters per query on the standard tiers
//   (https://docs.x.com/x-api/posts/search/integrate/build-a-query).
// - YouTube search.list `q`: space is AND, `|` is OR and `-` is NOT; no grouping is documented, so the
//   query is sent in disjunctive normal form (https://developers.google.com/youtube/v3/docs/search/list).
// - Meta Ad Library `search_terms`: keywords, no operators (the default unordered keyword search reads
//   a space as AND); 100 characters.
// - TikTok Commercial Content API `search_term`: one keyword string of at most 50 characters, no operators.
import type { FirmCatalogue } from '../../pipelines/firms/catalogue.ts';
import type { LeafNode, QueryNode } from '../../pipelines/watchlists/query-ast.ts';
import type { Watchlist } from '../../pipelines/watchlists/watchlists-file.ts';
import type { CollectPlatform } from './collections-file.ts';

export type SearchPlatform = Exclude<CollectPlatform, 'telegram'>;

/** Longest query or keyword string each platform takes. */
export const QUERY_LIMITS: Record<SearchPlatform, number> = { x: 512, youtube: 500, meta_ads: 100, tiktok_ads: 50 };
/** Most searches one watchlist may expand to (the collections file allows 100 terms). */
export const MAX_SEARCHES = 100;

export class TranslationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TranslationError';
  }
}

export interface Translation {
  /** What the connector sends: X queries, YouTube `q` values, Meta `search_terms`, TikTok `search_term`s. */
  searches: string[];
  /** Parts of the query the platform cannot search, and what was done with them. */
  notes: string[];
}

/** A boolean tree over platform literals; `any` is "cannot narrow here", `none` "never on this platform". */
type Tree =
  | { k: 'lit'; text: string; exact: boolean }
  | { k: 'and' | 'or'; children: Tree[] }
  | { k: 'not'; child: Tree }
  | { k: 'any' }
  | { k: 'none' };

const ANY: Tree = { k: 'any' };
const NONE: Tree = { k: 'none' };
const lit = (text: string, exact = true): Tree => ({ k: 'lit', text, exact });

const PLATFORM_OF_COLLECTION: Record<SearchPlatform, string> = { x: 'x', youtube: 'youtube', meta_ads: 'meta_ads', tiktok_ads: 'tiktok' };
const quote = (s: string) => (/\s/u.test(s) ? `"${s.replace(/"/gu, '')}"` : s);
const operatorFree = (s: string) => s.replace(/^["“”«»„]+|["“”«»„]+$/gu, '');

function exactOf(t: Tree): boolean {
  if (t.k === 'lit') return t.exact;
  if (t.k === 'and' || t.k === 'or') return t.children.every(exactOf);
  if (t.k === 'not') return exactOf(t.child);
  return t.k === 'none';
}

function simplify(t: Tree): Tree {
  if (t.k === 'and') {
    const cs = t.children.map(simplify).flatMap((c) => (c.k === 'and' ? c.children : [c])).filter((c) => c.k !== 'any');
    if (cs.some((c) => c.k === 'none')) return NONE;
    return cs.length === 0 ? ANY : cs.length === 1 ? cs[0]! : { k: 'and', children: cs };
  }
  if (t.k === 'or') {
    const seen = new Set<string>();
    // Platforms search case-insensitively: "bybit OR Bybit" is one search.
    const cs = t.children.map(simplify).flatMap((c) => (c.k === 'or' ? c.children : [c])).filter((c) => c.k !== 'none' && (c.k !== 'lit' || !seen.has(c.text.toLowerCase()) && !!seen.add(c.text.toLowerCase())));
    if (cs.some((c) => c.k === 'any')) return ANY;
    return cs.length === 0 ? NONE : cs.length === 1 ? cs[0]! : { k: 'or', children: cs };
  }
  if (t.k === 'not') {
    const c = simplify(t.child);
    if (c.k === 'none') return ANY;
    // NOT of "anything", or of a part searched loosely, would narrow: dropped (widens).
    if (c.k === 'any' || !exactOf(c)) return ANY;
    return { k: 'not', child: c };
  }
  return t;
}

/** One leaf in the platform's terms. */
function leaf(l: LeafNode, platform: SearchPlatform, catalogue: FirmCatalogue | undefined, notes: Set<string>): Tree {
  // X and YouTube take quoted phrases; the ad libraries take plain keywords (a looser search).
  const quoted = platform === 'x' || platform === 'youtube';
  switch (l.kind) {
    case 'term':
      if (l.prefix && !(/[./]/u.test(l.value) && platform === 'x')) {
        notes.add(`${l.raw}: prefix search is not available on ${platform}; dropped (the watchlist still applies it)`);
        return ANY;
      }
      if (/[./]/u.test(l.value)) {
        const address = l.value.replace(/\*$/u, '');
        if (platform === 'x') return lit(`url:"${address}"`);
        notes.add(`${l.raw}: searched as a keyword; ${platform} search reads text, not links`);
        return lit(address, false);
      }
      return lit(operatorFree(l.raw.replace(/\*$/u, '')));
    case 'phrase':
      return lit(quoted ? `"${l.words.join(' ')}"` : l.words.join(' '), quoted);
    case 'tag':
      if (l.sign === '@') {
        if (platform === 'x') return { k: 'or', children: [lit(`from:${l.value}`), lit(`@${l.value}`)] };
        notes.add(`${l.raw}: ${platform} has no author search in its query; searched as the word "${l.value}"`);
        return lit(l.value, false);
      }
      return lit(quoted ? `${l.sign}${l.value}` : l.value, platform === 'x');
    case 'field':
      switch (l.field) {
        case 'firm': {
          const firm = catalogue?.byId(l.value);
          if (!firm) {
            notes.add(`${l.raw}: no firm "${l.value}" in the catalogue; dropped`);
            return ANY;
          }
          const names = [...new Set([firm.name, ...(firm.aliases ?? [])].map((n) => n.trim()).filter((n) => n.length >= 2))];
          const parts = names.map((n) => lit(quoted ? quote(n) : n, false));
          if (platform === 'x') for (const d of firm.domains ?? []) parts.push(lit(`url:"${d}"`, false));
          notes.add(`${l.raw}: searched as the firm's names${platform === 'x' ? ' and domains' : ''} (the detectors also find it by handle, hashtag and logo)`);
          return { k: 'or', children: parts };
        }
        case 'lang':
          if (platform === 'x') return lit(`lang:${l.value}`);
          notes.add(`${l.raw}: ${platform} cannot filter by language in the query; dropped`);
          return ANY;
        case 'platform':
          return l.value === PLATFORM_OF_COLLECTION[platform] ? ANY : NONE;
        case 'country':
          notes.add(`${l.raw}: not searchable on ${platform}${platform === 'meta_ads' || platform === 'tiktok_ads' ? ' (set the collection\'s countries)' : ''}; dropped`);
          return ANY;
        case 'watchlist':
          notes.add(`${l.raw}: another watchlist's hits exist only after enrichment; dropped`);
          return ANY;
      }
      return ANY;
    case 'level':
      notes.add(`${l.raw}: case levels exist only after scoring; dropped`);
      return ANY;
  }
}

function toTree(n: QueryNode, platform: SearchPlatform, catalogue: FirmCatalogue | undefined, notes: Set<string>): Tree {
  if (n.kind === 'and' || n.kind === 'or') return { k: n.kind, children: n.children.map((c) => toTree(c, platform, catalogue, notes)) };
  if (n.kind === 'not') return { k: 'not', child: toTree(n.child, platform, catalogue, notes) };
  return leaf(n, platform, catalogue, notes);
}

/** X: the tree written with X's operators (space AND, OR, -, parentheses). */
function renderX(t: Tree): string {
  switch (t.k) {
    case 'lit':
      return t.text;
    case 'and':
      return t.children.map((c) => (c.k === 'or' ? `(${renderX(c)})` : renderX(c))).join(' ');
    case 'or':
      return t.children.map((c) => (c.k === 'and' ? `(${renderX(c)})` : renderX(c))).join(' OR ');
    case 'not':
      return t.child.k === 'lit' ? `-${t.child.text}` : `-(${renderX(t.child)})`;
    default:
      return '';
  }
}

interface Conjunction {
  pos: string[];
  neg: string[];
}

/** Disjunctive normal form, for platforms without grouping; fails past MAX_SEARCHES conjunctions. */
function dnf(t: Tree, name: string, platform: string): Conjunction[] {
  switch (t.k) {
    case 'lit':
      return [{ pos: [t.text], neg: [] }];
    case 'any':
      return [{ pos: [], neg: [] }];
    case 'none':
      return [];
    case 'not':
      // simplify() left NOT only over exact trees; over a single literal it is a negated keyword.
      if (t.child.k === 'lit') return [{ pos: [], neg: [t.child.text] }];
      return [{ pos: [], neg: [] }];
    case 'or':
      return t.children.flatMap((c) => dnf(c, name, platform));
    case 'and': {
      let acc: Conjunction[] = [{ pos: [], neg: [] }];
      for (const c of t.children) {
        const next: Conjunction[] = [];
        for (const a of acc) for (const b of dnf(c, name, platform)) next.push({ pos: [...a.pos, ...b.pos], neg: [...a.neg, ...b.neg] });
        if (next.length > MAX_SEARCHES) throw new TranslationError(`watchlist "${name}" expands to more than ${MAX_SEARCHES} searches on ${platform}; split it or narrow the ORs`);
        acc = next;
      }
      return acc;
    }
  }
}

/** Splits an X query at its top-level ORs when it is too long for one request. */
function xQueries(t: Tree, name: string): string[] {
  const whole = renderX(t);
  if (whole.length <= QUERY_LIMITS.x) return [whole];
  if (t.k !== 'or') throw new TranslationError(`watchlist "${name}" is ${whole.length} characters in X syntax, over X's ${QUERY_LIMITS.x}; it has no top-level OR to split at`);
  return t.children.flatMap((c) => xQueries(c, name));
}

/**
 * Translates a watchlist for one platform. Throws TranslationError (naming the watchlist and the
 * platform) when nothing in it can be searched there, or the result is too large.
 */
export function translateWatchlist(w: Pick<Watchlist, 'name' | 'ast' | 'onCases'>, platform: CollectPlatform, catalogue?: FirmCatalogue): Translation {
  if (platform === 'telegram') throw new TranslationError(`watchlist "${w.name}": Telegram channels have no search; name the channels instead`);
  if (w.onCases) throw new TranslationError(`watchlist "${w.name}" compares a case level: it describes cases, not posts, and cannot drive collection`);
  const notes = new Set<string>();
  const tree = simplify(toTree(w.ast, platform, catalogue, notes));
  if (tree.k === 'any') throw new TranslationError(`watchlist "${w.name}": nothing in it can be searched on ${platform} (${[...notes].join('; ') || 'no searchable term'})`);
  if (tree.k === 'none') throw new TranslationError(`watchlist "${w.name}" can never match an item from ${platform} (platform: excludes it)`);
  let searches: string[];
  if (platform === 'x') {
    searches = xQueries(tree, w.name);
  } else {
    const conj = dnf(tree, w.name, platform);
    if (conj.some((c) => c.pos.length === 0)) throw new TranslationError(`watchlist "${w.name}": a branch of it has no term ${platform} can search for (${[...notes].join('; ') || 'only exclusions'})`);
    if (platform === 'youtube') {
      // One `q` with the conjunctions joined by `|`, split into several when too long (each costs quota).
      const parts = conj.map((c) => [...c.pos, ...c.neg.map((n) => `-${n}`)].join(' '));
      searches = [];
      let current = '';
      for (const p of parts) {
        if (p.length > QUERY_LIMITS.youtube) throw new TranslationError(`watchlist "${w.name}": a branch is ${p.length} characters, over ${QUERY_LIMITS.youtube} for YouTube`);
        const joined = current ? `${current} | ${p}` : p;
        if (joined.length > QUERY_LIMITS.youtube) {
          searches.push(current);
          current = p;
        } else current = joined;
      }
      if (current) searches.push(current);
    } else {
      if (conj.some((c) => c.neg.length)) notes.add(`exclusions (NOT) are not searchable on ${platform}; dropped (the watchlist still applies them)`);
      const byLower = new Map<string, string>();
      for (const c of conj) {
        const q = [...new Set(c.pos.map(operatorFree))].join(' ');
        if (!byLower.has(q.toLowerCase())) byLower.set(q.toLowerCase(), q);
      }
      searches = [...byLower.values()];
      const limit = QUERY_LIMITS[platform];
      const long = searches.find((s) => s.length > limit);
      if (long) throw new TranslationError(`watchlist "${w.name}": "${long}" is ${long.length} characters, over ${limit} for ${platform}`);
    }
  }
  return { searches, notes: [...notes] };
}
