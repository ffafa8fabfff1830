// The bounded per-pair state the cases stage keeps instead of re-reading a pair's evidence for every
// new item (issue 9, docs/decisions/0028). Its size depends on the scoring rules (maxItemsPerCode
// items per code, 10 details per code, MAX_EVIDENCE_IDS recent items), never on how many items the
// pair has, and `caseFromState` gives exactly what buildCase gives from all of the pair's evidence.
//
// Why this is enough: buildCase walks the items in time order (publishedAt instant, then item id).
// Only the first maxItemsPerCode items of a code score, details are the first 10 distinct ones met,
// first/last seen are the ends of that order, reach and language counts are sums, and the evidence
// list is the scoring items plus the most recent ones. Each is kept here as "the k smallest (or
// largest) under that order", which an insertion updates exactly. A removal cannot be undone from
// it (the next-smallest item is not kept), so a withdrawn or changed item makes the caller rebuild
// the pair from the store.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Case, ScoreContribution } from '../contracts/case.ts';
import { compareInstants, compareParsedInstants, normaliseIsoInstant, parseIsoInstant } from '../contracts/iso-instant.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { indicatorDef } from '../indicators/indicator-codes.ts';
import { firmSummary, groupRank, levelOf, MAX_EVIDENCE_IDS, round } from './build-case.ts';
import type { ItemEvidence } from './item-evidence.ts';
import { rulesStamp } from './rules-stamp.ts';
import type { ScoringConfig } from './scoring-config.ts';

/** Bumped whenever the state's meaning changes: a state of another format is rebuilt, never misread. */
export const CASE_STATE_FORMAT = 1;
/** As buildCase: at most this many distinct details per indicator. */
const MAX_DETAILS = 10;

const personSchema = z.object({ handle: z.string().nullable(), name: z.string().nullable(), url: z.string().nullable(), followers: z.number().nullable() });
/** One item's place in buildCase's order: `at` is publishedAt as written, compared by instant. */
const itemRefSchema = z.object({ at: z.string(), item: z.string() });
const headSchema = itemRefSchema.extend({ platform: z.string(), person: personSchema });
/** The first indicator of a code in one item (`idx`: its position in the item's indicators). */
const keptSchema = itemRefSchema.extend({ idx: z.number().int(), guideline: z.string(), detail: z.string() });
const detailSchema = itemRefSchema.extend({ idx: z.number().int(), detail: z.string() });

export const caseStateSchema = z.object({
  format: z.literal(CASE_STATE_FORMAT),
  scoring: z.object({ version: z.number().int(), hash: z.string() }),
  pairKey: z.string(),
  personKey: z.string(),
  firmId: z.string(),
  itemCount: z.number().int(),
  first: headSchema,
  last: headSchema,
  /** Per code: items carrying it, its earliest maxItemsPerCode items, its first 10 distinct details. */
  codes: z.record(z.string(), z.object({ n: z.number().int(), kept: z.array(keptSchema), details: z.array(detailSchema) })),
  maxFollowers: z.number(),
  adReach: z.number(),
  /** A fractional reach makes the sum depend on the order of addition: then only a rebuild is exact. */
  reachFractional: z.boolean(),
  languages: z.record(z.string(), z.number().int()),
  countries: z.record(z.string(), z.array(z.string())),
  /** The most recent MAX_EVIDENCE_IDS items, in time order (the case's evidence list draws on them). */
  recent: z.array(itemRefSchema),
});

export type CaseState = z.infer<typeof caseStateSchema>;
type ItemRef = z.infer<typeof itemRefSchema>;

/** buildCase's order of items. */
export function compareItems(a: ItemRef, b: ItemRef): number {
  return compareInstants(a.at, b.at) || a.item.localeCompare(b.item);
}

function comparePositions(a: ItemRef & { idx: number }, b: ItemRef & { idx: number }): number {
  return compareItems(a, b) || a.idx - b.idx;
}

/**
 * compareItems with each timestamp parsed once, for the sorts of one case build: a sort compares
 * each ref about log n times, and parsing the two timestamps was most of every comparison (0041).
 */
function itemOrder(): (a: ItemRef, b: ItemRef) => number {
  const instants = new Map<string, number | null>();
  const instant = (at: string): number | null => {
    let t = instants.get(at);
    if (t === undefined) instants.set(at, (t = parseIsoInstant(at)));
    return t;
  };
  return (a, b) => compareParsedInstants(a.at, instant(a.at), b.at, instant(b.at)) || a.item.localeCompare(b.item);
}

/** Inserts in order, keeping the `limit` smallest (or, with fromEnd, the largest). */
function insertBounded<T>(list: T[], value: T, compare: (a: T, b: T) => number, limit: number, fromEnd = false): void {
  // After the last element not greater than `value` (binary search: the same place a scan from the
  // end finds). A scan cost up to `limit` comparisons, each parsing two timestamps, per insertion:
  // with 1,000 recent items kept per pair, that made the cases stage's cost per item grow until every
  // pair had 1,000 items (decision 0035).
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid]!, value) > 0) hi = mid;
    else lo = mid + 1;
  }
  const i = lo;
  list.splice(i, 0, value);
  if (list.length > limit) {
    if (fromEnd) list.shift();
    else list.pop();
  }
}

/** What of an evidence document a case depends on, hashed: equal hashes, equal contribution. */
export function evidenceContentHash(e: ItemEvidence): string {
  const { pairKey, itemId, publishedAt, platform, person, language, euTotalReach, indicators } = e;
  return createHash('sha256').update(JSON.stringify([pairKey, itemId, publishedAt, platform, person, language, euTotalReach, indicators])).digest('hex').slice(0, 16);
}

export function emptyState(first: ItemEvidence, scoring: ScoringConfig, catalogue: FirmCatalogue): CaseState {
  const head = { at: first.publishedAt, item: first.itemId, platform: first.platform, person: first.person };
  return {
    format: CASE_STATE_FORMAT,
    scoring: rulesStamp(scoring, catalogue),
    pairKey: first.pairKey,
    personKey: first.personKey,
    firmId: first.firmId,
    itemCount: 0,
    first: head,
    last: head,
    codes: {},
    maxFollowers: 0,
    adReach: 0,
    reachFractional: false,
    languages: {},
    countries: {},
    recent: [],
  };
}

/**
 * Adds one item's evidence (not yet in the state) to the state, in place, in time bounded by the
 * scoring rules. Exact in any order unless canAddOutOfOrder says no (then only a fold of the sorted
 * evidence, stateFromEvidence, sums the reach as buildCase does).
 */
export function addToState(state: CaseState, ev: ItemEvidence, scoring: ScoringConfig): void {
  const ref = { at: ev.publishedAt, item: ev.itemId };
  const head = { ...ref, platform: ev.platform, person: ev.person };
  if (state.itemCount === 0 || compareItems(ref, state.first) < 0) state.first = head;
  if (state.itemCount === 0 || compareItems(ref, state.last) > 0) state.last = head;
  state.itemCount += 1;

  const seenInItem = new Set<string>();
  for (const [idx, ind] of ev.indicators.entries()) {
    const stat = (state.codes[ind.code] ??= { n: 0, kept: [], details: [] });
    const pos = { ...ref, idx, detail: ind.detail };
    const known = stat.details.findIndex((d) => d.detail === ind.detail);
    if (known < 0) insertBounded(stat.details, pos, comparePositions, MAX_DETAILS);
    else if (comparePositions(pos, stat.details[known]!) < 0) {
      stat.details.splice(known, 1);
      insertBounded(stat.details, pos, comparePositions, MAX_DETAILS);
    }
    if (seenInItem.has(ind.code)) continue;
    seenInItem.add(ind.code);
    stat.n += 1;
    insertBounded(stat.kept, { ...ref, idx, guideline: ind.guideline, detail: ind.detail }, comparePositions, scoring.maxItemsPerCode);
  }

  state.maxFollowers = Math.max(state.maxFollowers, ev.person.followers ?? 0);
  const reach = ev.euTotalReach || 0;
  if (!Number.isInteger(reach) || !Number.isSafeInteger(state.adReach + reach)) state.reachFractional = true;
  state.adReach += reach;

  if (ev.indicators.some((i) => indicatorDef(i.code).group === 'acting')) {
    if (ev.language) state.languages[ev.language] = (state.languages[ev.language] ?? 0) + 1;
    for (const ind of ev.indicators) {
      if (!ind.country || indicatorDef(ind.code).group !== 'nexus') continue;
      const via = (state.countries[ind.country] ??= []);
      if (!via.includes(ind.code)) via.push(ind.code);
    }
  }
  insertBounded(state.recent, ref, compareItems, MAX_EVIDENCE_IDS, true);
}

/** Whether an out-of-order addition can be exact: false once a fractional reach made the sum order-dependent. */
export function canAddOutOfOrder(state: CaseState, ev: ItemEvidence): boolean {
  const reach = ev.euTotalReach || 0;
  return !state.reachFractional && Number.isInteger(reach) && Number.isSafeInteger(state.adReach + reach);
}

/** The state of a pair from all of its evidence (the rebuild path), folded in buildCase's order. */
export function stateFromEvidence(evidence: ItemEvidence[], scoring: ScoringConfig, catalogue: FirmCatalogue): CaseState | null {
  if (evidence.length === 0) return null;
  const items = [...evidence].sort((a, b) => compareInstants(a.publishedAt, b.publishedAt) || a.itemId.localeCompare(b.itemId));
  const state = emptyState(items[0]!, scoring, catalogue);
  for (const ev of items) addToState(state, ev, scoring);
  return state;
}

/** The case buildCase would build from all of the pair's evidence, from the state alone. */
export function caseFromState(state: CaseState, scoring: ScoringConfig, catalogue: FirmCatalogue, now: Date): Case {
  const positioned: Array<{ pos: ItemRef & { idx: number }; c: ScoreContribution }> = [];
  const stats: Array<{ code: string; first: ItemRef & { idx: number }; n: number; points: number; details: string[] }> = [];
  for (const [code, stat] of Object.entries(state.codes)) {
    const weight = scoring.weights[code] ?? 0;
    let points = 0;
    for (const [rank, k] of stat.kept.entries()) {
      const p = rank < scoring.maxItemsPerCode ? round(weight * scoring.decay ** rank) : 0;
      points = round(points + p);
      if (p !== 0) positioned.push({ pos: k, c: { code, guideline: k.guideline, itemId: k.item, points: p, detail: k.detail } });
    }
    // Past maxItemsPerCode buildCase adds round(points + 0): the same value, so nothing to replay.
    stats.push({ code, first: stat.kept[0]!, n: stat.n, points, details: stat.details.map((d) => d.detail) });
  }
  // buildCase sums the groups in the order each code was first met: the same float additions.
  const order = itemOrder();
  const byPosition = (a: ItemRef & { idx: number }, b: ItemRef & { idx: number }) => order(a, b) || a.idx - b.idx;
  stats.sort((a, b) => byPosition(a.first, b.first));
  positioned.sort((a, b) => byPosition(a.pos, b.pos));
  const contributions = positioned.map((p) => p.c);

  let acting = 0;
  let nexus = 0;
  let counter = 0;
  for (const s of stats) {
    const group = indicatorDef(s.code).group;
    if (group === 'acting') acting += s.points;
    else if (group === 'nexus') nexus += s.points;
    else counter += s.points;
  }
  nexus = Math.min(nexus, scoring.nexusCap);
  const score = round(acting + nexus + counter);
  const level = levelOf({ acting, nexus, score, codes: new Set(stats.map((s) => s.code)) }, scoring);
  const indicators = stats
    .map((s) => {
      const def = indicatorDef(s.code);
      return { code: s.code, guideline: def.guideline, label: def.label, count: s.n, points: s.points, counter: def.group === 'counter', details: s.details };
    })
    .sort((a, b) => groupRank(a.code) - groupRank(b.code) || b.points - a.points || a.code.localeCompare(b.code));

  const { first, last } = state;
  return {
    id: state.pairKey,
    personKey: state.personKey,
    person: { platform: last.platform, handle: last.person.handle, name: last.person.name, url: last.person.url, followers: last.person.followers },
    firmId: state.firmId,
    firm: firmSummary(catalogue, state.firmId),
    score,
    level,
    indicators,
    contributions,
    euNexus: {
      languages: Object.entries(state.languages).map(([code, n]) => ({ code, items: n })).sort((a, b) => b.items - a.items || a.code.localeCompare(b.code)),
      countries: Object.entries(state.countries).map(([country, via]) => ({ country, via: [...via].sort() })).sort((a, b) => a.country.localeCompare(b.country)),
    },
    firstSeen: normaliseIsoInstant(first.at) ?? first.at,
    lastSeen: normaliseIsoInstant(last.at) ?? last.at,
    itemCount: state.itemCount,
    reach: state.maxFollowers + state.adReach,
    evidence: evidenceIds(state, positioned, order),
    scoring: rulesStamp(scoring, catalogue),
    updatedAt: now.toISOString(),
  };
}

/** As buildCase: every scoring item, then the most recent others, in time order, at most MAX_EVIDENCE_IDS. */
function evidenceIds(state: CaseState, positioned: Array<{ pos: ItemRef }>, order: (a: ItemRef, b: ItemRef) => number): string[] {
  if (state.itemCount <= MAX_EVIDENCE_IDS) return state.recent.map((r) => r.item);
  const keep = new Map<string, ItemRef>();
  for (const p of positioned) keep.set(p.pos.item, p.pos);
  for (let i = state.recent.length - 1; i >= 0 && keep.size < MAX_EVIDENCE_IDS; i--) keep.set(state.recent[i]!.item, state.recent[i]!);
  return [...keep.values()].sort(order).map((r) => r.item);
}
