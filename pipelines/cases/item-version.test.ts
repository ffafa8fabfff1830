// The cases stage must pick the same current version of an item as the items store, whatever the
// arrival order and however deliveries are cut into batches; otherwise a case cites one version while
// the stored item is another.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../infra/ports/store.ts';
import { compareVersions } from '../../infra/ports/version-order.ts';
import { applyVersion } from '../../infra/store/versioned-replace.ts';
import type { EnrichedItem } from '../contracts/enriched-item.ts';
import { chooseDelivery, itemVersionDoc, type ItemVersionDoc } from './item-version.ts';

/** Only what chooseDelivery reads. */
const delivery = (sha256: string, collectedAt: string) => ({ id: 'x:1', collectedAt, evidence: { sha256 } }) as unknown as EnrichedItem;

test('the cases stage and the store agree on the current version for any order and batching', () => {
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const shas = ['a', 'b', 'c'].map((c) => c.repeat(64));
  const times = ['2026-05-01T10:00:00Z', '2026-05-01T11:00:00+01:00', '2026-05-02T00:00:00Z', '2026-05-03T00:00:00Z'];
  for (let run = 0; run < 2000; run++) {
    const seq = Array.from({ length: 1 + rnd(6) }, () => delivery(shas[rnd(3)]!, times[rnd(4)]!));
    let doc: Doc | null = null;
    let marker: ItemVersionDoc | null = null;
    for (let i = 0; i < seq.length; ) {
      const batch = seq.slice(i, (i += 1 + rnd(3)));
      for (const d of batch) doc = applyVersion(doc, { id: 'x:1', doc: {}, version: { sha256: d.evidence.sha256, collectedAt: d.collectedAt } }, {}, 'now').doc;
      const chosen = chooseDelivery(batch, marker, compareVersions);
      if (chosen) marker = itemVersionDoc(chosen.item, chosen.collectedAt, []);
    }
    const current = (doc!.versions as Array<{ sha256: string; collectedAt: string }>).at(-1)!;
    assert.deepEqual([marker?.itemSha256, marker?.itemCollectedAt], [current.sha256, current.collectedAt], JSON.stringify(seq));
  }
});

test('an older delivery alone is not applied; the same hash again is (re-enrichment), keeping its first capture time', () => {
  const stored = itemVersionDoc(delivery('b'.repeat(64), '2026-05-02T00:00:00Z'), '2026-05-02T00:00:00Z', []);
  assert.equal(chooseDelivery([delivery('a'.repeat(64), '2026-05-01T00:00:00Z')], stored, compareVersions), null);
  const again = chooseDelivery([delivery('b'.repeat(64), '2026-05-09T00:00:00Z')], stored, compareVersions);
  assert.equal(again?.collectedAt, '2026-05-02T00:00:00Z');
  assert.equal(again?.item.collectedAt, '2026-05-09T00:00:00Z');
});
