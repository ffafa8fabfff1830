// Promo-code classes found on the twenty-first blind corpus (issue 7): spoken and transcribed text. Auto-captions say a
// code as words, spell it letter by letter or say it is in capitals, and the caption, description or chat then writes
// it; transcripts head lines with speakers' names. Our own examples, several languages, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { promoCodesIn as codes } from './test-fixtures.ts';

test('a code spelt out with its numbers said as words, then written: the written form is the code', () => {
  for (const [text, code] of [
    ['[00:41:02] ok chat once more the qorvex code\n[00:41:06] tomo seven T O M O seven so that is TOMO7', 'TOMO7'],
    ['[01:02:10] dobře chate ještě jednou kód na zyntru\n[01:02:14] petr osm P E T R osm tedy PETR8', 'PETR8'],
    ['[00:12:30] bon le code moonvale encore une fois\n[00:12:34] l u c a s deux zéro voilà LUCAS20', 'LUCAS20'],
    // The letters and numbers spelt, the written form only in the description, far below.
    ['[00:05] sign up on qorvex with my code hana twelve h a n a one two and you get a bonus\n\nDescription:\nQorvex → link below\nCode: HANA12', 'HANA12'],
  ] as const) assert.deepEqual(codes(text), [code], text);
});

test('"in capitals" between the spoken and the written form: the written form is the code, the spoken one is not', () => {
  for (const [text, code] of [
    ['voice note: "hey, zyntra has a new campaign, my code is marta five, all in capitals MARTA5. not an ad"', 'MARTA5'],
    ['reels: na qorvexu mi je kod goran velikim slovima GORAN, link ispod', 'GORAN'],
    ['[00:20:01] de code voor moonvale is gewoon pieter, in hoofdletters PIETER', 'PIETER'],
    // Two spoken words, then the written code on the next caption line.
    ['[00:30:10] el código de zyntra es luna roja todo junto en mayúsculas\n[00:30:15] LUNAROJA', 'LUNAROJA'],
  ] as const) assert.deepEqual(codes(text), [code], text);
  // "in capitals" about something else: no word said before it spells what follows.
  assert.deepEqual(codes('the error code on screen was in capitals WARNING, then the stream crashed'), []);
});

test('the word said before a spelling, in captions or another script, is the spoken form, not a second code', () => {
  for (const [text, code] of [
    ['[00:11] registraos con mi código sara veinte s a r a dos cero y tenéis bono\n\nDescripción:\nCódigo: SARA20', 'SARA20'],
    ['[00:09] γραφτείτε με τον κωδικό σοφία τρία s o f i a τρία στο qorvex\n\nΠεριγραφή:\nΚωδικός: SOFIA3', 'SOFIA3'],
    ['tumia msimbo wangu amani herufi kubwa A M A N I yaani AMANI', 'AMANI'],
  ] as const) assert.deepEqual(codes(text), [code], text);
});

test('a plain word right before its own spelling is the code as written', () => {
  assert.deepEqual(codes("HOST 2: what's your code again\nHOST 1: lunarfox, l u n a r f o x one word, it's in my bio"), ['lunarfox']);
  // A spelling without a word before it or a written form names nothing new.
  assert.deepEqual(codes('the code, spelt for you: l u n a'), []);
});

test("a transcript's speaker tags are names, never codes", () => {
  for (const text of [
    '[03:10] TIINA: for the e-residency there is no personal code but a separate code\n[03:14] MARKO: yes and the link is in the notes',
    'KAI: if an sms brings a code you never asked for, delete it\n[04:02] MAJA: exactly, never read it to anyone',
    "SPEAKER 1: everyone trades there now\nSPEAKER 2: what's your code?\nSPEAKER 1: not giving one, sorry",
  ]) assert.deepEqual(codes(text), [], text);
  // A code on the speaker's own line still counts.
  assert.deepEqual(codes('[03:10] TIINA: my Qorvex code is TIINA77, enter it at sign-up'), ['TIINA77']);
});

test('when the code goes in, said between the code word and the code ("Kod pri registraciji X"), qualifies the code word', () => {
  for (const text of ['Kod pri registraciji ORCA5 daje popust na provizije.', 'Код при регистрации ORCA5 даёт скидку.', 'Code bei der Anmeldung ORCA5 gibt Rabatt.', 'Code lors de l\'inscription ORCA5, remise sur les frais.']) {
    assert.deepEqual(codes(text), ['ORCA5'], text);
  }
  // Behind a colon a plain word is the code; without one the next verb is not.
  assert.deepEqual(codes('Qorvex, kód pri registrácii: tatry ➡️ zľava na poplatky'), ['tatry']);
  assert.deepEqual(codes('Kod pri registraciji daje popust na Qorvex.'), []);
});
