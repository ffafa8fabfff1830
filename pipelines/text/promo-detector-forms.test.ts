// Promo-code classes found on the seventh blind corpus (issue 7): case forms of the code word, a plain word
// named by "the code is" before an enter-verb, "new:" heading the code that replaces an old one, the code
// before its code word, and a code declined like a noun. Our own examples, several languages, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { promoCodesIn } from './test-fixtures.ts';

const codes = promoCodesIn;

test('case forms of the code word and its compounds announce a code', () => {
  for (const [text, code] of [
    ['Rekisteröityessä voit syöttää koodin TUNTURI8 heti.', 'TUNTURI8'],
    ['Kirjoita kutsukoodin kenttään JÄRVI22.', 'JÄRVI22'],
    ['Aki most kezd, használja a kódomat: BALATON7', 'BALATON7'],
    ['Kayıt olurken davet kodumu kullanın: EFES35', 'EFES35'],
    ['Registreerudes sisesta kutsekoodi LAHT4 ja ongi kõik.', 'LAHT4'],
  ] as const) assert.deepEqual(codes(text), [code], text);
  // Source and security codes stay out, inflected or not.
  assert.deepEqual(codes('Lähdekoodin näet GitHubissa, PIN-koodin saat tekstiviestinä.'), []);
});

test('"the code is X" then an enter-verb names a plain word as the code; without the verb a plain word stays out', () => {
  for (const [text, code] of [
    ['Il-kodiċi tiegħi hu fenek, iktbu meta tirreġistraw.', 'fenek'],
    ['Kod to bursztyn, wpisz przy rejestracji.', 'bursztyn'],
    ['Kodas yra gintaras, įvedi registruodamasis.', 'gintaras'],
    ['кодът е липа, въвеждаш го при регистрацията', 'липа'],
  ] as const) assert.deepEqual(codes(text), [code], text);
  for (const text of ['Il mio codice è personale, non lo condivido.', 'Kod to podstawa, wpisz się na listę.']) {
    assert.deepEqual(codes(text), [], text);
  }
});

test('an enter-verb in the second person or the infinitive gives the code, past "simply" or "just"', () => {
  for (const [text, code] of [
    ['Nel campo «codice invito» scrivete semplicemente luna e avete il bonus.', 'luna'],
    ['Ved oprettelsen kan I skrive fyrtårn som invitationskode.', 'fyrtårn'],
    ['Registreerudes võid sisestada kutsekoodi kilu.', 'kilu'],
  ] as const) assert.deepEqual(codes(text), [code], text);
});

test('"new:" heads the code replacing an expired one, in a post about codes; news with "new:" gives none', () => {
  for (const [text, code] of [
    ['Vanha koodi KEVÄT24 ei enää toimi.\n👉 Uusi: SYKSY26', 'SYKSY26'],
    ['Il-kodiċi l-qadim GOZO25 m\'għadux jaħdem.\n👉 Il-ġdid: GOZO26', 'GOZO26'],
    ['Senas KAUNAS25 kodas nebegalioja.\n✅ Naujas: KAUNAS26', 'KAUNAS26'],
  ] as const) assert.deepEqual(codes(text), [code], text);
  assert.deepEqual(codes('New: SOLANA perpetuals listed today on Qorvex.'), []);
});

test('a code before its code word ("the X code") when it looks issued; a firm or a security code does not', () => {
  assert.deepEqual(codes('Use the HARBOUR50 code when you sign up.'), ['HARBOUR50']);
  assert.deepEqual(codes('Ievadiet kodu RENGES – ar RENGES kodu pirmajā mēnesī ir atlaide.'), ['RENGES']);
  assert.deepEqual(codes('Enter the 2FA code from your app.'), []);
  assert.deepEqual(codes('The Qorvex code of conduct is online.'), []);
});

test('a code declined like a noun is the same code; codes differing in digits are two', () => {
  assert.deepEqual(codes('Kod BURSZTYN działa dalej! Z kodu BURSZTYNA skorzystało 300 osób.'), ['BURSZTYN']);
  assert.deepEqual(codes('Įveskite kodą AUDRAS. AUDRO kodas galioja mėnesį.'), ['AUDRAS']);
  assert.deepEqual(codes('Code MARIO10 on Qorvex, code MARIO20 elsewhere.'), ['MARIO10', 'MARIO20']);
});

test('a reply under a quoted question: the asker\'s codes are not the author\'s, the reply\'s current code is the answer', () => {
  assert.deepEqual(codes('> does code SNOW20 still work?\nno, SNOW20 expired in March. the new one is frost7, type it at sign-up'), ['frost7']);
  assert.deepEqual(codes('> o código VERAO24 ainda funciona?\nNão, esse acabou. Agora é o OUTONO25 na Qorvex.'), ['OUTONO25']);
  assert.deepEqual(codes('> ¿Qué código usas?\nYo uso MARINA77 en Qorvex, funciona bien.'), ['MARINA77']);
  // Two candidates and neither said to be the current one: no guess.
  assert.deepEqual(codes('> which code?\nHonestly I used to switch between BLUE10 and RED20 a lot.'), []);
  // A reply to a question about something else gives no code; a ">" bullet list is no quote.
  assert.deepEqual(codes('> is Qorvex down?\nWorks for me, my ETH2 node is fine.'), []);
  assert.deepEqual(codes('> Use code AMBER5 at sign-up\n> Valid this month'), ['AMBER5']);
});

test('an elided article is no quote ("l\'exchange", "f\'Malta"); a Maltese article noun, an optional field and "by hand" are never codes', () => {
  assert.deepEqual(codes("Quale codice usi? In pratica l'exchange paga chi porta utenti."), []);
  assert.deepEqual(codes('👉 Kodiċi għar-reġistrazzjoni: XLENDI9'), ['XLENDI9']);
  assert.deepEqual(codes('Einfach unter „Einladungscode (optional)“ eintragen: wellen'), ['wellen']);
  assert.deepEqual(codes('Kod wpisujecie ręcznie, bo link w bio się psuje.'), []);
});

test('function words of every EU language are never plain-word codes', () => {
  assert.deepEqual(codes('Trebuie să pui codul înainte de verificarea KYC.'), []);
  assert.deepEqual(codes('Syötä koodi ennen kuin vahvistat henkilöllisyyden.'), []);
  assert.deepEqual(codes('Use code sunrise when you sign up.'), ['sunrise']);
});

test('a sign-up imperative right before a code with a digit gives it; an event or a word without a digit does not', () => {
  assert.deepEqual(codes('Kaupleme Qorvexis. Registreeru PARNU7-ga ja saad boonuse.'), ['PARNU7']);
  assert.deepEqual(codes('Rekisteröidy LAPPI88:lla, niin saat bonuksen.'), ['LAPPI88']);
  assert.deepEqual(codes('Regístrate con SOL26 y listo.'), ['SOL26']);
  assert.deepEqual(codes('Register for EXPO2026 now.'), []);
  assert.deepEqual(codes('Register TODAY for the AMA.'), []);
});

test('a firm name with a case ending behind a hyphen or colon, and the article before it, keep the code slot', () => {
  for (const [text, code] of [
    ['a kód az Qorvex-hez TISZA24, írjátok be regisztrációnál', 'TISZA24'],
    ['kod a zyntra-hoz DUNA9 srácok', 'DUNA9'],
    ['Moonvale:n koodi on SAIMAA5', 'SAIMAA5'],
  ] as const) assert.deepEqual(codes(text), [code], text);
  // The ending must be one a language glues onto names: "okx-app" is no case of OKX, and nothing looks like a code.
  assert.deepEqual(codes('a kód az qorvex-appban van, nem itt'), []);
});
