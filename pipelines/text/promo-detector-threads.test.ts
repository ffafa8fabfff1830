// Promo-code classes found on the seventeenth blind corpus (issue 7): short-video captions and comment threads. A story
// overlay quoting label and code together, a "for ..." phrase before the copula, a code spelled out by auto-captions,
// replies under a code question that begin with their speaker, and the replacement named after an expiry. Our own
// examples, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { promoCodesIn } from './test-fixtures.ts';

const codes = promoCodesIn;

test('a story overlay quotes the label and the code together: „Code: X“, «κωδικός: X»', () => {
  assert.deepEqual(codes('Story: „NUR HEUTE“ / „Code: LINA_Q7“ / „hoch wischen“ on Qorvex'), ['LINA_Q7']);
  assert.deepEqual(codes('Qorvex story: «κωδικός: NIKOS7» / «σύρε πάνω»'), ['NIKOS7']);
  // A plain word closing such a quote is still no code.
  assert.deepEqual(codes('«βάλτε τον κωδικό: μου», σχεδόν όλοι το ξεχνούν'), []);
});

test('"<firm> code for <someone> is X": a for-phrase of up to four words before the copula, then a code-shaped word', () => {
  assert.deepEqual(codes('Qorvex code for the Scottish lads is HAGGIS9, cheers'), ['HAGGIS9']);
  assert.deepEqual(codes('o kwdikos gia qorvex einai NIKOS7 grapste ton'), ['NIKOS7']);
  assert.deepEqual(codes('the qorvex code for new users is simple: just sign up'), []);
  assert.deepEqual(codes('the code for the bonus is in the description of Qorvex'), []);
});

test('a code spelled out by auto-captions is the start of the full code given elsewhere, not a second code', () => {
  assert.deepEqual(codes('[auto captions] so um use code falcon three three on qorvex ok\nDescription: code FALCON33'), ['FALCON33']);
});

test('a reply under a code question: the speaker is skipped, and a code that looks issued may come a few words in', () => {
  assert.deepEqual(codes('@ana.k: got a qorvex code?\n@tom.trades: sure, check the pinned comment 👉 TOMQ22'), ['TOMQ22']);
  // The asker goes on after the question; the reply is the next line a speaker heads.
  assert.deepEqual(codes('@ana.k: máš kód na qorvex? som nová\n@tom.trades: jasně, platí všude 👉 TOMQ22'), ['TOMQ22']);
  // Far into the reply, a plain word is no answer.
  assert.deepEqual(codes('@ana.k: got a qorvex code?\n@tom.trades: no sorry I never had one of those honestly'), []);
});

test('after an expiry, "use X now" and "now it is X" name the replacement', () => {
  assert.deepEqual(codes('Qorvex code OLD10 has expired, use FRESH20 instead'), ['FRESH20']);
  assert.deepEqual(codes('o código de qorvex VELHO10 expirou, agora é NOVO26'), ['NOVO26']);
  // Without an expiry, "use X" wants a sign-up in its sentence.
  assert.deepEqual(codes('Qorvex code? use BTC now'), []);
});

test('"use mine X", "moj je X": a commenter\'s own code in a post about codes; "mine" the verb is none', () => {
  assert.deepEqual(codes('Qorvex code? or use mine RANDO5 lol'), ['RANDO5']);
  assert.deepEqual(codes('qorvex kod? moj je LUKY10 ak chces'), ['LUKY10']);
  assert.deepEqual(codes('mine ETH2 on Qorvex, no code needed'), []);
});

test('a question about codes followed by other sentences that no speaker heads: no later word is its answer', () => {
  assert.deepEqual(codes("why so many 'code in bio' videos on Qorvex? Exchanges pay creators per sign-up. Always check the ESMA register."), []);
});
