// Enrichment throughput on one core, beside a baseline that only parses, validates and
// serialises the same items in the same process. Runs alternate (baseline, enrich, baseline, ...)
// so machine noise hits both alike; the figure to quote is the ratio.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { itemSchema } from '../pipelines/contracts/item.ts';
import { createEnricher } from '../pipelines/enrich/create-enricher.ts';
import { loadCatalogue } from '../pipelines/firms/load-catalogue.ts';
import { loadWatchlists } from '../pipelines/watchlists/watchlists-file.ts';

const file = fileURLToPath(new URL('../connectors/sample/items.jsonl', import.meta.url));
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
const catalogue = loadCatalogue({ includeSample: true });
const enrich = createEnricher({ catalogue });
// The shipped watchlists, to show what matching them adds to enrichment (the pipeline's default).
const watchlists = loadWatchlists(fileURLToPath(new URL('../config/watchlists.yaml', import.meta.url)));
const enrichWatched = createEnricher({ catalogue, watchlists });
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const minMs = Number(process.env.BENCH_MIN_MS ?? 1500);

function baseline(line: string): string {
  return JSON.stringify(itemSchema.parse(JSON.parse(line)));
}
function enriched(line: string): string {
  return JSON.stringify(enrich(itemSchema.parse(JSON.parse(line))));
}

function watched(line: string): string {
  return JSON.stringify(enrichWatched(itemSchema.parse(JSON.parse(line))));
}

function measure(fn: (l: string) => string): number {
  let n = 0;
  let sink = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (const l of lines) sink += fn(l).length;
    n += lines.length;
    elapsed = performance.now() - t0;
  }
  if (sink === 0) throw new Error('nothing serialised');
  return (n / elapsed) * 1000;
}

// Warm up both paths (JIT, lazy tables) before measuring.
for (let i = 0; i < 2; i++) for (const l of lines) { baseline(l); enriched(l); watched(l); }

const base: number[] = [];
const enr: number[] = [];
const wat: number[] = [];
for (let r = 0; r < rounds; r++) {
  base.push(measure(baseline));
  enr.push(measure(enriched));
  wat.push(measure(watched));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const b = median(base);
const e = median(enr);
const mem = process.memoryUsage();
console.log(`items: ${lines.length} sample items, ${rounds} alternating rounds of >= ${minMs} ms each, one core`);
console.log(`baseline (parse + validate + serialise): ${b.toFixed(0)} items/s (median; rounds ${base.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`enrichment (parse + validate + enrich + serialise): ${e.toFixed(0)} items/s (median; rounds ${enr.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`ratio enrichment/baseline: ${((e / b) * 100).toFixed(1)}% (issue 7: not below 16%)`);
const w = median(wat);
console.log(`enrichment with the ${watchlists.length} watchlists of config/watchlists.yaml: ${w.toFixed(0)} items/s (median; rounds ${wat.map((x) => x.toFixed(0)).join(', ')}); ${((w / e) * 100).toFixed(1)}% of enrichment without them`);
console.log(`rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
