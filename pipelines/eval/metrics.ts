// Counting for the evaluation harness: true/false positives and negatives, and the usual ratios.
// An empty denominator gives null (nothing to measure), never a flattering 1.0.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Ratios {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(into: Counts, c: Counts): Counts {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
  return into;
}

export function ratios(c: Counts): Ratios {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : null;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : precision === 0 || recall === 0 ? 0 : null;
  return { precision, recall, f1 };
}

/** Multiset comparison of expected and found keys: each expected key matches at most one found key. */
export function compareKeys(expected: readonly string[], found: readonly string[]): Counts {
  const left = new Map<string, number>();
  for (const k of expected) left.set(k, (left.get(k) ?? 0) + 1);
  let tp = 0;
  let fp = 0;
  for (const k of found) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      tp++;
      left.set(k, n - 1);
    } else fp++;
  }
  let fn = 0;
  for (const n of left.values()) fn += n;
  return { tp, fp, fn };
}

/** Per-key tallies (per language, per kind), kept sorted by key for stable output. */
export class Tally {
  readonly total: Counts = zero();
  readonly byKey = new Map<string, Counts>();

  add(key: string, c: Counts): void {
    addCounts(this.total, c);
    const k = this.byKey.get(key) ?? zero();
    this.byKey.set(key, addCounts(k, c));
  }

  keys(): string[] {
    return [...this.byKey.keys()].sort();
  }
}

export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];
export type SplitChoice = Split | 'all';

export function inSplit(rowSplit: Split, choice: SplitChoice): boolean {
  return choice === 'all' || rowSplit === choice;
}
