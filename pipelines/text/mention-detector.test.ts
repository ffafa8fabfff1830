import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isAmbiguousAlias } from './firm-matcher.ts';
import { createMentionDetector } from './mention-detector.ts';
import { catalogue } from './test-fixtures.ts';
import { readFileSync } from 'node:fs';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { DEFAULT_FIRMS_FILE, loadCatalogue } from '../firms/load-catalogue.ts';

const detect = createMentionDetector(catalogue);
const mentions = (text: string) => detect({ text }).firmMentions.map((m) => [m.firmId, m.via]);

test('aliases on word boundaries, case-insensitive, multi-word aliases', () => {
  assert.deepEqual(mentions('I trade on qorvex every day'), [['qorvex', 'text']]);
  assert.deepEqual(mentions('Nebulix Markets is live'), [['nebulix', 'text']]);
  assert.deepEqual(mentions('Qorvexian and preqorvex are not firms'), []);
});

test('a firm name with a case ending glued on is a mention; other endings and ambiguous names are not', () => {
  // Finnish, Hungarian, Polish, Czech, Estonian, Swedish endings on a one-word name.
  assert.deepEqual(mentions('Rekisteröidy Qorvexissa tänään'), [['qorvex', 'text']]);
  assert.deepEqual(mentions('Qorvexin bonus on hyvä'), [['qorvex', 'text']]);
  assert.deepEqual(mentions('regisztrálj a Qorvexen most'), [['qorvex', 'text']]);
  assert.deepEqual(mentions('załóż konto na Qorvexie'), [['qorvex', 'text']]);
  assert.deepEqual(mentions('obchoduji s Qorvexem'), [['qorvex', 'text']]);
  assert.deepEqual(mentions('Qorvexis on boonus'), [['qorvex', 'text']]);
  assert.deepEqual(mentions('Qorvexs nya app'), [['qorvex', 'text']]);
  // An ending not in the list is another word, and an ambiguous name takes no endings at all.
  assert.deepEqual(mentions('Qorvexian and Qorvexology'), []);
  assert.deepEqual(mentions('I moved my bitcoin to Krakens'), []);
});

test('handles, hashtags and domains', () => {
  assert.deepEqual(mentions('thanks @zyntra_global'), [['zyntra', 'handle']]);
  assert.deepEqual(mentions('#Moonvale to the moon'), [['moonvale', 'hashtag']]);
  assert.deepEqual(mentions('sign up at moonvale.exchange/join/abc'), [['moonvale', 'domain']]);
  assert.deepEqual(mentions('visit https://accounts.zyntra.com/signup'), [['zyntra', 'domain']]);
});

test('ambiguous aliases need a capital and a crypto context word', () => {
  assert.deepEqual(mentions('Release the kraken! Open the gate. What a Gemini.'), []);
  assert.deepEqual(mentions('Kraken is a sea monster from Norse myth'), []);
  assert.deepEqual(mentions('I moved my bitcoin to Kraken'), [['kraken-like', 'text']]);
  assert.deepEqual(mentions('kraken exchange'), [], 'lower case ambiguous alias');
  assert.deepEqual(mentions('Kraken Pro is great'), [['kraken-like', 'text']], 'multi-word alias is specific');
  assert.deepEqual(mentions('#krakenlike @krakenlike'), [['kraken-like', 'hashtag'], ['kraken-like', 'handle']]);
  assert.deepEqual(mentions('XT exchange listing'), [['xt-like', 'text']]);
  assert.deepEqual(mentions('xt exchange listing'), [], 'lower case');
  assert.deepEqual(mentions('the XT model car is fast'), [], 'no crypto context');
  assert.ok(isAmbiguousAlias('Gate') && isAmbiguousAlias('XT') && !isAmbiguousAlias('Qorvex') && !isAmbiguousAlias('Kraken Pro'));
});

test('title, author bio, alt text, OCR and logos', () => {
  const r = detect({
    text: 'nothing here',
    title: 'Tradelyx review',
    author: { handle: 'qorvex', name: 'Joe', description: 'Halvora ambassador' },
    media: [
      { altText: 'Brisklane app screenshot', ocrText: 'Zyntra futures', logoFirmIds: ['moonvale', 'unknown-firm'], url: 'https://cdn/x.png' },
      { logoFirmIds: ['moonvale'], url: null },
    ],
  });
  assert.deepEqual(r.firmMentions, [
    { firmId: 'tradelyx', via: 'text' },
    { firmId: 'halvora', via: 'text' },
    { firmId: 'brisklane', via: 'text' },
    { firmId: 'zyntra', via: 'ocr' },
    { firmId: 'moonvale', via: 'logo' },
  ]);
  assert.deepEqual(r.logos, [
    { firmId: 'moonvale', mediaUrl: 'https://cdn/x.png', score: 1 },
    { firmId: 'moonvale', mediaUrl: null, score: 1 },
  ]);
});

test('mentions are deduplicated by firm and channel', () => {
  assert.deepEqual(mentions('Qorvex qorvex QORVEX Qorvex Exchange @qorvex @qorvex'), [['qorvex', 'text'], ['qorvex', 'handle']]);
});

test('real catalogue: firm names that are ordinary words or other brands are no mention without crypto context', () => {
  const real = createMentionDetector(FirmCatalogue.fromJson(JSON.parse(readFileSync(DEFAULT_FIRMS_FILE, 'utf8')), DEFAULT_FIRMS_FILE));
  const found = (text: string) => real({ text }).firmMentions.map((m) => [m.firmId, m.via]);
  // GMX is also a German mail provider, probit a statistics model, Aster a flower, MUX a multiplexer.
  assert.deepEqual(found('Schreib mir über GMX Freemail, Antwort folgt morgen'), []);
  assert.deepEqual(found('We fit a probit model to the survey answers'), []);
  assert.deepEqual(found('Aster and daisies bloom in the garden'), []);
  assert.deepEqual(found('the MUX output feeds the second stage'), []);
  // "CEX" alone is the generic word for a centralised exchange; "the big one" and "hit BTC" are phrases.
  assert.deepEqual(found('The CEX vs DEX debate again'), []);
  assert.deepEqual(found('The big one is coming when we hit BTC 150k'), []);
  // With crypto context, or written as a specific name, they are the firms.
  assert.deepEqual(found('I trade perps on GMX with leverage'), [['gmx', 'text']]);
  assert.deepEqual(found('Trade on ProBit exchange'), [['probit', 'text']]);
  assert.deepEqual(found('MUX Protocol is live'), [['mux', 'text']]);
  assert.deepEqual(found('Sign up on Bitso today'), [['bitso', 'text']]);
  assert.deepEqual(found('Opened an account at cex.io'), [['cexio', 'domain']]);
  assert.deepEqual(found('Binance US users get it too'), [['binanceus', 'text']]);
});

test('real catalogue: a firm name that needs context finds it in the sign-up and code words of any EU language', () => {
  const real = createMentionDetector(FirmCatalogue.fromJson(JSON.parse(readFileSync(DEFAULT_FIRMS_FILE, 'utf8')), DEFAULT_FIRMS_FILE));
  const found = (text: string) => real({ text }).firmMentions.map((m) => [m.firmId, m.via]);
  // Our own examples: Italian "invitation code", Romanian "my code", Czech "registration", Finnish "code".
  assert.deepEqual(found('Codice invito MEXC: LAGUNA5'), [['mexc', 'text']]);
  assert.deepEqual(found('Codul meu LBank: dunare'), [['lbank', 'text']]);
  assert.deepEqual(found('Registrace na Pionex trvá dvě minuty'), [['pionex', 'text']]);
  assert.deepEqual(found('WEEX-koodi toimii vielä'), [['weex', 'text']]);
  // Still no mention without any such word ("Gate" is also a word).
  assert.deepEqual(found('Gate 7 is closed'), []);
  // Names that are no word in any language need no context ("mexc" written in lower case).
  assert.deepEqual(found('mexc on top again'), [['mexc', 'text']]);
});

test('an ambiguous firm name beside a discount compound or a paid collaboration is the firm', () => {
  assert.deepEqual(mentions('Kraken-rabatkode: FREJA5'), [['kraken-like', 'text']]);
  assert.deepEqual(mentions('Betalt samarbejde med Kraken'), [['kraken-like', 'text']]);
  assert.deepEqual(mentions('Kraken is a sea monster from Norse myth'), []);
});

test('a referral-code compound beside an ambiguous firm name makes it the firm', () => {
  assert.deepEqual(mentions('ich finde Kraken einfach solide. Wer einen Empfehlungscode will: lisa4'), [['kraken-like', 'text']]);
});

test('in a Greek or Cyrillic post an ambiguous name in Latin letters needs no capital; in a Latin post it still does', () => {
  assert.deepEqual(mentions('Κωδικός για kraken; γράψτε τον στην εγγραφή'), [['kraken-like', 'text']]);
  assert.deepEqual(mentions('Кой ползва kraken за крипто?'), [['kraken-like', 'text']]);
  assert.deepEqual(mentions('kraken exchange, still lower case'), []);
});

test('an ambiguous name with a case ending is the firm under the same rule; a plural ending never; beside a code word case does not matter', () => {
  assert.deepEqual(mentions('Kasutage Krakenis registreerudes minu soovituskoodi'), [['kraken-like', 'text']]);
  assert.deepEqual(mentions('Krakens and other sea monsters, crypto edition'), []);
  assert.deepEqual(mentions('codice kraken: ciao99'), [['kraken-like', 'text']]);
  assert.deepEqual(mentions('the kraken wakes up, crypto is wild'), []);
});

test('an ambiguous firm name after "code for" is the firm ("any code for weex?"), not after "source code for"', () => {
  const detect = createMentionDetector(loadCatalogue({ includeSample: false }));
  assert.deepEqual(detect({ text: 'any code for weex?', media: [] } as never).firmMentions.map((m) => m.firmId), ['weex']);
  assert.deepEqual(detect({ text: 'source code for gate keeping', media: [] } as never).firmMentions, []);
});
