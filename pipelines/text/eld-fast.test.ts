// eld-fast must answer what eld answers: the language and its two best scores, on every text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import eld from 'eld/medium';
import { eldDetect } from './eld-fast.ts';
import { hostileTexts } from './test-fixtures.ts';

const sample = readFileSync(new URL('../../connectors/sample/items.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .flatMap((l) => {
    const o = JSON.parse(l) as { text: string; title?: string | null; author?: { description?: string | null } };
    return [o.text, o.title ?? '', o.author?.description ?? ''];
  });

function reference(text: string): { language: string; best: number; second: number } {
  const r = eld.detect(text);
  const values = Object.values(r.getScores()).sort((a, b) => b - a);
  return { language: r.language, best: values[0] ?? 0, second: values[1] ?? 0 };
}

test('eld-fast gives eld\'s language and scores (sample items, their pieces, mixed and hostile texts)', () => {
  const texts = [...sample];
  // Pieces and splices of the sample: short texts, mixed languages, cuts inside words and surrogate pairs.
  for (let k = 0; k + 1 < sample.length; k += 3) {
    const a = sample[k] as string;
    const b = sample[k + 1] as string;
    texts.push(a.slice(0, 25), a.slice(7, 60), `${a.slice(0, a.length >> 1)} ${b.slice(b.length >> 1)}`, a.toUpperCase());
  }
  texts.push('', ' ', '12345', '🚀🚀🚀', 'a', 'ab cd', 'x'.repeat(2000), ...Object.values(hostileTexts()).map((t) => t.slice(0, 3000)));
  assert.ok(texts.length > 1500);
  for (const t of texts) {
    const want = reference(t);
    const got = eldDetect(t);
    assert.equal(got.language, want.language, JSON.stringify(t).slice(0, 120));
    assert.equal(got.best, want.best, JSON.stringify(t).slice(0, 120));
    assert.equal(got.second, want.second, JSON.stringify(t).slice(0, 120));
  }
});
