// Pure rule evaluation: a case or an enriched item in, the alerts the rules ask for out. Each alert
// carries its deduplication key (rule, subject, level); the service writes one alert per key.
import { createHash } from 'node:crypto';
import type { Alert } from '../contracts/alert.ts';
import { CASE_LEVELS, type Case } from '../contracts/case.ts';
import type { AlertRule } from './alert-rules.ts';
import type { AlertItem } from './alert-subjects.ts';
import type { Watchlist } from '../watchlists/watchlists-file.ts';
import { evaluateQuery } from '../watchlists/evaluate-query.ts';
import { caseDocument } from '../watchlists/watch-document.ts';

/** Longest post excerpt an alert carries; the evidence link leads to the whole post. */
const EXCERPT = 500;

export function alertId(dedupKey: string): string {
  return createHash('sha256').update(dedupKey).digest('hex').slice(0, 32);
}

const rank = (level: string) => CASE_LEVELS.indexOf(level as (typeof CASE_LEVELS)[number]);

function base(rule: AlertRule, dedupKey: string, now: Date) {
  return { id: alertId(dedupKey), dedupKey, rule: rule.name, to: rule.to, mode: rule.mode, createdAt: now.toISOString() };
}

/**
 * Case alerts: a case at or above the rule's level. `alerted` says whether this rule already alerted
 * this case at a lower level (then the alert is an escalation, else a new case).
 */
export function caseAlerts(rules: AlertRule[], c: Case, items: AlertItem[], now: Date, alerted: (rule: string) => boolean): Alert[] {
  const out: Alert[] = [];
  for (const rule of rules) {
    if (!('caseLevel' in rule.when)) continue;
    if (rank(c.level) < rank(rule.when.caseLevel) || c.level === 'none') continue;
    const key = `${rule.name}|case:${c.id}|${c.level}`;
    out.push({
      ...base(rule, key, now),
      kind: alerted(rule.name) ? 'case_escalated' : 'case_new',
      caseId: c.id,
      itemId: null,
      watchlistId: null,
      level: c.level,
      summary: `${c.level} case: ${c.person.handle ?? c.person.name ?? c.personKey} (${c.person.platform}) x ${c.firm.name} (${c.firm.status}), score ${c.score}, ${c.itemCount} items`,
      indicators: c.indicators.filter((i) => !i.counter || i.count > 0).map((i) => ({ label: i.label, guideline: i.guideline, details: i.details })),
      evidence: items.map(evidenceOf),
    });
  }
  return out;
}

export function evidenceOf(item: AlertItem) {
  return { itemId: item.id, url: item.url ?? null, capturedAt: item.collectedAt, text: item.text.slice(0, EXCERPT) };
}

/** Item alerts: watchlist hits and first-seen referral domains outside the catalogue. */
export function itemAlerts(rules: AlertRule[], item: AlertItem, now: Date): Alert[] {
  const out: Alert[] = [];
  for (const rule of rules) {
    const w = rule.when;
    if ('watchlist' in w) {
      const terms = [...new Set(item.enrichment.watchlistHits.filter((h) => h.watchlist === w.watchlist).flatMap((h) => h.terms))];
      if (!terms.length) continue;
      const key = `${rule.name}|item:${item.id}|hit`;
      out.push({ ...base(rule, key, now), kind: 'watchlist_hit', caseId: null, itemId: item.id, watchlistId: w.watchlist, level: null, summary: `watchlist ${w.watchlist} matched ${item.id}`, terms, evidence: [evidenceOf(item)] });
    } else if ('newFirmDomain' in w) {
      const domains = [...new Set(item.enrichment.links.filter((l) => l.genericReferral && !l.firmId && l.domain).map((l) => l.domain!))].sort();
      for (const d of domains) {
        // The key has no item: the first item seen with the domain alerts, later ones do not.
        const key = `${rule.name}|domain:${d}|new`;
        out.push({ ...base(rule, key, now), kind: 'new_firm_domain', caseId: null, itemId: item.id, watchlistId: null, level: null, summary: `new domain with referral links, not in the firm catalogue: ${d}`, evidence: [evidenceOf(item)] });
      }
    }
  }
  return out;
}

/**
 * Case watchlists (queries comparing a level, e.g. `firm:bybit AND level>=medium`): matched on the
 * case and its evidence. Keyed like case alerts, so a case alerts once per level it reaches.
 */
export function caseWatchlistAlerts(rules: AlertRule[], watchlists: readonly Watchlist[], c: Case, items: AlertItem[], now: Date): Alert[] {
  const out: Alert[] = [];
  let doc: ReturnType<typeof caseDocument> | null = null;
  for (const rule of rules) {
    const w = rule.when;
    if (!('watchlist' in w)) continue;
    const list = watchlists.find((x) => x.name === w.watchlist && x.onCases);
    if (!list) continue;
    doc ??= caseDocument(c, items);
    const m = evaluateQuery(list.ast, doc);
    if (!m.matched) continue;
    const key = `${rule.name}|case:${c.id}|${c.level}`;
    out.push({
      ...base(rule, key, now),
      kind: 'watchlist_hit',
      caseId: c.id,
      itemId: null,
      watchlistId: list.name,
      level: c.level,
      summary: `watchlist ${list.name} matched the ${c.level} case ${c.person.handle ?? c.personKey} (${c.person.platform}) x ${c.firm.name}`,
      terms: m.terms,
      indicators: c.indicators.filter((i) => !i.counter || i.count > 0).map((i) => ({ label: i.label, guideline: i.guideline, details: i.details })),
      evidence: items.map(evidenceOf),
    });
  }
  return out;
}
