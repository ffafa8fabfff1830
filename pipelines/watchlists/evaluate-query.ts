// Evaluates a parsed query on a document and says which terms matched where. The document's words
// are indexed once (folded word -> places), so a query costs look-ups, not scans; stems are computed
// only for words that could share a stem with a query term (same first letters), because stemming
// every word of every post would cost more than the rest of the matching.
import { CASE_LEVELS } from '../contracts/case.ts';
import type { LeafNode, QueryNode } from './query-ast.ts';
import { isAddressTerm, leafMatchesToken, phraseWordMatches, wordsOf } from './match-leaf.ts';
import type { WatchDocument } from './watch-document.ts';

export interface TermPosition {
  term: string;
  field: string;
  start: number;
  end: number;
}

export interface QueryMatch {
  matched: boolean;
  /** Leaves that matched, as written in the query, in query order (only from branches that count). */
  terms: string[];
  positions: TermPosition[];
}

/** Most places recorded per term: enough to show an analyst, bounded for a post repeating a word 10,000 times. */
const MAX_PLACES_PER_TERM = 20;

interface Place {
  f: number;
  t: number;
}

const rank = (l: string) => CASE_LEVELS.indexOf(l as (typeof CASE_LEVELS)[number]);

/** The document's word index, built on first use and kept with the document for every query run on it. */
class Indexed {
  private words: Map<string, Place[]> | null = null;
  /** Words by their first three letters: the stem candidates of a term (see places()). */
  private heads: Map<string, string[]> | null = null;
  private addresses: Place[] | null = null;
  constructor(readonly doc: WatchDocument) {}

  index(): Map<string, Place[]> {
    if (this.words) return this.words;
    const m = new Map<string, Place[]>();
    const fields = this.doc.fields;
    for (let f = 0; f < fields.length; f++) {
      const tokens = fields[f]!.tokens;
      for (let t = 0; t < tokens.length; t++) {
        for (const w of wordsOf(tokens[t]!)) {
          const list = m.get(w);
          if (list) list.push({ f, t });
          else m.set(w, [{ f, t }]);
        }
      }
    }
    return (this.words = m);
  }

  private headIndex(): Map<string, string[]> {
    if (this.heads) return this.heads;
    const m = new Map<string, string[]>();
    for (const w of this.index().keys()) {
      if (w.length < 3) continue;
      const h = w.slice(0, 3);
      const list = m.get(h);
      if (list) list.push(w);
      else m.set(h, [w]);
    }
    return (this.heads = m);
  }

  private addressPlaces(): Place[] {
    if (this.addresses) return this.addresses;
    const out: Place[] = [];
    const fields = this.doc.fields;
    for (let f = 0; f < fields.length; f++) {
      const tokens = fields[f]!.tokens;
      for (let t = 0; t < tokens.length; t++) if (tokens[t]!.url) out.push({ f, t });
    }
    return (this.addresses = out);
  }

  lang(f: number): string | null {
    const field = this.doc.fields[f]!;
    return field.lang !== undefined ? field.lang : this.doc.lang;
  }

  private matches(leaf: Extract<LeafNode, { kind: 'term' | 'tag' }>, p: Place): boolean {
    return leafMatchesToken(leaf, this.doc.fields[p.f]!.tokens[p.t]!, this.lang(p.f));
  }

  /** Places where a single-token leaf (term or tag) matches, in document order, each once. */
  places(leaf: Extract<LeafNode, { kind: 'term' | 'tag' }>): Place[] {
    let found: Place[] = [];
    if (leaf.kind === 'term' && isAddressTerm(leaf.value)) {
      // Addresses are few per post: check each.
      for (const p of this.addressPlaces()) if (this.matches(leaf, p)) found.push(p);
      return found;
    }
    const idx = this.index();
    if (leaf.kind === 'term' && leaf.prefix) {
      // An address starts with its first word, so the word index covers addresses too.
      for (const [w, ps] of idx) if (w.startsWith(leaf.value)) found.push(...ps);
    } else {
      for (const p of idx.get(leaf.value) ?? []) if (this.matches(leaf, p)) found.push(p);
      // Stem candidates: other words sharing the term's first three letters (a stem keeps them).
      if (leaf.kind === 'term' && leaf.value.length >= 3) {
        for (const w of this.headIndex().get(leaf.value.slice(0, 3)) ?? []) {
          if (w === leaf.value) continue;
          for (const p of idx.get(w)!) if (this.matches(leaf, p)) found.push(p);
        }
      }
    }
    if (found.length > 1) found = unique(found);
    return found;
  }

  phrase(words: string[]): Array<{ f: number; from: number; to: number }> {
    const out: Array<{ f: number; from: number; to: number }> = [];
    for (const p of this.index().get(words[0]!) ?? []) {
      const tokens = this.doc.fields[p.f]!.tokens;
      if (p.t + words.length > tokens.length) continue;
      let ok = true;
      for (let i = 0; i < words.length && ok; i++) ok = phraseWordMatches(words[i]!, tokens[p.t + i]!);
      if (ok) out.push({ f: p.f, from: p.t, to: p.t + words.length - 1 });
    }
    return out;
  }
}

/** Places sorted in document order without repeats (a token can be reached through two words). */
function unique(ps: Place[]): Place[] {
  ps.sort((a, b) => a.f - b.f || a.t - b.t);
  const out: Place[] = [ps[0]!];
  for (let i = 1; i < ps.length; i++) {
    const prev = out[out.length - 1]!;
    if (ps[i]!.f !== prev.f || ps[i]!.t !== prev.t) out.push(ps[i]!);
  }
  return out;
}

/** Evaluates `node`; collects terms and positions of the leaves that make the result true. */
export function evaluateQuery(node: QueryNode, doc: WatchDocument | Indexed): QueryMatch {
  const ix = doc instanceof Indexed ? doc : new Indexed(doc);
  const terms: string[] = [];
  const positions: TermPosition[] = [];
  const matched = run(node, ix, { terms, positions });
  return matched ? { matched, terms: [...new Set(terms)], positions } : { matched, terms: [], positions: [] };
}

/** Prepares a document once for many queries (the enricher runs every watchlist on each item). */
export function indexDocument(doc: WatchDocument): Indexed {
  return new Indexed(doc);
}

interface Sink {
  terms: string[];
  positions: TermPosition[];
}

function run(node: QueryNode, ix: Indexed, sink: Sink | null): boolean {
  const d = ix.doc;
  switch (node.kind) {
    case 'and': {
      // Cheap predicates first (language, firm, level: set look-ups), so most documents are decided
      // before their text is cut into tokens; terms are still reported in query order.
      const locals: Array<Sink | null> = node.children.map(() => (sink ? { terms: [], positions: [] } : null));
      for (const pass of [true, false]) {
        for (let i = 0; i < node.children.length; i++) {
          const c = node.children[i]!;
          if (isCheap(c) === pass && !run(c, ix, locals[i]!)) return false;
        }
      }
      if (sink) {
        for (const l of locals) {
          sink.terms.push(...l!.terms);
          sink.positions.push(...l!.positions);
        }
      }
      return true;
    }
    case 'or': {
      let any = false;
      // Without a sink the first true child decides; with one, every true child's terms count.
      for (const c of node.children) {
        if (run(c, ix, sink)) {
          any = true;
          if (!sink) return true;
        }
      }
      return any;
    }
    case 'not':
      return !run(node.child, ix, null);
    case 'field': {
      const set = { firm: d.firms, lang: d.langs, country: d.countries, platform: d.platforms, watchlist: d.watchlists }[node.field];
      return record(set.has(node.value), node.raw, [], ix, sink);
    }
    case 'level':
      return record(d.level !== null && compare(rank(d.level), node.op, rank(node.level)), node.raw, [], ix, sink);
    case 'phrase': {
      const found = ix.phrase(node.words);
      return record(found.length > 0, node.raw, found, ix, sink);
    }
    case 'tag':
      if (node.sign === '@' && d.handles.has(node.value)) {
        const places = ix.places(node).map((p) => ({ f: p.f, from: p.t, to: p.t }));
        return record(true, node.raw, places, ix, sink);
      }
    // falls through: a #tag, $tag or @mention is found in the text
    case 'term': {
      const places = ix.places(node);
      return record(places.length > 0, node.raw, places.map((p) => ({ f: p.f, from: p.t, to: p.t })), ix, sink);
    }
  }
}

/** Decided from the document's sets alone, without its text. */
function isCheap(n: QueryNode): boolean {
  if (n.kind === 'field' || n.kind === 'level') return true;
  if (n.kind === 'not') return isCheap(n.child);
  if (n.kind === 'and' || n.kind === 'or') return n.children.every(isCheap);
  return false;
}

function compare(a: number, op: string, b: number): boolean {
  return op === '>=' ? a >= b : op === '>' ? a > b : op === '<=' ? a <= b : op === '<' ? a < b : a === b;
}

function record(ok: boolean, raw: string, spans: Array<{ f: number; from: number; to: number }>, ix: Indexed, sink: Sink | null): boolean {
  if (!ok || !sink) return ok;
  sink.terms.push(raw);
  for (const s of spans.slice(0, MAX_PLACES_PER_TERM)) {
    const field = ix.doc.fields[s.f]!;
    sink.positions.push({ term: raw, field: field.name, start: field.tokens[s.from]!.start, end: field.tokens[s.to]!.end });
  }
  return true;
}
