import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectEuSignals } from './detect-eu-signals.ts';

const signals = (text: string) => detectEuSignals(text).map((s) => [s.code, s.country, s.detail]);

test('euro amounts', () => {
  assert.deepEqual(signals('€100, 100 €, 100 EUR, 100,50 € and EUR 50'), [
    ['eur_amount', null, '€100'],
    ['eur_amount', null, '100 €'],
    ['eur_amount', null, '100 EUR'],
    ['eur_amount', null, '100,50 €'],
    ['eur_amount', null, 'EUR 50'],
  ]);
  assert.deepEqual(signals('$100 and 100 USDT'), []);
});

test('SEPA, case-sensitive', () => {
  assert.deepEqual(signals('Pay by SEPA, virement SEPA or SEPA-Überweisung'), [
    ['sepa', null, 'SEPA'],
    ['sepa', null, 'virement SEPA'],
    ['sepa', null, 'SEPA-Überweisung'],
  ]);
  assert.deepEqual(signals('No quiero que sepa nada'), []);
});

test('national payment methods and their decoys', () => {
  assert.deepEqual(signals('Deposit with iDEAL, Bancontact, Giropay, BLIK, Bizum, MB WAY, Satispay, Swish, MobilePay, Przelewy24 or eps Überweisung'), [
    ['national_payment_method', 'NL', 'iDEAL'],
    ['national_payment_method', 'BE', 'Bancontact'],
    ['national_payment_method', 'DE', 'Giropay'],
    ['national_payment_method', 'PL', 'BLIK'],
    ['national_payment_method', 'ES', 'Bizum'],
    ['national_payment_method', 'PT', 'MB WAY'],
    ['national_payment_method', 'IT', 'Satispay'],
    ['national_payment_method', 'SE', 'Swish'],
    ['national_payment_method', 'DK', 'MobilePay'],
    ['national_payment_method', 'PL', 'Przelewy24'],
    ['national_payment_method', 'AT', 'eps Überweisung'],
  ]);
  assert.deepEqual(signals('an ideal setup, sofort kaufen, een blik bier, the swish of a ball, EPS growth'), []);
  assert.deepEqual(signals('Zahle per Sofortüberweisung'), [['national_payment_method', 'DE', 'Sofortüberweisung']]);
});

test('EU country names in many languages', () => {
  assert.deepEqual(signals('France, Frankreich, Francia, Deutschland, Italia, España, Polska, Nederland, België, Sverige, Danmark, Česko, România, Österreich, Ireland, Suomi, Ελλάδα, Magyarország').map((s) => s[1]), [
    'FR', 'FR', 'FR', 'DE', 'IT', 'ES', 'PL', 'NL', 'BE', 'SE', 'DK', 'CZ', 'RO', 'AT', 'IE', 'FI', 'GR', 'HU',
  ]);
});

test('inflected country names', () => {
  assert.deepEqual(signals('Funguje i v Česku, w Polsce, in Suomessa'), [
    ['eu_country_mention', 'CZ', 'Česku'],
    ['eu_country_mention', 'PL', 'Polsce'],
    ['eu_country_mention', 'FI', 'Suomessa'],
  ]);
});

test('demonyms only in audience phrases', () => {
  assert.deepEqual(signals('for French users, pour les Français, für deutsche Nutzer, usuarios españoles'), [
    ['eu_country_mention', 'FR', 'French users'],
    ['eu_country_mention', 'FR', 'pour les Français'],
    ['eu_country_mention', 'DE', 'deutsche Nutzer'],
    ['eu_country_mention', 'ES', 'usuarios españoles'],
  ]);
  assert.deepEqual(signals('I love French fries and German engineering. Nutzer, French toast'), []);
});

test('EU audience', () => {
  assert.deepEqual(signals('Open to EU users across Europe. European users and utilisateurs européens welcome'), [
    ['eu_audience', 'EU', 'EU'],
    ['eu_audience', 'EU', 'Europe'],
    ['eu_audience', 'EU', 'European users'],
    ['eu_audience', 'EU', 'utilisateurs européens'],
  ]);
  assert.deepEqual(signals('eu sou brasileiro'), [], 'Portuguese "eu" (I) is not the EU');
});

test('EU places in a sentence that keeps EU readers out are no nexus; an offer to them still is', () => {
  assert.deepEqual(signals('Ojo, no está disponible para residentes de la Unión Europea.'), []);
  assert.deepEqual(signals('This one is for Nigeria only, my EU viewers should look elsewhere.'), []);
  assert.deepEqual(signals('Quem tá em Portugal não consegue usar.'), []);
  assert.deepEqual(signals('No fees for French users this week.'), [['eu_country_mention', 'FR', 'French users']]);
});

test('"not for", "ne concerne pas", "does not apply to" keep EU readers out: the places they name are no nexus', () => {
  assert.deepEqual(detectEuSignals('This one is for India, not for anyone in Europe.'), []);
  assert.deepEqual(detectEuSignals("Cette offre ne concerne pas l'Europe."), []);
  assert.deepEqual(detectEuSignals('The bonus does not apply to residents of France.'), []);
  // No fees is an offer to the French, not an exclusion.
  assert.ok(detectEuSignals('No fees for French users this week.').length > 0);
});

test('"not recommended for" keeps the places it names out', () => {
  assert.deepEqual(detectEuSignals('Solo para Chile; no lo recomiendo para España.').filter((s) => s.code === 'eu_country_mention'), []);
  assert.deepEqual(detectEuSignals('Ich empfehle es nicht für Österreich.').filter((s) => s.code === 'eu_country_mention'), []);
  assert.equal(detectEuSignals('Lo recomiendo para España.').filter((s) => s.code === 'eu_country_mention').length, 1);
});

test('"not valid for", Romanian "nu e pentru" keep the places they name out; Danish "nu" (now) does not', () => {
  const countries = (t: string) => detectEuSignals(t).filter((s) => s.code === 'eu_country_mention' || s.code === 'eu_audience');
  assert.deepEqual(countries('Só pra quem mora em Angola. Não vale pra Portugal nem Europa.'), []);
  assert.deepEqual(countries('Codul e doar pentru Moldova, nu e pentru România.'), []);
  assert.deepEqual(countries('Not valid in Germany or Austria, sorry.'), []);
  assert.equal(countries('Bonussen nu er for danske brugere').length, 1);
  assert.equal(countries('Koden er nu gyldig i Danmark').length, 1);
});

test('Romanian "nu pentru UE" without a copula keeps the EU out', () => {
  assert.deepEqual(detectEuSignals('Ofertă doar pentru Moldova, nu pentru UE.').filter((s) => s.code === 'eu_country_mention' || s.code === 'eu_audience'), []);
});

test('readers told not to use the offer, "outside the EU" and the EU named only to be left out: no nexus', () => {
  assert.deepEqual(signals('Dall\'Italia non usatelo, grazie.'), []);
  assert.deepEqual(signals('Wer in Österreich wohnt, bitte nicht.'), []);
  assert.deepEqual(signals('Offerta per i nostri membri in Albania (al di fuori dell\'UE).'), []);
  assert.deepEqual(signals('Per i lettori in Marocco (fuori UE): codice qui.'), []);
  assert.deepEqual(signals('Solo per la comunità svizzera (non la Europa, scusate).'), []);
  // Forgetting is not excluding: "bitte nicht vergessen" still addresses Germany.
  assert.deepEqual(signals('Bitte nicht vergessen: der Bonus gilt in Deutschland.'), [['eu_country_mention', 'DE', 'Deutschland']]);
});

test('"Europe" or "EU" right after a firm\'s name is its EU entity, not an audience', () => {
  const firms = (t: { tokens: readonly { key: string }[] }) => t.tokens.flatMap((tok, i) => (tok.key === 'kraken' ? [{ end: i + 1 }] : []));
  assert.deepEqual(detectEuSignals('Ihr landet sowieso bei Kraken Europe.', firms), []);
  assert.deepEqual(detectEuSignals('Kraken: Europe gets the bonus too.', firms).map((s) => s.code), ['eu_audience']);
  assert.deepEqual(detectEuSignals('Ihr landet sowieso bei Kraken Europe.').map((s) => s.code), ['eu_audience'], 'without the firm finder, as before');
});

test('an offer that does not work there, and a place said not to be in the EU, keep the sentence\'s EU places out', () => {
  assert.deepEqual(signals('UK only, sorry Ireland, it won\'t show up for you.'), []);
  assert.deepEqual(signals('Ojo, no funciona con cuentas de España.'), []);
  assert.deepEqual(signals('Grønland er ikke med i EU, så tilbuddet er kun til jer.'), []);
  assert.deepEqual(signals('Der Bonus gilt in Österreich.'), [['eu_country_mention', 'AT', 'Österreich']]);
});

test('Portuguese "malta" (folks) is no country; Malta is', () => {
  assert.deepEqual(signals('Malta de Maputo, isto é para vocês!'), []);
  assert.deepEqual(signals('Olá malta, hoje trago um código.'), []);
  assert.deepEqual(signals('Vivo a Malta da tre anni.'), [['eu_country_mention', 'MT', 'Malta']]);
});
