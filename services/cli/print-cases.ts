// Human-readable case listing: what a supervisor reads first. Every line names its paragraph.
import type { Case } from '../../pipelines/contracts/case.ts';
import { terminalSafe } from './terminal-text.ts';

const LEVEL_RANK: Record<string, number> = { high: 3, medium: 2, low: 1, none: 0 };

export function sortCases(cases: Case[]): Case[] {
  return [...cases].sort((a, b) => (LEVEL_RANK[b.level] ?? 0) - (LEVEL_RANK[a.level] ?? 0) || b.score - a.score || a.id.localeCompare(b.id));
}

export function levelAtLeast(level: string, min: string): boolean {
  return (LEVEL_RANK[level] ?? 0) >= (LEVEL_RANK[min] ?? 0);
}

/** One case as terminal lines. Handles, firm names and details quote post text: each line is made terminal-safe. */
export function formatCase(c: Case): string {
  const lines: string[] = [];
  const who = c.person.handle ? `@${c.person.handle.replace(/^@/, '')} (${c.person.platform})` : c.personKey;
  lines.push(
    `${c.level.toUpperCase().padEnd(6)} ${who}  x  ${c.firm.name} [${c.firm.status}]  score ${c.score}  reach ${c.reach.toLocaleString('en')}  items ${c.itemCount} (${c.firstSeen.slice(0, 10)} .. ${c.lastSeen.slice(0, 10)})`,
  );
  for (const ind of c.indicators) {
    const sign = ind.counter ? 'counter' : ind.points >= 0 ? `+${ind.points}` : `${ind.points}`;
    lines.push(`       ${ind.guideline} ${ind.label} x${ind.count} (${sign}): ${ind.details[0] ?? ''}`);
  }
  const langs = c.euNexus.languages.map((l) => `${l.code} (${l.items} items)`).join(', ') || 'none';
  const countries = c.euNexus.countries.map((x) => `${x.country} via ${x.via.join('+')}`).join(', ') || 'none';
  lines.push(`       EU nexus: languages ${langs}; countries ${countries}`);
  lines.push(`       evidence: ${c.evidence.slice(0, 8).join(', ')}${c.evidence.length > 8 ? `, ... (${c.evidence.length})` : ''}`);
  return lines.map((l) => terminalSafe(l)).join('\n');
}

/** The stable JSON line of `rsmon cases --json` (design guide contract plus the explanation). */
export function caseJson(c: Case): Record<string, unknown> {
  return {
    id: c.id,
    person: c.personKey,
    personHandle: c.person.handle,
    firm: c.firmId,
    firmName: c.firm.name,
    level: c.level,
    score: c.score,
    status: c.status ?? 'new',
    indicators: c.indicators.map((i) => ({ code: i.code, guideline: i.guideline, label: i.label, count: i.count, points: i.points, counter: i.counter, details: i.details })),
    euNexus: c.euNexus,
    reach: c.reach,
    itemCount: c.itemCount,
    firstSeen: c.firstSeen,
    lastSeen: c.lastSeen,
    evidence: c.evidence,
    contributions: c.contributions,
    scoring: c.scoring ?? null,
  };
}
