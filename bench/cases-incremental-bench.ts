// Cost of one new item of a pair in the cases stage, by the pair's size, old path against new, in one
// process on the embedded store (issue 9, docs/decisions/0028). Old: store the evidence, read all of
// the pair's evidence back, buildCase. New: read the pair's state, add the item, store state and
// evidence, case from the state. Prints ms per item and old/new per size; compare ratios, not ms.
//   npm run -s bench:cases [-- --items 40]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createSqliteStore } from '../infra/store/sqlite-store.ts';
import { createLogger } from '../infra/log/logger.ts';
import { loadCatalogue } from '../pipelines/firms/load-catalogue.ts';
import { loadScoring } from '../pipelines/cases/scoring-config.ts';
import { createEnricher } from '../pipelines/enrich/create-enricher.ts';
import { evidenceFromItem, parseStoredEvidence, type ItemEvidence } from '../pipelines/cases/item-evidence.ts';
import { buildCase } from '../pipelines/cases/build-case.ts';
import { addToState, caseFromState, stateFromEvidence } from '../pipelines/cases/case-state.ts';
import { rulesStamp } from '../pipelines/cases/rules-stamp.ts';
import { itemSchema } from '../pipelines/contracts/item.ts';
import { caseStateDoc, loadCaseStates } from '../services/cases/case-state-store.ts';

const { values } = parseArgs({ options: { items: { type: 'string', default: '40' } } });
const PER_SIZE = Number(values.items);
const SIZES = [1_000, 10_000, 25_000];

const catalogue = loadCatalogue({ includeSample: true });
const scoring = loadScoring();
const stamp = rulesStamp(scoring, catalogue);
const log = createLogger('silent');
const line = readFileSync(new URL('../connectors/sample/items.jsonl', import.meta.url), 'utf8').split('\n').find((l) => l.includes('"handle":"CryptoLucie_FR"') && l.includes('ref='))!;
const base = evidenceFromItem(createEnricher({ catalogue })(itemSchema.parse(JSON.parse(line))))[0]!;
const t0 = Date.parse(base.publishedAt);
const evidenceAt = (k: number): ItemEvidence => {
  const itemId = `${base.itemId}-b${k}`;
  // Spread over time, every 7th one earlier than all before it: arrivals out of order.
  const at = new Date(t0 + (k % 7 === 0 ? -k : k) * 60_000).toISOString();
  return { ...base, id: `${base.pairKey}|${itemId}`, itemId, publishedAt: at };
};

async function measure(size: number): Promise<{ oldMs: number; newMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'rs-bench-cases-'));
  try {
    const store = createSqliteStore({ file: join(dir, 'store.sqlite') });
    await store.ensureSchema();
    const stored: ItemEvidence[] = [];
    for (let from = 0; from < size; from += 2000) {
      const docs = [];
      for (let k = from; k < Math.min(size, from + 2000); k++) {
        const e = evidenceAt(k);
        stored.push(e);
        docs.push({ id: e.id, doc: { ...e } });
      }
      await store.upsert('evidence', docs);
    }
    await store.upsert('case_state', [caseStateDoc({ state: stateFromEvidence(stored, scoring, catalogue)!, pending: [] })]);

    // Old path: every new item reads the whole pair back.
    let start = performance.now();
    for (let i = 0; i < PER_SIZE; i++) {
      const e = evidenceAt(size + i);
      await store.upsert('evidence', [{ id: e.id, doc: { ...e } }]);
      const all: ItemEvidence[] = [];
      for await (const h of store.scan('evidence', { filters: { pairKey: base.pairKey } })) all.push(parseStoredEvidence(h.id, h.doc));
      JSON.stringify(buildCase(all, scoring, catalogue, new Date()));
    }
    const oldMs = (performance.now() - start) / PER_SIZE;

    // New path: the pair's state only.
    start = performance.now();
    for (let i = 0; i < PER_SIZE; i++) {
      const e = evidenceAt(size + PER_SIZE + i);
      const loaded = (await loadCaseStates(store, [base.pairKey], stamp, log)).get(base.pairKey)!;
      const state = structuredClone(loaded.state);
      addToState(state, e, scoring);
      await store.upsert('case_state', [caseStateDoc({ state, pending: [{ id: e.id, hash: 'x' }] })]);
      await store.upsert('evidence', [{ id: e.id, doc: { ...e } }]);
      JSON.stringify(caseFromState(state, scoring, catalogue, new Date()));
    }
    const newMs = (performance.now() - start) / PER_SIZE;
    await store.close();
    return { oldMs, newMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log(`cases stage, one pair, ${PER_SIZE} new items per size, embedded store (node ${process.version})`);
console.log('pair size   old ms/item   new ms/item   old/new');
for (const size of SIZES) {
  const { oldMs, newMs } = await measure(size);
  console.log(`${String(size).padStart(9)}   ${oldMs.toFixed(2).padStart(11)}   ${newMs.toFixed(2).padStart(11)}   ${(oldMs / newMs).toFixed(1).padStart(7)}x`);
}
