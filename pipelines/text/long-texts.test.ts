// Long texts where the promotion is a small part (issue 7, blind30): boilerplate under link lists, auto-generated
// captions, show notes. Each test pins one class with examples written here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankCaptionTimestamps } from './caption-timestamps.ts';
import { detectContext } from './detect-context.ts';
import { detectDisclosures } from './detect-disclosures.ts';
import { prepareText } from './prepare.ts';
import { disclosureKindsIn, promoCodesIn } from './test-fixtures.ts';

/** Disclosure kinds when the caller knows how many of the post's links go to a catalogue firm. */
function kindsWithFirmLinks(text: string, firmLinks: number): string[] {
  const p = prepareText(text);
  return detectDisclosures(p, { context: detectContext(p), firmLinks }).map((d) => d.kind).sort();
}

test('a hedged "some links may be affiliate links" counts only where a link goes to a firm', () => {
  const gear = 'My kit:\n- Camera → https://amzn.to/3xYz\n- Mic → https://amzn.to/4aBc\n\nSome links may be affiliate links.';
  assert.deepEqual(kindsWithFirmLinks(gear, 0), []);
  assert.deepEqual(kindsWithFirmLinks(`${gear}\nQorvex: https://qorvex.io/r/ana`, 1), ['affiliate']);
  assert.deepEqual(kindsWithFirmLinks('Kit: https://amzn.to/3xYz\nEinige Links können Affiliate-Links sein.', 0), []);
  // Said of the author's own links, or without "some", it is the author's disclosure.
  assert.deepEqual(kindsWithFirmLinks('Kit: https://amzn.to/3xYz\nSome links may be affiliate links, I earn a small commission.', 0), ['affiliate']);
  assert.deepEqual(kindsWithFirmLinks('Gamitin ang code ko na QX5 sa Qorvex. May affiliate link ako.', 0), ['affiliate']);
  // Not known (undefined): not checked.
  assert.deepEqual(disclosureKindsIn(gear), ['affiliate']);
});

test('more forms of the labels: sponsorship as a noun, "unterstützt von", instrumental and predicate affiliate forms', () => {
  assert.deepEqual(disclosureKindsIn('Este episodio cuenta con el patrocinio de Qorvex. Código QX5.'), ['sponsored']);
  assert.deepEqual(disclosureKindsIn('das video wird übrigens unterstützt von qorvex, nutzt den code QX5'), ['sponsored']);
  assert.deepEqual(kindsWithFirmLinks('Konto: https://qorvex.io/r/ana\nNiektóre linki mogą być linkami afiliacyjnymi.', 1), ['affiliate']);
  assert.deepEqual(kindsWithFirmLinks('Qorvex: https://qorvex.io/r/ana\nНякои от линковете може да са партньорски.', 1), ['affiliate']);
});

test('a timestamp line inside a caption does not cut its sentence', () => {
  assert.equal(blankCaptionTimestamps('usate il\n0:17\ncodice lotamo'), 'usate il      codice lotamo');
  assert.equal(blankCaptionTimestamps('Chapters\n00:00 Intro\n03:12 Fees'), 'Chapters\n00:00 Intro\n03:12 Fees', 'a chapter line holds words');
  assert.deepEqual(promoCodesIn('questo video è sponsorizzato da qorvex se vi iscrivete usate il\n0:17\ncodice lotamo e avrete uno sconto'), ['lotamo']);
  assert.deepEqual(promoCodesIn('i use qorvex and if you want to try it use code\n0:17\nrenvinul when you sign up'), ['renvinul']);
});

test('spoken word order: an adverb between the verb and the code word, Irish "cuir isteach", Hungarian code before "kódot"', () => {
  assert.deepEqual(promoCodesIn('ik koop via qorvex en als je wilt gebruik dan de code dalqico bij het aanmelden'), ['dalqico']);
  assert.deepEqual(promoCodesIn('cuir isteach an cód dallenco nuair a chláraíonn tú ar qorvex'), ['dallenco']);
  assert.deepEqual(promoCodesIn('írjátok be a lenmiban kódot regisztrációnál a qorvexen'), ['lenmiban']);
  // "with someone's code" is no enter-verb; "my" is never the code.
  assert.deepEqual(promoCodesIn('När du registrerar dig på Qorvex med någons kod får den personen en del av dina avgifter.'), []);
  assert.deepEqual(promoCodesIn('Qorvex: vpiši mojo kodo QXMIPI84, dobiš popust'), ['QXMIPI84']);
  assert.deepEqual(promoCodesIn('Jos haluat, käytä Qorvexissa koodiani QXSARH74, saat alennusta.'), ['QXSARH74']);
});
