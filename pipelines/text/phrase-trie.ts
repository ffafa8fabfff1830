// The nodes of every phrase trie (all matchers' in one arena, by integer id) and their transitions:
// (node, symbol) -> child in one open-addressing Int32Array of (node, symbol, child) triples. A step
// reads a slot or two of it, where a Map per node chased the node, the Map's table, the key string
// and the child object (phrase-symbols.ts says why that mattered).

/** Node flags: it has entries (phrases ending there), children by word, children by stem. */
export const HAS_ENTRIES = 1;
export const HAS_WORDS = 2;
export const HAS_STEMS = 4;

let flags = new Uint8Array(1024);
/**
 * A stem child's rank among its parent's stem children: the order a token meeting several of them
 * walks them in (the tie-break between equally long and specific phrases depends on it). Stems were
 * kept in buckets by their first three characters, walked by ascending bucket-key length, each bucket
 * in insertion order: so the rank is min(length, 3), then creation order.
 */
let rank = new Int32Array(1024);
/** Node id 0 is "none". */
let nodeCount = 1;
let stemSeq = 0;

let slots = new Int32Array(3 * 4096);
let used = 0;

const slotOf = (node: number, symbol: number, mask: number): number => (Math.imul(node, 0x9e3779b1) ^ Math.imul(symbol, 0x85ebca77)) >>> 8 & mask;

export function newNode(): number {
  const id = nodeCount++;
  if (id >= flags.length) {
    const f = new Uint8Array(flags.length * 2);
    f.set(flags);
    flags = f;
    const r = new Int32Array(rank.length * 2);
    r.set(rank);
    rank = r;
  }
  return id;
}

export function nodeFlags(node: number): number {
  return flags[node]!;
}

export function markEntries(node: number): void {
  flags[node]! |= HAS_ENTRIES;
}

export function nodeRank(node: number): number {
  return rank[node]!;
}

/** The child of `node` by `symbol`, or 0. */
export function child(node: number, symbol: number): number {
  const s = slots;
  const mask = s.length / 3 - 1;
  for (let k = slotOf(node, symbol, mask); ; k = (k + 1) & mask) {
    const c = s[3 * k + 2]!;
    if (c === 0 || (s[3 * k] === node && s[3 * k + 1] === symbol)) return c;
  }
}

/** The child of `node` by `symbol`, created when missing (a stem child, of a stem of `stemLength` characters, when stem). */
export function childOrNew(node: number, symbol: number, stem: boolean, stemLength: number): number {
  const known = child(node, symbol);
  if (known !== 0) return known;
  const c = newNode();
  if (stem) rank[c] = Math.min(stemLength, 3) * 0x1000000 + stemSeq++;
  flags[node]! |= stem ? HAS_STEMS : HAS_WORDS;
  put(node, symbol, c);
  return c;
}

function put(node: number, symbol: number, c: number): void {
  if (2 * (used + 1) > slots.length / 3) grow();
  const mask = slots.length / 3 - 1;
  let k = slotOf(node, symbol, mask);
  while (slots[3 * k + 2] !== 0) k = (k + 1) & mask;
  slots[3 * k] = node;
  slots[3 * k + 1] = symbol;
  slots[3 * k + 2] = c;
  used++;
}

function grow(): void {
  const old = slots;
  slots = new Int32Array(old.length * 2);
  used = 0;
  for (let k = 0; k < old.length; k += 3) if (old[k + 2] !== 0) put(old[k]!, old[k + 1]!, old[k + 2]!);
}
