// One matcher for many phrases: a trie over folded tokens. Matching walks at most `maxLength`
// tokens from each position, so it is linear in the text whatever the phrase lists contain,
// and adding a phrase never adds a regex.
//
// Phrase syntax (analysts write these in pipelines/text/phrases/*.ts):
//   words are separated by spaces or hyphens and matched case- and accent-insensitively;
//   "#tag"   the token must be written as a hashtag;
//   "=Word"  the token must be written exactly so (case-sensitive: "=SEPA" is not Spanish "sepa");
//   "stem*"  any token starting with the stem ("rabatt*" matches "Rabattcode");
//   "code:"  a colon must follow the token ("code: QX1" but not "source code").
import { fold } from './fold.ts';
import { joinSymbols, markFirst, readSymbols, stemSymbol, symbolVersion, wordSymbol, type TokenSymbols } from './phrase-symbols.ts';
import { child, childOrNew, HAS_ENTRIES, HAS_STEMS, HAS_WORDS, markEntries, newNode, nodeFlags, nodeRank } from './phrase-trie.ts';
import { joinedFrom, tokenise, type Token, type Tokenised } from './tokenise.ts';

interface WordSpec {
  key: string;
  hash: boolean;
  exact: string | null;
  stem: boolean;
  colon: boolean;
}

interface Entry<T> {
  words: WordSpec[];
  values: T[];
  /** Tie-break between phrases of equal length: hashtags, exact spellings and colons are more specific, stems less. */
  specificity: number;
  /** Some word is a hashtag, an exact spelling or wants a colon: verify has something to check (most phrases: nothing). */
  checked: boolean;
}

export interface PhraseMatch<T> {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** Character range in the text. */
  from: number;
  to: number;
  /** Every value registered for this phrase (the same phrase may be listed for several languages). */
  values: T[];
}

function parseWord(w: string): WordSpec | null {
  let s = w;
  const hash = s.startsWith('#');
  if (hash) s = s.slice(1);
  const exactMark = s.startsWith('=');
  if (exactMark) s = s.slice(1);
  const colon = s.endsWith(':');
  if (colon) s = s.slice(0, -1);
  const stem = s.endsWith('*');
  if (stem) s = s.slice(0, -1);
  if (!s) return null;
  return { key: fold(s), hash, exact: exactMark ? s : null, stem, colon };
}

/** Splits a phrase into word specs with the same token rules as the text ("Promo-Code" = "promo code"). */
export function parsePhrase(phrase: string): WordSpec[] {
  const words: WordSpec[] = [];
  for (const part of phrase.trim().split(/\s+/)) {
    const prefix = part.match(/^[#=]*/)?.[0] ?? '';
    const suffix = part.match(/[*:]*$/)?.[0] ?? '';
    const body = part.slice(prefix.length, part.length - suffix.length);
    // Tokenise the body so "Affiliate-Link" and "jusqu'à" split exactly as they do in text.
    const inner = tokenise(body).tokens;
    inner.forEach((tok, i) => {
      const spec = parseWord((i === 0 ? prefix : prefix.replace('#', '')) + tok.text + (i === inner.length - 1 ? suffix : ''));
      if (spec) words.push(spec);
    });
  }
  return words;
}

/**
 * Entries (phrases ending there) by node id, for the nodes flagged HAS_ENTRIES. One array for every
 * matcher's nodes, so its values are of any matcher's type: each matcher reads only its own nodes.
 */
const ENTRIES: Array<Entry<unknown>[] | null> = [null];

let matcherCount = 0;

/**
 * The symbols of a token list (phrase-symbols.ts), kept with it for this registry version: matchers run
 * one after the other over the same text, a shared prepared bio's are read once, and a joined text's
 * ("title\ntext") are its parts' (the mention detector reads the parts first).
 */
function symbolsOf(t: Tokenised): TokenSymbols {
  const tokens = t.tokens;
  const kept = t.symbols;
  const version = symbolVersion();
  if (kept && kept.tokens === tokens && kept.version === version) return kept.data;
  // A joined list: its tokens are the parts' (same keys and hash flags), so are their symbols.
  const parts = joinedFrom(tokens);
  let data: TokenSymbols | null = null;
  if (parts) {
    const a = symbolsOf(parts[0]);
    const b = symbolsOf(parts[1]);
    if (a[0]! + b[0]! === tokens.length) data = joinSymbols(a, b);
  }
  data ??= readSymbols(tokens);
  t.symbols = { tokens, version, data };
  return data;
}

/**
 * The frontier of a walk (node ids) and the next one, swapped at each token. matchAt calls nothing
 * that could start another walk, so two buffers serve every matcher.
 */
let frontA = new Int32Array(64);
let frontB = new Int32Array(64);

export class PhraseMatcher<T> {
  private readonly root = newNode();
  private readonly byPhrase = new Map<string, Entry<T>>();
  private readonly bit = 1 << (matcherCount++ & 31);
  maxLength = 0;

  constructor(entries: Iterable<readonly [phrase: string, value: T]> = []) {
    for (const [p, v] of entries) this.add(p, v);
  }

  add(phrase: string, value: T): void {
    const words = parsePhrase(phrase);
    if (!words.length) return;
    const sig = words.map((w) => `${w.hash ? '#' : ''}${w.exact ?? w.key}${w.stem ? '*' : ''}${w.colon ? ':' : ''}`).join(' ');
    const known = this.byPhrase.get(sig);
    if (known) {
      known.values.push(value);
      return;
    }
    let node = this.root;
    for (const w of words) {
      const key = (w.hash ? '#' : '') + w.key;
      const symbol = w.stem ? stemSymbol(key) : wordSymbol(key);
      if (node === this.root) markFirst(symbol, this.bit);
      node = childOrNew(node, symbol, w.stem, key.length);
    }
    const specificity = words.reduce((n, w) => n + (w.hash ? 2 : 0) + (w.exact !== null ? 1 : 0) + (w.colon ? 1 : 0) - (w.stem ? 1 : 0), 0);
    const checked = words.some((w) => w.hash || w.exact !== null || w.colon);
    const entry: Entry<T> = { words, values: [value], specificity, checked };
    while (ENTRIES.length <= node) ENTRIES.push(null);
    (ENTRIES[node] ??= []).push(entry as Entry<unknown>);
    markEntries(node);
    this.byPhrase.set(sig, entry);
    this.maxLength = Math.max(this.maxLength, words.length);
  }

  /** Longest phrase starting at token i, or null. */
  matchAt(t: Tokenised, i: number): PhraseMatch<T> | null {
    return t.tokens[i] ? this.matchWith(t, symbolsOf(t), i) : null;
  }

  /**
   * The symbols of t's tokens, for a caller trying matchWith at every token (the firm matcher): read
   * (or found kept) once per text instead of once per token.
   */
  symbolsOf(t: Tokenised): TokenSymbols {
    return symbolsOf(t);
  }

  /** Whether some phrase of this matcher may start at token i: when false, matchWith(t, symbols, i) is null. */
  mayStartAt(symbols: TokenSymbols, i: number): boolean {
    return (symbols[1 + i]! & this.bit) !== 0;
  }

  /** matchAt with the text's symbols already read (matchAll reads them once, not once per candidate token). */
  matchWith(t: Tokenised, symbols: TokenSymbols, i: number): PhraseMatch<T> | null {
    const tokens = t.tokens;
    const first = tokens[i];
    if (!first) return null;
    // Most tokens start no phrase: this returns before reading anything else.
    if ((symbols[1 + i]! & this.bit) === 0) return null;
    const n = symbols[0]!;
    const firstRoom = symbols[n + 2 + i]! - symbols[n + 1 + i]!;
    if (firstRoom > frontA.length) growFronts(firstRoom, 0);
    let front = frontA;
    let count = step(symbols, i, first.hash, this.root, front, 0);
    if (count === 0) return null;
    // The longest match so far: its end and entry (two locals, no object per candidate).
    let bestEnd = -1;
    let bestEntry: Entry<unknown> | null = null;
    for (let j = i; ; ) {
      // Longest wins; at equal length the more specific spelling ("#werbung" over "werbung", "=SEPA" over "sepa").
      let bestSpecificity = -Infinity;
      for (let f = 0; f < count; f++) {
        const node = front[f]!;
        if ((nodeFlags(node) & HAS_ENTRIES) === 0) continue;
        for (const entry of ENTRIES[node]!) {
          // (No length test: a node's entries have as many words as it is deep, and every node of the
          // front is j - i + 1 deep, one step per token.)
          if (entry.specificity <= bestSpecificity || (entry.checked && !verify(t, i, entry.words))) continue;
          bestEnd = j + 1;
          bestEntry = entry;
          bestSpecificity = entry.specificity;
        }
      }
      j++;
      if (j >= tokens.length || j - i >= this.maxLength) break;
      const tok = tokens[j] as Token;
      if (tok.breakBefore) break;
      // Each node gains at most one child per symbol of the token: make room for that many.
      const room = count * (symbols[n + 2 + j]! - symbols[n + 1 + j]!);
      if (room > frontB.length) {
        growFronts(room, count, front);
        front = frontA;
      }
      const next = front === frontA ? frontB : frontA;
      let c = 0;
      for (let f = 0; f < count; f++) c = step(symbols, j, tok.hash, front[f]!, next, c);
      if (c === 0) break;
      front = next;
      count = c;
    }
    if (bestEntry === null) return null;
    const last = tokens[bestEnd - 1] as Token;
    return { start: i, end: bestEnd, from: first.hash || first.at ? first.start - 1 : first.start, to: last.end, values: bestEntry.values as T[] };
  }

  /** Leftmost-longest, non-overlapping matches. */
  matchAll(t: Tokenised): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const symbols = symbolsOf(t);
    for (let i = 0; i < t.tokens.length; ) {
      if ((symbols[1 + i]! & this.bit) === 0) {
        i++;
        continue;
      }
      const m = this.matchWith(t, symbols, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

/** Fronts of 2 x `room` nodes (at least), the first `count` of `front` kept in frontA. */
function growFronts(room: number, count: number, front: Int32Array = frontA): void {
  const size = Math.max(2 * room, 2 * frontA.length);
  const grown = new Int32Array(size);
  grown.set(front.subarray(0, count));
  frontA = grown;
  frontB = new Int32Array(size);
}

/**
 * Children of `node` for token i (by '#' + key first when it is a hashtag, then by key; in each, the
 * word's child, then the stems' by rank), written to out from `count`; returns the new count.
 */
function step(symbols: TokenSymbols, i: number, hashed: boolean, node: number, out: Int32Array, count: number): number {
  const flags = nodeFlags(node);
  if ((flags & (HAS_WORDS | HAS_STEMS)) === 0) return count;
  let at = symbols[symbols[0]! + 1 + i]!;
  if (hashed) {
    count = stepGroup(symbols, at, node, flags, out, count);
    at += 2 + symbols[at + 1]!;
  }
  return stepGroup(symbols, at, node, flags, out, count);
}

function stepGroup(symbols: TokenSymbols, at: number, node: number, flags: number, out: Int32Array, count: number): number {
  const word = symbols[at]!;
  if (word !== 0 && (flags & HAS_WORDS) !== 0) {
    const c = child(node, word);
    if (c !== 0) out[count++] = c;
  }
  const stems = symbols[at + 1]!;
  if (stems === 0 || (flags & HAS_STEMS) === 0) return count;
  const from = count;
  for (let k = 0; k < stems; k++) {
    const c = child(node, symbols[at + 2 + k]!);
    if (c !== 0) out[count++] = c;
  }
  // Several stems of one node (rare): in their rank order, by insertion (at most a handful).
  for (let a = from + 1; a < count; a++) {
    const c = out[a]!;
    const r = nodeRank(c);
    let b = a;
    for (; b > from && nodeRank(out[b - 1]!) > r; b--) out[b] = out[b - 1]!;
    out[b] = c;
  }
  return count;
}

function verify(t: Tokenised, start: number, words: WordSpec[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as WordSpec;
    const tok = t.tokens[start + k] as Token;
    if (w.hash && !tok.hash) return false;
    if (w.exact !== null && tok.text !== w.exact) return false;
    if (w.colon && !colonAfter(t, tok)) return false;
  }
  return true;
}

function colonAfter(t: Tokenised, tok: Token): boolean {
  for (let i = tok.end; i < t.text.length && i < tok.end + 4; i++) {
    const c = t.text.charAt(i);
    if (c === ':' || c === '：') return true;
    if (c !== ' ' && c !== '\u00a0') return false;
  }
  return false;
}
