// Classes found on the thirty-seventh to thirty-ninth blind corpora (issue 7): video descriptions and podcast show
// notes, forum and chat threads, bots and templated posts. Our own examples, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankCodeTicks } from './code-ticks.ts';
import { detectEuSignals } from './detect-eu-signals.ts';
import { disclosureKindsIn, promoCodesIn } from './test-fixtures.ts';

test('a code in inline-code backticks or behind spoiler bars reads as if the marks were not there', () => {
  assert.deepEqual(promoCodesIn('Codes thread 👇\nQorvex – `RIIKKA7` – fee discount.\nThis is my referral code, I get a commission.'), ['RIIKKA7']);
  assert.deepEqual(promoCodesIn('**Qorvex** – `RIIKKA7` – fee discount.\nThis is my referral code'), ['RIIKKA7']);
  assert.deepEqual(promoCodesIn('Il codice per Qorvex è ||PIETRO22|| (sotto spoiler)'), ['PIETRO22']);
  // An identifier quoted from a program keeps its backticks.
  assert.equal(blankCodeTicks('the field `referralCode` of the API'), 'the field `referralCode` of the API');
  assert.equal(blankCodeTicks('use `KASIA7`'), 'use  KASIA7 ');
});

test('a code inside a message someone sent the author is the sender\'s, even in the quoted "my code"', () => {
  assert.deepEqual(promoCodesIn('Someone DMed me "use code FREEQX50 to claim your airdrop" with the Qorvex logo. Legit??'), []);
  assert.deepEqual(promoCodesIn('Qualcuno mi ha scritto in DM «usa il mio codice QX100 su Qorvex». Non mi fido.'), []);
  assert.deepEqual(promoCodesIn('Мені в особисті написали «введи код QORVEX-UA і отримай 100 USDT». Це шахрайство?'), []);
  // The author's own quoted words, and a friend's tip without quotes, still give the code.
  assert.deepEqual(promoCodesIn('My Qorvex bio says "use my code LUNA7"'), ['LUNA7']);
});

test('a template\'s unfilled slot is no code; a bracketed issued code is one', () => {
  assert.deepEqual(promoCodesIn('🎁 [JMÉNO], díky! Kód pro tebe: <VLOŽIT KÓD>. Registrace na Qorvex: <ODKAZ>'), []);
  assert.deepEqual(promoCodesIn('Cześć {{imie}}! Twój kod zniżkowy na Qorvex to: {{kod}}.'), []);
  assert.deepEqual(promoCodesIn('Use code [YOUR CODE] on Qorvex'), []);
  assert.deepEqual(promoCodesIn('Use code [SAUNA24] on Qorvex'), ['SAUNA24']);
  assert.deepEqual(promoCodesIn('Mój kod zniżkowy na Qorvex: KASIA7'), ['KASIA7']);
  // An hour glued to a Maltese preposition ("fl-10:00") is no code beside the real one.
  assert.deepEqual(promoCodesIn("LISTING ĠDID fuq Qorvex fl-10:00 UTC. Kodiċi ta' stedina: MTLIST4"), ['MTLIST4']);
  // "a link with a long code at the end": the word for "at the end" is where the code sits, no code.
  assert.deepEqual(promoCodesIn('Ar tai rekomendacinė nuoroda? Kažkas davė Qorvex nuorodą su ilgu kodu gale.'), []);
});

test('an episode\'s sponsor named in the show notes, in the EU languages, is an ad label', () => {
  for (const text of [
    'Sponzor epizode je Qorvex. Uz kod ANA12 dobivate popust.',
    "L'episodio di oggi è offerto da Qorvex: con il codice GIULIA33 avete uno sconto.",
    'Episoodi toetab Qorvex. Koodiga LIIS11 saad soodustust.',
    'Partnerem dílu je Qorvex. S kódem JANA24 získáte slevu.',
    'Deze aflevering wordt mogelijk gemaakt door Qorvex. Gebruik code FLEUR51.',
    'Az epizód támogatója a Qorvex. A KISSREKA42 kóddal kedvezményt kaptok.',
    'Šį epizodą remia Qorvex. Su kodu RUTA20 gausite premiją.',
    'Diese Folge wird präsentiert von Qorvex. Mit dem Code ANNA5 spart ihr Gebühren.',
  ]) assert.deepEqual(disclosureKindsIn(text), ['sponsored'], text);
});

test('"neither ... nor ... pays me" and "no more referral links" deny the pay they name', () => {
  assert.deepEqual(disclosureKindsIn('Нито Qorvex, нито друга борса ми плаща.'), []);
  assert.deepEqual(disclosureKindsIn('Varken Qorvex eller någon annan betalar mig.'), []);
  assert.deepEqual(disclosureKindsIn("J'ai retiré mes liens. Plus de codes promo, plus de liens de parrainage."), []);
  // Without the correlative the same words disclose.
  assert.deepEqual(disclosureKindsIn('Qorvex betalar mig.'), ['sponsored']);
});

test('"not valid in <EU country>" leaves that country out, and the post\'s other words for it address people abroad', () => {
  const countries = (text: string) => detectEuSignals(text).filter((s) => s.code === 'eu_country_mention' || s.code === 'eu_audience').map((s) => s.country);
  assert.deepEqual(countries('Len pre Slovákov v Británii: Qorvex s vkladom v librách. Neplatí na Slovensku.'), []);
  assert.deepEqual(countries('Bara för oss som bor i Thailand: kod KRABI5. Gäller inte i Sverige.'), []);
  assert.deepEqual(countries('Μόνο για την Αυστραλία: Qorvex. Δεν ισχύει για Ελλάδα.'), []);
  // Named without being left out, the country stays an EU signal.
  assert.deepEqual(countries('Bara för oss i Sverige: kod KRABI5.'), ['SE']);
});

test('a short line setting an issued-looking word equal to a discount gives it as the code; tickers and rates do not', () => {
  assert.deepEqual(promoCodesIn('PIXEL15 = 20% off fees on Qorvex'), ['PIXEL15']);
  assert.deepEqual(promoCodesIn('🔥 MARIN7 = 20% manje naknade na Qorvexu'), ['MARIN7']);
  assert.deepEqual(promoCodesIn('RSI = 70% on the Qorvex chart'), []);
  assert.deepEqual(promoCodesIn('APY = 5% on Qorvex staking'), []);
});

test('guides, ambassadors and review pages (blind43-45): own code words, prefixed codes, coins, habits, ambassadors', () => {
  // A Hungarian code word carrying "my" keeps its code in a guide whose later step warns about seed phrases.
  assert.deepEqual(promoCodesIn('① testnet faucet\n② Qorvex fiók, a meghívókódom: REKAHU\n③ a seed phrase-t SOHA ne add meg'), ['REKAHU']);
  // The Slovak "kódom" (with the code) is no "my": a warning's quoted code stays out.
  assert.deepEqual(promoCodesIn('Upozornenie: stránka qorvex-sk[.]com ponúka bonus s kódom QXSK300. Nezadávajte tam údaje.'), []);
  // A code with the firm's prefix in small letters.
  assert.deepEqual(promoCodesIn('konto na Qorvex z kodem zaproszenia bgZOSIA do zadania'), ['bgZOSIA']);
  // A stablecoin of five capitals is no code.
  assert.deepEqual(promoCodesIn('Open a Qorvex account\nBuy BNB or FDUSD with card'), []);
  // What reviews of a kind usually are is said of others.
  assert.deepEqual(disclosureKindsIn('Recuerde: una "reseña" con botón de registro suele estar patrocinada.'), []);
  // An official ambassador says the firm pays (the words side by side; with the firm's name between them, not yet).
  assert.deepEqual(disclosureKindsIn('Qorvex: esmu oficiālais vēstnieks Latvijā. Kods: JANISQX'), ['paid_placement']);
  assert.deepEqual(disclosureKindsIn("I'm now Qorvex's official ambassador, code AMB5"), ['paid_placement']);
});
