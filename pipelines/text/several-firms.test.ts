// Several firms in one post (issue 7, blind29): each code to the firm it is given for, comparison tables, a firm
// paying the author beside others it does not, newsroom comparisons. Each test pins one class with examples written here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectContext } from './detect-context.ts';
import { prepareText } from './prepare.ts';
import { createPromoDetector } from './promo-detector.ts';
import { catalogue, disclosureKindsIn, promoCodesIn } from './test-fixtures.ts';

const detect = createPromoDetector(catalogue);
/** "CODE@firm" for each code the text gives. */
function codesWithFirms(text: string): string[] {
  const p = prepareText(text);
  return detect(p, [], detectContext(p)).promoCodes.map((c) => `${c.code}@${c.firmId}`);
}
const kinds = (text: string): string[] => detectContext(text).findings.map((f) => f.kind);

test('firm-code pairs inside a sentence each give their firm a code', () => {
  assert.deepEqual(codesWithFirms('Два кода: Qorvex – QXGEORGI, Zyntra – ZYGEORGI. #реклама'), ['QXGEORGI@qorvex', 'ZYGEORGI@zyntra']);
  assert.deepEqual(codesWithFirms('Dva kódy: na Qorvex zadej LUCIE-QX a na Zyntra LUCIE-ZY, obě dávají slevu.'), ['LUCIE-QX@qorvex', 'LUCIE-ZY@zyntra']);
  assert.deepEqual(codesWithFirms('Mes deux codes : Qorvex = ADRIQX, Moonvale = ADRIMV.'), ['ADRIQX@qorvex', 'ADRIMV@moonvale']);
  // A product after the firm is no pair; a code the firm's name starts with a hyphen is one word, not a pair.
  assert.deepEqual(codesWithFirms('Code QXNAIJA5 for Qorvex. Then sell on Qorvex P2P for naira.'), ['QXNAIJA5@qorvex']);
  assert.deepEqual(codesWithFirms('Codes: Qorvex-ROXANA works'), ['Qorvex-ROXANA@qorvex']);
  // A firm and a ticker in a post without a code word give nothing.
  assert.deepEqual(codesWithFirms('Qorvex – BTC50 listing tomorrow.'), []);
});

test('a table with a code column gives each row\'s code to the row\'s firm', () => {
  const table = '| Exchange | Fee | Code |\n|---|---|---|\n| Qorvex | 0,26 % | QXALBA |\n| Zyntra | 0,25 % | – |\n| Moonvale | 0,10 % | MVALBA7 |';
  assert.deepEqual(codesWithFirms(table), ['QXALBA@qorvex', 'MVALBA7@moonvale']);
  // Without a code column, a fee table gives none.
  assert.deepEqual(promoCodesIn('| Exchange | Fee | Coins |\n|---|---|---|\n| Qorvex | 0,26 % | BTC2 |'), []);
});

test('"codice amico" names the kind of code, not a friend who owns it', () => {
  assert.deepEqual(promoCodesIn('Qorvex per il PAC (codice amico QXPAOLA, entrambi riceviamo 10 €)'), ['QXPAOLA']);
  assert.deepEqual(promoCodesIn('Ho usato il codice di un amico, QXAMI5, su Qorvex'), []);
});

test('a firm paying the author is sponsored, also beside a firm that does not', () => {
  assert.deepEqual(disclosureKindsIn('Not sponsored by Zyntra, but Qorvex does pay me for this video.'), ['sponsored']);
  assert.deepEqual(disclosureKindsIn('Ikke sponsoreret af Zyntra, men Qorvex betaler mig.'), ['sponsored']);
  assert.deepEqual(disclosureKindsIn('Nie sponsoruje mnie Zyntra, ale Qorvex płaci za ten film.'), ['sponsored']);
  assert.deepEqual(disclosureKindsIn('Qorvex maksab selle video eest.'), ['sponsored']);
  // A yield, a denial, and pay per sign-up (affiliate) are not a sponsor's payment.
  assert.deepEqual(disclosureKindsIn('Qorvex pays me 4% on my USDC'), []);
  assert.deepEqual(disclosureKindsIn("Qorvex doesn't pay me"), []);
  assert.deepEqual(disclosureKindsIn('Code QX7. Qorvex pays me per sign-up, just so you know.'), ['affiliate']);
});

test('affiliate labels in plural and predicate forms; "you" of another clause; Lithuanian "aš" not the article "as"', () => {
  assert.deepEqual(disclosureKindsIn('Qorvex: qorvex.io/r/x – афилиейт линкове.'), ['affiliate']);
  assert.deepEqual(disclosureKindsIn('Qorvex: qorvex.io/r/x. Link do Qorvex jest afiliacyjny.'), ['affiliate']);
  assert.deepEqual(disclosureKindsIn('Si te registras, ambos ganamos un bono. https://qorvex.io/r/ana'), ['affiliate']);
  assert.deepEqual(disclosureKindsIn('Reportagem: comparámos as comissões da Qorvex numa compra de 200 euros.'), []);
});

test('a newsroom\'s comparison: no firm paid for the piece, the editors use no partner links, "how they differ:"', () => {
  assert.deepEqual(kinds('Fee check: Qorvex €0.80, Zyntra €1.25. No firm paid for this test.'), ['report']);
  assert.deepEqual(kinds('Tasude võrdlus: Qorvex 4 eurot, Zyntra 1 euro. Ükski börs ei maksnud selle testi eest.'), ['report']);
  assert.deepEqual(kinds('Srovnání poplatků: Qorvex 150 Kč, Zyntra 40 Kč. Redakce nepoužívá affiliate odkazy.'), ['report']);
  assert.deepEqual(kinds('Så skiljer sig börserna: Qorvex har MiCA-tillstånd, Zyntra saknar det.'), ['explainer']);
  // A person's own review says "me"; "not sponsored" alone is a personal note; a link makes it someone's promotion.
  assert.deepEqual(kinds("Mon bilan : tout chez Qorvex. Pas de lien affilié dans cet article, personne ne me paie."), []);
  assert.deepEqual(kinds('Not sponsored review after a year with Qorvex: fine app.'), []);
  assert.deepEqual(kinds('Fee check: Qorvex is cheapest. No firm paid for this test. https://qorvex.io/r/ana'), []);
});

test('a code goes to the firm of its own sentence, to a firm named by its bare domain, not to a firm lent to the next code', () => {
  assert.deepEqual(codesWithFirms('For futures I use Qorvex, and there you can use my code DAANFUT. Zyntra I left after a month.'), ['DAANFUT@qorvex']);
  assert.deepEqual(codesWithFirms('qorvex.io won on cashback. My referral code is aoife25sun (enter it in the app). Zyntra was fine, less cashback.'), ['aoife25sun@qorvex']);
  assert.deepEqual(codesWithFirms('Dejé Zyntra por Qorvex. Usa mi código LAURA-QX y el de Moonvale si quieres altcoins: LAURAMV.'), ['LAURA-QX@qorvex', 'LAURAMV@moonvale']);
});
