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
}

interface Node<T> {
  next: Map<string, Node<T>>;
  /** Stems bucketed by their first STEM_BUCKET characters, so a token checks a handful of stems, not all. */
  stems: Map<string, Array<{ key: string; node: Node<T> }>>;
  /** Lengths of the keys of `stems`, ascending. */
  stemLengths: number[];
  entries: Entry<T>[];
}

const STEM_BUCKET = 3;

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

const newNode = <T>(): Node<T> => ({ next: new Map(), stems: new Map(), stemLengths: [], entries: [] });

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

// First words of every matcher, in one place: a token's key is looked up once (startMasks) instead of
// once per matcher, and a matcher skips the tokens whose mask lacks its bit. Bits are shared modulo 32,
// so a set bit only means "may start here": matchAt still decides.
const FIRST_WORDS = new Map<string, number>();
/** Stem buckets of first words (the stem's first STEM_BUCKET characters) and their lengths. */
const FIRST_STEMS = new Map<string, number>();
let firstStemLengths: number[] = [];
/** (The buckets of STEM_BUCKET characters below U+0400 are also in STEM_BITS, keyed by prefixKey: no substring per token.) */
const prefixKey = (a: number, b: number, c: number): number => (a < 0x400 && b < 0x400 && c < 0x400 ? (a << 20) | (b << 10) | c : -1);
/** Bumped whenever a first word is registered: cached masks of older versions are recomputed. */
let registryVersion = 0;
let matcherCount = 0;

/**
 * Int key -> OR of matcher bits, open addressing in one Int32Array of (key, bits) pairs; bits 0 marks
 * an empty slot (a registered key always has a bit). A look-up reads a slot or two of a small typed
 * array, where a Map look-up of a string chased pointers to its entries and key strings, seldom in the
 * CPU cache by the time a new item's tokens are read.
 */
class BitsByInt {
  private slots = new Int32Array(2 * 1024);
  private used = 0;

  get(key: number): number {
    const mask = (this.slots.length >> 1) - 1;
    for (let s = (Math.imul(key, 0x9e3779b1) >>> 7) & mask; ; s = (s + 1) & mask) {
      const bits = this.slots[2 * s + 1]!;
      if (bits === 0 || this.slots[2 * s] === key) return bits;
    }
  }

  or(key: number, bits: number): void {
    if (2 * (this.used + 1) > this.slots.length >> 1) this.grow();
    const mask = (this.slots.length >> 1) - 1;
    for (let s = (Math.imul(key, 0x9e3779b1) >>> 7) & mask; ; s = (s + 1) & mask) {
      const old = this.slots[2 * s + 1]!;
      if (old !== 0 && this.slots[2 * s] !== key) continue;
      if (old === 0) this.used++;
      this.slots[2 * s] = key;
      this.slots[2 * s + 1] = old | bits;
      return;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.used = 0;
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) this.or(old[s]!, old[s + 1]!);
  }
}

/**
 * What a token's mask is read from: first words by a 32-bit hash of the whole key (keys with equal hashes
 * share their bits: a set bit only means "may start here"), stem buckets by their packed prefix. Bit
 * filters in front of both: most tokens start no phrase, and are rejected with one bit test.
 */
const WORD_BITS = new BitsByInt();
const STEM_BITS = new BitsByInt();
const WORD_FILTER = new Int32Array(1 << 11);
const STEM_FILTER = new Int32Array(1 << 11);
/** FNV-1a over the code units of k, with a '#' before them when `hashed`, mixed so its low 16 bits index the filter. */
function wordHash(k: string, hashed: boolean): number {
  let h = hashed ? Math.imul(0x811c9dc5 ^ 0x23, 0x01000193) : 0x811c9dc5;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 16);
}
const stemSlot = (packed: number): number => Math.imul(packed, 0x9e3779b1) >>> 16;
const setBit = (filter: Int32Array, slot: number): void => {
  filter[(slot >>> 5) & 0x7ff]! |= 1 << (slot & 31);
};
const hasBit = (filter: Int32Array, slot: number): boolean => (filter[(slot >>> 5) & 0x7ff]! & (1 << (slot & 31))) !== 0;

function register(map: Map<string, number>, key: string, bit: number): void {
  if (map === FIRST_WORDS) {
    const h = wordHash(key, false);
    setBit(WORD_FILTER, h);
    WORD_BITS.or(h, bit);
  }
  const old = map.get(key) ?? 0;
  if ((old & bit) !== 0) return;
  map.set(key, old | bit);
  registryVersion++;
}

/** The matcher bits of the first words and stems that key (with a '#' before it when `hashed`) may be; a '#' key is only built for a stem bucket that does not pack. */
function maskOf(k: string, hashed: boolean): number {
  const h = wordHash(k, hashed);
  let mask = hasBit(WORD_FILTER, h) ? WORD_BITS.get(h) : 0;
  const length = hashed ? k.length + 1 : k.length;
  for (const len of firstStemLengths) {
    if (len > length) break;
    if (len === STEM_BUCKET) {
      const packed = hashed ? prefixKey(0x23, k.charCodeAt(0), k.charCodeAt(1)) : prefixKey(k.charCodeAt(0), k.charCodeAt(1), k.charCodeAt(2));
      if (packed >= 0) {
        if (hasBit(STEM_FILTER, stemSlot(packed))) mask |= STEM_BITS.get(packed);
        continue;
      }
    }
    mask |= FIRST_STEMS.get((hashed ? '#' + k : k).slice(0, len)) ?? 0;
  }
  return mask;
}

function computeMasks(tokens: readonly Token[]): number[] {
  const masks: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    masks.push(maskOf(tok.key, false) | (tok.hash ? maskOf(tok.key, true) : 0));
  }
  return masks;
}

/**
 * Per token, the bits of the matchers a phrase of which may start there. Kept with the token list (for
 * this registry version): matchers run one after the other over the same text, a shared prepared bio's
 * are computed once, and a joined text's ("title\ntext") are its parts' (the mention detector reads the
 * parts first).
 */
function startMasks(t: Tokenised): readonly number[] {
  const tokens = t.tokens;
  const kept = t.masks;
  if (kept && kept.tokens === tokens && kept.version === registryVersion) return kept.masks;
  // A joined list: its tokens are the parts' (same keys and hash flags), so are their masks.
  const parts = joinedFrom(tokens);
  let masks = parts ? startMasks(parts[0]).concat(startMasks(parts[1])) : null;
  if (masks === null || masks.length !== tokens.length) masks = computeMasks(tokens);
  t.masks = { tokens, version: registryVersion, masks };
  return masks;
}

export class PhraseMatcher<T> {
  private readonly root: Node<T> = newNode();
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
      if (node === this.root) {
        if (!w.stem) register(FIRST_WORDS, key, this.bit);
        else {
          const bucketKey = key.slice(0, STEM_BUCKET);
          register(FIRST_STEMS, bucketKey, this.bit);
          const packed = bucketKey.length === STEM_BUCKET ? prefixKey(bucketKey.charCodeAt(0), bucketKey.charCodeAt(1), bucketKey.charCodeAt(2)) : -1;
          if (packed >= 0) {
            STEM_BITS.or(packed, this.bit);
            setBit(STEM_FILTER, stemSlot(packed));
          }
          if (!firstStemLengths.includes(bucketKey.length)) firstStemLengths = [...firstStemLengths, bucketKey.length].sort((a, b) => a - b);
        }
      }
      if (w.stem) {
        const bucketKey = key.slice(0, STEM_BUCKET);
        let bucket = node.stems.get(bucketKey);
        if (!bucket) {
          node.stems.set(bucketKey, (bucket = []));
          if (!node.stemLengths.includes(bucketKey.length)) node.stemLengths = [...node.stemLengths, bucketKey.length].sort((a, b) => a - b);
        }
        let s = bucket.find((x) => x.key === key);
        if (!s) bucket.push((s = { key, node: newNode() }));
        node = s.node;
      } else {
        let n = node.next.get(key);
        if (!n) node.next.set(key, (n = newNode()));
        node = n;
      }
    }
    const specificity = words.reduce((n, w) => n + (w.hash ? 2 : 0) + (w.exact !== null ? 1 : 0) + (w.colon ? 1 : 0) - (w.stem ? 1 : 0), 0);
    const entry: Entry<T> = { words, values: [value], specificity };
    node.entries.push(entry);
    this.byPhrase.set(sig, entry);
    this.maxLength = Math.max(this.maxLength, words.length);
  }

  /** Longest phrase starting at token i, or null. */
  matchAt(t: Tokenised, i: number): PhraseMatch<T> | null {
    const tokens = t.tokens;
    const first = tokens[i];
    if (!first) return null;
    // Most tokens start no phrase: this returns before allocating anything.
    if ((startMasks(t)[i]! & this.bit) === 0) return null;
    let frontier = step(this.root, first, null);
    if (!frontier) return null;
    // The longest match so far: its end and entry (two locals, no object per candidate).
    let bestEnd = -1;
    let bestEntry: Entry<T> | null = null;
    for (let j = i; ; ) {
      // Longest wins; at equal length the more specific spelling ("#werbung" over "werbung", "=SEPA" over "sepa").
      let bestSpecificity = -Infinity;
      for (const node of frontier) {
        for (const entry of node.entries) {
          if (entry.words.length !== j - i + 1 || entry.specificity <= bestSpecificity || !verify(t, i, entry.words)) continue;
          bestEnd = j + 1;
          bestEntry = entry;
          bestSpecificity = entry.specificity;
        }
      }
      j++;
      if (j >= tokens.length || j - i >= this.maxLength) break;
      const tok = tokens[j] as Token;
      if (tok.breakBefore) break;
      let next: Node<T>[] | null = null;
      for (const node of frontier) next = step(node, tok, next);
      if (!next) break;
      frontier = next;
    }
    if (bestEntry === null) return null;
    const last = tokens[bestEnd - 1] as Token;
    return { start: i, end: bestEnd, from: first.hash || first.at ? first.start - 1 : first.start, to: last.end, values: bestEntry.values };
  }

  /** Leftmost-longest, non-overlapping matches. */
  matchAll(t: Tokenised): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const masks = startMasks(t);
    for (let i = 0; i < t.tokens.length; ) {
      if ((masks[i]! & this.bit) === 0) {
        i++;
        continue;
      }
      const m = this.matchAt(t, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
}

/** Children of `node` for token `tok` (exact keys, then stems), appended to `out`; null when there are none. */
function step<T>(node: Node<T>, tok: Token, out: Node<T>[] | null): Node<T>[] | null {
  if (tok.hash) out = stepKey(node, '#' + tok.key, out);
  return stepKey(node, tok.key, out);
}

function stepKey<T>(node: Node<T>, k: string, out: Node<T>[] | null): Node<T>[] | null {
  const n = node.next.get(k);
  if (n) (out ??= []).push(n);
  for (const len of node.stemLengths) {
    if (len > k.length) break;
    const bucket = node.stems.get(k.slice(0, len));
    if (bucket) for (const s of bucket) if (k.startsWith(s.key)) (out ??= []).push(s.node);
  }
  return out;
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
