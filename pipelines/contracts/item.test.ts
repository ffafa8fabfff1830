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

test('longestRepeatRun counts characters as read: an emoji, a flag or a ZWJ family is one', () => {
  assert.equal(longestRepeatRun('😀'.repeat(300)), 299);
  assert.equal(longestRepeatRun('❤️'.repeat(300)), 299);
  assert.equal(longestRepeatRun('🇩🇪'.repeat(300)), 299);
  assert.equal(longestRepeatRun('👨‍👩‍👧'.repeat(300)), 299);
  assert.equal(longestRepeatRun('👍🏽'.repeat(300)), 299);
  assert.equal(longestRepeatRun('é'.normalize('NFD').repeat(300)), 299);
  // Two alternating emoji repeat with period 2, as "abab" does.
  assert.equal(longestRepeatRun('🚀🔥'.repeat(150)), 298);
});

test('the item schema refuses what cannot be processed and names the field', () => {
  const long = itemSchema.safeParse({ ...base, text: 'word '.repeat(30_000) });
  assert.equal(long.success, false);
  assert.deepEqual(long.error!.issues.map((i) => i.path.join('.')), ['text']);
  assert.match(long.error!.issues[0]!.message, /longer than 100000/);
  const ok = itemSchema.safeParse({ ...base, text: 'A normal post with https://example.com/x?ref=A1' });
  assert.equal(ok.success, true);
  assert.equal(ok.data!.truncations, undefined, 'an item with nothing capped carries no truncations field');
});
