import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeAfter, createPromoDetector, isCodeLike } from './promo-detector.ts';
import { catalogue } from './test-fixtures.ts';

const detect = createPromoDetector(catalogue);
const codes = (text: string, firms: string[] = []) => detect(text, firms).promoCodes.map((c) => [c.code, c.firmId]);
const offerKinds = (text: string, firms: string[] = []) => detect(text, firms).offers.map((o) => o.kind);

test('code phrases in many languages', () => {
  const cases: Array<[lang: string, text: string, code: string]> = [
    ['en', 'Use my code QX2024 when you sign up', 'QX2024'],
    ['en', 'Referral code: WELCOME', 'WELCOME'],
    ['fr', 'Code promo : BIENVENUE50 pour toi', 'BIENVENUE50'],
    ['fr', 'Utilisez mon code de parrainage FR2024 !', 'FR2024'],
    ['de', 'Mit meinem Code MOON10 bekommst du mehr', 'MOON10'],
    ['de', 'Gutscheincode: KRYPTO24', 'KRYPTO24'],
    ['es', 'Usa mi código "CRIPTO" ahora', 'CRIPTO'],
    ['it', 'codice promo: TRADE24 per te', 'TRADE24'],
    ['pt', 'Usa o meu código BRASA7 no registo', 'BRASA7'],
    ['nl', 'kortingscode: ABC123', 'ABC123'],
    ['pl', 'Mój kod: NEB777 na start', 'NEB777'],
    ['sv', 'Använd min kod SVEN99 idag', 'SVEN99'],
    ['da', 'Brug min kode DK2024 nu', 'DK2024'],
    ['cs', 'Slevový kód CZ500 platí dnes', 'CZ500'],
    ['ro', 'Folosește codul RO2024 la înregistrare', 'RO2024'],
    ['fi', 'Alennuskoodi FI300 toimii', 'FI300'],
    ['el', 'Κωδικός προσφοράς GR2024 για εσένα', 'GR2024'],
    ['hu', 'Kuponkód: HU100 regisztrációkor', 'HU100'],
  ];
  for (const [lang, text, code] of cases) assert.deepEqual(codes(text), [[code, null]], `${lang}: ${text}`);
});

test('bare "code" takes only the token right after it', () => {
  assert.deepEqual(codes('Code WHALE for the fee discount'), [['WHALE', null]]);
  assert.deepEqual(codes('codice GIO per lo sconto'), [['GIO', null]]);
  assert.deepEqual(codes('scan the QR code to see the FAQ2 page'), []);
});

test('code on the next line and numeric referral ids', () => {
  assert.deepEqual(codes('Sign up with code\nQORVEX100'), [['QORVEX100', null]]);
  assert.deepEqual(codes('referral code 35148926'), [['35148926', null]]);
});

test('ordinary words, amounts and far-away tokens are not codes', () => {
  assert.deepEqual(codes('use my code here and get a bonus'), []);
  assert.deepEqual(codes('Nutze meinen Code hier'), []);
  assert.deepEqual(codes('use my code HERE'), []);
  assert.deepEqual(codes('use my code for 100 USDT'), []);
  assert.deepEqual(codes('promo code in bio'), []);
  assert.deepEqual(codes('source code V2 is open'), [], 'bare "code" needs a colon');
  assert.deepEqual(codes('promo code. Then later in another sentence ABC123'), []);
});

test('a code inside a URL is not a promo code', () => {
  assert.deepEqual(codes('Use my code here https://qorvex.io/i/QX2024 thanks'), []);
  assert.deepEqual(codes('promo code: qorvex.io/register?ref=QX2024'), []);
  assert.deepEqual(codes('https://qorvex.io/?promo_code=QX2024'), []);
});

test('firm attribution: nearby firm, else the single item firm, else null', () => {
  assert.deepEqual(codes('Use my code QX2024 on Qorvex'), [['QX2024', 'qorvex']]);
  assert.deepEqual(codes('@zyntra_global promo code ZY99'), [['ZY99', 'zyntra']]);
  assert.deepEqual(codes('promo code ZY99', ['zyntra']), [['ZY99', 'zyntra']]);
  assert.deepEqual(codes('promo code ZY99', ['zyntra', 'qorvex']), [['ZY99', null]]);
  assert.deepEqual(codes('Qorvex: promo code QX1A. Moonvale: promo code MV2B'), [['QX1A', 'qorvex'], ['MV2B', 'moonvale']]);
});

test('context is a short snippet around the code', () => {
  const long = 'x '.repeat(200) + 'use my code QX2024 ' + 'y '.repeat(200);
  const [c] = detect(long, []).promoCodes;
  assert.ok(c && c.context.length <= 120 && c.context.includes('use my code QX2024'));
});

test('offers in many languages', () => {
  const cases: Array<[string, string]> = [
    ['Claim your sign-up bonus today', 'signup_bonus'],
    ['Bonus de bienvenue offert', 'signup_bonus'],
    ['Jetzt Willkommensbonus sichern', 'signup_bonus'],
    ['Bono de bienvenida para ti', 'signup_bonus'],
    ['Bonus di benvenuto incluso', 'signup_bonus'],
    ['Odbierz bonus powitalny', 'signup_bonus'],
    ['Krijg een welkomstbonus', 'signup_bonus'],
    ['Få en välkomstbonus', 'signup_bonus'],
    ['Sign up on Qorvex and get up to 5000 USDT!', 'signup_bonus'],
    ['Get a 100 USDT bonus', 'signup_bonus'],
    ['€100 bonus for you', 'signup_bonus'],
    ['Get a €100 bonus on your first deposit', 'deposit_bonus'],
    ['Einzahlungsbonus von 50%', 'deposit_bonus'],
    ['recebe 30 € no primeiro depósito', 'deposit_bonus'],
    ['20% fee discount', 'fee_discount'],
    ['-20% sur les frais de trading', 'fee_discount'],
    ['20 % Rabatt auf Gebühren', 'fee_discount'],
    ['descuento en comisiones', 'fee_discount'],
    ['sconto sulle commissioni', 'fee_discount'],
    ['zniżka na opłaty', 'fee_discount'],
    ['Big giveaway this week', 'giveaway'],
    ['Gewinnspiel: gewinne 1 BTC', 'giveaway'],
    ['Grand jeu concours', 'giveaway'],
  ];
  for (const [text, kind] of cases) assert.ok(offerKinds(text).includes(kind as never), `${text} -> ${offerKinds(text)}`);
});

test('offer decoys', () => {
  assert.deepEqual(offerKinds('Bitcoin could rise up to 100000 USD this year'), []);
  assert.deepEqual(offerKinds('Fees went up 20% this year'), []);
  assert.deepEqual(offerKinds('I paid 100 USDT for it'), []);
});

test('offers are attributed like codes', () => {
  const r = detect('Welcome bonus on Moonvale', []);
  assert.deepEqual(r.offers.map((o) => [o.kind, o.firmId]), [['signup_bonus', 'moonvale']]);
});

test('isCodeLike and codeAfter', () => {
  assert.ok(isCodeLike('QX2024') && isCodeLike('WELCOME') && isCodeLike('ab-12c'.toUpperCase()));
  assert.ok(!isCodeLike('here') && !isCodeLike('Hello') && !isCodeLike('USDT') && !isCodeLike('100') && !isCodeLike('a'.repeat(30)));
  assert.equal(codeAfter(': «PROMO50»', 0)?.code, 'PROMO50');
});
