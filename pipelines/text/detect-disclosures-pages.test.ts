// Disclosure classes found on the eighteenth blind corpus (issue 7): ad-library entries, comparison pages and
// newsletters. The label before the advertiser's middle dot, "this page contains partner links" in every EU
// language, a channel's "we receive commission" where the pronoun is dropped, a link's rel="sponsored", Swedish
// "sponsras av". Our own examples, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disclosureKindsIn } from './test-fixtures.ts';

const kinds = disclosureKindsIn;
const LINK = 'https://www.qorvex.example/invite?ref=QX1';

test('an ad library\'s label before a middle dot is a label: "Reklama · Qorvex"', () => {
  assert.deepEqual(kinds(`Reklama · Qorvex kód QX77 – zadejte při registraci ${LINK}`), ['sponsored']);
  assert.deepEqual(kinds(`Annonse · Registrer deg på Qorvex med koden QX77 ${LINK}`), ['sponsored']);
  // A bullet heading the next line is no separator of the label before it.
  assert.deepEqual(kinds('Co zkontrolovat:\n• je příspěvek označen jako reklama\n• má platforma licenci'), []);
});

test('a hyphen joining the next word makes a compound, not a label: "Werbung-Kennzeichnungspflicht"', () => {
  assert.deepEqual(kinds(`Nach MiCA gilt die Werbung-Kennzeichnungspflicht auch hier. ${LINK}`), []);
});

test('"this page contains partner links" in other EU languages', () => {
  assert.deepEqual(kinds(`Tällä sivulla on kumppanilinkkejä. ${LINK}`), ['affiliate']);
  assert.deepEqual(kinds(`Šajā lapā ir partneru saites. ${LINK}`), ['affiliate']);
  assert.deepEqual(kinds(`Šiame puslapyje yra partnerių nuorodų. ${LINK}`), ['affiliate']);
});

test('a channel\'s "we receive commission" with the pronoun dropped', () => {
  assert.deepEqual(kinds(`Άνοιγμα λογαριασμού μέσω ${LINK}. Λαμβάνουμε προμήθεια από κάθε εγγραφή.`), ['affiliate']);
  assert.deepEqual(kinds(`VIP samo preko linka ${LINK}. Dobijam proviziju za svaku registraciju.`), ['affiliate']);
  // Others' pay, third person: none.
  assert.deepEqual(kinds('Influenceri dobijaju proviziju za svaku registraciju.'), []);
});

test('a link of the page marked rel="sponsored", and Swedish "sponsras av"', () => {
  assert.deepEqual(kinds(`<a href="${LINK}" rel="sponsored nofollow">Visit site</a>`), ['sponsored']);
  assert.deepEqual(kinds(`<a href="${LINK}" rel="nofollow">Visit site</a>`), []);
  assert.deepEqual(kinds(`Veckans nyhetsbrev sponsras av Qorvex. ${LINK}`), ['sponsored']);
});
