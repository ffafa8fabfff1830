import { readFileSync } from 'node:fs';
import { itemSchema } from '../pipelines/contracts/item.ts';
import { createEnricher } from '../pipelines/enrich/create-enricher.ts';
import { loadCatalogue } from '../pipelines/firms/load-catalogue.ts';
const lines = readFileSync('connectors/sample/items.jsonl', 'utf8').split('\n').filter(Boolean);
const cat = loadCatalogue({ includeSample: true });
const enrich = createEnricher({ catalogue: cat });
const items = () => lines.map((l) => itemSchema.parse(JSON.parse(l)));
for (let w = 0; w < 3; w++) for (const it of items()) enrich(it);
const t0 = performance.now();
while (performance.now() - t0 < 6000) { const its = items(); for (const it of its) enrich(it); }
