import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EU_LANGUAGE_MIN_CONFIDENCE } from '../indicators/derive-indicators.ts';
import { detectLanguage, languageSample, SHORT_GUESS_CONFIDENCE } from './detect-language.ts';

const SAMPLES: Record<string, string> = {
  en: 'Sign up today and get a welcome bonus when you trade with my favourite exchange, it is the best platform',
  fr: "Inscrivez-vous aujourd'hui et recevez un bonus de bienvenue sur la meilleure plateforme d'échange",
  de: 'Melde dich heute an und erhalte einen Willkommensbonus auf der besten Handelsplattform für Kryptowährungen',
  es: 'Regístrate hoy y consigue un bono de bienvenida en la mejor plataforma de intercambio de criptomonedas',
  it: 'Iscriviti oggi e ricevi un bonus di benvenuto sulla migliore piattaforma di scambio di criptovalute',
  pt: 'Inscreve-te hoje e recebe um bónus de boas-vindas na melhor plataforma de negociação de criptomoedas',
  nl: 'Meld je vandaag aan en krijg een welkomstbonus op het beste handelsplatform voor cryptomunten',
  pl: 'Zarejestruj się dzisiaj i odbierz bonus powitalny na najlepszej giełdzie kryptowalut w internecie',
  sv: 'Registrera dig idag och få en välkomstbonus på den bästa handelsplattformen för kryptovalutor',
  da: 'Tilmeld dig i dag og få en velkomstbonus på den bedste handelsplatform for kryptovalutaer',
  cs: 'Zaregistrujte se ještě dnes a získejte uvítací bonus na nejlepší obchodní platformě pro kryptoměny',
  ro: 'Înregistrează-te astăzi și primește un bonus de bun venit pe cea mai bună platformă de tranzacționare',
  fi: 'Rekisteröidy tänään ja saat tervetuliaisbonuksen parhaalla kryptovaluuttojen kaupankäyntialustalla',
  el: 'Εγγραφείτε σήμερα και λάβετε μπόνους καλωσορίσματος στην καλύτερη πλατφόρμα συναλλαγών',
  hu: 'Regisztrálj még ma, és kapj üdvözlő bónuszt a legjobb kriptovaluta kereskedési platformon',
  hr: 'Registrirajte se danas i dobijte bonus dobrodošlice na najboljoj platformi za trgovanje kriptovalutama',
  bg: 'Регистрирайте се днес и получете бонус за добре дошли на най-добрата платформа за търговия',
  lt: 'Užsiregistruokite šiandien ir gaukite pasveikinimo premiją geriausioje kriptovaliutų prekybos platformoje',
  lv: 'Reģistrējieties šodien un saņemiet sveiciena bonusu labākajā kriptovalūtu tirdzniecības platformā',
  et: 'Registreeru juba täna ja saa tervitusboonus parimal krüptovaluutade kauplemisplatvormil',
};

test('detects EU official languages and flags them', () => {
  for (const [code, text] of Object.entries(SAMPLES)) {
    const r = detectLanguage(text);
    assert.equal(r.code, code, `${code}: ${text}`);
    assert.equal(r.euOfficial, true);
    assert.ok(r.confidence > 0.3 && r.confidence <= 1, `${code} confidence ${r.confidence}`);
  }
});

test('non-EU languages are detected but not EU official', () => {
  const tr = detectLanguage('Bugün kaydolun ve en iyi kripto para ticaret platformunda hoş geldin bonusu kazanın');
  assert.deepEqual([tr.code, tr.euOfficial], ['tr', false]);
  const ru = detectLanguage('Зарегистрируйтесь сегодня и получите приветственный бонус на лучшей торговой платформе');
  assert.deepEqual([ru.code, ru.euOfficial], ['ru', false]);
});

test('short text or text made only of handles, tags, links and codes is unknown', () => {
  assert.deepEqual(detectLanguage('gm fr'), { code: null, confidence: 0, euOfficial: false });
  assert.deepEqual(detectLanguage('@qorvex #qorvex #bitcoin https://qorvex.io/register?ref=ABCDEFGHIJ QX2024 WELCOME100'), {
    code: null,
    confidence: 0,
    euOfficial: false,
  });
  assert.deepEqual(detectLanguage(''), { code: null, confidence: 0, euOfficial: false });
});

test('a post of 5-9 letters gets a guess, never confident enough for an EU-language nexus', () => {
  for (const [text, code] of [
    ['🔥 $ADA iar urcă! @dana_c #cardano https://t.co/x1', 'ro'],
    ['📉 $BTC vėl krenta @ona_k', 'lt'],
    ['ça monte !', 'fr'],
  ] as const) {
    const r = detectLanguage(text);
    assert.equal(r.code, code, text);
    assert.ok(r.confidence > 0 && r.confidence <= SHORT_GUESS_CONFIDENCE && r.confidence < EU_LANGUAGE_MIN_CONFIDENCE, `${text}: ${r.confidence}`);
  }
});

test('the sample drops URLs, handles, hashtags and codes before detection', () => {
  assert.equal(languageSample('Rejoins @qorvex #crypto https://qorvex.io/i/ABC avec QX2024 maintenant'), 'Rejoins avec maintenant');
});

test('a longer, clearer text is more confident than a short ambiguous one', () => {
  const long = detectLanguage(SAMPLES.de! + ' ' + SAMPLES.de!);
  const short = detectLanguage('Der beste Bonus für dich heute');
  assert.equal(long.code, 'de');
  assert.ok(long.confidence >= short.confidence);
});

test('short Czech is not taken for Slovak or Slovene (distinctive letters)', () => {
  for (const text of [
    'Bitcoin zase nad 99k, ale zůstávám v klidu. #BTC',
    'Moje pravidelné nákupy pokračují každé pondělí.',
    'Sleduje někdo tento týden přítoky do ETF? #BTC',
    'Recenze Brisklane: poplatky nízké, ale výběry trvají dlouho a podpora neodpovídá.',
  ]) {
    assert.equal(detectLanguage(text).code, 'cs', text);
  }
});

test('a short English post is English, not French or another EU language', () => {
  for (const text of ['gm fam, huge news today', 'Big day for the bulls, buy the dip', 'Who else is holding through this week?', 'Loving the new app update so far']) {
    const r = detectLanguage(text);
    assert.ok(r.code === 'en' || r.code === null, `${text}: ${r.code}`);
    assert.notEqual(r.code, 'fr', text);
  }
});

test('English code-switched with Tagalog is not read as an EU language (Taglish)', () => {
  for (const text of [
    'Grabe ang laki ng bonus today, sign up na kayo guys habang may promo pa',
    'Salamat po sa support, next week ulit tayo mag live para sa mga bagong tips',
    'Sobrang dali lang mag deposit gamit ang app, try nyo na rin mga kaibigan',
  ]) {
    const r = detectLanguage(text);
    assert.ok(r.code === 'tl' || r.code === 'en', `${text}: ${r.code}`);
  }
});

test('Irish and Maltese are recognised (EU official languages without an eld model)', () => {
  const ga = detectLanguage('Tá an aimsir go hálainn inniu agus beidh muid ag dul chuig an trá tar éis an lóin le mo chlann');
  assert.deepEqual([ga.code, ga.euOfficial], ['ga', true]);
  const mt = detectLanguage('Il-gvern ħabbar illum li se jibda jaħdem fuq triq ġdida fil-belt u x-xogħol se jdum sena');
  assert.deepEqual([mt.code, mt.euOfficial], ['mt', true]);
});

test('a hashtag written beyond ASCII is a word of the post\'s language; an ASCII hashtag stays out', () => {
  assert.equal(detectLanguage('📈 $ETH знову росте!!! дякую @oksana 🙌 #крипта #Україна').code, 'uk');
  assert.equal(detectLanguage('🚀 $BTC опет расте!!! хвала @nikola 🙏 #крипто #Србија').code, 'sr');
  assert.equal(detectLanguage('Great day on the markets today, all green #krypto #börse').code, 'en');
});

test('a language is set aside when the post has letters it never writes (ё is not Bulgarian, ö not Romanian)', () => {
  assert.equal(detectLanguage('монета снова растёт').code, 'ru');
  assert.equal(detectLanguage('цена снова растёт').code, 'ru');
  assert.equal(detectLanguage('jössz ma este?').code, 'hu');
  // A loan letter ("Café") does not move a German post.
  assert.equal(detectLanguage('Die Zahlung im Café hat endlich geklappt, super schnell!').code, 'de');
});

test('Greek written in Latin letters (Greeklish) is Greek; an English post with one such word is not', () => {
  assert.equal(detectLanguage('kalimera paidia, ti kanete? exw ena thema me to account mou').code, 'el');
  assert.equal(detectLanguage('opoios thelei na kanei eggrafh as valei ton kwdiko mou').code, 'el');
  assert.equal(detectLanguage('I am at the cafe with my friends, re the meeting tomorrow').code, 'en');
  // Other spellings of the same words (ω as o or w, χ as h or x).
  assert.equal(detectLanguage('Efharisto poli, twra douleuei').code, 'el');
  assert.equal(detectLanguage('isws prepei na to dokimaseis avrio').code, 'el');
  assert.equal(detectLanguage('My ego says the poli sci class was fine').code, 'en');
});

test('Macedonian and Galician, which eld has no model for, are not taken for Bulgarian or Portuguese (a false EU nexus)', () => {
  assert.equal(detectLanguage('Утре одам во Скопје со другарите, ќе се видиме навечер.').code, 'mk');
  assert.equal(detectLanguage('Hoxe non fomos á praia porque chovía moito en Vigo.').code, 'gl');
  assert.equal(detectLanguage('Днес най-накрая продадох старата кола и ще си взема колело.').code, 'bg');
  assert.equal(detectLanguage('Hoje não fomos à praia porque choveu muito em Lisboa.').code, 'pt');
});

test('Hindi in Latin letters is Hindi (CLD3\'s romanised model), not Tagalog or Malay; Macedonian letters say Macedonian', () => {
  assert.equal(detectLanguage('Bhai mujhe samajh nahi aata ki sab log itna darr kyun rahe hain, market toh upar neeche hota rehta hai').code, 'hi');
  assert.equal(detectLanguage('Денеска ќе купам малку повеќе биткоин').code, 'mk');
  assert.equal(detectLanguage('Данас ћу купити још мало биткоина').code, 'sr');
});

test('a post written in capitals is read in its language, lower-cased; in a mixed-case post capitals stay codes', () => {
  const caps: Array<[string, string]> = [
    ['de', 'ALLES IST HEUTE ROT, LEIDER'],
    ['it', 'TUTTO ROSSO OGGI, CHE DISASTRO'],
    ['pl', 'WSZYSTKO SPADA, TRZYMAJCIE SIĘ MOCNO'],
    ['el', 'ΟΛΑ ΚΟΚΚΙΝΑ ΣΗΜΕΡΑ ΠΑΙΔΙΑ'],
    ['nl', 'VANDAAG GAAT ALLES OMLAAG JONGENS'],
    ['pt', 'NÃO VENDAM AGORA, AGUENTEM FIRME'],
  ];
  for (const [code, text] of caps) assert.equal(detectLanguage(text).code, code, text);
  // Codes with digits, handles and cashtags stay out of a shouted post too.
  assert.equal(languageSample('UŻYJ KODU QX2024 TERAZ @qorvex $QRV'), 'użyj kodu teraz');
  // Tickers in an ordinary post are still left out, and the post is not lower-cased.
  assert.equal(languageSample('Kupiłem BTC i ETH dzisiaj rano'), 'Kupiłem i dzisiaj rano');
  assert.equal(detectLanguage('HODL and chill, this is not financial advice').code, 'en');
});

/** Plain letters written in a compatibility "fancy font": mathematical bold, sans-serif bold, script, full-width. */
function fancy(text: string, upper: number, lower: number): string {
  return text.replace(/[A-Za-z]/g, (ch) => String.fromCodePoint(ch <= 'Z' ? upper + ch.charCodeAt(0) - 65 : lower + ch.charCodeAt(0) - 97));
}

test('letters in a fancy font (mathematical, full-width) are read as the plain letters NFKC makes of them', () => {
  const bold = (t: string) => fancy(t, 0x1d400, 0x1d41a);
  const sansBold = (t: string) => fancy(t, 0x1d5d4, 0x1d5ee);
  const boldScript = (t: string) => fancy(t, 0x1d4d0, 0x1d4ea);
  const fullWidth = (t: string) => fancy(t, 0xff21, 0xff41);
  assert.equal(detectLanguage(`${bold('Heute bleibe ich lieber zu Hause')} 🏠🏠`).code, 'de');
  assert.equal(detectLanguage(`${boldScript('Bonne soirée à tous les amis')} ✨`).code, 'fr');
  assert.equal(detectLanguage(fullWidth('hoy todo está bajando, paciencia')).code, 'es');
  // Capitals in a fancy font: both classes at once.
  assert.equal(detectLanguage(`${sansBold('TUTTO ROSSO OGGI, CHE DISASTRO')} 📉📉`).code, 'it');
  assert.equal(detectLanguage(bold('See you all at the meetup tonight')).code, 'en');
  assert.equal(languageSample(`${bold('Bonjour')} ${bold('CODE')}2024`), 'Bonjour');
});

test('fancy fonts NFKC leaves alone: small capitals read as letters, underline and strike-through marks dropped', () => {
  assert.equal(detectLanguage('ᴅᴢɪś ᴡꜱᴢʏꜱᴛᴋᴏ ʀᴏśɴɪᴇ ɴᴀ ɢɪᴇłᴅᴢɪᴇ').code, 'pl');
  assert.equal(detectLanguage('ᴡᴇ ᴀʀᴇ ꜱᴏ ʙᴀᴄᴋ ɢᴜʏꜱ').code, 'en');
  const marked = (t: string, mark: string) => t.replace(/\p{L}/gu, (ch) => ch + mark);
  assert.equal(detectLanguage(marked('Tutto rosso oggi, amici miei', '\u0336')).code, 'it');
  assert.equal(detectLanguage(marked('Heute ist alles rot, leider', '\u0332')).code, 'de');
  assert.equal(languageSample(marked('Bonne nuit', '\u0336')), 'Bonne nuit');
});

test('words Dutch writes too ("ons", "gaan", "lekker") do not make a Dutch post Afrikaans', () => {
  assert.equal(detectLanguage('Mail ons of kom langs in de winkel in Gouda! #kaas').code, 'nl');
});
