import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectNonEuAudience, detectNonEuLocation } from './detect-non-eu-audience.ts';

const codes = (text: string) => detectNonEuAudience(text).map((s) => `${s.code}:${s.country}:${s.detail}`);

test('amounts in non-EU currencies are signs of a non-EU audience, with the country', () => {
  assert.deepEqual(codes('Deposit ₱500 and get ₱100 back'), ['non_eu_currency:PH:₱500', 'non_eu_currency:PH:₱100']);
  assert.deepEqual(codes('Bônus de R$ 50 no cadastro'), ['non_eu_currency:BR:R$ 50']);
  assert.deepEqual(codes('Win up to ₦20,000 this week'), ['non_eu_currency:NG:₦20,000']);
  assert.deepEqual(codes('min deposit 1,000 INR only'), ['non_eu_currency:IN:1,000 INR']);
  assert.deepEqual(codes('Top up RM50 and NGN 5000'), ['non_eu_currency:MY:RM50', 'non_eu_currency:NG:NGN 5000']);
  // Letters and digits of other tokens are no currency: a chip name, a multiplier, a euro amount.
  assert.deepEqual(codes('Runs on ARM64 chips, 2x faster, fees 5 EUR, send 0.5 BTC'), []);
});

test('non-EU payment methods are signs of a non-EU audience; look-alike ordinary words are not', () => {
  assert.deepEqual(codes('Cash in via GCash or Maya, withdraw with M-Pesa'), ['non_eu_payment:PH:GCash', 'non_eu_payment:KE:M-Pesa']);
  assert.deepEqual(codes('Deposite via Pix e saque na hora'), ['non_eu_payment:BR:Pix']);
  assert.deepEqual(codes('Pay with UPI in seconds'), ['non_eu_payment:IN:UPI']);
  assert.deepEqual(codes('nice pix from the conference, see you in Lisbon'), []);
});

test('non-EU countries and demonyms count in an audience phrase only', () => {
  assert.deepEqual(codes('Big bonus for Filipino users this week'), ['non_eu_audience:PH:for Filipino users']);
  assert.deepEqual(codes('Nigerian traders, this one is for you'), ['non_eu_audience:NG:Nigerian traders']);
  assert.deepEqual(codes('Hello mga kababayan, sign up na'), ['non_eu_audience:PH:kababayan']);
  assert.deepEqual(codes('Now open to users in the Philippines'), ['non_eu_audience:PH:users in the Philippines']);
  assert.deepEqual(codes('Crypto adoption in India keeps growing'), []);
  assert.deepEqual(codes('Roast turkey recipe, and then the market update'), []);
});

test('a non-EU place in the author location or bio: flags, countries, cities; EU ones are not', () => {
  assert.deepEqual(detectNonEuLocation('Lagos 🇳🇬', null).map((s) => `${s.country}:${s.detail}`), ['NG:🇳🇬', 'NG:Lagos']);
  assert.deepEqual(detectNonEuLocation(null, 'Trader from Manila. DMs open').map((s) => s.country), ['PH']);
  assert.deepEqual(detectNonEuLocation('Paris 🇫🇷', 'Trader in Berlin 🇩🇪 🇪🇺'), []);
});

test('a plural demonym addressing the reader, and a lone non-EU currency sign, are signs too; a sentence about a country is not', () => {
  assert.deepEqual(codes('Nigerians! Use my code and fund through P2P'), ['non_eu_audience:NG:Nigerians']);
  assert.deepEqual(codes('Good news. Filipinos, the bonus is back'), ['non_eu_audience:PH:Filipinos']);
  assert.deepEqual(codes('Fund your account with ₦ via bank transfer'), ['non_eu_currency:NG:₦']);
  assert.deepEqual(codes('Nigerians are adopting stablecoins fast'), []);
  assert.deepEqual(codes('Why Indian exchanges face new taxes: a thread'), []);
  assert.deepEqual(codes('Deposit €50, then trade'), []);
});

test('Western Balkan and eastern currencies, payment apps and audience phrases in their languages', () => {
  assert.deepEqual(codes('bonus do 5.000 dinara'), ['non_eu_currency:RS:5.000 dinara']);
  assert.deepEqual(codes('bonus do 100 KM za nove'), ['non_eu_currency:BA:100 KM']);
  assert.deepEqual(codes('пополняйте через Kaspi в тенге ₸'), ['non_eu_currency:KZ:₸', 'non_eu_payment:KZ:Kaspi']);
  assert.deepEqual(codes('Для пользователей из Казахстана'), ['non_eu_audience:KZ:Для пользователей из Казахстана']);
  // Kilometres in lower case, and "from Serbia" without an audience word, name no audience.
  assert.deepEqual(codes('ran 10 km today, moved from Serbia to Vienna'), []);
});

test('regions outside the EU in an audience phrase, and a location field of an ad library, are a non-EU audience', () => {
  const regions = detectNonEuAudience("Pour mes abonnés d'Afrique de l'Ouest uniquement : le mobile money est accepté.");
  assert.deepEqual(regions.map((s) => [s.code, s.country]), [['non_eu_audience', 'AFRICA']]);
  assert.deepEqual(detectNonEuAudience('Patrocinado\nAnunciante: Cripto Curso\nLocalização: Brasil\n\nTexto principal: ganhe bônus').map((s) => s.country), ['BR']);
  assert.deepEqual(detectNonEuAudience('Location: Lagos, Nigeria').map((s) => s.country), ['NG']);
  // An EU place in the field, or a country outside a field or audience phrase, is none.
  assert.deepEqual(detectNonEuAudience('Localização: Portugal'), []);
  assert.deepEqual(detectNonEuAudience('Brazil won the match: great game.'), []);
});

test('a country heading the post before a colon (a flag between), and local currencies named without an amount', () => {
  assert.deepEqual(detectNonEuAudience('Venezuela 🇻🇪: la forma más fácil de comprar USDT').map((s) => s.country), ['VE']);
  assert.deepEqual(detectNonEuAudience('Brasileiros 🇧🇷: cadastro com meu código').map((s) => s.country), ['BR']);
  assert.deepEqual(detectNonEuAudience('quem quer negociar com kwanzas via P2P').map((s) => s.country), ['AO']);
  // A country named inside a sentence is no heading.
  assert.deepEqual(detectNonEuAudience('Ich war letztes Jahr in Angola: schön dort.'), []);
});

test('Moldova is a non-EU audience named in an audience phrase', () => {
  assert.deepEqual(detectNonEuAudience('Bonus doar pentru cei din Republica Moldova').map((s) => s.country), ['MD']);
});

test('members and friends of a channel name an audience: "nos membres au Sénégal", "prietenii din Republica Moldova"', () => {
  assert.deepEqual(detectNonEuAudience('Offre réservée à nos membres au Sénégal').map((s) => s.country), ['SN']);
  assert.deepEqual(detectNonEuAudience('Pentru prietenii din Republica Moldova, bonus nou').map((s) => s.country), ['MD']);
});

test('people living in a non-EU country, and South Slavic followers, named in the local language, are a non-EU audience', () => {
  assert.deepEqual(codes('Tylko dla osób mieszkających w Wielkiej Brytanii: link w bio'), ['non_eu_audience:GB:mieszkających w Wielkiej Brytanii']);
  assert.deepEqual(codes('Samo za pratitelje iz Srbije: link ispod'), ['non_eu_audience:RS:pratitelje iz Srbije']);
  assert.deepEqual(codes('Per chi vive in Svizzera, il link è sotto'), ['non_eu_audience:CH:chi vive in Svizzera']);
  // A trip there names no audience.
  assert.deepEqual(codes('Ich war letzte Woche in der Schweiz, schöne Berge'), []);
});

test('whom the post greets: a non-EU flag in its first line, a place opening it, an offer limited to a place', () => {
  assert.deepEqual(detectNonEuAudience('Kiwis in Auckland 🇳🇿 this one is for you\nMy code inside.').map((s) => [s.country, s.detail]), [['NZ', '🇳🇿']]);
  // An EU flag beside it makes the audience mixed; the US flag heads market news for everyone; a flag further down is no greeting.
  assert.deepEqual(detectNonEuAudience('🇳🇿🇮🇪 Auckland and Dublin, here is my code'), []);
  assert.deepEqual(detectNonEuAudience('🇺🇸 CPI tonight, trade it with my code'), []);
  assert.deepEqual(detectNonEuAudience('My code is below.\nSent from the airport 🇳🇿'), []);
  assert.deepEqual(detectNonEuAudience('Paramaribo, dit is voor jullie: code hieronder').map((s) => s.country), ['SR']);
  assert.deepEqual(detectNonEuAudience('Tarjeta con cashback en pesos, solo México.').map((s) => s.country), ['MX']);
  assert.deepEqual(detectNonEuAudience('Dla rodaków w Ukrainie mam kod').map((s) => s.country), ['UA']);
});

test('the EU\'s own demonyms name a diaspora before a non-EU place', () => {
  assert.deepEqual(detectNonEuAudience('Българите в Молдова: ето моя код').map((s) => s.country), ['MD']);
});

test('whoever is there names an audience ("só pra quem tá no brasil"); the Italian verb "usa" is no country', () => {
  assert.deepEqual(detectNonEuAudience('esse bônus é só pra quem tá no brasil').map((s) => s.country), ['BR']);
  assert.deepEqual(detectNonEuAudience('Sono link affiliati. Grazie a chi li usa!'), []);
  assert.deepEqual(detectNonEuAudience('Bonus for users in the USA.').map((s) => s.country), ['US']);
});
