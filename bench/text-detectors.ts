// Text detectors on the sample items, µs per item: each detector alone (string input, as the enricher
// calls them today), their sum, and createTextAnalyser (all of them with shared masking/tokenising).
// Best of several rounds, so a busy machine inflates the figures less. Usage: npx tsx bench/text-detectors.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { itemSchema, type NormalizedItem } from '../pipelines/contracts/item.ts';
import { loadCatalogue } from '../pipelines/firms/load-catalogue.ts';
import {
  createMentionDetector, createPromoDetector, createTextAnalyser, detectDisclosures, detectEuSignals, detectLanguage, detectPhones,
} from '../pipelines/text/index.ts';

const file = fileURLToPath(new URL('../connectors/sample/items.jsonl', import.meta.url));
const items: NormalizedItem[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => itemSchema.parse(JSON.parse(l)));
const catalogue = loadCatalogue({ includeSample: true });
const mentions = createMentionDetector(catalogue);
const promo = createPromoDetector(catalogue);
const analyse = createTextAnalyser(catalogue);
const textOf = (it: NormalizedItem): string => (it.title ? `${it.title}\n${it.text}` : it.text);
const rounds = Number(process.env.BENCH_ROUNDS ?? 7);

const detectors: Record<string, (it: NormalizedItem) => unknown> = {
  mentions: (it) => mentions(it),
  promo: (it) => promo(textOf(it), []),
  disclosures: (it) => detectDisclosures(textOf(it)),
  language: (it) => detectLanguage(textOf(it)),
  phones: (it) => detectPhones(`${textOf(it)}\n${it.author.description ?? ''}`),
  eu: (it) => detectEuSignals(textOf(it)),
};

function microsPerItem(fn: (it: NormalizedItem) => unknown): number {
  for (let r = 0; r < 3; r++) for (const it of items) fn(it);
  let best = Infinity;
  for (let k = 0; k < rounds; k++) {
    const t0 = performance.now();
    for (let r = 0; r < 5; r++) for (const it of items) fn(it);
    best = Math.min(best, ((performance.now() - t0) / 5 / items.length) * 1000);
  }
  return best;
}

let sum = 0;
for (const [name, fn] of Object.entries(detectors)) {
  const us = microsPerItem(fn);
  sum += us;
  console.log(`${name.padEnd(14)} ${us.toFixed(1).padStart(6)} µs/item`);
}
console.log(`${'sum'.padEnd(14)} ${sum.toFixed(1).padStart(6)} µs/item`);
console.log(`${'analyser'.padEnd(14)} ${microsPerItem((it) => analyse(it, [])).toFixed(1).padStart(6)} µs/item (all six, shared preparation)`);
