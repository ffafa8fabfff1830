// Scores a URL classifier against the labelled corpus of real exchange URLs (eval/corpora/urls.jsonl):
// referral-link recall, the share of non-referral URLs flagged as referrals, and how often the code
// found is the labelled one. Rows are validated with zod, so a malformed corpus line fails by name.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const urlRowSchema = z.object({
  url: z.string().min(1),
  /** Catalogue firm id, or the registrable domain of a firm not in the catalogue. */
  firm: z.string().min(1),
  referral: z.boolean(),
  code: z.string().min(1).nullable(),
  /** Public page or repository file where the URL was seen. */
  source: z.string().url(),
  split: z.enum(['dev', 'heldout']),
});
export type UrlRow = z.infer<typeof urlRowSchema>;

/** What a classifier says about one URL. */
export interface UrlVerdict {
  referral: boolean;
  code: string | null;
}
export type UrlClassifier = (url: string) => UrlVerdict;

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface UrlScore extends Counts {
  /** tp / (tp + fn): labelled referral links found. */
  recall: number;
  /** fp / (fp + tn): non-referral URLs flagged as referrals. */
  falseReferralRate: number;
  /** Found referral links (tp) whose code equals the label. */
  codeAccuracy: number;
  perFirm: Record<string, Counts>;
  /** URLs scored wrong, for the developer's eye (dev split only: never print held-out misses while tuning). */
  errors: Array<{ url: string; expected: UrlVerdict; got: UrlVerdict }>;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function scoreUrlCorpus(rows: readonly UrlRow[], classify: UrlClassifier): UrlScore {
  const total: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const perFirm: Record<string, Counts> = {};
  const errors: UrlScore['errors'] = [];
  let codeRight = 0;
  for (const row of rows) {
    const got = classify(row.url);
    const firm = (perFirm[row.firm] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
    const key: keyof Counts = row.referral ? (got.referral ? 'tp' : 'fn') : got.referral ? 'fp' : 'tn';
    total[key]++;
    firm[key]++;
    const codeOk = key !== 'tp' || got.code === row.code;
    if (key === 'tp' && codeOk) codeRight++;
    if (key === 'fp' || key === 'fn' || !codeOk) errors.push({ url: row.url, expected: { referral: row.referral, code: row.code }, got });
  }
  return {
    ...total,
    recall: ratio(total.tp, total.tp + total.fn),
    falseReferralRate: total.fp + total.tn === 0 ? 0 : total.fp / (total.fp + total.tn),
    codeAccuracy: ratio(codeRight, total.tp),
    perFirm,
    errors,
  };
}

/** Corpus rows from a JSONL file; a bad line throws with its line number and the failing field. */
export function readUrlCorpus(path: string): UrlRow[] {
  const rows: UrlRow[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new Error(`${path}:${i + 1}: not JSON`, { cause: err });
    }
    const parsed = urlRowSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`${path}:${i + 1}: field ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}`);
    }
    rows.push(parsed.data);
  });
  return rows;
}
