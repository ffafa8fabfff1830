// Language identification on a labelled corpus (eval/corpora/language.jsonl): accuracy per language.
import { z } from 'zod';
import type { LanguageResult } from '../contracts/enriched-item.ts';
import { inSplit, type SplitChoice } from './metrics.ts';

export const languageRowSchema = z.object({
  text: z.string(),
  lang: z.string(),
  kind: z.string().optional(),
  split: z.enum(['dev', 'heldout']),
});
export type LanguageRow = z.infer<typeof languageRowSchema>;

export interface LanguageScore {
  rows: number;
  correct: number;
  byLang: Map<string, { n: number; correct: number }>;
}

export function scoreLanguage(rows: readonly LanguageRow[], split: SplitChoice, detect: (text: string) => LanguageResult): LanguageScore {
  const byLang = new Map<string, { n: number; correct: number }>();
  let correct = 0;
  const chosen = rows.filter((r) => inSplit(r.split, split));
  for (const r of chosen) {
    const ok = detect(r.text).code === r.lang;
    if (ok) correct++;
    const s = byLang.get(r.lang) ?? { n: 0, correct: 0 };
    s.n++;
    if (ok) s.correct++;
    byLang.set(r.lang, s);
  }
  return { rows: chosen.length, correct, byLang };
}
