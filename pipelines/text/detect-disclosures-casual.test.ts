// Disclosure classes found on the ninth blind corpus (issue 7): an ad label with its reason ("Werbung weil
// affiliate"), the firm as "they" paying the author a share of the fees, the short "collab" paid, an inflected
// "referral bonus", a partnership link. Our own examples, several languages, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disclosureKindsIn } from './test-fixtures.ts';

const kinds = disclosureKindsIn;

test('an ad label opening its sentence with a reason after it is a label; pay named in the reason is affiliate', () => {
  assert.deepEqual(kinds('Code QX5 für Qorvex. Werbung weil Partnerlink, nur zur Info'), ['affiliate', 'sponsored']);
  assert.deepEqual(kinds('kod QX5 na qorvex. reklama bo mam z tego prowizje'), ['affiliate', 'sponsored']);
  assert.deepEqual(kinds('Code QX5. Publicité parce que je touche une commission'), ['affiliate', 'sponsored']);
  // "för" alone is "for", not "because": a sentence about ads for a firm.
  assert.deepEqual(kinds('Reklam för Qorvex är överallt nu'), []);
  assert.deepEqual(kinds('Reklama bo wszędzie ją widać, nie lubię tego.'), []);
});

test('the firm as "they" giving the author a share of the fees is affiliate; a discount for the reader is not', () => {
  assert.deepEqual(kinds('не е реклама, просто ми дават процент от таксите'), ['affiliate']);
  assert.deepEqual(kinds('Not sponsored, they just give me 20% of your fees.'), ['affiliate']);
  assert.deepEqual(kinds('You get 20% off the fees with code QX5.'), []);
});

test('"collab" with "paid", an inflected "referral bonus" after "I get", a partnership link', () => {
  assert.deepEqual(kinds('Lien plus bas — collab rémunérée avec Qorvex'), ['paid_placement']);
  assert.deepEqual(kinds('Paid collab with Qorvex, link below'), ['paid_placement']);
  assert.deepEqual(kinds('https://qorvex.io/r/QX5 — nėra remiama, bet gaunu referral bonusą'), ['affiliate']);
  assert.deepEqual(kinds('Rekisteröidy tästä: https://qorvex.io/r/QX5 (kumppanuuslinkki)'), ['affiliate']);
  assert.deepEqual(kinds('A collab between two artists, out now'), []);
});

test('a cooperation noun in a short aside in brackets is a paid placement; in a long one it is not', () => {
  assert.deepEqual(kinds('Link siin: https://qorvex.io/r/QX5 (koostöö qorvexiga)'), ['paid_placement']);
  assert.deepEqual(kinds('Hier der Link: https://qorvex.io/r/QX5 (Kooperation mit Qorvex)'), ['paid_placement']);
  assert.deepEqual(kinds('Qorvex (after their collaboration with a bank went public last year) grew fast'), []);
});

test('platform and page formats: "contains advertising", "Paid for by", a partners footer, "we may earn", a label before "|"', () => {
  assert.deepEqual(kinds('Link: https://qorvex.io/r/QX5\nVideo vsebuje oglaševanje.'), ['sponsored']);
  assert.deepEqual(kinds('Este vídeo contém publicidade. https://qorvex.io/r/QX5'), ['sponsored']);
  assert.deepEqual(kinds('Paid for by Example Media Ltd\nOpen a Qorvex account with code QX5'), ['sponsored']);
  assert.deepEqual(kinds('[Open account](https://qorvex.io/r/QX5)\n\nAbout our partners: when you open an account through a link here we may receive a commission.'), ['affiliate']);
  assert.deepEqual(kinds('Try Qorvex: https://qorvex.io/r/QX5\nWe may earn a share of fees when you trade through our links.'), ['affiliate']);
  assert.deepEqual(kinds('Reklam för Qorvex | Ny kund? Använd koden QX5'), ['sponsored']);
  assert.deepEqual(kinds('Sponsitud · Maksja: Näide OÜ\nKasuta koodi QX5'), ['sponsored']);
  assert.deepEqual(kinds('Linkurile de mai sus sunt linkuri de afiliere: https://qorvex.io/r/QX5'), ['affiliate']);
  // Containing no ads, or a contract containing terms: nothing.
  assert.deepEqual(kinds('This video contains no advertising and no links.'), []);
  assert.deepEqual(kinds('The update contains bug fixes for the Qorvex app.'), []);
});

test('newsletter sponsor blocks: a label alone on its line or closing a heading, "sponsors this issue"', () => {
  assert.deepEqual(kinds('Markedet\nBitcoin steg.\n\nReklame\nQorvex: https://qorvex.io/r/QX5'), ['sponsored']);
  assert.deepEqual([...new Set(kinds('3 | Neu diese Woche — Werbung\nQorvex: https://qorvex.io/r/QX5'))], ['sponsored']);
  assert.deepEqual(kinds('Selle numbri toetaja on Qorvex. https://qorvex.io/r/QX5'), ['sponsored']);
  assert.deepEqual(kinds('Qorvex sponsors this issue. https://qorvex.io/r/QX5'), ['sponsored']);
  // The word inside a sentence stays a word.
  assert.deepEqual(kinds('Werbung für Krypto ist verboten'), []);
});

test('labels and cooperation words of neighbouring languages (Norwegian, Icelandic, Catalan, Serbian, Macedonian, Belarusian, Turkish)', () => {
  for (const [text, kind] of [
    ['Reklame. Registrer deg hos Qorvex via lenken min', 'sponsored'],
    ['Auglýsing: skráðu þig á Qorvex í dag', 'sponsored'],
    ['Publicitat. Obre un compte a Qorvex', 'sponsored'],
    ['Sponzorisano. Otvori nalog na Qorvexu', 'sponsored'],
    ['Платена соработка со Qorvex. Регистрирај се денес.', 'paid_placement'],
    ['Рэклама. Адкрыйце рахунак на Qorvex', 'sponsored'],
    ['İş birliği: Qorvex hesabı açın', 'paid_placement'],
  ] as const) assert.deepEqual(kinds(text), [kind], text);
  assert.deepEqual(kinds('Reklame overalt på YouTube, det er slitsomt.'), []);
});

test('a label between separators, or opening the last sentence with a short aside, is put on the post; a sentence about ads is not', () => {
  assert.deepEqual(kinds('hier anmelden – Werbung / Linkliste unten'), ['sponsored']);
  assert.deepEqual(kinds('Code QX7 beim Sign-up eingeben. Werbung, logisch 😅'), ['sponsored']);
  assert.deepEqual(kinds('Qorvex ist gut. Werbung, die nervt, gibt es überall auf YouTube und im Fernsehen.'), []);
});

test('"none of these are referral links" and Swedish "inga" deny; Turkish "Reklamdır" labels', () => {
  assert.deepEqual(kinds('Useful Qorvex links (none of these are referral links): help centre, fee page'), []);
  assert.deepEqual(kinds('Inga affiliatelänkar här, som vanligt.'), []);
  assert.deepEqual(kinds('Qorvex kodu QX5, yüzde yirmi indirim var. Reklamdır.'), ['sponsored']);
});

test("the author's own bonus for a sign-up through the link is affiliate; the reader's bonus is not", () => {
  assert.deepEqual(kinds('my referral: qorvex.io/?ref=liberty4 (yes I get a small bonus)'), ['affiliate']);
  assert.deepEqual(kinds('Prøv: qorvex.io/r/mette7 (jeg får en lille bonus, når I opretter jer via linket)'), ['affiliate']);
  assert.deepEqual(kinds('Registrujte sa cez qorvex.io/r/jan5, dostanu malý bonus.'), ['affiliate']);
  // The reader's bonus: "krijg je", "dostanú" (they get, which folds to the Czech "I get").
  assert.deepEqual(kinds('Via qorvex.io/r/anke krijg je een bonus van 20 euro'), []);
  assert.deepEqual(kinds('Noví používatelia cez qorvex.io/r/jan5 dostanú bonus 20 €'), []);
  // "we both get a bonus" (decision 0054): the author is rewarded for the reader's sign-up.
  assert.deepEqual(kinds('Sign up at qorvex.io/r/sam and we both get a bonus'), ['affiliate']);
  assert.deepEqual(kinds('Liitu: qorvex.io/r/tanel – saame mõlemad boonust.'), ['affiliate']);
  // No link or code to earn it with: the author's bonus is a yield or a prize, not pay for readers.
  assert.deepEqual(kinds('I get a small bonus every month from staking'), []);
});
