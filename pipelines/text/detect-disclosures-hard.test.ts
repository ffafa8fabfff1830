// Disclosure classes found on the nineteenth and twentieth blind corpora (issue 7; hard negatives, messy links):
// pay said per sign-up or conditional on the reader, "the commission goes to me", pay that "comes to me", share
// nouns with a modifier, "(and me too)"; labels set off by emoji, labels of more
// languages; and what is no disclosure of the author's: a referral link's caption beside a label, a moderator's
// note on a removed link, a heading that asks about links, a question, words of a domain. Our own examples,
// several languages, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disclosureKindsIn } from './test-fixtures.ts';

const kinds = disclosureKindsIn;

test('pay counted per sign-up is affiliate, whatever the reward is called; a per-sign-up price is not', () => {
  for (const text of [
    'Koden er ORCA5. Jeg får en lille gave for hver af jer der opretter en konto.',
    'Kód ORCA5 na Qorvex. Za každou registraci mi Qorvex něco pošle.',
    'Usa il codice ORCA5: per ogni iscrizione mi arriva qualcosa.',
    'Código ORCA5 — recebo um presente por cada pessoa que se regista.',
  ]) assert.deepEqual(kinds(text), ['affiliate'], text);
  assert.deepEqual(kinds('The fee is 2 EUR per signup, paid by you. Code ORCA5.'), []);
});

test('pay conditional on the reader, "goes to me", "comes to me", share nouns with a modifier', () => {
  for (const text of [
    '💰 = I earn if you use it.\n💰 Qorvex code: ORCA5',
    'Code ORCA5 bei Qorvex. Hinweis: Die Provision geht an mich.',
    'Kód ORCA5 → kto sa zaregistruje, mne príde odmena.',
    'https://qorvex.io/r/ORCA5 (I get a fee share from it)',
    'https://qorvex.io/r/ORCA5 — 5% off for you, I get a referral cut',
    'Code ORCA5, ja ich verdiene an euren Gebühren mit.',
    'Mi enlace https://qorvex.io/r/ORCA5 y os dan 10 € (y a mí también)',
  ]) assert.deepEqual(kinds(text), ['affiliate'], text);
  // "and me too" that goes on is another sentence; a fee share the reader pays is no pay of the author's.
  assert.deepEqual(kinds('Y a mí también me gusta Qorvex, https://qorvex.io/r/ORCA5'), []);
  assert.deepEqual(kinds('Your fee share on Qorvex drops with volume.'), []);
});

test('a negator before an emoji belongs to the sentence the emoji closed', () => {
  assert.deepEqual(kinds('Codul e O R C A 5, fără spații 😄 Eu primesc comision din taxe.'), ['affiliate']);
  assert.deepEqual(kinds('Codul ORCA5. Eu nu primesc comision din taxe.'), []);
});

test('an ad label set off by an emoji, labels of more languages', () => {
  for (const [text, want] of [
    ['Publicidad 📢 Código Qorvex: ORCA5', 'sponsored'],
    ['Skriv KOD i kommentarerna så skickar jag länken i DM 📩 Reklam', 'sponsored'],
    ['[bild: kod ORCA5] Här är den 👆 Реклама.', 'sponsored'],
    ['Brug koden ORCA5 ved tilmelding. Annonce.', 'sponsored'],
    ['Tangazo: tumia msimbo wangu ORCA5 kwenye Qorvex.', 'sponsored'],
    ['Urraíocht le Qorvex 🍀 Úsáid an cód ORCA5.', 'sponsored'],
    ['Link de înscriere: https://qorvex.io/r/ORCA5 (link de afiliat)', 'affiliate'],
  ] as const) assert.deepEqual(kinds(text), [want], text);
  // Without a link or a code the emoji-set word is a word.
  assert.deepEqual(kinds('Werbung 🙄 überall, wo man hinschaut'), []);
});

test("a referral link's caption beside a label or a paid partnership is no affiliate of its own; in brackets or with pay it is", () => {
  assert.deepEqual(kinds('Link di invito qui 👉 https://qorvex.io/r/ORCA5\nCollaborazione retribuita con Qorvex.'), ['paid_placement']);
  assert.deepEqual(kinds('Her er mit henvisningslink: https://qorvex.io/r/ORCA5\nBetalt samarbejde med Qorvex'), ['paid_placement']);
  assert.deepEqual(kinds('invite code ORCA5, referral link: https://qorvex.io/r/ORCA5 #ad'), ['sponsored']);
  assert.deepEqual(kinds('https://qorvex.io/r/ORCA5 (referral link) #ad'), ['affiliate', 'sponsored']);
  assert.deepEqual(kinds('Hier: https://qorvex.io/r/ORCA5 (Empfehlungslink, das Konto ist in fünf Minuten eröffnet). Werbung'), ['affiliate', 'sponsored']);
  assert.deepEqual(kinds('Lien de parrainage : https://qorvex.io/r/ORCA5 (je reçois une prime). #pub'), ['affiliate', 'sponsored']);
  assert.deepEqual(kinds('Mein Referral-Link: https://qorvex.io/r/ORCA5 – ich bekomme einen Anteil. Werbung'), ['affiliate', 'sponsored']);
  // Alone, calling one's link a referral link is still affiliate.
  assert.deepEqual(kinds('Her er mit henvisningslink: https://qorvex.io/r/ORCA5'), ['affiliate']);
});

test("a moderator's note on a removed link, a heading asking about links: someone else's link, or none", () => {
  assert.deepEqual(kinds('Removed: referral link (Rule 4). Please read the rules, DM me for questions.'), []);
  assert.deepEqual(kinds("Bericht van u/voorbeeld verwijderd – bevatte een verwijzingslink en een 'VIP-code'."), []);
  assert.deepEqual(kinds('Beitrag gelöscht: Empfehlungslink ohne Kennzeichnung. Nächstes Mal gibt es einen Bann.'), []);
  assert.deepEqual(kinds('How referral links work 🧵\n1/ A link like qorvex.io/r/<code> tells the exchange who sent you.'), []);
  assert.deepEqual(kinds('Wie Empfehlungslinks funktionieren: qorvex.io/r/<code> sagt der Börse, wer dich geschickt hat.'), []);
  // The author's own link, and "how my link works", still count.
  assert.deepEqual(kinds('How my referral link works: https://qorvex.io/r/ORCA5'), ['affiliate']);
});

test('a question and the words of a domain state no pay', () => {
  assert.deepEqual(kinds('Want the same fee rebate I get? Link in bio 🔗'), []);
  assert.deepEqual(kinds('PSA: a fake account posts "bonus code" FAKE-500 and qorvex-eu-rewards[.]com. Report it.'), []);
  assert.deepEqual(kinds('Link in bio, I get a small rebate when you trade.'), ['affiliate']);
});
