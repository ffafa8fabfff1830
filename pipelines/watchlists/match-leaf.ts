// When one query leaf matches one token: the single definition both the indexed evaluator
// (evaluate-query.ts) and the naive reference in the tests use, so they can only differ in how they
// combine and find, never in what a match is.
import type { LeafNode } from './query-ast.ts';
import { stemOf } from './stemmers.ts';
import type { WatchToken } from './tokenise-document.ts';

/** A term with a dot or slash names a web address ("bybit.com", "t.me/bybit"). */
export const isAddressTerm = (value: string) => /[./]/u.test(value);

/**
 * `bybit.com` matches bybit.com, www.bybit.com/fr and app.bybit.com/x, not notbybit.com or
 * bybit.co; with `*` any address that starts so (after a subdomain) matches.
 */
export function addressMatches(key: string, value: string, prefix: boolean): boolean {
  for (let from = 0; from >= 0; ) {
    const rest = key.slice(from);
    if (rest.startsWith(value) && (prefix || rest.length === value.length || '/?#:'.includes(rest[value.length]!))) return true;
    const slash = rest.indexOf('/');
    const dot = rest.indexOf('.');
    // Only dots inside the host start a new candidate (a subdomain dropped).
    if (dot < 0 || (slash >= 0 && dot > slash)) break;
    from += dot + 1;
  }
  return false;
}

/** The folded words a bare term is compared with: the word itself, or the words inside an address or tag. */
export function wordsOf(t: WatchToken): string[] {
  return t.url || t.sign ? (t.parts ?? []) : [t.key];
}

export function termMatchesToken(value: string, prefix: boolean, t: WatchToken, lang: string | null): boolean {
  if (isAddressTerm(value)) return t.url && addressMatches(t.key, value, prefix);
  if (prefix) return wordsOf(t).some((w) => w.startsWith(value)) || (t.url && t.key.startsWith(value));
  if (wordsOf(t).includes(value)) return true;
  // Stemming applies to words of running text, not to the insides of addresses and tags.
  if (t.url || t.sign) return false;
  const tokenStem = stemOf(t.key, lang);
  return tokenStem !== null && tokenStem === (stemOf(value, lang) ?? value);
}

/** Leaves that are matched on single tokens (a phrase is a sequence; fields and levels match the document). */
export function leafMatchesToken(leaf: LeafNode, t: WatchToken, lang: string | null): boolean {
  switch (leaf.kind) {
    case 'term':
      return termMatchesToken(leaf.value, leaf.prefix, t, lang);
    case 'tag':
      return t.sign === leaf.sign && t.key === leaf.value;
    default:
      return false;
  }
}

/** A phrase word matches a plain word exactly (folded, not stemmed: "exact phrase"). */
export function phraseWordMatches(word: string, t: WatchToken): boolean {
  return !t.url && !t.sign && t.key === word;
}
