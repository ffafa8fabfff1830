// Builds one person x firm case from every item's evidence. Deterministic: the same evidence
// always gives the same case, whatever order it arrived in, so replays and restarts agree.
import type { Case, CaseIndicator, ScoreContribution } from '../contracts/case.ts';
import { compareInstants, normaliseIsoInstant } from '../contracts/iso-instant.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { INDICATORS, indicatorDef } from '../indicators/indicator-codes.ts';
import type { ItemEvidence } from './item-evidence.ts';
import { rulesStamp } from './rules-stamp.ts';
import type { ScoringConfig } from './scoring-config.ts';

export const round = (n: number) => Math.round(n * 100) / 100;

/** A case's firm as the catalogue names it; a firm known only by a domain keeps the domain as its name. */
export function firmSummary(catalogue: FirmCatalogue, firmId: string): Case['firm'] {
  const firm = catalogue.byId(firmId);
  return firm ? { id: firm.id, name: firm.name, status: firm.status } : { id: firmId, name: firmId.replace(/^domain:/, ''), status: 'not_in_catalogue' };
}

export function buildCase(evidence: ItemEvidence[], scoring: ScoringConfig, catalogue: FirmCatalogue, now: Date): Case | null {
  if (evidence.length === 0) return null;
  // By time value: "…T01:30+02:00" is earlier than "…T23:45Z" of the day before, whatever the spelling.
  const items = [...evidence].sort((a, b) => compareInstants(a.publishedAt, b.publishedAt) || a.itemId.localeCompare(b.itemId));
  const first = items[0]!;
  const last = items[items.length - 1]!;

  // One contribution per (code, item): the first detail found in that item stands for it.
  const contributions: ScoreContribution[] = [];
  const perCode = new Map<string, { n: number; details: string[]; points: number }>();
  for (const ev of items) {
    const seenInItem = new Set<string>();
    for (const ind of ev.indicators) {
      const stat = perCode.get(ind.code) ?? { n: 0, details: [], points: 0 };
      perCode.set(ind.code, stat);
      if (stat.details.length < 10 && !stat.details.includes(ind.detail)) stat.details.push(ind.detail);
      if (seenInItem.has(ind.code)) continue;
      seenInItem.add(ind.code);
      const weight = scoring.weights[ind.code] ?? 0;
      const points = stat.n < scoring.maxItemsPerCode ? round(weight * scoring.decay ** stat.n) : 0;
      stat.n += 1;
      stat.points = round(stat.points + points);
      // Every point is explained; repeats past maxItemsPerCode add none and would only bloat the case.
      if (points !== 0) contributions.push({ code: ind.code, guideline: ind.guideline, itemId: ev.itemId, points, detail: ind.detail });
    }
  }

  let acting = 0;
  let nexus = 0;
  let counter = 0;
  for (const [code, stat] of perCode) {
    const group = indicatorDef(code).group;
    if (group === 'acting') acting += stat.points;
    else if (group === 'nexus') nexus += stat.points;
    else counter += stat.points;
  }
  nexus = Math.min(nexus, scoring.nexusCap);
  const score = round(acting + nexus + counter);
  const level = levelOf({ acting, nexus, score, codes: new Set(perCode.keys()) }, scoring);

  const indicators: CaseIndicator[] = [...perCode.entries()]
    .map(([code, stat]) => {
      const def = indicatorDef(code);
      return { code, guideline: def.guideline, label: def.label, count: stat.n, points: stat.points, counter: def.group === 'counter', details: stat.details };
    })
    .sort((a, b) => groupRank(a.code) - groupRank(b.code) || b.points - a.points || a.code.localeCompare(b.code));

  const followers = Math.max(0, ...items.map((e) => e.person.followers ?? 0));
  const adReach = items.reduce((sum, e) => sum + (e.euTotalReach || 0), 0);

  return {
    id: first.pairKey,
    personKey: first.personKey,
    person: { platform: last.platform, handle: last.person.handle, name: last.person.name, url: last.person.url, followers: last.person.followers },
    firmId: first.firmId,
    firm: firmSummary(catalogue, first.firmId),
    score,
    level,
    indicators,
    contributions,
    euNexus: euNexusOf(items),
    firstSeen: normaliseIsoInstant(first.publishedAt) ?? first.publishedAt,
    lastSeen: normaliseIsoInstant(last.publishedAt) ?? last.publishedAt,
    itemCount: items.length,
    reach: followers + adReach,
    evidence: evidenceIds(items, contributions),
    scoring: rulesStamp(scoring, catalogue),
    updatedAt: now.toISOString(),
  };
}

/** Most item ids a case lists; the pair's full evidence stays in the store's evidence index. */
export const MAX_EVIDENCE_IDS = 1_000;

/** Every item that scored, then the most recent others, in time order, at most MAX_EVIDENCE_IDS. */
function evidenceIds(items: ItemEvidence[], contributions: ScoreContribution[]): string[] {
  if (items.length <= MAX_EVIDENCE_IDS) return items.map((e) => e.itemId);
  const keep = new Set(contributions.map((c) => c.itemId));
  for (let i = items.length - 1; i >= 0 && keep.size < MAX_EVIDENCE_IDS; i--) keep.add(items[i]!.itemId);
  return items.filter((e) => keep.has(e.itemId)).map((e) => e.itemId);
}

export function groupRank(code: string): number {
  const g = (INDICATORS as Record<string, { group: string }>)[code]?.group;
  return g === 'acting' ? 0 : g === 'nexus' ? 1 : 2;
}

export function levelOf(s: { acting: number; nexus: number; score: number; codes: Set<string> }, scoring: ScoringConfig): Case['level'] {
  if (s.acting <= 0) return 'none';
  // Solicitation of EU clients needs an EU nexus: without one, the person may promote the firm elsewhere.
  if (s.nexus <= 0) return 'low';
  const strong = scoring.highRequires.some((c) => s.codes.has(c));
  if (s.score >= scoring.levels.high && strong) return 'high';
  if (s.score >= scoring.levels.medium) return 'medium';
  return 'low';
}

function euNexusOf(items: ItemEvidence[]): Case['euNexus'] {
  const langs = new Map<string, number>();
  const countries = new Map<string, Set<string>>();
  for (const ev of items) {
    const hasActing = ev.indicators.some((i) => indicatorDef(i.code).group === 'acting');
    if (!hasActing) continue;
    if (ev.language) langs.set(ev.language, (langs.get(ev.language) ?? 0) + 1);
    for (const ind of ev.indicators) {
      if (!ind.country || indicatorDef(ind.code).group !== 'nexus') continue;
      const via = countries.get(ind.country) ?? new Set<string>();
      via.add(ind.code);
      countries.set(ind.country, via);
    }
  }
  return {
    languages: [...langs.entries()].map(([code, n]) => ({ code, items: n })).sort((a, b) => b.items - a.items || a.code.localeCompare(b.code)),
    countries: [...countries.entries()].map(([country, via]) => ({ country, via: [...via].sort() })).sort((a, b) => a.country.localeCompare(b.country)),
  };
}
