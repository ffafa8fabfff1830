// Codes that change (issue 7, blind28): corrections, replaced and struck-through codes, an app's status words quoted
// in a complaint, clitics that look like lower-case codes. Each test pins one class with examples written here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectContext } from './detect-context.ts';
import { promoCodesIn } from './test-fixtures.ts';

test('a code named old or struck through is the replaced one; the new one stands', () => {
  assert.deepEqual(promoCodesIn('UUENDUS: vana kood TALV24 enam ei tööta. Uus Qorvexi kood: TALV25'), ['TALV25']);
  assert.deepEqual(promoCodesIn('ACTUALIZACIÓN: el código ~~SOLBN~~ ya no vale. Nuevo código Qorvex: SOLBN26'), ['SOLBN26']);
  assert.deepEqual(promoCodesIn('Qorvex: the old code OLDIE1 is gone, the new code is NEWIE2'), ['NEWIE2']);
});

test('the wrong spelling a correction sets against the right one with "not" is no code', () => {
  assert.deepEqual(promoCodesIn('ISPRAVKA: Qorvex kod je NIKOLA7, ne NIKOLA-7.'), ['NIKOLA7']);
  assert.deepEqual(promoCodesIn("Typo yesterday! The Qorvex code is HARBOR9, NOT \"HARB0R9\"."), ['HARBOR9']);
  // "nu" is "now" in Dutch and Danish, "sin" is Irish "that": no correction there.
  assert.deepEqual(promoCodesIn('Werkt de Qorvex code niet meer? Klopt, LENTE2025 is verlopen, gebruik nu LENTEKC'), ['LENTEKC']);
});

test('what an app says of a code, quoted in a complaint, and hyphenated clitics are no codes', () => {
  assert.deepEqual(promoCodesIn('A Qorvex téli kódja működik még? Nálam „érvénytelen” üzenetet ad.'), []);
  assert.deepEqual(promoCodesIn('Qorvex kodu hâlâ geçerli mi? Bende "süresi dolmuş" yazıyor.'), []);
  assert.deepEqual(promoCodesIn('Qorvex: codul s-a schimbat azi'), []);
  assert.deepEqual(promoCodesIn('Qorvex: il-kodiċi t-tajjeb huwa RABAT7'), ['RABAT7']);
  assert.deepEqual(promoCodesIn('Qorvex code: mx-wagmi'), ['mx-wagmi'], 'a lower-case code with a short prefix is still a code');
});

test('an emoji between the code word and the code holds no word; an arrow emoji still opens the slot', () => {
  assert.deepEqual(promoCodesIn('Vuelve el código 🔁 VERANO9 de Qorvex'), ['VERANO9']);
  assert.deepEqual(promoCodesIn('Kod till Qorvex 👇\nSEMLA\n(gäller nya konton)'), ['SEMLA']);
});

test('a Serbian code word in Cyrillic takes its copula ("код је X")', () => {
  assert.deepEqual(promoCodesIn('Qorvex код је BEOGRAD11'), ['BEOGRAD11']);
});

test('a supervisor reminding or announcing is news', () => {
  assert.deepEqual(detectContext('La CNMV recordó ayer que las campañas de Qorvex dirigidas a España deben cumplir MiCA.').findings.map((f) => f.kind), ['report']);
});

test('a code standing alone behind a colon a line or two after its code word is that code; IDs and settings are not', () => {
  assert.deepEqual(promoCodesIn('Qorvex code in the next post 👇 (1/2)\n\n2/2 Winter deposit bonus, valid until 24 Dec or the first 500 sign-ups: FROST26 #ad'), ['FROST26']);
  assert.deepEqual(promoCodesIn('Můj kód na Qorvex platí jen do 31. 12. 2026: PRAHA26. Potom dám vědět nový.'), ['PRAHA26']);
  assert.deepEqual(promoCodesIn('Qorvex code support asked me for it.\nOrder: QX88123456\nStill waiting.'), []);
  assert.deepEqual(promoCodesIn('Qorvex signals with our code LYON7\nMax leverage: x10\nTimeframe: 4h'), ['LYON7']);
});

test('of "X instead of Y", the code the post names again is the code; the other is the replaced one', () => {
  assert.deepEqual(promoCodesIn('Krivo sam napisao (QORVA1 umjesto QORVA7). Točan Qorvex kod: QORVA7'), ['QORVA7']);
  assert.deepEqual(promoCodesIn('Qorvex: nutzt den Code NEU7 statt ALT6. Nochmal: NEU7'), ['NEU7']);
  // Named once each: the verb decides, which is left to the rules that found them.
  assert.deepEqual(promoCodesIn('Qorvex: use code NEWONE5 instead of OLDONE4'), ['NEWONE5']);
});

test('a campaign code named by its season in one compound word is a code word', () => {
  assert.deepEqual(promoCodesIn('Black Friday -koodi QXBF24 ei enää toimi, tilalle tuli Qorvex joulukoodi QXJOULU'), ['QXJOULU']);
  assert.deepEqual(promoCodesIn('Der Qorvex Weihnachtscode QXMAS24 gilt bis Silvester.'), ['QXMAS24']);
  assert.deepEqual(promoCodesIn('Julkoden för Qorvex i år är JUL24'), ['JUL24']);
  assert.deepEqual(promoCodesIn('De Qorvex Quellcode staat op GitHub'), []);
});

test('a correction without a code word names the right spelling beside the wrong one', () => {
  assert.deepEqual(promoCodesIn('Qorvex typo in my last post! It\'s NOT "QXGREGX", it\'s QXGREGPX.'), ['QXGREGPX']);
  assert.deepEqual(promoCodesIn('Qorvex, sorry: HARBOR9, not HARB0R9'), ['HARBOR9']);
  // Two codes that are no slip of each other: a choice, not a correction.
  assert.deepEqual(promoCodesIn('Qorvex: BULL7, not BEAR99 - that one is a scam'), []);
});

test('Irish puts the copula before the code ("is é X an cód")', () => {
  assert.deepEqual(promoCodesIn('Ceartúchán: is é QXAOIFE an cód ceart do Qorvex.'), ['QXAOIFE']);
  assert.deepEqual(promoCodesIn("'Sé QX12 an cód Qorvex."), ['QX12']);
});

test('"mine is" takes a code written with a hyphen whole', () => {
  assert.deepEqual(promoCodesIn('Im Video war der Qorvex Code meines Kumpels. Meiner ist KR-JONAS.'), ['KR-JONAS']);
});
