// A code-shaped word that repeats the code of a referral link in the same text (issue 7, blind32: bios and
// link-in-bio pages). Our own examples; the test catalogue's Qorvex links read qorvex.io/register?ref=<code>.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectContext } from './detect-context.ts';
import { prepareText } from './prepare.ts';
import { createPromoDetector } from './promo-detector.ts';
import { catalogue } from './test-fixtures.ts';

const detect = createPromoDetector(catalogue);
const codes = (text: string): string[] => {
  const p = prepareText(text);
  return detect(p, [], detectContext(p)).promoCodes.map((c) => `${c.code}|${c.firmId}`);
};

test("a word repeating the link's code after the firm's name on its line is the code, in any language", () => {
  assert.deepEqual(codes('Nambari yangu ya Qorvex: KIBOKO\n👉 qorvex.io/register?ref=KIBOKO'), ['KIBOKO|qorvex']);
  assert.deepEqual(codes('Qorvex | SIMBA | qorvex.io/register?ref=SIMBA'), ['SIMBA|qorvex']);
  assert.deepEqual(codes('Qorvex ⭐ TEMBO42 ⭐ https://qorvex.io/register?ref=TEMBO42'), ['TEMBO42|qorvex']);
});

test("a bio's leading name equal to the link's code, a word other than the link's code, or no firm on the line: no code", () => {
  assert.deepEqual(codes('KRYPTOMAX | trading daily 👉 qorvex.io/register?ref=KRYPTOMAX'), []);
  assert.deepEqual(codes('Qorvex: KIBOKO\n👉 qorvex.io/register?ref=OTHERX'), []);
  assert.deepEqual(codes('Zyntra ni bora. KIBOKO\nqorvex.io/register?ref=KIBOKO'), []);
});
