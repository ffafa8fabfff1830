// Scores the text detectors and the cases on the labelled posts corpus. Pure: rows and an enricher
// in, figures out. Each detector is compared per post (multisets of codes, sets of kinds and links).
import { normaliseText } from '../text/normalise-text.ts';
import type { ScoringConfig } from '../cases/scoring-config.ts';
import type { EnrichedItem } from '../contracts/enriched-item.ts';
import type { Enricher } from '../enrich/create-enricher.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { INDICATORS } from '../indicators/indicator-codes.ts';
import { casesOf, LEVEL_RANK } from './build-cases.ts';
import { withoutInvisible } from './invisible.ts';
import { compareKeys, inSplit, Tally, type SplitChoice } from './metrics.ts';
import { CONTEXT_ROLES, postToItem, type PostRow } from './posts-corpus.ts';

/** Counter-indications that say "this post warns or explains": what the context detector must raise. */
export const CONTEXT_INDICATORS: ReadonlySet<string> = new Set(['warning_notice', 'educational_only']);
/** Signs of acting a warning, explainer or report must never carry. */
const ACCESS_INDICATORS: ReadonlySet<string> = new Set(['referral_link', 'promo_code', 'promo_offer', 'disclosure']);

export interface CaseCheck {
  post: string;
  person: string;
  firm: string;
  role: string;
  level: string;
  minLevel: string | null;
  maxLevel: string | null;
  ok: boolean;
}

export interface PostsScore {
  posts: number;
  /** detector name -> tallies per language. */
  detectors: Record<string, Tally>;
  cases: CaseCheck[];
  /** Warning/educational/journalist posts that carried a sign of acting (ids). */
  contextWithAccess: string[];
  /** Per post: what was expected and found, for the posts where a detector disagreed (ids and keys only). */
  misses: Array<{ post: string; detector: string; expected: string[]; found: string[] }>;
}

/**
 * A code as the detectors read it (normalise-text.ts: NFKC, look-alike letters folded): a label written with a
 * Greek "Β" or fullwidth letters and the detector's normalised code are the same code. Case is kept.
 */
const codeKey = (s: string) => normaliseText(withoutInvisible(s)).text;

export function scorePosts(rows: readonly PostRow[], split: SplitChoice, deps: { enrich: Enricher; scoring: ScoringConfig; catalogue: FirmCatalogue }): PostsScore {
  const chosen = rows.filter((r) => inSplit(r.split, split));
  const detectors: Record<string, Tally> = {
    promo_code: new Tally(),
    disclosure: new Tally(),
    referral_link: new Tally(),
    context: new Tally(),
  };
  const misses: PostsScore['misses'] = [];
  const contextWithAccess: string[] = [];
  const enriched: EnrichedItem[] = [];

  const record = (row: PostRow, detector: string, expected: string[], found: string[]) => {
    const c = compareKeys(expected, found);
    detectors[detector]!.add(row.lang, c);
    if (c.fp || c.fn) misses.push({ post: row.id, detector, expected, found });
  };

  for (const row of chosen) {
    const item = deps.enrich(postToItem(row));
    enriched.push(item);
    const e = item.enrichment;
    record(row, 'promo_code', row.promoCodes.map(codeKey), [...new Set(e.promoCodes.map((p) => codeKey(p.code)))]);
    record(row, 'disclosure', [...new Set(row.disclosures)], [...new Set(e.disclosures.map((d) => d.kind))]);
    record(
      row,
      'referral_link',
      row.referralLinks.map((l) => `${l.firm}|${l.code ?? ''}`),
      // A set, as labelled: two links with the same firm and code (bybit.com and bybit.eu) are one referral.
      [...new Set(e.links.filter((l) => l.role === 'referral').map((l) => `${l.firmId ?? `domain:${l.domain ?? ''}`}|${l.referralCode ?? ''}`))],
    );
    const isContext = CONTEXT_ROLES.has(row.role);
    // The detector's own finding counts (a post naming no firm has no indicator to carry it).
    const saysContext = e.indicators.some((i) => CONTEXT_INDICATORS.has(i.code)) || (e.context ?? []).some((c) => c.kind !== 'expired');
    record(row, 'context', isContext ? ['context'] : [], saysContext ? ['context'] : []);
    if (isContext && e.indicators.some((i) => ACCESS_INDICATORS.has(i.code))) contextWithAccess.push(row.id);
  }

  const cases = casesOf(enriched, deps.scoring, deps.catalogue);
  const checks: CaseCheck[] = [];
  chosen.forEach((row, i) => {
    const person = enriched[i]!.enrichment.personKey;
    for (const want of row.cases) {
      const c = cases.get(`${person}|${want.firm}`);
      const level = c?.level ?? 'none';
      const rank = LEVEL_RANK[level]!;
      const ok = (!want.minLevel || rank >= LEVEL_RANK[want.minLevel]!) && (!want.maxLevel || rank <= LEVEL_RANK[want.maxLevel]!);
      checks.push({ post: row.id, person, firm: want.firm, role: row.role, level, minLevel: want.minLevel ?? null, maxLevel: want.maxLevel ?? null, ok });
    }
    // A context person must stay at none or low for every firm, also firms the label did not foresee.
    if (CONTEXT_ROLES.has(row.role)) {
      for (const [key, c] of cases) {
        if (!key.startsWith(`${person}|`) || row.cases.some((w) => w.firm === c.firmId)) continue;
        checks.push({ post: row.id, person, firm: c.firmId, role: row.role, level: c.level, minLevel: null, maxLevel: 'low', ok: LEVEL_RANK[c.level]! <= 1 });
      }
    }
  });
  return { posts: chosen.length, detectors, cases: checks, contextWithAccess, misses };
}

/** Indicator codes the harness relies on, checked so a renamed code fails loudly instead of scoring zero. */
export function missingIndicatorCodes(): string[] {
  return [...CONTEXT_INDICATORS, ...ACCESS_INDICATORS].filter((c) => !(c in INDICATORS));
}
