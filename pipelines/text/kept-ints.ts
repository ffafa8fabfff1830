// Small Int32Arrays kept with a text's tokens (phrase-symbols.ts's symbols, positions.ts's sentence and clause
// numbers) as views into shared chunks: a typed array of its own allocates a backing store per text, which cost
// more than filling a short one (CPU profiles of the enrichment). A chunk is freed once no view of it is kept;
// an array of more than a quarter of a chunk gets its own, so a chunk holds several and little of it is left unused.

const CHUNK = 4096;
let chunk = new Int32Array(CHUNK);
let chunkUsed = 0;

/** A zero-filled Int32Array of `size` ints, for keeping: a view into a shared chunk (each part handed out once). */
export function keptInts(size: number): Int32Array {
  if (size > CHUNK >> 2) return new Int32Array(size);
  if (chunkUsed + size > CHUNK) {
    chunk = new Int32Array(CHUNK);
    chunkUsed = 0;
  }
  const from = chunkUsed;
  chunkUsed = from + size;
  return chunk.subarray(from, chunkUsed);
}
