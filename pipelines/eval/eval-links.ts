// The link classifier on the labelled URL corpus (eval/corpora/urls.jsonl): does a referral URL come
// out as a referral with the right code, and does a plain URL stay out? The one scorer of the URL
// corpus: `rsmon eval` prints it, pipelines/eval/eval-links.test.ts pins it and the corpus's shape.
import { z } from 'zod';
import type { ClassifiedUrl } from '../links/classify-url.ts';
import { inSplit, Tally, type SplitChoice } from './metrics.ts';

export const urlRowSchema = z.object({
  url: z.string().min(1),
  /** Catalogue firm id, or the registrable domain of a firm not in the catalogue. */
  firm: z.string().min(1),
  referral: z.boolean(),
  code: z.string().min(1).nullable(),
  /** Public page or repository file where the URL was seen: a URL and its label are facts with a source. */
  source: z.string().url(),
  split: z.enum(['dev', 'heldout']),
});
export type UrlRow = z.infer<typeof urlRowSchema>;

export interface LinkScore {
  rows: number;
  /** Referral detection per firm (tp: referral found; fp: plain URL called referral; fn: referral missed). */
  referral: Tally;
  referrals: number;
  nonReferrals: number;
  falseReferrals: number;
  /** Found referrals whose code equals the label (case-sensitive). */
  rightCode: number;
  misses: Array<{ url: string; why: string }>;
}

export function scoreLinks(rows: readonly UrlRow[], split: SplitChoice, classify: (url: string) => ClassifiedUrl | null): LinkScore {
  const referral = new Tally();
  let falseReferrals = 0;
  let rightCode = 0;
  let referrals = 0;
  let nonReferrals = 0;
  const misses: LinkScore['misses'] = [];
  const chosen = rows.filter((r) => inSplit(r.split, split));
  for (const r of chosen) {
    const c = classify(r.url);
    const saysReferral = c?.role === 'referral';
    const firm = r.firm;
    if (r.referral) {
      referrals++;
      referral.add(firm, { tp: saysReferral ? 1 : 0, fp: 0, fn: saysReferral ? 0 : 1 });
      if (!saysReferral) misses.push({ url: r.url, why: 'referral missed' });
      else if (r.code !== null && c?.referralCode === r.code) rightCode++;
      else if (r.code !== null) misses.push({ url: r.url, why: `code ${c?.referralCode ?? 'none'}, want ${r.code}` });
    } else {
      nonReferrals++;
      if (saysReferral) {
        falseReferrals++;
        referral.add(firm, { tp: 0, fp: 1, fn: 0 });
        misses.push({ url: r.url, why: 'not a referral' });
      }
    }
  }
  return { rows: chosen.length, referral, referrals, nonReferrals, falseReferrals, rightCode, misses };
}
