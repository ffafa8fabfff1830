// The phrase tries' vocabulary as small integers, and each token of a text read once against it.
//
// Every word key and every stem of every phrase matcher gets a symbol id (one id space for all
// matchers). A token list is read once (symbolsOf): per token, the id of its key (0 when no phrase
// has it), the ids of the stems its key starts with, the same for '#' + key when it is a hashtag, and
// the bits of the matchers a phrase of which starts with one of those symbols. Trie steps then look up
// (node, symbol) pairs in an integer table (phrase-trie.ts) instead of string keys in a Map per node:
// those look-ups chased pointers through nodes, Maps and key strings, seldom in the CPU cache by the
// time a new item is read, and a token no phrase has (most) now stops a walk without any look-up.
import { keptInts } from './kept-ints.ts';

/** Symbol id -> its string (a folded key, '#' first for a hashtag; a stem without its '*'). Id 0 is "none". */
const SYMBOL_TEXT: string[] = [''];
const WORD_IDS = new Map<string, number>();
const STEM_IDS = new Map<string, number>();
/** Per symbol: OR of the bits of the matchers with a phrase starting with it (bits shared modulo 32). */
let firstBits = new Int32Array(1024);
/** STEM_LENGTH[n] is 1 when some stem has n characters ('#' included). */
let stemLength = new Uint8Array(32);
let maxStemLength = -1;
/**
 * Bumped whenever a symbol or a first symbol is registered: a token list's symbols read before are
 * read again (a key no phrase had may now have an id).
 */
let registryVersion = 0;

// FNV-1a over UTF-16 code units, mixed so the low bits spread; a hashtag's '#' is the first unit.
const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const HASH_SEED = Math.imul(FNV_SEED ^ 0x23, FNV_PRIME);
const mix = (h: number): number => h ^ (h >>> 16);
function hashOf(s: string): number {
  let h = FNV_SEED;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return mix(h);
}

/**
 * Ids by hash: open addressing in one Int32Array of (hash, id) pairs; id 0 marks an empty slot. Equal
 * hashes may hold several ids: the caller compares the strings. Bit filters in front (FILTER_BITS
 * bits, by hash): most tokens are no phrase's word, and are rejected with one bit test.
 */
const FILTER_BITS = 1 << 16;
class IdsByHash {
  slots = new Int32Array(2 * 2048);
  readonly filter = new Int32Array(FILTER_BITS >>> 5);
  private used = 0;

  static start(h: number, mask: number): number {
    return (Math.imul(h, 0x9e3779b1) >>> 7) & mask;
  }

  mayHave(h: number): boolean {
    return (this.filter[(h >>> 5) & (FILTER_BITS / 32 - 1)]! & (1 << (h & 31))) !== 0;
  }

  add(h: number, id: number): void {
    if (2 * (this.used + 1) > this.slots.length >> 1) this.grow();
    this.filter[(h >>> 5) & (FILTER_BITS / 32 - 1)]! |= 1 << (h & 31);
    const mask = (this.slots.length >> 1) - 1;
    let s = IdsByHash.start(h, mask);
    while (this.slots[2 * s + 1] !== 0) s = (s + 1) & mask;
    this.slots[2 * s] = h;
    this.slots[2 * s + 1] = id;
    this.used++;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.used = 0;
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) this.add(old[s]!, old[s + 1]!);
  }
}
const WORDS = new IdsByHash();
/** Stems by the hash of their characters; a token probes it with the hash of each of its prefixes of a stem's length. */
const STEMS = new IdsByHash();
/** The first three characters of the stems of three or more (only its filter is used). */
const STEM_PREFIXES = new IdsByHash();

function newSymbol(text: string): number {
  const id = SYMBOL_TEXT.length;
  SYMBOL_TEXT.push(text);
  if (id >= firstBits.length) {
    const grown = new Int32Array(firstBits.length * 2);
    grown.set(firstBits);
    firstBits = grown;
  }
  registryVersion++;
  return id;
}

/** The symbol of a word key ('#' first for a hashtag), created when new. */
export function wordSymbol(key: string): number {
  let id = WORD_IDS.get(key);
  if (id === undefined) {
    WORD_IDS.set(key, (id = newSymbol(key)));
    WORDS.add(hashOf(key), id);
  }
  return id;
}

/** The symbol of a stem (its key without the '*'; '#' first for a hashtag), created when new. */
export function stemSymbol(key: string): number {
  let id = STEM_IDS.get(key);
  if (id === undefined) {
    STEM_IDS.set(key, (id = newSymbol(key)));
    STEMS.add(hashOf(key), id);
    if (key.length >= 3) STEM_PREFIXES.add(hashOf(key.slice(0, 3)), id);
    if (key.length >= stemLength.length) {
      const grown = new Uint8Array(Math.max(stemLength.length * 2, key.length + 1));
      grown.set(stemLength);
      stemLength = grown;
    }
    stemLength[key.length] = 1;
    if (key.length > maxStemLength) maxStemLength = key.length;
  }
  return id;
}

/** Records that a phrase of the matcher with bit `bit` starts with symbol `id`. */
export function markFirst(id: number, bit: number): void {
  if ((firstBits[id]! & bit) !== 0) return;
  firstBits[id]! |= bit;
  registryVersion++;
}

/** `s` equals key, or '#' + key when hashed (without building that string). */
function sameWord(s: string, key: string, hashed: boolean): boolean {
  if (!hashed) return s === key;
  return s.length === key.length + 1 && s.charCodeAt(0) === 0x23 && s.startsWith(key, 1);
}

/** `s` (of `len` characters) is a prefix of key, or of '#' + key when hashed. */
function isPrefix(s: string, len: number, key: string, hashed: boolean): boolean {
  if (s.length !== len) return false;
  if (!hashed) return key.startsWith(s);
  if (len === 0) return true;
  if (s.charCodeAt(0) !== 0x23) return false;
  for (let i = 1; i < len; i++) if (s.charCodeAt(i) !== key.charCodeAt(i - 1)) return false;
  return true;
}

function wordIdOf(h: number, key: string, hashed: boolean): number {
  if (!WORDS.mayHave(h)) return 0;
  const slots = WORDS.slots;
  const mask = (slots.length >> 1) - 1;
  for (let s = IdsByHash.start(h, mask); ; s = (s + 1) & mask) {
    const id = slots[2 * s + 1]!;
    if (id === 0) return 0;
    if (slots[2 * s] === h && sameWord(SYMBOL_TEXT[id]!, key, hashed)) return id;
  }
}

function stemIdOf(h: number, len: number, key: string, hashed: boolean): number {
  if (!STEMS.mayHave(h)) return 0;
  const slots = STEMS.slots;
  const mask = (slots.length >> 1) - 1;
  for (let s = IdsByHash.start(h, mask); ; s = (s + 1) & mask) {
    const id = slots[2 * s + 1]!;
    if (id === 0) return 0;
    if (slots[2 * s] === h && isPrefix(SYMBOL_TEXT[id]!, len, key, hashed)) return id;
  }
}

/** Scratch for one token list's data while it is read (copied out at the end); grown when needed. */
let scratch = new Int32Array(1024);
function ensure(size: number): void {
  if (size <= scratch.length) return;
  const grown = new Int32Array(Math.max(size, scratch.length * 2));
  grown.set(scratch);
  scratch = grown;
}

/** The OR of the first bits of the group readGroup read last (a second result, without an object per call). */
let groupBits = 0;

/**
 * Appends at `at` one group for key (or '#' + key when hashed): [word id or 0, number of stems, stem
 * ids ... (ascending length)]; returns the new end and leaves the OR of the group's first bits in
 * `groupBits`.
 */
function readGroup(key: string, hashed: boolean, at: number): number {
  ensure(at + 2 + (maxStemLength + 3));
  let bits = 0;
  let stems = 0;
  let h = hashed ? HASH_SEED : FNV_SEED;
  const offset = hashed ? 1 : 0;
  const stemTop = maxStemLength;
  // (An empty stem, were there one, is a prefix of '#' + key too.)
  if (hashed && stemLength[0] === 1) {
    const id = stemIdOf(mix(FNV_SEED), 0, key, hashed);
    if (id !== 0) {
      scratch[at + 2 + stems++] = id;
      bits |= firstBits[id]!;
    }
  }
  // Stems by ascending length: the prefix of length i + offset (h) is checked before reading character
  // i. From three characters on, only while some stem starts with the token's first three (most do not).
  let i = 0;
  for (;;) {
    const len = i + offset;
    if (len > stemTop || (len === 3 && !STEM_PREFIXES.mayHave(mix(h)))) break;
    if (stemLength[len] === 1) {
      const id = stemIdOf(mix(h), len, key, hashed);
      if (id !== 0) {
        scratch[at + 2 + stems++] = id;
        bits |= firstBits[id]!;
      }
    }
    if (i === key.length) break;
    h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
    i++;
  }
  for (; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), FNV_PRIME);
  const word = wordIdOf(mix(h), key, hashed);
  if (word !== 0) bits |= firstBits[word]!;
  scratch[at] = word;
  scratch[at + 1] = stems;
  groupBits = bits;
  return at + 2 + stems;
}

export interface SymbolToken {
  key: string;
  hash: boolean;
}

/**
 * One token list's symbols, in one Int32Array: [0] the number of tokens n; [1, n + 1) each token's
 * start bits; [n + 1, 2n + 2) where each token's groups begin, and where the last ends; then the
 * groups: '#' + key's first for a hashtag, then key's.
 */
export type TokenSymbols = Int32Array;

/** Reads the symbols of `tokens` (see TokenSymbols). */
export function readSymbols(tokens: readonly SymbolToken[]): TokenSymbols {
  const n = tokens.length;
  ensure(2 * n + 2);
  scratch[0] = n;
  let at = 2 * n + 2;
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    scratch[n + 1 + i] = at;
    let bits = 0;
    if (tok.hash) {
      at = readGroup(tok.key, true, at);
      bits = groupBits;
    }
    at = readGroup(tok.key, false, at);
    scratch[1 + i] = bits | groupBits;
  }
  scratch[2 * n + 1] = at;
  return kept(at);
}

/** scratch[0, size) copied out for keeping (kept-ints.ts: most lists share a chunk). */
function kept(size: number): Int32Array {
  const out = keptInts(size);
  for (let k = 0; k < size; k++) out[k] = scratch[k]!;
  return out;
}

/** The symbols of a list made of two lists' tokens, one after the other, from theirs. */
export function joinSymbols(a: TokenSymbols, b: TokenSymbols): TokenSymbols {
  const na = a[0]!;
  const nb = b[0]!;
  const n = na + nb;
  const groupsA = a.length - (2 * na + 2);
  const groupsB = b.length - (2 * nb + 2);
  // Built in the scratch (a and b are kept copies, never the scratch) and kept like a read list.
  const size = 2 * n + 2 + groupsA + groupsB;
  ensure(size);
  const out = scratch;
  out[0] = n;
  out.set(a.subarray(1, na + 1), 1);
  out.set(b.subarray(1, nb + 1), na + 1);
  const shiftA = 2 * n + 2 - (2 * na + 2);
  const shiftB = 2 * n + 2 + groupsA - (2 * nb + 2);
  for (let i = 0; i < na; i++) out[n + 1 + i] = a[na + 1 + i]! + shiftA;
  for (let i = 0; i < nb; i++) out[n + 1 + na + i] = b[nb + 1 + i]! + shiftB;
  out[2 * n + 1] = size;
  out.set(a.subarray(2 * na + 2), 2 * n + 2);
  out.set(b.subarray(2 * nb + 2), 2 * n + 2 + groupsA);
  return kept(size);
}

/** The registry's version: symbols read under another version are read again. */
export function symbolVersion(): number {
  return registryVersion;
}
