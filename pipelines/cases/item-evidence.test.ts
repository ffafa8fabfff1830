// The EU-language summary of a case is built from its evidence: a language guess below the nexus
// confidence floor must not appear there as an EU language (it gave no nexus indicator either).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createEnricher } from '../enrich/create-enricher.ts';
import { loadCatalogue } from '../firms/load-catalogue.ts';
import { itemSchema } from '../contracts/item.ts';
import { EU_LANGUAGE_MIN_CONFIDENCE } from '../indicators/derive-indicators.ts';
import { evidenceFromItem } from './item-evidence.ts';

const line = readFileSync(fileURLToPath(new URL('../../connectors/sample/items.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .find((l) => l.includes('"handle":"CryptoLucie_FR"') && l.includes('ref='))!;
const enriched = createEnricher({ catalogue: loadCatalogue({ includeSample: true }) })(itemSchema.parse(JSON.parse(line)));

test('evidence language: an EU language at or above the confidence floor is kept, below it is none', () => {
  const withLanguage = (confidence: number) => evidenceFromItem({ ...enriched, enrichment: { ...enriched.enrichment, language: { ...enriched.enrichment.language, code: 'hr', euOfficial: true, confidence } } });
  assert.ok(withLanguage(EU_LANGUAGE_MIN_CONFIDENCE).every((e) => e.language === 'hr'));
  const low = withLanguage(EU_LANGUAGE_MIN_CONFIDENCE - 0.01);
  assert.ok(low.length > 0 && low.every((e) => e.language === null));
});
