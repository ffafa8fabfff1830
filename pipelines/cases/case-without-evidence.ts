// The case of a pair whose every item has been replaced by versions that no longer support it (a
// promo code removed, the firm no longer named, another author). The case is not dropped: it keeps
// its id and the analyst's status, and says level none with no items and no points, so no view and
// no export goes on showing evidence that is no longer current (docs/decisions/0003, 0012).
import type { Case } from '../contracts/case.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { firmSummary } from './build-case.ts';
import type { ItemEvidence } from './item-evidence.ts';

/** `removed`: the pair's evidence just withdrawn (non-empty); it names the person and the firm. */
export function caseWithoutEvidence(removed: ItemEvidence[], catalogue: FirmCatalogue, now: Date): Case {
  const items = [...removed].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.itemId.localeCompare(b.itemId));
  const first = items[0]!;
  const last = items[items.length - 1]!;
  return {
    id: first.pairKey,
    personKey: first.personKey,
    person: { platform: last.platform, handle: last.person.handle, name: last.person.name, url: last.person.url, followers: last.person.followers },
    firmId: first.firmId,
    firm: firmSummary(catalogue, first.firmId),
    score: 0,
    level: 'none',
    indicators: [],
    contributions: [],
    euNexus: { languages: [], countries: [] },
    // The span of the withdrawn evidence: when the pair was last seen with support, not current evidence.
    firstSeen: first.publishedAt,
    lastSeen: last.publishedAt,
    itemCount: 0,
    reach: 0,
    evidence: [],
    updatedAt: now.toISOString(),
  };
}
