import { readFileSync } from 'node:fs';
import { itemSchema } from '../pipelines/contracts/item.ts';
import { createEnricher } from '../pipelines/enrich/create-enricher.ts';
import { loadCatalogue } from '../pipelines/firms/load-catalogue.ts';
import { createLinkEnricher } from '../pipelines/links/link-enricher.ts';
import { createTextAnalyser, normaliseItem } from '../pipelines/text/index.ts';
import { deriveIndicators } from '../pipelines/indicators/derive-indicators.ts';
const lines = readFileSync('connectors/sample/items.jsonl', 'utf8').split('\n').filter(Boolean);
const items = lines.map((l) => itemSchema.parse(JSON.parse(l)));
const cat = loadCatalogue({ includeSample: true });
const enrich = createEnricher({ catalogue: cat });
const links = createLinkEnricher(cat);
const analyse = createTextAnalyser(cat);
const enriched = items.map((i) => enrich(i));
function t(name: string, fn: (i: number) => unknown) {
  for (let w = 0; w < 3; w++) for (let i = 0; i < items.length; i++) fn(i);
  let n = 0; const t0 = performance.now();
  while (performance.now() - t0 < 1500) { for (let i = 0; i < items.length; i++) fn(i); n += items.length; }
  console.log(name.padEnd(20), (((performance.now() - t0) * 1000) / n).toFixed(1), 'µs/item');
}
t('parse+validate', (i) => itemSchema.parse(JSON.parse(lines[i]!)));
t('normaliseItem', (i) => normaliseItem(items[i]!));
t('links', (i) => links(normaliseItem(items[i]!)));
t('analyse', (i) => analyse(items[i]!, []));
t('derive', (i) => deriveIndicators(items[i]!, enriched[i]!.enrichment as any, cat));
t('stringify enriched', (i) => JSON.stringify(enriched[i]));
t('stringify item', (i) => JSON.stringify(items[i]));
t('enrich total', (i) => enrich(items[i]!));
t('normalise fresh', (i) => normaliseItem(itemSchema.parse(JSON.parse(lines[i]!))));
t('enrich fresh', (i) => enrich(itemSchema.parse(JSON.parse(lines[i]!))));
