// Window look-ups over sorted token positions: "is there a fee word within 4 tokens?" in O(log n),
// so proximity rules stay linear-time however many keywords a hostile text repeats.
import { keptInts } from './kept-ints.ts';
import type { PhraseMatcher } from './phrase-matcher.ts';
import type { Tokenised } from './tokenise.ts';

/** Sorted start positions of every match of `matcher` in `t`. */
export function positionsOf<T>(matcher: PhraseMatcher<T>, t: Tokenised): number[] {
  return matcher.matchAll(t).map((m) => m.start);
}

/** Whether `sorted` has an element in [lo, hi]. */
export function anyIn(sorted: readonly number[], lo: number, hi: number): boolean {
  return firstIn(sorted, lo, hi) >= 0;
}

/** The smallest element of `sorted` in [lo, hi], or -1. */
export function firstIn(sorted: readonly number[], lo: number, hi: number): number {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if ((sorted[mid] as number) < lo) a = mid + 1;
    else b = mid;
  }
  return a < sorted.length && (sorted[a] as number) <= hi ? (sorted[a] as number) : -1;
}

/**
 * Sentence number of every token (a token with breakBefore starts a new sentence). Kept with the token list
 * (Tokenised.sentences): half a dozen detectors ask for it per text. The array is only read by callers.
 */
export function sentenceIds(t: Tokenised): Int32Array {
  const kept = t.sentences;
  // A copy of the Tokenised with other tokens ({ ...t, tokens }) carries the slot: checked by the list.
  if (kept && kept.tokens === t.tokens) return kept.ids;
  const ids = computeSentenceIds(t);
  t.sentences = { tokens: t.tokens, ids };
  return ids;
}

function computeSentenceIds(t: Tokenised): Int32Array {
  const ids = keptInts(t.tokens.length);
  let id = 0;
  for (const tok of t.tokens) {
    if (tok.breakBefore && tok.index > 0) id++;
    ids[tok.index] = id;
  }
  return ids;
}

/** [lo, hi] = [start - before, end - 1 + after], clipped to the sentence of the span. */
export function sentenceWindow(ids: Int32Array, start: number, end: number, before: number, after: number): [number, number] {
  const sid = ids[start] ?? 0;
  let lo = start;
  while (lo > 0 && lo > start - before && ids[lo - 1] === sid) lo--;
  let hi = end - 1;
  while (hi < ids.length - 1 && hi < end - 1 + after && ids[hi + 1] === sid) hi++;
  return [lo, hi];
}

/** 1 for the code units that cut a clause: a table read per character between tokens, not a Set look-up. */
const CLAUSE_BREAKS = new Uint8Array(0x10000);
for (const c of [',', ';', ':', '(', ')', '|', '/', '•']) CLAUSE_BREAKS[c.charCodeAt(0)] = 1;

/** Clause number of every token: sentences further cut at commas, semicolons, colons, brackets and bars. Kept like sentenceIds. */
export function clauseIds(t: Tokenised): Int32Array {
  const kept = t.clauses;
  if (kept && kept.tokens === t.tokens) return kept.ids;
  const ids = computeClauseIds(t);
  t.clauses = { tokens: t.tokens, ids };
  return ids;
}

function computeClauseIds(t: Tokenised): Int32Array {
  const ids = keptInts(t.tokens.length);
  let id = 0;
  let prevEnd = 0;
  for (const tok of t.tokens) {
    let cut = tok.breakBefore && tok.index > 0;
    for (let i = prevEnd; i < tok.start && !cut; i++) if (CLAUSE_BREAKS[t.text.charCodeAt(i)] === 1) cut = true;
    if (cut && tok.index > 0) id++;
    ids[tok.index] = id;
    prevEnd = tok.end;
  }
  return ids;
}
