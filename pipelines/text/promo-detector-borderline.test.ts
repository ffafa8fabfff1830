// Promo-code classes found on the nineteenth blind corpus (issue 7): codes that are someone else's (a friend's, his or
// hers, one asked about), and codes given without the usual words (a user name, a hashtag, a lone line pointed at, a
// list of live codes, spelt out far from the code word). Our own examples, several languages, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { promoCodesIn as codes } from './test-fixtures.ts';

test("a friend's code the author once used, or his or her code, is no offer; a friend the reader invites changes nothing", () => {
  for (const text of [
    'Weiß jemand, ob der Bonus noch kommt? Ich habe mich mit dem Code PILZ42 von einer Freundin bei Qorvex angemeldet.',
    'Kayıt olurken bir arkadaşın kodunu kullandım, Moonvale: a friend gave me his code TRAM77 back then.',
    "Mi sono iscritto a Zyntra con il codice di un amico (FARO12), ma il bonus non è mai arrivato.",
    'Heads up: her Halvora code NOVA55 pays her a share of your fees. Decide for yourselves.',
  ]) assert.deepEqual(codes(text), [], text);
  for (const [text, code] of [
    ['Invite a friend to Qorvex with my code PILZ42 and you both get 10 USDT.', 'PILZ42'],
    ['Bring your buddy: code TRAM77 on Moonvale, enter it at sign-up.', 'TRAM77'],
  ] as const) assert.deepEqual(codes(text), [code], text);
});

test('a question whether a named code still works asks about it; it gives no code, and its answer is no code either', () => {
  for (const text of [
    'Radi li još onaj Zyntra kod KRUNA88 s YouTubea? Meni piše „invalid referral“.',
    'Does anyone know if the Halvora code LUMEN40 still works?',
  ]) assert.deepEqual(codes(text), [], text);
  assert.deepEqual(codes('Is LUMEN40 still valid? Yes, enter LUMEN40 at sign-up on Halvora.'), ['LUMEN40']);
});

test('"code on GitHub" is source code', () => {
  assert.deepEqual(codes('Kod na GitHubie: github.com/example/bot (gałąź `feature/invite`).'), []);
  assert.deepEqual(codes('Qorvex code: GITHUB50'), ['GITHUB50']);
});

test('a code spelt out letter by letter: a one-letter word before it is not in it, and a plain repeat far off names it', () => {
  assert.deepEqual(codes('Pe Qorvex codul meu e R A D U 7 7, adică RADU77, fără spații.'), ['RADU77']);
  assert.deepEqual(codes('The code is pinned but people mistype it, so slowly: V E G A 4 2. That is VEGA42 on Zyntra.'), ['VEGA42']);
});

test('a lone code line, then a line pointing back at it', () => {
  assert.deepEqual(codes('🚀🚀 ORBIT55 🚀🚀\nenter it when you sign up on Moonvale'), ['ORBIT55']);
  assert.deepEqual(codes('✨ PRAIA21 ✨\n👆 código de convite na Tradelyx'), ['PRAIA21']);
  assert.deepEqual(codes('HALVING2028\nwhat a year it will be'), []);
});

test('a hashtag shaped like a code, behind "new accounts:" or with an enter-verb about signing up', () => {
  assert.deepEqual(codes('Eerste winst op Brisklane 🎉 Nieuwe accounts: #JOOST31 😉'), ['JOOST31']);
  assert.deepEqual(codes('Bots on Halvora running 🤖 new users know what to type at registration 😉 #MIRA808'), ['MIRA808']);
  for (const text of ['Sign up on Qorvex today #crypto #BTC2028', 'new accounts get a bonus: #BTC2028 is coming']) assert.deepEqual(codes(text), [], text);
});

test("the author's user name given as the code", () => {
  for (const [text, code] of [
    ['À l\'inscription sur Qorvex, champ « parrainage » : mettez mon pseudo : lea_onchain.', 'lea_onchain'],
    ['Signing up on Zyntra? Type my handle in the referral box, no @: fenwick_fx.', 'fenwick_fx'],
    ['Moonvale: kasutage registreerimisel koodina minu kasutajanime mariliis88.', 'mariliis88'],
  ] as const) assert.deepEqual(codes(text), [code], text);
  assert.deepEqual(codes('my handle is the same everywhere, follow me'), []);
});

test('a list line labelling a code live or new, a relative clause before the copula, an image label in brackets', () => {
  assert.deepEqual(codes('Qorvex codes, updated:\n✅ LIVE: DUNE77\n❌ EXPIRED: DUNE76 (gives an error)'), ['DUNE77']);
  assert.deepEqual(codes('il codice che uso è SOLE19'), ['SOLE19']);
  assert.deepEqual(codes('le code que j\'utilise est SOLE19'), ['SOLE19']);
  assert.deepEqual(codes('Welchen Code ich nutze? Hier der Screenshot:\n[Bild: Qorvex-Registrierung, Feld „Empfehlungscode“ ausgefüllt mit ELBE66]'), ['ELBE66']);
});

test('messy codes: cut at a line end, in a post written in capitals, behind "so", and supervisors named beside a code word', () => {
  assert.deepEqual(codes('Captura:\n«Tu código de invitación: MAR\nINA42»\n(el código es MARINA42, la captura lo corta) en Qorvex'), ['MARINA42']);
  assert.deepEqual(codes('NOVI KOD ZA QORVEX: LUKA2026 !!! STARI KOD LUKA2025 VIŠE NE VRIJEDI. REGISTRACIJA OVDJE!'), ['LUKA2026']);
  assert.deepEqual(codes('ZYNTRA KÓD: PETER50 = 50 USDT BONUS!!! NEZABUDNITE HO ZADAŤ PRI REGISTRÁCII, INAK BONUS NEDOSTANETE!!!'), ['PETER50']);
  assert.deepEqual(codes('A kód tehát BALATON8, minden regisztráció után jutalékot kapok.'), ['BALATON8']);
  assert.deepEqual(codes('Antes de usar un código de referido en Moonvale, comprueba el registro de ESMA.'), []);
});

test('a denied code word gives no code: "no code:", "žádný kód:", "sin código:" (decision 0054)', () => {
  assert.deepEqual(codes('Unpaid review, no code: Qorvex BLOCKED my withdrawal for three days.'), []);
  assert.deepEqual(codes('Neplacená recenze, žádný kód: Qorvex mi zablokoval výběr.'), []);
  assert.deepEqual(codes('Sin código: Qorvex bloqueó mi cuenta.'), []);
  // Without the denial the same slot gives the code.
  assert.deepEqual(codes('Unpaid review, code: QX7BLOCK for Qorvex.'), ['QX7BLOCK']);
});

test('a Bulgarian possessive clitic after the code word keeps the slot: "с кода ми X"', () => {
  assert.deepEqual(codes('Ако се регистрирате в Qorvex с кода ми SOFIAQX, получавате бонус.'), ['SOFIAQX']);
  assert.deepEqual(codes('Дай ми кода, моля.'), []);
});

test('a list line "Firm → NameXY" in a post about codes gives the creator\'s mixed-case code; a brand name does not', () => {
  assert.deepEqual(codes('Hier meine Codes, Stand März.\nQorvex → MaxiQX (bis 50 USDT Bonus)'), ['MaxiQX']);
  assert.deepEqual(codes('Hier meine Codes, Stand März.\nQorvex → KuCoin (bis 50 USDT Bonus)'), []);
});

test('look-alikes of codes give none: a user ID\'s name, an inflected acronym, an error code, a domain ending (decision 0054)', () => {
  // Where the referral code is the user ID, the number is the code, not "UID".
  assert.deepEqual(codes('Mans Qorvex ielūguma kods ir mans UID: 83011462. Apmaksāta sadarbība.'), ['83011462']);
  assert.deepEqual(codes('Pri Qorvex je moja koda kar moj UID, 77140952. Oglas.'), ['77140952']);
  assert.deepEqual(codes('Kod polecający Qorvex: QBSB71RT. To NIE jest kod z SMS-a ani kod 2FA.'), ['QBSB71RT']);
  assert.deepEqual(codes('Alguien más con el error "code -1013 Filter failure: LOT_SIZE" en la API de Qorvex?'), []);
  assert.deepEqual(codes('Kdo po vás chce TXID jako kód pro bonus na Qorvex, neví, o čem mluví.'), []);
});
