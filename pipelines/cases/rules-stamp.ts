// What a case was scored with: the scoring file's version and a hash of the scoring rules and the
// firm catalogue (names and statuses appear in cases). Stored in every case, so a case scored under
// other rules is found (and rebuilt) instead of drifting silently from its newer neighbours.
import { createHash } from 'node:crypto';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import type { ScoringConfig } from './scoring-config.ts';

export interface RulesStamp {
  version: number;
  /** First 16 hex digits of SHA-256 over the scoring rules and the catalogue's firms. */
  hash: string;
}

// Computed once per (scoring, catalogue) pair: both are loaded once per process.
const memo = new WeakMap<ScoringConfig, WeakMap<FirmCatalogue, RulesStamp>>();

export function rulesStamp(scoring: ScoringConfig, catalogue: FirmCatalogue): RulesStamp {
  let byCatalogue = memo.get(scoring);
  if (!byCatalogue) memo.set(scoring, (byCatalogue = new WeakMap()));
  let stamp = byCatalogue.get(catalogue);
  if (!stamp) {
    // The rationale texts explain the weights but change no score: left out of the hash.
    const { rationale: _rationale, ...rules } = scoring;
    const h = createHash('sha256').update(canonical(rules)).update('\n').update(canonical(catalogue.firms));
    stamp = { version: scoring.version, hash: h.digest('hex').slice(0, 16) };
    byCatalogue.set(catalogue, stamp);
  }
  return stamp;
}

/** JSON with object keys sorted: the same rules in another key order hash the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
