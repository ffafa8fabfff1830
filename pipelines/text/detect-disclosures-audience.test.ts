// Disclosure classes found on the twenty-second blind corpus (issue 7; audiences and ad libraries): a firm that
// "sponsors this" video, clip or post, in the EU languages; an ad library's header closing its line after a middle dot;
// a label with "from <firm>" after it; and a noun before a colon in the middle of a sentence, which labels nothing.
// Our own examples, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { disclosureKindsIn } from './test-fixtures.ts';

const kinds = disclosureKindsIn;

test('"<firm> sponsors this ..." is sponsored whatever is sponsored', () => {
  for (const text of [
    'Qorvex sponsors this short. Code ORCA5 at sign-up.',
    'Qorvex sponsrar den här videon. Koden ORCA5 ger rabatt.',
    'Qorvex sponsert dieses Reel. Code ORCA5 beim Anmelden.',
    'Qorvex sponsorise cette vidéo. Code ORCA5 à l\'inscription.',
    'Qorvex sponzoruje toto video. Kód ORCA5 při registraci.',
  ]) assert.deepEqual(kinds(text), ['sponsored'], text);
  assert.deepEqual(kinds('Nobody sponsors this channel. Code ORCA5 is mine, unpaid.'), []);
});

test('an ad library\'s header closing its line after a middle dot is a label; a label with "from <firm>" after it too', () => {
  assert.deepEqual(kinds('Bibliothèque publicitaire · Publicité\nAnnonceur : Studio Lune\n"Code ORCA5 sur Qorvex."'), ['sponsored']);
  assert.deepEqual(kinds('Urraíocht ó Qorvex. Úsáid an cód ORCA5 nuair a chláraíonn tú.'), ['sponsored']);
  assert.deepEqual(kinds('Werbung von Qorvex. Code ORCA5 bei der Anmeldung.'), ['sponsored']);
});

test('a noun before a colon in the middle of a sentence labels nothing; opening the sentence it does', () => {
  assert.deepEqual(kinds('Für die Aufsicht zählt, wem die Werbung: gilt, nicht die Sprache.'), []);
  assert.deepEqual(kinds('Для регулятора важно, кому адресована реклама: если в ролике евро, это ЕС.'), []);
  assert.deepEqual(kinds('Реклама: код ORCA5 на Qorvex.'), ['sponsored']);
});
