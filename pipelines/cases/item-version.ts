// Which version of an item the cases stage has applied, kept as one document per item in the
// evidence index beside the item's per-pair evidence (docs/decisions/0003, 0012). It is what lets a
// new version take back the evidence the old one gave (a removed promo code, a firm no longer named,
// another author) and an older version arriving late be ignored, also when an item supports no pair.
import { z } from 'zod';
import type { EnrichedItem } from '../contracts/enriched-item.ts';
import type { ItemEvidence } from './item-evidence.ts';

export const ITEM_VERSION_DOC_TYPE = 'item-version';

export const itemVersionDocSchema = z.object({
  id: z.string(),
  docType: z.literal(ITEM_VERSION_DOC_TYPE),
  itemId: z.string(),
  itemSha256: z.string(),
  itemCollectedAt: z.string(),
  /** The pairs this version supports (evidence ids are `<pairKey>|<itemId>`). */
  pairKeys: z.array(z.string()),
});

export type ItemVersionDoc = z.infer<typeof itemVersionDocSchema>;

/** Evidence ids start with a person key (`<platform>:...`); no platform is named "version", so no clash. */
export function itemVersionDocId(itemId: string): string {
  return `version|${itemId}`;
}

export function itemVersionDoc(item: EnrichedItem, collectedAt: string, evidence: ItemEvidence[]): ItemVersionDoc {
  return {
    id: itemVersionDocId(item.id),
    docType: ITEM_VERSION_DOC_TYPE,
    itemId: item.id,
    itemSha256: item.evidence.sha256,
    itemCollectedAt: collectedAt,
    pairKeys: [...new Set(evidence.map((e) => e.pairKey))].sort(),
  };
}

export interface StoredItemState {
  version: ItemVersionDoc | null;
  /** Every evidence document stored for the item, whichever version wrote it. */
  evidence: ItemEvidence[];
}

export interface ItemChange {
  /** The evidence of the new version (written, or rewritten unchanged on a redelivery). */
  evidence: ItemEvidence[];
  version: ItemVersionDoc;
  /** Stored evidence the new version no longer supports: to delete. */
  removed: ItemEvidence[];
  /** Pairs whose case must be rebuilt: those the item supports now and those it stopped supporting. */
  pairs: string[];
}

type Version = { sha256: string; collectedAt: string };
type Compare = (a: Version, b: Version) => number;

/**
 * The delivery to apply after `deliveries` (in arrival order), folded exactly as the store folds them
 * into the item (infra/store/versioned-replace.ts), so the items index and the cases agree: a newer
 * version becomes current; the current hash again is the same version (its latest delivery is used,
 * the first capture time kept); an older one changes nothing. Null when nothing is to be applied.
 */
export function chooseDelivery(deliveries: EnrichedItem[], stored: ItemVersionDoc | null, compare: Compare): { item: EnrichedItem; collectedAt: string } | null {
  let current: Version | null = stored ? { sha256: stored.itemSha256, collectedAt: stored.itemCollectedAt } : null;
  let chosen: EnrichedItem | null = null;
  for (const d of deliveries) {
    const v = { sha256: d.evidence.sha256, collectedAt: d.collectedAt };
    if (current && current.sha256 === v.sha256) chosen = d;
    else if (!current || compare(v, current) > 0) {
      chosen = d;
      current = v;
    }
  }
  return chosen && current ? { item: chosen, collectedAt: current.collectedAt } : null;
}

/**
 * What applying the chosen delivery changes. The same version again is applied in full: a redelivery
 * rewrites identical documents, and a half-applied earlier attempt (crash between write and delete)
 * is completed.
 */
export function planItemChange(chosen: { item: EnrichedItem; collectedAt: string }, evidence: ItemEvidence[], stored: StoredItemState): ItemChange {
  const keep = new Set(evidence.map((e) => e.id));
  const removed = stored.evidence.filter((e) => !keep.has(e.id));
  const pairs = [...new Set([...evidence.map((e) => e.pairKey), ...removed.map((e) => e.pairKey)])].sort();
  return { evidence, version: itemVersionDoc(chosen.item, chosen.collectedAt, evidence), removed, pairs };
}
