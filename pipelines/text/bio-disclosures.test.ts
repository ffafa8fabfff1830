// Disclosures and context in bios, link-in-bio pages and channel "about" texts (issue 7, blind32). Our own examples.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectContext } from './detect-context.ts';
import { detectDisclosures } from './detect-disclosures.ts';
import { prepareText } from './prepare.ts';
import { disclosureKindsIn } from './test-fixtures.ts';

test('a channel, page or group that gets a commission discloses affiliate pay, also with the verb first', () => {
  for (const text of [
    'Bitget code MARC3. La chaîne touche une commission sur les inscriptions.',
    'MEXC – код IVAN5. Каналът получава комисиона от регистрациите.',
    'MEXC – код OLEG5. Канал получает комиссию за регистрации.',
    'MEXC – cod ION77. Canalul primește un comision pentru înregistrări.',
    'KuCoin – cód SEAN4. Faigheann an grúpa coimisiún ó chláruithe.',
    'Bybit Code LEA2. Für jede Anmeldung erhält der Kanal eine kleine Provision.',
    'OKX code NIKO3. This page gets paid a commission when you sign up.',
    'Bitget kodu AYSE1. Kayıt olursan komisyon alırım.',
    'Bitget kodu AYSE1. Bazı linkler ortaklık linkleridir.',
  ]) assert.deepEqual(disclosureKindsIn(text), ['affiliate'], text);
  assert.deepEqual(disclosureKindsIn('The channel gets no commission from Bybit.'), []);
});

test("an explainer's cue in a bio hides no label of the bio's own firm links", () => {
  const bio = prepareText('Mira | crypto explained simply\nQorvex → qorvex.io/register?ref=MIRA7\naffiliate links');
  const kinds = (firmLinks: number) => detectDisclosures(bio, { context: detectContext(bio), firmLinks }).map((d) => d.kind);
  assert.deepEqual(kinds(1), ['affiliate']);
  // Without a link to a firm the words stay what the explainer explains.
  assert.deepEqual(kinds(0), []);
});

test('a sentence about what influencers do calls their posts ads; it labels nothing of this one', () => {
  assert.deepEqual(disclosureKindsIn('Vysvětlujeme poplatky burz. Když influencer slibuje bonus za registraci přes svůj odkaz, je to reklama.'), []);
  assert.deepEqual(disclosureKindsIn('Quand un influenceur promet un bonus via son lien, c\'est de la publicité.'), []);
});

test("a journalist's bio is a report, unless it gives a code", () => {
  const kinds = (text: string) => detectContext(text).findings.map((f) => f.kind);
  assert.deepEqual(kinds('Reporter @ Ledger Weekly, covering exchanges and MiCA. Tips welcome.'), ['report']);
  assert.deepEqual(kinds('Redakteurin bei der Börsenzeitung | schreibt über Krypto-Börsen'), ['report']);
  assert.deepEqual(kinds('Periodista en El Diario, cubro exchanges y regulación cripto.'), ['report']);
  assert.deepEqual(kinds('Journalistin | mein Code bei Bitget: LENA24'), []);
  assert.deepEqual(kinds("Editor's pick: the cheapest exchange this month"), []);
});
