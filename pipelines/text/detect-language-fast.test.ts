// The stop-word fast path must give franc's language on every sample item (confidence may differ).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { itemSchema } from '../contracts/item.ts';
import { detectLanguage, detectLanguageByFranc } from './detect-language.ts';
import { prepareText } from './prepare.ts';

const items = readFileSync(new URL('../../connectors/sample/items.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => itemSchema.parse(JSON.parse(l)));

test('the stop-word fast path detects the language franc detects (all sample items)', () => {
  assert.equal(items.length, 431);
  for (const item of items) {
    const text = item.title ? `${item.title}\n${item.text}` : item.text;
    const franc = detectLanguageByFranc(text);
    const fast = detectLanguage(text);
    assert.equal(fast.code, franc.code, item.id);
    assert.equal(fast.euOfficial, franc.euOfficial, item.id);
    assert.deepEqual(detectLanguage(prepareText(text)), fast, item.id);
  }
});

test('mixed or unclear texts go to franc', () => {
  // Two languages' function words in similar numbers: no clear winner, franc decides.
  const mixed = 'the and with this und der nicht mit ist';
  assert.equal(detectLanguage(mixed).code, detectLanguageByFranc(mixed).code);
});
