// Disclosure classes found on the twenty-fourth blind corpus (issue 7, decision 0054): a bonus for both the reader and
// the author, after a denial too; a paid ambassador's title and "a paid role"; "aff:" before a link; an explainer
// quoting what promoters say. Our own examples, several languages, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disclosureKindsIn } from './test-fixtures.ts';

const kinds = disclosureKindsIn;

test('a bonus for both the reader and the author is affiliate, also after "not sponsored"', () => {
  assert.deepEqual(kinds('Nikto ma neplatí, ale s mojím kódom QX7 na Qorvex obaja dostaneme bonus.'), ['affiliate']);
  assert.deepEqual(kinds('No es publi. Código QX7 en Qorvex y ganamos los dos un bono, ambos un bonus.'), ['affiliate']);
  assert.deepEqual(kinds('Qorvex: mit dem Code QX7 bekommen wir beide einen Bonus.'), ['affiliate']);
  assert.deepEqual(kinds('Kód QX7 a Qorvexen, mindketten bónuszt kapunk.'), ['affiliate']);
  assert.deepEqual(kinds('Με τον κωδικό QX7 στο Qorvex κερδίζουμε και οι δύο μπόνους.'), ['affiliate']);
});

test('"both" of two readers, "both ... and", or no code or link to earn it with: no disclosure', () => {
  assert.deepEqual(kinds('Invite a friend with code QX7 and you both get a bonus.'), []);
  assert.deepEqual(kinds('Get a bonus on both spot and futures with code QX7'), []);
  assert.deepEqual(kinds('My sister and I both got a bonus from our employers this year.'), []);
});

test('an ambassador saying so, or "a paid role", is a paid placement; a job advert and a denial are not', () => {
  assert.deepEqual(kinds("I'm a Qorvex ambassador. New users: qorvex.io/r/ana"), ['paid_placement']);
  assert.deepEqual(kinds('Olen Qorvexin lähettiläs Suomessa. Koodi: QX7'), ['paid_placement']);
  assert.deepEqual(kinds('Qorvex nagykövet vagyok. Kód: QX7'), ['paid_placement']);
  assert.deepEqual(kinds('Sunt ambasador Qorvex pentru România (da, e un rol plătit).'), ['paid_placement']);
  assert.deepEqual(kinds('Ich bin im Partnerteam (bezahlte Rolle). Code: QX7'), ['paid_placement']);
  assert.deepEqual(kinds('Qorvex is looking for ambassadors in Spain. Apply at qorvex.io/ambassadors'), []);
  assert.deepEqual(kinds('I am not a Qorvex ambassador, the code QX7 is from a friend.'), []);
});

test('"aff:" before a link is affiliate, after a full stop too; "ref:" only captions the link', () => {
  assert.deepEqual(kinds('fees are tiny. aff: qorvex.io/join/KESTREL'), ['affiliate']);
  assert.deepEqual(kinds('Aff: qorvex.io/join/KESTREL'), ['affiliate']);
  assert.deepEqual(kinds('Ref: qorvex.io/join/KESTREL'), []);
});

test('an explainer quoting "we both get a bonus" states no pay of its own', () => {
  assert.deepEqual(kinds('Watch for "we both get a bonus" in captions, e.g. qorvex.io/?ref=X'), []);
  assert.deepEqual(kinds('Typisch: „wir bekommen beide einen Bonus“ heißt, der Autor verdient mit. Beispiel: qorvex.io/?ref=X'), []);
});

test('an explainer naming where labels are, or defining what words mean, discloses nothing; an ended deal neither', () => {
  assert.deepEqual(kinds('1. Look for #ad in the last line.'), []);
  assert.deepEqual(kinds('Comment repérer une publication crypto ? Les mentions #sponsorisé ou #pub doivent être visibles dès le début.'), []);
  assert.deepEqual(kinds('Hvad er et henvisningslink? Et "ambassadør"-mærke i profilen betyder det samme: et betalt samarbejde.'), []);
  assert.deepEqual(kinds('I used to be sponsored by Qorvex back in 2022. That deal ended ages ago.'), []);
  // The author's own label still counts.
  assert.deepEqual(kinds('Code QX7 for Qorvex. #ad'), ['sponsored']);
});

test('a firm paying the author\'s way, or "this video is supported by", is sponsored; the author paying is not', () => {
  assert.deepEqual(kinds('Qorvex betalte min billet til konferencen. Kode: QX7'), ['sponsored']);
  assert.deepEqual(kinds('Flights, hotel, the lot, paid by them. qorvex.io/r/ana'), ['sponsored']);
  assert.deepEqual(kinds('this video is supported by Qorvex 🙏 qorvex.io/r/ana'), ['sponsored']);
  assert.deepEqual(kinds('I paid my own flight to the Qorvex conference. qorvex.io/r/ana'), []);
});

test('a warning or a report that gives no code and no link describes others\' deals; its own label still counts', () => {
  assert.deepEqual(kinds('⚠️ Accounts calling themselves Qorvex ambassadors offer a paid partnership if you deposit first. It is a phishing scam, report and block.'), []);
  assert.deepEqual(kinds('Undersøkelse: norske kryptoprofiler tjener provisjon på Qorvex, men merker sjelden innleggene som betalt samarbeid.'), []);
  assert.deepEqual(kinds('⚠️ Phishing alert: fake Qorvex support accounts are messaging people. Report and block. #ad'), ['sponsored']);
});

test('Tagalog "hindi" (not) denies in a Tagalog post; elsewhere it is the language Hindi', async () => {
  const { detectDisclosures } = await import('./detect-disclosures.ts');
  const kindsIn = (text: string, language: string) => detectDisclosures(text, { language }).map((d) => d.kind);
  assert.deepEqual(kindsIn('Hindi ito sponsored ha, code ko QX7 sa Qorvex.', 'tl'), []);
  assert.deepEqual(kindsIn('Hindi dubbed and sponsored by Qorvex, code QX7.', 'en'), ['sponsored']);
});

test('both rewarded with an amount ("faighimid beirt 25 dollar", "we both get $20") is affiliate; Lithuanian "apmokama partnerystė" is paid', () => {
  assert.deepEqual(kinds('Cláraigh: qorvex.io/r/sean – faighimid beirt 25 dollar má chláraíonn tú.'), ['affiliate']);
  assert.deepEqual(kinds('Sign up at qorvex.io/r/x and we both get $20 in BTC'), ['affiliate']);
  assert.deepEqual(kinds('Both spot and futures get 20 USDT off: qorvex.io/r/x'), []);
  assert.deepEqual(kinds('Apmokama partnerystė su Qorvex. Kodas: RASA26'), ['paid_placement']);
});

test('an ad label closing its sentence after a dash behind a link, the post going on; both rewarded with a coupon or free trading', () => {
  assert.deepEqual(kinds('Qorvex meghívó: https://www.qorvex.io/invite?ref=DUNA88 – Hirdetés. A ticket számom nem kód.'), ['sponsored']);
  assert.deepEqual(kinds('Uitnodigingslink: https://qorvex.io/invite?a=FD33 (we krijgen er allebei wat aan).'), ['affiliate']);
  assert.deepEqual(kinds('Mi enlace: qorvex.io/?a=6C1D (los dos operamos sin comisiones los primeros 10.000 €).'), ['affiliate']);
  assert.deepEqual(kinds('Nasc: https://invite.qorvex.io/gaillimh3 (faighim bónas má chláraíonn tú).'), ['affiliate']);
  // "the two first days", and "both" in an explainer about others: no pay of the author's.
  assert.deepEqual(kinds('Los dos primeros días sin comisiones en Qorvex con código QX7'), []);
  assert.deepEqual(kinds('Muitos criadores juntam os dois no mesmo post sem dizer que ganham com isso. Código: QX7'), []);
});

test('a label after a link the author tells readers to use is the post\'s label; "they use #ad" still names it', () => {
  assert.deepEqual(kinds('Paste it in the referral field, or just use qorvex.io/join/48201937 #ad'), ['sponsored']);
  assert.deepEqual(kinds('they just use #ad on everything'), []);
});
