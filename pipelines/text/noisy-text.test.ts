// Posts typed the way people type on phones (issue 7, blind26): letters left out (ł, ħ), Greek and Bulgarian in
// Latin letters, labels misspelt, case endings glued to codes, links cut at the line end, supervisors in their own
// languages. Each test pins one class with examples written here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findUrls } from '../links/extract-urls.ts';
import { createTextAnalyser } from './analyse-text.ts';
import { detectContext } from './detect-context.ts';
import { detectDisclosures } from './detect-disclosures.ts';
import { fold } from './fold.ts';
import { latinForms, withLatinForms } from './phrases/latin-forms.ts';
import { typoForms } from './phrases/typo-forms.ts';
import { prepareText } from './prepare.ts';
import { catalogue, disclosureKindsIn, postItem, promoCodesIn } from './test-fixtures.ts';

test('letters whose stroke is part of the letter fold like accents (ł, đ, ħ)', () => {
  assert.equal(fold('Współpraca'), 'wspolpraca');
  assert.equal(fold('Đurđevac'), 'durdevac');
  assert.equal(fold('MĦALLSA'), 'mhallsa');
  assert.deepEqual(disclosureKindsIn('wspolpraca reklamowa z Qorvex, link: https://qorvex.io/i/OLA'), ['paid_placement']);
  assert.deepEqual(disclosureKindsIn('Kollaborazzjoni mhallsa ma Qorvex. Irregistra hawn: https://qorvex.io/i/ROSA'), ['paid_placement']);
});

test('Greek and Bulgarian labels and code words are read in Latin letters too', () => {
  assert.ok(latinForms('#διαφήμιση').includes('#diafimisi'));
  assert.ok(latinForms('κωδικός').includes('kwdikos'));
  assert.ok(latinForms('получавам').includes('polu4avam'));
  assert.deepEqual(latinForms('code'), [], 'a Latin phrase has no other spelling');
  assert.deepEqual(withLatinForms(['реклама']).slice(0, 1), ['реклама'], 'the phrase as written stays first');
  assert.deepEqual(disclosureKindsIn('Vale ton kwdiko mou ATHINA9 sto Qorvex kai pareis bonus #diafimisi'), ['sponsored']);
  assert.deepEqual(disclosureKindsIn('Az polu4avam komisiona za vseki nov akaunt, koda mi e SOFIA7 za Qorvex'), ['affiliate']);
  assert.deepEqual(promoCodesIn('kwdikos gia Qorvex: PATRA21'), ['PATRA21']);
});

test('an English label with one slip of the keyboard is still the label; a slip into another word is not', () => {
  assert.ok(typoForms('affiliate').includes('affliate'));
  assert.ok(!typoForms('affiliate').includes('affiliated'), 'the last letters are never changed');
  assert.deepEqual(disclosureKindsIn('signup with my link https://qorvex.io/i/TOMMY and get a bonus. afiliate link btw'), ['affiliate']);
  assert.deepEqual(disclosureKindsIn('Qorvex sponsord this video, link below'), ['sponsored']);
  assert.deepEqual(disclosureKindsIn('not sponsered, just my link https://qorvex.io/i/TOMMY'), []);
  assert.deepEqual(disclosureKindsIn('I am not affiliated with Qorvex in any way'), []);
});

test('"both" rewarded with the bonus named before it, or by an earning verb, is the author paid per sign-up', () => {
  assert.deepEqual(disclosureKindsIn('Registrácia cez https://qorvex.io/i/JANKO, welcome bonus dostaneme obaja.'), ['affiliate']);
  assert.deepEqual(disclosureKindsIn('Regístrate con https://qorvex.io/i/LUCIA y ganamos los dos'), ['affiliate']);
  assert.deepEqual(disclosureKindsIn('Ayer ganamos los dos partidos'), [], 'no way in: two games won');
  assert.deepEqual(disclosureKindsIn('a bonus on both spot and futures: https://qorvex.io/i/LUCIA'), []);
  // Maltese writes the article onto "both" (t-tnejn): its "t" is no "don't".
  const maltese = prepareText('Irregistra bil-link https://qorvex.io/i/ROSA u t-tnejn niehdu bonus');
  assert.deepEqual(detectDisclosures(maltese, { context: detectContext(maltese), language: 'mt' }).map((d) => d.kind), ['affiliate']);
});

test('a supervisor named in full, inflected or in its own script, and what it warned in any tense, is news', () => {
  const kinds = (text: string): string[] => detectContext(text).findings.map((f) => f.kind);
  assert.deepEqual(kinds('Народна банка Србије упозорила је грађане да ове платформе немају дозволу.'), ['report']);
  assert.deepEqual(kinds('Lietuvos bankas įspėjo gyventojus dėl nelicencijuotų platformų.'), ['report']);
  assert.deepEqual(kinds('NBS upozornila investorov na nové pravidlá.'), ['report']);
  assert.deepEqual(kinds('Finantsinspektsiooni andmetel tegutsevad mitmed platvormid Eestis ilma loata.'), ['report']);
  assert.deepEqual(kinds('Die Nationalbank ist heute geschlossen, mein Konto bei Qorvex läuft gut.'), [], 'a central bank named, nothing it said');
});

test('a code with a case ending glued behind an apostrophe or colon is the code; a declined acronym is none', () => {
  assert.deepEqual(promoCodesIn("Qorvex'e kaydolurken davet kodum ISTANBUL34'ü kullanın"), ['ISTANBUL34']);
  assert.deepEqual(promoCodesIn('Qorvex: käytä koodia REVONTULI:lla'), ['REVONTULI']);
  assert.deepEqual(promoCodesIn('Qorvex kode referral saya BUDI88 ya'), ['BUDI88']);
  assert.deepEqual(promoCodesIn('Qorvex: mit meinem Code WINTERFUCHS beim Anmelden eingeben, fertig.'), ['WINTERFUCHS']);
  assert.deepEqual(promoCodesIn('Qorvex kód: a KYC-t kérik előbb'), []);
});

test("a code with no firm near it is the last firm named a paragraph or two before it, not the ones before that", () => {
  const analyse = createTextAnalyser(catalogue);
  const text =
    'Sokan kérdezik, miért nem Zyntra vagy Moonvale.\n\nVálasz: Qorvex. Az app gyors, a díjak alacsonyak, az ügyfélszolgálat néha lassú, ' +
    'de eddig minden kifizetés megérkezett.\n\nAki kipróbálná, regisztráljon a kódommal: PANNA7.';
  assert.deepEqual(analyse(postItem(text), []).promoCodes.map((p) => [p.code, p.firmId]), [['PANNA7', 'qorvex']]);
});

test('a disclosed post that explains the product and gives the way in is promotion, not an explainer', () => {
  const analyse = createTextAnalyser(catalogue);
  const paid = 'Partenariat rémunéré avec Qorvex. Dans cette vidéo je vous explique comment fonctionne leur carte. Inscription : https://qorvex.io/i/NINA';
  assert.deepEqual(analyse(postItem(paid), ['qorvex']).context, []);
  const explainer = 'Dans cette vidéo je vous explique comment fonctionne une carte crypto et ce qu’elle coûte.';
  assert.deepEqual(analyse(postItem(explainer), []).context.map((c) => c.kind), ['explainer']);
});

test('a referral link cut at the line end after a two-segment path takes its code back', () => {
  assert.ok(findUrls('Join me: https://www.kucoin.com/r/rf/\nMARIO_IT\nsee you').includes('https://www.kucoin.com/r/rf/MARIO_IT'));
});
