import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemSchema, longestRepeatRun, MAX_REPEAT_RUN } from './item.ts';

const base = {
  id: 'x:1', platform: 'x', kind: 'post', publishedAt: '2026-01-01T00:00:00Z', collectedAt: '2026-01-01T00:00:00Z',
  author: { id: 'a' }, source: { connector: 't' }, evidence: { sha256: 'f'.repeat(64) },
};

test('longestRepeatRun finds short repeating patterns, ignores spaces, and stays low on prose', () => {
  assert.equal(longestRepeatRun('aaaa'), 3);
  assert.ok(longestRepeatRun('-_'.repeat(600)) > MAX_REPEAT_RUN);
  assert.ok(longestRepeatRun('ha '.repeat(400)) > MAX_REPEAT_RUN);
  const prose = 'Utilise mon code promo LUCIE50 à l’inscription, dépôt par virement SEPA. '.repeat(50);
  assert.ok(longestRepeatRun(prose) < 100);
});

test('the item schema names the field and the rule for hostile text', () => {
  const bad = itemSchema.safeParse({ ...base, text: `${'1'.repeat(2000)} `.repeat(3) });
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error!.issues.map((i) => i.path.join('.')), ['text']);
  assert.match(bad.error!.issues[0]!.message, /repeats a short pattern/);
  const long = itemSchema.safeParse({ ...base, text: 'word '.repeat(30_000) });
  assert.match(long.error!.issues[0]!.message, /longer than 100000/);
  assert.equal(itemSchema.safeParse({ ...base, text: 'A normal post with https://example.com/x?ref=A1' }).success, true);
});
