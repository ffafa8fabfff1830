// Promo-code and offer vocabulary per language (ESMA reverse-solicitation Guideline 2 §20: promotional
// deals, promo codes). Data only: analysts extend these lists; the syntax is documented in
// ../phrase-matcher.ts ("stem*", "code:" = colon must follow, "=Exact" = case-sensitive).
// A code phrase only yields a promo code when a code-like token follows within a few words.
import { withLatinForms } from './latin-forms.ts';

export type OfferKind = 'signup_bonus' | 'deposit_bonus' | 'fee_discount' | 'giveaway' | 'invite_on_request';

/** Phrases announcing a code. Keys are ISO 639-1 codes. */
export const CODE_PHRASES: Record<string, readonly string[]> = {
  en: ['promo code', 'promocode', 'use my code', 'use code', 'using code', 'using my code', 'with code', 'with my code', 'enter code', 'my code', 'referral code', 'ref code', 'invite code', 'invitation code', 'bonus code', 'discount code', 'coupon code', 'voucher code', 'affiliate code', 'signup code', 'sign up code', 'code:', 'referral id', 'ref id', 'invite id', 'voucher:', 'coupon:', 'referrer id', 'referrer code', 'inviter id', 'inviter code', 'invitation id'],
  fr: ['code promo', 'mon code', 'code parrainage', 'code de parrainage', 'code parrain', 'code de réduction', "code d'invitation", 'code invitation', 'code bonus', 'avec le code', 'avec mon code', 'utilise mon code', 'utilisez mon code', 'utilisez le code', 'code affilié', 'code:', 'id de parrainage', 'identifiant de parrainage', 'code de référence', "id d'invitation"],
  de: ['Gutscheincode', 'Promo-Code', 'Promocode', 'Empfehlungscode', 'mit meinem Code', 'mit dem Code', 'Rabattcode', 'Einladungscode', 'Bonuscode', 'Referral-Code', 'Partnercode', 'meinen Code', 'mein Code', 'Aktionscode', 'Werbecode', 'Code:', 'Gutschein:', 'Gutscheine:', 'Empfehlungs-ID', 'Einladungs-ID', 'Referral-ID', 'Werber-ID', 'Empfehlungs-Code'],
  es: ['código promocional', 'código promo', 'código de referido', 'código de referencia', 'usa mi código', 'usa el código', 'con mi código', 'con el código', 'código de invitación', 'código de descuento', 'código de bono', 'mi código', 'código:', 'ID de referido', 'ID de invitación', 'código de recomendación', 'código de referidos'],
  it: ['codice promo', 'codice promozionale', 'codice sconto', 'codice invito', 'codice di invito', 'codice referral', 'codice amico', 'codice bonus', 'il mio codice', 'usa il codice', 'usa il mio codice', 'con il codice', 'con il mio codice', 'codice:', 'ID referral', 'ID di invito', 'ID invito', 'codice di riferimento', 'codice di referral'],
  pt: ['código promocional', 'código de indicação', 'código de convite', 'código de referência', 'usa o meu código', 'use meu código', 'use o código', 'usa o código', 'meu código', 'cupom', 'cupão', 'código:', 'ID de indicação', 'ID de convite', 'código de recomendação', 'ID de referência'],
  nl: ['kortingscode', 'promotiecode', 'promocode', 'uitnodigingscode', 'referralcode', 'actiecode', 'bonuscode', 'mijn code', 'gebruik code', 'gebruik de code', 'gebruik mijn code', 'met code', 'met mijn code', 'code:', 'verwijzingscode', 'verwijscode', 'doorverwijzingscode', 'verwijzings-ID', 'uitnodigings-ID'],
  pl: ['kod promocyjny', 'kod polecający', 'kod polecenia', 'kod rabatowy', 'kod zaproszenia', 'kod referencyjny', 'kod bonusowy', 'mój kod', 'z kodem', 'z moim kodem', 'użyj kodu', 'użyj mojego kodu', 'wpisz kod', 'kod:', 'ID polecającego', 'ID polecenia', 'kod polecającego', 'kod zapraszającego'],
  sv: ['rabattkod', 'kampanjkod', 'värvningskod', 'hänvisningskod', 'hänvisningskod*', 'inbjudningskod', 'bonuskod', 'referenskod', 'min kod', 'använd koden', 'använd min kod', 'med koden', 'kod:', 'koden:', 'rabattkod*', 'kampanjkod*', 'värvningskod*', 'inbjudningskod*', 'bonuskod*', 'referenskod*', 'hänvisnings-ID', 'värvnings-ID', 'inbjudnings-ID'],
  da: ['rabatkode', 'henvisningskode', 'invitationskode', 'kampagnekode', 'bonuskode', 'min kode', 'brug koden', 'brug min kode', 'med koden', 'kode:', 'koden:', 'rabatkode*', 'henvisningskode*', 'invitationskode*', 'kampagnekode*', 'bonuskode*', 'skriv koden', 'henvisnings-ID', 'invitations-ID'],
  cs: ['slevový kód', 'promo kód', 'promo kod', 'můj kód', 'referenční kód', 'zvací kód', 'kód pozvánky', 'bonusový kód', 'použij kód', 'použijte kód', 's kódem', 'kód:', 'kód doporučení', 'doporučující kód', 'ID doporučení', 'kód doporučitele'],
  sk: ['zľavový kód', 'promo kód', 'môj kód', 'referenčný kód', 'použi kód', 'použite kód', 's kódom', 'kód:', 'odporúčací kód', 'kód odporúčania', 'ID odporúčania', 'kód pozvánky'],
  ro: ['cod promoțional', 'cod promotional', 'cod promo', 'codul meu', 'cod de recomandare', 'cod de invitație', 'cod de reducere', 'folosește codul', 'folositi codul', 'cu codul', 'cod:', 'codul:', 'ID de recomandare', 'ID de invitație', 'cod de invitare'],
  fi: ['alennuskoodi', 'alennuskoodilla', 'kampanjakoodi', 'kampanjakoodilla', 'kutsukoodi', 'kutsukoodilla', 'suosituskoodi', 'promokoodi', 'bonuskoodi', 'koodini', 'koodilla', 'käytä koodia', 'koodi:', 'alennuskood*', 'kampanjakood*', 'kutsukood*', 'suosituskood*', 'promokood*', 'bonuskood*', 'tarjouskood*', 'koodillani', 'alekood*', 'suosittelukoodi', 'suosittelukood*', 'suosittelijan koodi', 'suosittelutunnus', 'kutsutunnus', 'suosittelu-ID'],
  el: ['κωδικός', 'κωδικό', 'κωδικός προσφοράς', 'κωδικό προσφοράς', 'κωδικός παραπομπής', 'κωδικό παραπομπής', 'κωδικός έκπτωσης', 'κωδικός πρόσκλησης', 'κωδικό πρόσκλησης', 'ID παραπομπής'],
  hu: ['kuponkód', 'promóciós kód', 'promo kód', 'meghívó kód', 'meghívókód', 'ajánló kód', 'ajánlókód', 'kedvezménykód', 'kódom', 'kóddal', 'kód:', 'ajánlói kód*', 'ajánló kód*', 'meghívó kód*', 'promóciós kód*', 'kuponkód*', 'kódommal', 'ajánlói azonosító', 'meghívó azonosító', 'meghívói kód'],
  sl: ['promo koda', 'koda za popust', 'moja koda', 'povabilna koda', 'referenčna koda', 'uporabi kodo', 'koda:', 'koda priporočila', 'priporočilna koda', 'ID priporočila', 'koda povabila'],
  hr: ['promo kod', 'promotivni kod', 'kod za popust', 'moj kod', 'kod za preporuku', 'pozivni kod', 'koristi kod', 'kod:', 'kod preporuke', 'preporučni kod', 'ID preporuke', 'kod pozivnice'],
  bg: ['промо код', 'промокод', 'код за отстъпка', 'моят код', 'моя код', 'код за покана', 'реферален код', 'използвай код', 'код:', 'промо код*', 'код за препоръка', 'код за покана', 'ID за препоръка', 'реферален ID'],
  lt: ['nuolaidos kodas', 'nuolaidos kodą', 'akcijos kodas', 'promo kodas', 'mano kodas', 'mano kodą', 'pakvietimo kodas', 'naudok kodą', 'kodas:', 'rekomendacijos kodas', 'rekomendacijos ID', 'pakvietimo ID'],
  lv: ['atlaides kods', 'atlaižu kods', 'promo kods', 'mans kods', 'manu kodu', 'ielūguma kods', 'izmanto kodu', 'kods:', 'ieteikuma kods', 'uzaicinājuma kods', 'ielūguma ID', 'novirzīšanas kods', 'ieteikuma ID'],
  mt: ['kodiċi promozzjonali', 'kodiċi ta referenza', 'kodiċi ta referenza tiegħi', 'il-kodiċi tiegħi', 'kodiċi tiegħi', 'kodiċi:', 'il-kodiċi:', 'kodiċi tar-referenza', 'ID tar-referenza'],
  ga: ['cód bolscaireachta', 'cód atreoraithe', 'chód atreoraithe', 'gcód atreoraithe', 'cód lascaine', 'cód cuiridh', 'mo chód', 'cód:', 'aitheantas atreoraithe', 'ID atreoraithe'],
  et: ['sooduskood', 'sooduskoodi', 'kampaaniakood', 'promokood', 'kutsekood', 'minu kood', 'minu koodi', 'kasuta koodi', 'kood:', 'sooduskood*', 'kutsekood*', 'promokood*', 'sooduskoodiga', 'koodiga', 'minu koodiga', 'soovituskood', 'soovituskood*', 'kutse ID', 'soovitaja kood', 'soovitaja ID', 'soovitus-ID'],
  // Not EU official languages, but Russian and Ukrainian posts reach large audiences in the Baltic states and
  // across the EU; a code they announce is a code whatever the language (the nexus is judged separately).
  ru: ['промокод', 'промо код', 'реферальный код', 'код приглашения', 'пригласительный код', 'мой код', 'по коду', 'с кодом', 'с моим кодом', 'по моему коду', 'введи код', 'введите код', 'используй код', 'код:'],
  // Catalan, Icelandic, Albanian, Belarusian and Macedonian readers meet the same offers (Andorra and Catalonia,
  // the EEA, the Western Balkans, the diaspora).
  ca: ['codi promocional', 'codi promo', 'codi de referència', "codi d'invitació", 'codi de descompte', 'el meu codi', 'amb el codi', 'amb el meu codi', 'fes servir el codi', 'codi:'],
  is: ['afsláttarkóði', 'afsláttarkóða', 'afsláttarkóðann', 'boðskóði', 'boðskóða', 'kóðinn minn', 'kóðann minn', 'með kóðanum', 'notaðu kóðann', 'notaðu kóða', 'kóði:'],
  sq: ['kodi promocional', 'kodin promocional', 'kodi im', 'kodin tim', 'me kodin', 'me kodin tim', 'përdor kodin', 'kodi i ftesës', 'kodi:'],
  be: ['прамакод', 'мой код', 'маім кодам', 'з кодам', 'з маім кодам', 'код запрашэння', 'код:'],
  // Serbian in Cyrillic (its Latin script reads with the Croatian words above).
  sr: ['промо код', 'мој код', 'са кодом', 'са мојим кодом', 'реферални код', 'позивни код', 'код за попуст', 'користи код', 'користите код', 'унеси код', 'унесите код', 'код:'],
  mk: ['промо код', 'мојот код', 'со кодот', 'со мојот код', 'користи го кодот', 'код за покана', 'кодот:'],
  // Norwegian (EEA): its own words beside the Danish ones it shares ("vervekoden", recruiting code; "bruk koden").
  no: ['vervekode', 'vervekode*', 'rabattkode', 'rabattkode*', 'kampanjekode', 'kampanjekode*', 'bruk koden', 'bruk min kode', 'min kode', 'med koden', 'koden:'],
  sw: ['kodi yangu', 'kodi ya rufaa', 'msimbo wangu', 'kwa kodi yangu'],
  uk: ['промокод', 'реферальний код', 'код запрошення', 'мій код', 'з кодом', 'з моїм кодом', 'за кодом', 'введи код', 'введіть код', 'використовуй код', 'код:'],
};
// Greek and Bulgarian code words as posts type them in Latin letters: "kwdikos", "promo kod" (latin-forms.ts).
for (const language of ['el', 'bg']) CODE_PHRASES[language] = withLatinForms(CODE_PHRASES[language] ?? []);

/**
 * The bare word "code" in each language. Alone it is too common ("source code", "QR code") to search
 * several words ahead, so it only yields a code that follows immediately: "Code WHALE", "codice GIO".
 */
export const BARE_CODE_WORDS: readonly string[] = [
  'кода', 'кодът', 'code', 'codes', 'codice', 'código', 'codigo', 'kod', 'kodem', 'kód', 'kódem', 'kode', 'koden', 'koodi', 'koodilla', 'cod', 'codul', 'koda', 'kodo', 'kods', 'kodu', 'kodas', 'kodą', 'kood', 'koodi', 'κωδικό', 'код', 'kóddal', 'koodia', 'kódom', 'kódot', 'kodiċi', 'cód', 'chód', 'gcód', 'kodą', 'kodom', 'kodo', 'koodiga', 'кодом', 'коду', 'kodā',
  // diminutives and the code parameters people name in text ("use vipCode X", "nový kódik")
  'codi', 'kóði', 'kóða', 'kóðann', 'kóðanum', 'kóðinn', 'kodi', 'kodin', 'kodit', 'кодам', 'кодот',
  'kódik', 'kodik', 'kódiky', 'vipcode', 'refcode', 'invitecode', 'inviteCode', 'soovituskoodi', 'soovituskood', 'sooduskoodi', 'kutsekoodi',
];

/**
 * The singular case forms of the code word, and of its invite/referral/promo compounds, in the languages that
 * inflect it ("syöttää koodin X", "használja a kódomat: X", "davet kodumu kullanın: X"): stem x endings, written
 * out here so the lists stay data. Plurals stay out (PLURAL_CODE_WORDS: several codes talked about, none given).
 * Compound prefixes are only the promotional ones: "lähdekoodi" (source code) or "PIN-koodi" must not join.
 */
function inflect(stems: readonly string[], endings: readonly string[]): string[] {
  return stems.flatMap((s) => endings.map((e) => s + e));
}
export const CODE_WORD_FORMS: readonly string[] = [
  // fi: koodi, koodin, koodia, koodilla, koodini, koodiani, koodillani, koodiksi, koodista; kutsukoodin, alennuskoodia ...
  ...inflect(['koodi', 'kutsukoodi', 'alennuskoodi', 'kampanjakoodi', 'suosituskoodi', 'promokoodi', 'bonuskoodi', 'tarjouskoodi', 'etukoodi', 'rekisteröintikoodi', 'rekisteröitymiskoodi'],
    ['', 'n', 'a', 'lla', 'ni', 'llani', 'ksi', 'sta', 'mme', 'si', 'nsa', 'na', 'ksesi', 'ani', 'asi', 'ansa']),
  // et: kood, koodi, koodiga, koodid (no: plural), minu koodi; kutsekood, sooduskoodiga ...
  ...inflect(['kood', 'kutsekood', 'sooduskood', 'soovituskood', 'promokood', 'boonuskood', 'kampaaniakood'], ['', 'i', 'iga', 'ile', 'iks']),
  // hu: kód, kódom, kódomat, kódot, kódommal, kóddal, kódját, kódunkat; meghívókódom ...
  ...inflect(['kód', 'meghívókód', 'ajánlókód', 'kuponkód', 'kedvezménykód', 'promókód', 'bónuszkód', 'regisztrációs kód'],
    ['', 'om', 'omat', 'ot', 'ommal', 'dal', 'ja', 'ját', 'unk', 'unkat', 'od', 'odat', 'omra', 'ra']),
  // cs / sk: kód, kódu, kódem, kódom, kódik; pl: kod, kodu, kodem, kodzik; hr / sl / lt / lv / tr forms of "kod"
  ...inflect(['kód'], ['u', 'em', 'om', 'ík', 'íku']),
  ...inflect(['kod'], ['u', 'em', 'zik', 'a', 'om', 'o', 'as', 'ą', 'ui', 's', 'am', 'ā', 'um', 'umu', 'unu', 'umla', 'uyla', 'unuzu', 'la', 'unla']),
  // ro: cod, codul, codului, codu'; bg: код, кода, кодът; el: κωδικός, κωδικό, κωδικού; da / sv / no definite forms
  'codul', 'codului', 'codu', 'кодът', 'кода', 'κωδικός', 'κωδικό', 'κωδικού', 'κωδικο', 'κωδικος', 'κωδικου', 'koden', 'koda', 'kodo',
  'davet kodu', 'davet kodumu', 'referans kodu', 'referans kodumu', 'promosyon kodu',
  // Greeklish (Greek written in Latin letters): kwdikos, kwdiko, kodiko ...
  'kwdikos', 'kwdiko', 'kwdikou', 'kodikos', 'kodiko', 'kodikou',
  ...seasonCodeWords(),
];

/**
 * A campaign's code named by its season or occasion in one compound word, as the compounding languages write it
 * ("joulukoodi", "Weihnachtscode", "kerstcode", "julkoden", "Sommer-Code" is two words and already a code phrase):
 * season and occasion prefixes x the code word's forms. A season is never a kind of code that is not an offer
 * (unlike "lähde-" source or "PIN-"), so the list can be broad.
 */
function seasonCodeWords(): string[] {
  const fi = inflect(['joulu', 'kesä', 'talvi', 'kevät', 'syys', 'uudenvuoden', 'pääsiäis', 'ystävänpäivä', 'synttäri', 'juhla', 'tervetulo', 'aloitus']
    .map((p) => `${p}koodi`), ['', 'n', 'a', 'lla', 'ni', 'ksi', 'sta', 'si']);
  const et = inflect(['jõulu', 'suve', 'talve', 'kevade', 'sügise', 'uusaasta', 'tervitus'].map((p) => `${p}kood`), ['', 'i', 'iga']);
  const de = ['weihnachts', 'winter', 'sommer', 'oster', 'frühlings', 'herbst', 'neujahrs', 'silvester', 'advents', 'geburtstags', 'jubiläums', 'willkommens', 'start', 'aktions']
    .flatMap((p) => [`${p}code`, `${p}codes`]);
  const nl = ['kerst', 'zomer', 'winter', 'lente', 'herfst', 'nieuwjaars', 'paas', 'sinterklaas', 'verjaardags', 'jubileum', 'welkomst', 'actie'].map((p) => `${p}code`);
  const sv = inflect(['jul', 'sommar', 'vinter', 'vår', 'höst', 'nyårs', 'påsk', 'välkomst', 'kampanj'].map((p) => `${p}kod`), ['', 'en']);
  const daNo = inflect(['jule', 'jul', 'sommer', 'vinter', 'forårs', 'vår', 'efterårs', 'høst', 'nytårs', 'nyttårs', 'påske', 'velkomst', 'kampagne', 'kampanje']
    .map((p) => `${p}kode`), ['', 'n']);
  // Hungarian writes the season apart ("karácsonyi kód"): the bare code word's forms find it.
  return [...fi, ...et, ...de, ...nl, ...sv, ...daNo];
}

/**
 * The code word in its "with" case: "saat bonuksen koodilla sauna", "kodem wisla", "kóddal balaton", "koodiga kama". A plain
 * word right after it that closes its clause is the code (promo-detector.ts).
 */
export const INSTRUMENTAL_CODE_WORDS: readonly string[] = [
  'koodilla', 'koodillani', 'koodiga', 'kodem', 'kódem', 'kódom', 'kodom', 'kóddal', 'kódommal', 'кодом',
];

/** "on", "at", "for", "in" before a firm: "kód leto na XT.COM", "code moon on Qorvex", "Code sonne bei Qorvex". Folded. */
export const ON_WORDS: readonly string[] = [
  'on', 'at', 'for', 'in', 'bei', 'auf', 'fur', 'sur', 'chez', 'pour', 'en', 'em', 'na', 'pe', 'op', 'bij', 'voor', 'pa', 'hos', 'for', 'w', 'v', 'u',
  'на', 'στο', 'στην', 'σε', 'su', 'per', 'nel', 'no', 'pri', 'za', 'la', 'ar', 'ant', 'fuq', 'ag', 'ar', 'para', 'del', 'de',
];

/**
 * How to write a code: "kasia (tak, małymi literami)", "ivana (с малки букви)", "X – all caps". Set off right
 * after a word in a post about codes, the remark marks that word as the code (promo-detector.ts).
 */
export const CASE_REMARKS: readonly string[] = [
  'lowercase', 'lower case', 'lower-case', 'small letters', 'uppercase', 'upper case', 'upper-case', 'all caps', 'in caps', 'capital letters', 'case sensitive',
  'kleinbuchstaben', 'kleingeschrieben', 'klein geschrieben', 'großbuchstaben', 'großgeschrieben', 'groß geschrieben', 'minuscules', 'en minuscules', 'majuscules',
  'en majuscules', 'minúsculas', 'en minúsculas', 'mayúsculas', 'en mayúsculas', 'minuscole', 'maiuscole', 'maiúsculas', 'kleine letters', 'hoofdletters',
  'małymi literami', 'małymi', 'wielkimi literami', 'dużymi literami', 'malými písmeny', 'velkými písmeny', 'malými písmenami', 'veľkými písmenami',
  'с малки букви', 'с главни букви', 'pienillä kirjaimilla', 'pienellä', 'isoilla kirjaimilla', 'isolla', 'små bokstäver', 'stora bokstäver',
  'små bogstaver', 'store bogstaver', 'kisbetűvel', 'kisbetűkkel', 'nagybetűvel', 'nagybetűkkel', 'litere mici', 'cu litere mici', 'majuscule',
  'malim slovima', 'velikim slovima', 'z malimi črkami', 'z velikimi črkami', 'μικρά γράμματα', 'με μικρά', 'κεφαλαία', 'mazajiem burtiem',
  'lielajiem burtiem', 'mažosiomis raidėmis', 'mažosiomis', 'didžiosiomis raidėmis', 'väikeste tähtedega', 'suurte tähtedega', 'ittri żgħar', 'ittri kbar',
  'litreacha beaga', 'ceannlitreacha',
];

/**
 * "in capitals" said of a code in speech, in the EU languages and a few neighbours: a caption gives the spoken form, says
 * it is in capitals, then writes it ("de code is joost, in hoofdletters JOOST", "vlad șapte cu majuscule ... VLAD7").
 * Only upper case: a code said to be in small letters is written as spoken.
 */
export const CAPITALS_CUES: readonly string[] = [
  'in capitals', 'in capital letters', 'capital letters', 'all caps', 'in caps', 'all capitals', 'uppercase', 'upper case', 'in upper case', 'all uppercase',
  'großbuchstaben', 'in großbuchstaben', 'großgeschrieben', 'alles groß', 'en majuscules', 'majuscules', 'en mayúsculas', 'mayúsculas', 'tutto maiuscolo',
  'in maiuscolo', 'maiuscolo', 'maiuscole', 'em maiúsculas', 'maiúsculas', 'caixa alta', 'in hoofdletters', 'hoofdletters', 'dużymi literami', 'wielkimi literami',
  'wszystko dużymi', 'velkými písmeny', 'velkými písmenky', 'veľkými písmenami', 'veľkými písmenkami', 'z velikimi črkami', 'velikimi črkami', 'velikim slovima',
  'великим словима', 'с главни букви', 'главни букви', 'με κεφαλαία', 'κεφαλαία', 'isoilla kirjaimilla', 'isoin kirjaimin', 'suurte tähtedega', 'suurtähtedega',
  'nagybetűvel', 'nagybetűkkel', 'cu majuscule', 'cu litere mari', 'didžiosiomis raidėmis', 'didžiosiomis', 'ar lielajiem burtiem', 'lielajiem burtiem',
  'med versaler', 'versaler', 'stora bokstäver', 'store bogstaver', 'store bokstaver', 'ittri kbar', 'i gceannlitreacha', 'ceannlitreacha',
  'большими буквами', 'заглавными буквами', 'великими літерами', 'büyük harflerle', 'huruf besar', 'huruf kapital', 'herufi kubwa', 'malalaking titik',
];

/**
 * What a code is said to be when it is not named: "the OKX code is valid / expired / simple / personal". After
 * "<firm> code <is>" a plain word that ends its clause is the code ("bitget kod je marija 😅"), unless it is one
 * of these. Folded; function words are excluded anyway (function-words.ts).
 */
export const CODE_PREDICATES: readonly string[] = [
  'valid', 'invalid', 'expired', 'active', 'inactive', 'working', 'broken', 'dead', 'live', 'gone', 'fake', 'real', 'legit', 'correct', 'wrong', 'required',
  'needed', 'free', 'same', 'different', 'personal', 'unique', 'simple', 'easy', 'short', 'long', 'ok', 'okay', 'fine', 'great', 'good', 'bad', 'useless',
  'public', 'private', 'unknown', 'missing', 'secret', 'mandatory', 'limited', 'unlimited', 'automatic', 'included', 'applied', 'numeric', 'attached', 'pinned',
  'gultig', 'ungultig', 'abgelaufen', 'aktiv', 'inaktiv', 'tot', 'falsch', 'richtig', 'kostenlos', 'gratis', 'gleich', 'personlich', 'einfach', 'kurz',
  'lang', 'geheim', 'erforderlich', 'notig', 'valide', 'invalide', 'expire', 'actif', 'faux', 'gratuit', 'personnel', 'court', 'obligatoire', 'perime', 'mort',
  'bon', 'mauvais', 'valido', 'invalido', 'caducado', 'vencido', 'activo', 'falso', 'correcto', 'gratuito', 'mismo', 'sencillo', 'corto', 'largo', 'obligatorio',
  'bueno', 'malo', 'scaduto', 'attivo', 'corretto', 'stesso', 'personale', 'semplice', 'breve', 'lungo', 'obbligatorio', 'buono', 'expirado', 'ativo', 'correto',
  'pessoal', 'simples', 'curto', 'longo', 'obrigatorio', 'geldig', 'ongeldig', 'verlopen', 'actief', 'nep', 'vals', 'juist', 'fout', 'zelfde', 'persoonlijk',
  'simpel', 'eenvoudig', 'kort', 'verplicht', 'wazny', 'niewazny', 'aktywny', 'nieaktywny', 'falszywy', 'poprawny', 'bledny', 'darmowy', 'osobisty', 'prosty',
  'krotki', 'dlugi', 'wymagany', 'martwy', 'platny', 'neplatny', 'aktivni', 'aktivny', 'falesny', 'falosny', 'spravny', 'chybny', 'zdarma', 'stejny',
  'rovnaky', 'osobni', 'osobny', 'jednoduchy', 'kratky', 'dlouhy', 'dlhy', 'povinny', 'vazeci', 'nevazeci', 'aktivan', 'lazan', 'tocan', 'netocan',
  'besplatan', 'isti', 'jednostavan', 'kratak', 'obavezan', 'veljaven', 'neveljaven', 'aktiven', 'brezplacen', 'enostaven', 'voimassa', 'vanhentunut',
  'aktiivinen', 'vaara', 'vaarin', 'oikea', 'ilmainen', 'sama', 'henkilokohtainen', 'yksinkertainen', 'lyhyt', 'pitka', 'pakollinen', 'kehtiv', 'aegunud',
  'aktiivne', 'vale', 'oige', 'tasuta', 'isiklik', 'lihtne', 'luhike', 'pikk', 'kohustuslik', 'giltig', 'gyldig', 'ogiltig', 'ugyldig', 'utgangen', 'udlobet',
  'falsk', 'ratt', 'korrekt', 'samma', 'samme', 'personlig', 'enkel', 'obligatorisk', 'ervenyes', 'ervenytelen', 'lejart', 'hamis', 'helyes', 'ingyenes',
  'ugyanaz', 'szemelyes', 'egyszeru', 'rovid', 'hosszu', 'kotelezo', 'expirat', 'activ', 'fals', 'corect', 'acelasi', 'simplu', 'scurt', 'lung',
  'obligatoriu', 'galiojantis', 'negaliojantis', 'aktyvus', 'netikras', 'teisingas', 'nemokamas', 'asmeninis', 'paprastas', 'trumpas', 'ilgas', 'privalomas',
  'derigs', 'nederigs', 'aktivs', 'viltots', 'pareizs', 'bezmaksas', 'personigs', 'vienkarss', 'iss', 'gars', 'obligats', 'εγκυρος', 'ακυρος', 'ληγμενος',
  'ενεργος', 'ψευτικος', 'σωστος', 'δωρεαν', 'ιδιος', 'προσωπικος', 'απλος', 'συντομος', 'μακρυς', 'υποχρεωτικος', 'валиден', 'невалиден', 'изтекъл',
  'активен', 'фалшив', 'верен', 'безплатен', 'същият', 'личен', 'прост', 'кратък', 'дълъг', 'задължителен', 'validu', 'skadut', 'attiv', 'falz', 'korrett',
  'personali', 'semplici', 'baili', 'gniomhach', 'breagach', 'ceart', 'saor', 'pearsanta', 'simpli',
];

/**
 * Words that look like codes (all capitals) but are not: "use my code HERE", "code in BIO",
 * currency tickers ("code for 100 USDT"). Upper case; compared after upper-casing the candidate.
 */
export const CODE_STOPWORDS: ReadonlySet<string> = new Set([
  'HERE', 'BELOW', 'ABOVE', 'LINK', 'BIO', 'NOW', 'THE', 'AND', 'FOR', 'YOU', 'CODE', 'PROMO', 'BONUS', 'FREE', 'NEW', 'VIP', 'DM', 'DMS',
  'NFA', 'DYOR', 'FYI', 'KYC', 'API', 'APP', 'GET', 'USE', 'MY', 'IN', 'AT', 'ON', 'TO', 'IS',
  'HIER', 'ICI', 'AQUI', 'AQUÍ', 'QUI', 'TUTAJ', 'HÄR', 'HER', 'ZDE', 'AICI', 'TÄSSÄ', 'ITT', 'TUKAJ', 'OVDJE', 'TUK', 'ČIA', 'ŠEIT', 'SIIN', 'ΕΔΩ',
  'USDT', 'USDC', 'USD', 'EUR', 'EURO', 'BTC', 'ETH', 'BNB', 'SOL', 'XRP', 'TRX', 'DOGE', 'BUSD', 'DAI', 'GBP',
  // Stablecoins and coins of five capitals, the shape of an issued code ("Buy BNB or FDUSD with card").
  'FDUSD', 'PYUSD', 'USDE', 'TUSD', 'EURC', 'EURI', 'USDD', 'USDP', 'MATIC', 'TONCOIN', 'SHIB', 'PEPE', 'BONK', 'FLOKI',
  // Security and banking codes named by their kind ("PIN-koodi", "2FA kód", "SMS code"), never a promotion.
  'PIN', 'PUK', 'SMS', '2FA', 'OTP', 'TOTP', 'CVV', 'CVC', 'IBAN', 'BIC', 'SWIFT', 'QR',
  // Identifiers of an account or a transfer, and a domain's ending ("XT.COM-kod"): named, never a promotion's code.
  'UID', 'TXID', 'TXN', 'HASH', 'MEMO', 'COM',
  // Participles that say where the code is ("use the code provided", "enter code shown"), not what it is.
  'PROVIDED', 'SHOWN', 'SENT', 'GIVEN', 'RECEIVED', 'DISPLAYED', 'ATTACHED', 'LISTED', 'MENTIONED',
  // Headings of the note that follows a code line ("my code: <link>\n\n> Disclosure: ...").
  'DISCLOSURE', 'DISCLAIMER', 'NOTE', 'EDIT', 'UPDATE', 'HINWEIS', 'TRANSPARENZ', 'AVERTISSEMENT', 'AVISO', 'AVVISO',
  // Supervisors, the rules and the registers they keep ("check the ESMA register", "MiCA-licensed"): named, never typed in.
  'ESMA', 'MICA', 'CASP', 'CASPS', 'AMF', 'BAFIN', 'CNMV', 'CONSOB', 'AFM', 'KNF', 'CMVM', 'FSMA', 'CSSF', 'CYSEC', 'MFSA', 'HANFA', 'ATVP', 'MNB', 'ČNB', 'CNB',
  'NBS', 'ASF', 'FKTK', 'FCA', 'SEC', 'AML', 'GDPR',
]);

/** Named offers. */
export const OFFER_PHRASES: Record<string, Partial<Record<OfferKind, readonly string[]>>> = {
  en: {
    signup_bonus: ['sign-up bonus', 'signup bonus', 'sign up bonus', 'welcome bonus', 'registration bonus', 'new user bonus', 'welcome reward', 'welcome rewards', 'new user rewards', 'referral bonus'],
    deposit_bonus: ['deposit bonus', 'first deposit bonus', 'deposit match', 'matched deposit', 'bonus on your first deposit', 'bonus on deposit'],
    fee_discount: ['fee discount', 'trading fee discount', 'discount on fees', 'discount on trading fees', 'off trading fees', 'off fees', 'fee rebate', 'zero fees', 'zero trading fees'],
    giveaway: ['giveaway', 'give away', 'give-away', '#giveaway', 'airdrop giveaway', 'raffle', 'sweepstakes'],
  },
  fr: {
    signup_bonus: ['bonus de bienvenue', "bonus d'inscription", 'prime de bienvenue', 'bonus de parrainage'],
    deposit_bonus: ['bonus de dépôt', 'bonus sur le premier dépôt', 'bonus sur votre dépôt'],
    fee_discount: ['réduction sur les frais', 'réduction des frais', 'remise sur les frais', 'frais réduits', 'sur les frais de trading'],
    giveaway: ['concours', 'jeu concours', 'tirage au sort', '#concours'],
  },
  de: {
    signup_bonus: ['Willkommensbonus', 'Anmeldebonus', 'Registrierungsbonus', 'Neukundenbonus', 'Startbonus', 'Empfehlungsbonus'],
    deposit_bonus: ['Einzahlungsbonus', 'Bonus auf die erste Einzahlung', 'Bonus auf deine Einzahlung'],
    fee_discount: ['Gebührenrabatt', 'Rabatt auf Gebühren', 'Rabatt auf die Gebühren', 'Rabatt auf Handelsgebühren', 'Gebührenermäßigung', 'reduzierte Gebühren'],
    giveaway: ['Gewinnspiel', 'Verlosung', '#gewinnspiel', 'Giveaway'],
  },
  es: {
    signup_bonus: ['bono de bienvenida', 'bono de registro', 'bonificación de bienvenida', 'bono por registro'],
    deposit_bonus: ['bono de depósito', 'bono por depósito', 'bono en tu primer depósito'],
    fee_discount: ['descuento en comisiones', 'descuento en las comisiones', 'descuento en tarifas', 'comisiones reducidas'],
    giveaway: ['sorteo', '#sorteo'],
  },
  it: {
    signup_bonus: ['bonus di benvenuto', 'bonus di iscrizione', 'bonus di registrazione', 'bonus benvenuto'],
    deposit_bonus: ['bonus sul deposito', 'bonus sul primo deposito', 'bonus di deposito'],
    fee_discount: ['sconto sulle commissioni', 'sconto commissioni', 'commissioni ridotte', 'sconto sulle fee'],
    giveaway: ['concorso', 'estrazione a premi', '#giveaway'],
  },
  pt: {
    signup_bonus: ['bónus de boas-vindas', 'bônus de boas-vindas', 'bónus de registo', 'bônus de cadastro'],
    deposit_bonus: ['bónus de depósito', 'bônus de depósito', 'bónus no primeiro depósito'],
    fee_discount: ['desconto nas taxas', 'desconto nas comissões', 'taxas reduzidas'],
    giveaway: ['sorteio', 'passatempo', '#sorteio'],
  },
  nl: {
    signup_bonus: ['welkomstbonus', 'aanmeldbonus', 'registratiebonus', 'inschrijfbonus'],
    deposit_bonus: ['stortingsbonus', 'bonus op je eerste storting', 'bonus op je storting'],
    fee_discount: ['korting op kosten', 'korting op de kosten', 'korting op handelskosten', 'korting op transactiekosten', 'lagere kosten'],
    giveaway: ['winactie', 'weggeefactie', '#winactie'],
  },
  pl: {
    signup_bonus: ['bonus powitalny', 'bonus na start', 'bonus za rejestrację', 'bonus rejestracyjny'],
    deposit_bonus: ['bonus od depozytu', 'bonus od wpłaty', 'bonus depozytowy', 'bonus za wpłatę'],
    fee_discount: ['zniżka na opłaty', 'zniżki na opłaty', 'rabat na opłaty', 'obniżone opłaty', 'zniżka na prowizje', 'niższe prowizje'],
    giveaway: ['rozdanie', 'konkurs', '#rozdanie', '#konkurs'],
  },
  sv: {
    signup_bonus: ['välkomstbonus', 'registreringsbonus', 'startbonus'],
    deposit_bonus: ['insättningsbonus', 'bonus på din första insättning'],
    fee_discount: ['rabatt på avgifter', 'rabatt på avgifterna', 'avgiftsrabatt', 'lägre avgifter'],
    giveaway: ['tävling', 'utlottning', '#tävling', '#giveaway'],
  },
  da: {
    signup_bonus: ['velkomstbonus', 'tilmeldingsbonus', 'oprettelsesbonus'],
    deposit_bonus: ['indbetalingsbonus', 'bonus på din første indbetaling'],
    fee_discount: ['rabat på gebyrer', 'rabat på gebyrerne', 'gebyrrabat', 'lavere gebyrer'],
    giveaway: ['konkurrence', 'lodtrækning', '#konkurrence'],
  },
  cs: {
    signup_bonus: ['uvítací bonus', 'bonus za registraci', 'vstupní bonus'],
    deposit_bonus: ['bonus za vklad', 'vkladový bonus', 'bonus k vkladu'],
    fee_discount: ['sleva na poplatcích', 'sleva na poplatky', 'nižší poplatky'],
    giveaway: ['soutěž', 'slosování', '#soutez'],
  },
  sk: {
    signup_bonus: ['uvítací bonus', 'bonus za registráciu'],
    deposit_bonus: ['bonus za vklad', 'vkladový bonus'],
    fee_discount: ['zľava na poplatkoch', 'zľava na poplatky', 'nižšie poplatky'],
    giveaway: ['súťaž', '#sutaz'],
  },
  ro: {
    signup_bonus: ['bonus de bun venit', 'bonus de înregistrare', 'bonus la înregistrare'],
    deposit_bonus: ['bonus la depunere', 'bonus de depunere', 'bonus la prima depunere'],
    fee_discount: ['reducere la comisioane', 'reducere de comisioane', 'comisioane reduse'],
    giveaway: ['concurs', 'tombolă', '#concurs'],
  },
  fi: {
    signup_bonus: ['tervetuliaisbonus', 'rekisteröitymisbonus', 'liittymisbonus'],
    deposit_bonus: ['talletusbonus', 'talletusbonuksen'],
    fee_discount: ['alennus kaupankäyntikuluista', 'alennusta kuluista', 'alennus kuluista', 'alemmat kulut'],
    giveaway: ['arvonta', '#arvonta'],
  },
  el: {
    signup_bonus: ['μπόνους καλωσορίσματος', 'μπόνους εγγραφής'],
    deposit_bonus: ['μπόνους κατάθεσης'],
    fee_discount: ['έκπτωση στις προμήθειες', 'έκπτωση στα τέλη', 'μειωμένες προμήθειες'],
    giveaway: ['διαγωνισμός', 'κλήρωση'],
  },
  hu: {
    signup_bonus: ['üdvözlő bónusz', 'regisztrációs bónusz', 'üdvözlőbónusz'],
    deposit_bonus: ['befizetési bónusz', 'befizetés bónusz'],
    fee_discount: ['díjkedvezmény', 'kedvezmény a díjakból', 'alacsonyabb díjak'],
    giveaway: ['nyereményjáték', 'sorsolás', '#nyereményjáték'],
  },
  hr: { signup_bonus: ['bonus dobrodošlice'], deposit_bonus: ['bonus na depozit', 'bonus na uplatu'], fee_discount: ['popust na naknade'], giveaway: ['nagradna igra'] },
  sl: { signup_bonus: ['pozdravni bonus', 'bonus dobrodošlice'], deposit_bonus: ['bonus na polog'], fee_discount: ['popust na provizije'], giveaway: ['nagradna igra'] },
  bg: { signup_bonus: ['бонус за добре дошли', 'бонус при регистрация'], deposit_bonus: ['бонус за депозит'], fee_discount: ['отстъпка от таксите'], giveaway: ['томбола', 'игра с награди'] },
  lt: { signup_bonus: ['pasveikinimo bonusas', 'registracijos bonusas'], deposit_bonus: ['įmokos bonusas'], fee_discount: ['mokesčių nuolaida'], giveaway: ['loterija', 'žaidimas su prizais'] },
  lv: { signup_bonus: ['sveiciena bonuss', 'reģistrācijas bonuss'], deposit_bonus: ['depozīta bonuss'], fee_discount: ['komisijas atlaide'], giveaway: ['izloze'] },
  et: { signup_bonus: ['tervitusboonus', 'liitumisboonus'], deposit_bonus: ['sissemakse boonus'], fee_discount: ['tasude soodustus'], giveaway: ['loos', 'auhinnamäng'] },
};

/** Words that make an amount nearby a bonus ("100 USDT bonus", "5000 USDT de récompense"). */
export const BONUS_WORDS: readonly string[] = [
  'bonus*', 'bono', 'bonos', 'bónus', 'bônus', 'bonuss', 'boonus*', 'bonusas', 'μπόνους', 'бонус*', 'reward*', 'récompense*', 'belohnung*', 'prämie*',
  'recompensa*', 'ricompens*', 'premio', 'premi', 'prémio*', 'nagrod*', 'beloning*', 'belöning*', 'belønning*', 'odměn*', 'odmen*', 'recompens*', 'palkkio*',
  'jutalom', 'cashback', 'free', 'gratis', 'gratuit*', 'kostenlos', 'offert*', 'geschenkt', 'darmo', 'zdarma', 'ingyen*', 'ilmai*', 'δωρεάν', 'gratuito*',
];

/** Words that turn a bonus into a deposit bonus. */
export const DEPOSIT_WORDS: readonly string[] = [
  'deposit*', 'dépôt*', 'depot*', 'einzahlung*', 'depósito*', 'deposito*', 'depozyt*', 'wpłat*', 'storting*', 'insättning*', 'indbetaling*', 'vklad*',
  'depunere*', 'depozit*', 'talletu*', 'κατάθεσ*', 'befizet*', 'uplat*', 'polog*', 'депозит*', 'įmok*', 'sissemaks*',
];

/** "first deposit": an amount next to it is a deposit bonus ("30 € no primeiro depósito"). */
export const FIRST_DEPOSIT_PHRASES: readonly string[] = [
  'first deposit', 'premier dépôt', 'ersten Einzahlung', 'erste Einzahlung', 'primer depósito', 'primo deposito', 'primeiro depósito', 'pierwszy depozyt', 'pierwszej wpłaty',
  'pierwszą wpłatę', 'eerste storting', 'första insättning', 'første indbetaling', 'první vklad', 'prvnímu vkladu', 'prvý vklad', 'prima depunere', 'ensimmäinen talletus', 'πρώτη κατάθεση',
  'első befizetés', 'prvi polog', 'prvi depozit', 'първи депозит', 'pirmas įnešimas', 'pirmā iemaksa', 'esimene sissemakse',
];

/** "up to" before an amount: an offer when a sign-up or bonus word is in the same sentence. */
export const UP_TO_PHRASES: readonly string[] = [
  'up to', "jusqu'à", 'jusqu à', "jusqu'a", 'bis zu', 'hasta', 'fino a', 'até', 'tot', 'upp till', 'op til', 'op to', 'do', 'až', 'až do',
  'până la', 'pana la', 'jopa', 'enintään', 'έως', 'μέχρι', 'akár', 'legfeljebb', 'do', 'до', 'iki', 'līdz', 'kuni',
];

export const SIGNUP_WORDS: readonly string[] = [
  'sign up', 'signup', 'sign-up', 'register*', 'new users', 'new user', 'join', 'inscri*', 'anmeld*', 'registr*', 'regist*', 'iscri*', 'rejestr*',
  'aanmeld*', 'meld je aan', 'zaregistr*', 'înregistr*', 'inregistr*', 'rekister*', 'εγγραφ*', 'opretter dig', 'opret dig', 'opretter en konto', 'skapar konto', 'skaffar konto', 'nuevos usuarios', 'nouveaux utilisateurs', 'neukunden', 'nuovi utenti', 'nowi użytkownicy',
];

/** Fee nouns and discount words for "20% fee discount", "-20% sur les frais", "20 % Rabatt auf Gebühren". */
export const FEE_WORDS: readonly string[] = [
  'fee', 'fees', 'frais', 'gebühr*', 'comision*', 'comisión', 'commission*', 'commissioni', 'comissões', 'comissão', 'taxas', 'opłat*', 'prowizj*',
  'kosten', 'handelskosten', 'transactiekosten', 'avgift*', 'handelsavgift*', 'gebyr*', 'handelsgebyr*', 'poplat*', 'comisioan*', 'kulu*', 'kaupankäyntikulu*', 'tariff*', 'maksu*', 'προμήθει*', 'τέλη', 'díj*', 'naknad*', 'provizij*', 'такси*', 'mokesč*', 'komisij*', 'tasud*',
];

export const DISCOUNT_WORDS: readonly string[] = [
  'discount*', 'off', 'rebate*', 'réduction*', 'remise', 'rabatt*', 'ermäßig*', 'descuento*', 'sconto', 'desconto*', 'zniżk*', 'rabat*', 'korting*',
  'sleva', 'slevu', 'zľav*', 'reducere*', 'alennus*', 'έκπτωσ*', 'kedvezmény*', 'popust*', 'отстъпк*', 'nuolaid*', 'atlaid*', 'soodustus*', 'moins', 'weniger', 'menos', 'meno',
];

/** Currency words and tickers that make a number an amount. */
export const CURRENCY_WORDS: readonly string[] = [
  'usdt', 'usdc', 'usd', 'eur', 'euro', 'euros', 'eura', 'eurot', 'eurų', 'eiro', 'евро', 'ευρώ', 'dollar', 'dollars', 'dólares', 'dollari', 'btc', 'eth', 'bnb', 'sol', 'busd', 'dai', 'xrp', 'trx', 'gbp',
];
export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['€', '$', '£', '₿']);

/**
 * Words that make the word right after a code phrase the code itself, when it is an ordinary word
 * ("use code lighthouse", "mit dem Gutscheincode kryptofuchs", "brug rabatkoden smorrebrod"): imperatives
 * of use/enter/apply and "with". Without one, "my referral code gives you ..." names no code. Folded.
 */
export const CODE_IMPERATIVES: readonly string[] = [
  'use', 'using', 'enter', 'apply', 'type', 'redeem', 'with', 'utilise', 'utilisez', 'entrez', 'saisissez', 'avec', 'usa', 'usad', 'utiliza', 'introduce',
  'introducid', 'con', 'inserisci', 'inserite', 'usate', 'utilizza', 'gebruik', 'vul', 'voer', 'met', 'uzyj', 'wpisz', 'wprowadz', 'z', 'ze', 'anvand',
  'ange', 'skriv', 'med', 'brug', 'indtast', 'kayta', 'syota', 'pouzij', 'pouzijte', 'zadejte', 'zadaj', 'zadajte', 's', 'foloseste', 'folositi',
  'introdu', 'cu', 'vnesi', 'uporabi', 'unesi', 'koristi', 'sa', 'въведете', 'използвай', 'използвайте', 'ползвайте', 'ползвай', 'въведи', 'с', 'com', 'sisesta', 'kasuta', 'ievadi', 'izmanto', 'ar', 'ivesk',
  'naudok', 'su', 'mit', 'nutze', 'nutzt', 'gib', 'gebt', 'verwende', 'tippe', 'dahhal', 'cuir', 'usaid', 'χρησιμοποιησε', 'χρησιμοποιηστε', 'με',
  'hasznald', 'add', 'usa', 'use', 'insira', 'coloca', 'ponha',
  // Finnish, Estonian and Hungarian put "with" in the code word's ending (koodilla, koodiga, kóddal), so the
  // sign-up imperative before it is what says "enter this": "rekisteröidy koodilla revontuli".
  'используй', 'используйте', 'введи', 'введите', 'використовуй', 'введи', 'введіть', 'з',
  'rekisteroidy', 'rekisteroikaa', 'liity', 'liittykaa', 'registreeru', 'registreerige', 'liitu', 'liituge', 'regisztralj', 'regisztraljon', 'csatlakozz',
];

/**
 * Code words written after the code in languages that put the qualifier first: Hungarian "a HUBULL kóddal",
 * "használd a HUBULL kódot", Finnish and Estonian hyphen compounds "NORDBULL-koodilla", "EEBULL-koodiga".
 * Only a code-shaped token (digits or capitals) right before one of them counts. Folded.
 */
export const CODE_WORDS_AFTER_CODE: readonly string[] = [
  'kód', 'kódot', 'kóddal', 'kódodat', 'kuponkód', 'kuponkódot', 'kuponkóddal', 'meghívókód', 'meghívókódot', 'meghívókóddal', 'ajánlókód', 'ajánlókódot', 'ajánlókóddal',
  'koodi', 'koodia', 'koodilla', 'koodin', 'kood', 'koodiga',
  // Turkish (posts to Turkish-speaking audiences in Germany, the Netherlands, Bulgaria, Cyprus): "X kodunu girin".
  'kodunu', 'koduyla', 'kodumu', 'kodumla',
];

/**
 * "The new one is X" after an expired code ("ORBIT22 no longer works. The new one is ORBIT26"): a code-shaped
 * word only (the phrase also begins ordinary sentences).
 */
export const NEW_CODE_PHRASES: readonly string[] = [
  'the new one is', 'new one is', 'the new code is', 'new code:', 'der neue ist', 'der neue lautet', 'neuer code:', 'le nouveau est', 'le nouveau code est',
  'el nuevo es', 'el nuevo código es', 'quello nuovo è', 'il nuovo è', 'il nuovo codice è', 'o novo é', 'o novo código é', 'de nieuwe is', 'de nieuwe code is',
  'nowy to', 'nowy kod to', 'nový je', 'nový kód je', 'den nya är', 'den nye er', 'uusi on', 'uus on', 'az új', 'noul este', 'novi je', 'nova je', 'новият е',
  'ο νέος είναι', 'jaunais ir', 'naujas yra', 'il-ġdid huwa', 'an ceann nua', 'der neue heißt', 'die neue heißt', 'der neue heisst', 'uusi koodi on', 'o novo é o',
  'agora é o', 'agora e o', 'ahora es', 'ahora usad', 'ahora usa', 'maintenant c est', 'ora è', 'nu is het', 'teraz jest', 'nyt se on', 'nüüd on',
];

/** Verbs German puts last ("den Code sonnenschein eingeben"): after the code they make it an instruction. Folded. */
export const VERB_FINAL_IMPERATIVES: readonly string[] = [
  'eingeben', 'eintragen', 'eintippen', 'nutzen', 'verwenden', 'benutzen', 'angeben', 'einlosen', 'ingeven', 'invullen', 'gebruiken',
];

/**
 * Words that, right after a candidate, show it was a verb or an ordinary noun ("code gives you", "code spart ihr",
 * "code during registration", "code: check bio"): pronouns, prepositions of time, and where-to-find words. Folded.
 */
export const NOT_AFTER_CODE: readonly string[] = [
  'you', 'ye', 'ihr', 'du', 'euch', 'dir', 'vous', 'tu', 'nous', 'te', 'ti', 'vi', 'voi', 'jullie', 'je', 'u', 'ty', 'wy', 'ci', 'dig', 'er', 'sina', 'te', 'vy',
  'bio', 'below', 'link', 'description', 'here', 'beschreibung', 'descrizione', 'descripcion', 'opis', 'beskrivning', 'kuvaus', 'popis', 'descriere',
];

/**
 * "Enter SAUNA24 when you sign up", "syöttäkää rekisteröityessä SAUNA24": an enter-verb gives a code without
 * the word "code". Only a code-shaped token with a digit, or five capitals or more, within three words
 * after the verb counts (promo-detector.ts); "use Binance", "type BTC" stay out. Folded.
 */
export const ENTER_VERBS: readonly string[] = [
  'enter', 'type', 'apply', 'redeem', 'eingeben', 'gib', 'gebt', 'tippe', 'saisissez', 'saisis', 'entrez', 'tapez', 'introduce', 'introducid', 'introduzca',
  'inserisci', 'inserite', 'digita', 'digite', 'insira', 'introduza', 'vul', 'voer', 'wpisz', 'wpiszcie', 'wprowadz', 'zadejte', 'zadej', 'zadaj', 'zadajte', 'ange', 'skriv',
  'indtast', 'syota', 'syottakaa', 'sisesta', 'sisestage', 'ird', 'irjatok', 'introdu', 'introduceti', 'treceti', 'unesi', 'unesite', 'vnesi', 'vnesite',
  'въведете', 'въведи', 'πληκτρολογηστε', 'εισαγετε', 'ievadi', 'ievadiet', 'ierakstiet', 'ieraksti', 'ivesk', 'iveskite', 'irasyk', 'irasykite', 'dahhal', 'dahhlu', 'daħħal', 'daħħlu', 'γραψτε', 'γραψε',
  'wpisujcie', 'wpisuj', 'pop',
  'introdueix', 'introduïu', 'sladu inn', 'sláðu inn', 'внеси', 'внесете', 'увядзі', 'увядзіце', 'tast inn',
  'cuir isteach', 'eintragen', 'vpisi', 'vpisite', 'ukucaj', 'ukucajte', 'upisi', 'upisite', 'pop in',
  // Put/paste/write verbs people use for entering a code: es poned/pon, pt ponham/coloca, it metti, fr mets/tape,
  // en put/paste, de trag ... ein, nl typ, pl wklej, cs/sk vlož/napiš, ro pune/scrie, fi kirjoita/laita, el βάλε, bg сложи.
  'poned', 'pon', 'ponle', 'ponlo', 'meted', 'mete', 'ponham', 'ponha', 'poe', 'coloca', 'coloque', 'coloquem', 'insiram', 'metti', 'mettete', 'scrivi',
  'scrivete', 'mets', 'mettez', 'tape', 'rentre', 'rentrez', 'put', 'paste', 'plug in', 'punch in', 'trag', 'tragt', 'typ', 'wklej', 'wklejcie', 'vloz',
  'vlozte', 'napis', 'napiste', 'pune', 'puneti', 'scrie', 'scrieti', 'kirjoita', 'kirjoittakaa', 'laita', 'laittakaa', 'kirjuta', 'kirjutage', 'βαλε',
  'metes', 'pones', 'ingresa', 'ingresas', 'introduces', 'βαλτε', 'сложи', 'сложете', 'напиши', 'напишете', 'ikteb', 'iktbu', 'fyll i', 'tast', 'skriv in', 'irjuk be', 'ird be', 'add meg',
  // Second person and infinitive ("you enter it at sign-up", "you can enter"): how people tell a friend.
  'въвеждаш', 'въвеждате', 'въведеш', 'ivedi', 'ivedate', 'ivesti', 'ievadat', 'ievadit', 'wpisujesz', 'wpisac', 'sisestad', 'sisestada', 'sisestate',
  'syotat', 'syottaa', 'syotatte', 'zadas', 'zadate', 'zadat', 'napises', 'napisete', 'unosis', 'unijeti', 'upises', 'vneses', 'vnesti', 'vpises', 'vpisati',
  'escribes', 'escribid', 'escreve', 'escreva', 'escrevam', 'inserire', 'inserir', 'digitar', 'introducir', 'introduzir', 'saisir', 'entrer', 'eingibst',
  'eingeben', 'gibst', 'tippst', 'invullen', 'invoeren', 'typen', 'skrive', 'skriver', 'indtaster', 'indtaste', 'anger', 'beirod', 'beirni', 'introduci',
  'introduceti', 'εισαγεις', 'γραφεις', 'iddahhal', 'iddaħħal', 'tiktbu', 'tikteb', 'scriobh', 'wpisujecie', 'wpisujesz', 'βαζετε', 'βαζεις',
];

/**
 * Words an enter-verb asks for that are not codes: form fields ("enter your email", "wpisz adres"). A plain word
 * after an enter-verb is never one of these. Folded.
 */
export const FORM_FIELD_WORDS: readonly string[] = [
  'email', 'mail', 'password', 'passwort', 'haslo', 'heslo', 'jelszo', 'salasana', 'parool', 'parole', 'lozinka', 'geslo', 'парола', 'κωδικο', 'name', 'nom',
  'nombre', 'nome', 'naam', 'imie', 'jmeno', 'meno', 'nimi', 'nev', 'nume', 'ime', 'vardas', 'vards', 'address', 'adresse', 'direccion', 'indirizzo', 'adres',
  'endereco', 'adresa', 'osoite', 'aadress', 'cim', 'phone', 'telefon', 'telephone', 'telefono', 'telefone', 'number', 'nummer', 'numero', 'numer', 'cislo',
  'numar', 'broj', 'amount', 'betrag', 'montant', 'importe', 'importo', 'bedrag', 'kwota', 'castka', 'suma', 'summa', 'summe', 'valor', 'username',
  'benutzername', 'pseudo', 'usuario', 'utente', 'gebruikersnaam', 'wallet', 'iban', 'pin', 'details', 'data', 'dati', 'datos', 'daten', 'donnees', 'dados',
  'gegevens', 'dane', 'udaje', 'tiedot', 'andmed', 'adatok', 'date', 'podaci', 'podatki', 'данни', 'στοιχεια', 'dati', 'duomenys',
];

/**
 * Words that stand in a code's slot without being one: "please" ("Den Code bitte ... eingeben"), "for example"
 * ("твоя код, например ?ref=..."), "also", "only", "just". Folded.
 */
export const FILLER_WORDS: readonly string[] = [
  'please', 'pls', 'plz', 'bitte', 'svp', 'porfa', 'favor', 'favore', 'alsjeblieft', 'aub', 'prosze', 'prosim', 'prosimo', 'molim', 'kerlek', 'kerem', 'va rog',
  'vă', 'παρακαλω', 'моля', 'ludzu', 'prasau', 'palun', 'jekk', 'thoil', 'tack', 'tak', 'kiitos', 'example', 'beispiel', 'exemple', 'ejemplo', 'esempio',
  'exemplo', 'bijvoorbeeld', 'przyklad', 'napriklad', 'priklad', 'peldaul', 'exemplu', 'primjer', 'primer', 'esimerkiksi', 'naiteks', 'piemeram', 'pavyzdziui',
  'παραδειγμα', 'например', 'eg', 'ie', 'npr', 'also', 'auch', 'aussi', 'tambien', 'anche', 'ook', 'tez', 'take', 'myos', 'ka', 'is', 'only', 'nur', 'seulement',
  'solo', 'apenas', 'alleen', 'tylko', 'jen', 'just', 'einfach', 'simplement', 'simplemente', 'semplicemente', 'gewoon', 'po', 'prostu', 'proste', 'hier', 'ici',
  'aqui', 'qui', 'tutaj', 'tady', 'siia', 'tassa', 'itt', 'aici', 'ovdje', 'tukaj', 'tu', 'εδω', 'тук', 'seit', 'cia', 'hawn', 'anseo',
  // "by hand" ("Kod wpisujecie ręcznie, bo link ..."): how to type it, not what
  'manually', 'manuell', 'manuellement', 'manualmente', 'handmatig', 'recznie', 'rucne', 'rucno', 'manuellt', 'manuelt', 'kasin', 'kasitsi', 'kezzel',
  'rocno', 'ръчно', 'χειροκινητα', 'manuali', 'rankiniu', 'manwalment', 'yourself', 'selbst', 'zelf', 'sami', 'sam', 'itse',
  // "beim Sign-up eingeben, fertig", "enter it and done": the step is over, nothing more to type
  'done', 'fertig', 'erledigt', 'fini', 'termine', 'listo', 'hecho', 'fatto', 'pronto', 'klaar', 'gotowe', 'hotovo', 'valmis', 'kesz', 'gata', 'gotovo',
  'klart', 'færdig', 'ferdig', 'ετοιμο', 'готово', 'baigta', 'gatavs', 'lest',
];

/**
 * Object pronouns right after an enter-verb that point back at a code just given ("KUSPRING — pop it in the
 * referral box", "krakow: ukucaj ga pri registraciji", "ANZE50 – vpišite jo"). Folded.
 */
export const BACK_PRONOUNS: readonly string[] = [
  'it', 'ihn', 'es', 'le', 'la', 'lo', 'o', 'a', 'hem', 'het', 'go', 'ja', 'ho', 'ga', 'jo', 'ju', 'го', 'το', 'τον', 'il', 'azt', 'se', 'sen', 'sita', 'seda',
  'to', 'ji', 'den', 'det', 'e', 'i', 'jej', 'ta',
];

/**
 * "Use CLADACH when you sign up", "usa ANA2026 al crear tu cuenta": a use-verb names a code when the same
 * sentence speaks of signing up (SIGNUP_WORDS and these). Code-shaped words only, as for ENTER_VERBS. Folded.
 */
export const USE_VERBS: readonly string[] = [
  'use', 'usa', 'usad', 'usate', 'usem', 'usen', 'use', 'uza', 'usaid', 'uporabi', 'uporabite', 'koristi', 'koristite', 'uzyj', 'uzyjcie', 'pouzij', 'pouzijte', 'pouzi',
  'pouzite', 'kayta', 'kayttakaa', 'kasuta', 'kasutage', 'izmanto', 'izmantojiet', 'naudok', 'naudokite', 'foloseste', 'folositi', 'χρησιμοποιησε', 'χρησιμοποιηστε',
  'използвай', 'използвайте', 'ползвайте', 'gebruik', 'anvand', 'brug', 'nutze', 'nutzt', 'verwende', 'verwendet', 'utilise', 'utilisez', 'utiliza', 'utilizad',
  'utilizza', 'utilizzate', 'hasznald', 'hasznaljatok',
  // Catalan, Icelandic, Albanian, Belarusian, Macedonian, Norwegian (CODE_PHRASES names their code words too).
  'utilitza', 'utilitzeu', 'notadu', 'notaðu', 'notid', 'perdor', 'përdor', 'perdorni', 'përdorni', 'выкарыстоўвай', 'выкарыстоўвайце', 'користете', 'bruk',
];
/**
 * Imperatives of "sign up" ("Registreeru TALLINN7-ga", "Rekisteröidy SISU88:lla", "Regístrate con ANA26"): followed
 * within three words by a code with a digit, they give the code (promo-detector.ts). Not "join" ("join EXPO2026").
 */
export const SIGN_UP_IMPERATIVES: readonly string[] = [
  'register', 'sign up', 'signup', 'registreeru', 'registreeruge', 'rekisteröidy', 'rekisteröitykää', 'regístrate', 'registrate', 'regístrese', 'registrati',
  'registratevi', 'registreer', 'registreer je', 'zarejestruj', 'zarejestruj się', 'zarejestrujcie', 'zaregistruj', 'zaregistrujte', 'registrera', 'registrer',
  'registrér', 'regisztrálj', 'regisztráljatok', 'înregistrează', 'inregistreaza', 'înregistrați', 'registriraj', 'registrirajte', 'регистрирай', 'регистрирайте',
  'εγγραφείτε', 'εγγράψου', 'reģistrējies', 'reģistrējieties', 'registruokis', 'registruokitės', 'irreġistra', 'irreġistraw', 'cláraigh', 'inscris', 'inscrivez',
  'inscreve', 'inscreva', 'inscrevam', 'regista', 'registe', 'registriere', 'registriert', 'melde dich an', 'jisajili', 'jisajilini', 'mag-sign up', 'daftar',
];

/** Sign-up words beside SIGNUP_WORDS: account creation and the Irish, Maltese, Lithuanian, Latvian forms. */
export const ACCOUNT_WORDS: readonly string[] = [
  'new account', 'neues konto', 'nouveau compte', 'nueva cuenta', 'nuovo conto', 'nova conta', 'nieuw account', 'nowe konto', 'nyt konto', 'nytt konto',
  'tiftaħ kont', 'tiftah kont', 'create the account', 'create an account', 'crear tu cuenta', 'criar conta', 'criarem a conta', 'criar a conta', 'kontoeroffnung', 'ouvrir un compte', 'aprire un conto',
  'clarú', 'ag clárú', 'tirregistra', 'tirreġistra', 'registruodamasis', 'registruodamiesi', 'reģistrējoties', 'registrejoties', 'rekisteroityessa', 'registreerumisel',
  'otvaras racun', 'otvaraš račun', 'pri registraciji', 'przy rejestracji', 'pri registraci', 'pri registracii', 'la inregistrare', 'при регистрация', 'κατα την εγγραφη',
  // "new accounts:" heading an offer, in the plural
  'new accounts', 'neue konten', 'nouveaux comptes', 'nuevas cuentas', 'nuovi conti', 'novas contas', 'nieuwe accounts', 'nowe konta', 'nye konti', 'nya konton',
  'nye kontoer', 'uudet tilit', 'uued kontod', 'uj fiokok', 'noi conturi', 'novi racuni', 'nove racune', 'nové účty', 'nove ucty', 'новите акаунти', 'нови акаунти',
  'νεους λογαριασμους', 'νεοι λογαριασμοι', 'nauji vartotojai', 'jauni konti', 'kontijiet godda', 'cuntais nua',
];

/** A code said to be valid or working (promo-detector.ts reads them only in a post with an expiry). */
export const VALID_WORDS: readonly string[] = [
  'valid', 'works', 'still works', 'is valid', 'gilt', 'gelten', 'gültig', 'funktioniert', 'fonctionne', 'marche', 'valable', 'vale', 'funciona', 'valido', 'valida',
  'werkt', 'geldig', 'działa', 'ważny', 'platí', 'funguje', 'platný', 'platny', 'gäller', 'fungerar', 'funkar', 'virker', 'gælder', 'gjelder', 'toimii', 'voimassa',
  'kehtib', 'töötab', 'érvényes', 'működik', 'valabil', 'merge', 'funcționează', 'vrijedi', 'radi', 'velja', 'deluje', 'важи', 'работи', 'ισχύει', 'λειτουργεί',
  'derīgs', 'darbojas', 'galioja', 'veikia', 'jaħdem', 'validu', 'bailí',
];

/** Words naming a code of another kind before a code word ("source code", "QR code", "error code"). Folded. */
export const OTHER_CODE_QUALIFIERS: readonly string[] = ['source', 'qr', 'zip', 'postal', 'post', 'area', 'country', 'error', 'status', 'exit', 'dress', 'morse', 'bar', 'colour', 'color', 'html', 'python', 'verification', 'security', 'pin', 'sms', '2fa', 'otp', 'quell', 'quelltext', 'fehler', 'source-code'];

/** What a code gives the reader, right after the code ("JONNYP gets you 20% off"). */
export const BENEFIT_VERBS: readonly string[] = [
  'gets you', 'gives you', 'saves you', 'will get you', 'will give you', 'gets u', 'gives u', 'bringt dir', 'bringt euch', 'gibt dir', 'gibt euch', 'te donne', 'vous donne',
  'te da', 'os da', 'le da', 'ti dà', 'ti da', 'vi dà', 'te dá', 'geeft je', 'geeft jullie', 'daje ci', 'daje wam', 'ger dig', 'giver dig', 'gir deg', 'antaa sinulle',
  'ti daje', 'ти дава', 'σου δίνει', 'îți dă', 'iti da', 'ti dá',
];

/**
 * A user name given as the code ("my handle in the referral box: x", "mon pseudo : x", "koodina minu kasutajanime x"):
 * exchanges that take the referrer's name. One-word forms, folded; they are never the code themselves.
 */
export const HANDLE_WORDS: readonly string[] = [
  'handle', 'username', 'nickname', 'nick', 'pseudo', 'pseudonyme', 'benutzername', 'nutzername', 'usuario', 'nombre-de-usuario', 'utente', 'gebruikersnaam',
  'nazwa', 'nicku', 'nickiem', 'anvandarnamn', 'användarnamn', 'brugernavn', 'brukernavn', 'kayttajanimi', 'kayttajanimeni', 'käyttäjänimi', 'käyttäjänimeni',
  'kasutajanimi', 'kasutajanime', 'kasutajanimega', 'felhasznalonev', 'felhasználónév', 'felhasználónevem', 'felhasznalonevem', 'utilizator', 'prezdivka', 'přezdívka',
  'prezyvka', 'prezývka', 'vzdevek', 'nadimak', 'псевдоним', 'ψευδωνυμο', 'ψευδώνυμο', 'slapyvardis', 'slapyvardį', 'lietotajvards', 'lietotājvārds', 'segvards', 'segvārds',
];

/**
 * Where a promoter hands out the means of access on request (G2 §20: giving the means of access): private messages and
 * the comments ("DM me", "write BONUS in the comments"). Folded forms, stems with *.
 */
export const ON_REQUEST_CHANNELS: readonly string[] = [
  'dm', 'dms', 'dm-ben', 'pm', 'inbox', 'priv', 'privat', 'privát', 'privé', 'mp', 'privado', 'privato', 'privatnachricht', 'privatbesked', 'privatmeddelande',
  'yksityisviesti*', 'privātā', 'privačiai', 'privatno', 'privatne', 'privatni', 'лично', 'προσωπικό', 'in box', 'wiadomości prywatnej', 'na priv',
  'comments', 'kommentarerna', 'kommentarer', 'kommentarene', 'komentaruose', 'kommentekbe', 'kommentben', 'commenti', 'comentarios', 'comentários',
  'commentaires', 'kommentare', 'kommentaren', 'reacties', 'komentarzach', 'komentarzu', 'kommentteihin', 'kommenteissa', 'komentáři', 'komentároch', 'comentarii',
  'komentarima', 'komentarjih', 'коментарите', 'σχόλια', 'kommentaaridesse', 'komentāros', 'kummenti',
];

/** What is handed out that way: the referral link, the invite, the bonus or the code. Folded, stems with *. */
export const ON_REQUEST_ACCESS: readonly string[] = [
  'link', 'links', 'länk*', 'lank*', 'linki*', 'linket', 'linkki*', 'lenke*', 'invite', 'invitation', 'invito', 'invitación', 'invitacion', 'convite', 'uitnodiging',
  'zaproszeni*', 'pozvánk*', 'pozvank*', 'kvietim*', 'meghívó*', 'meghivo*', 'invitați*', 'invitati*', 'pozivnic*', 'покана*', 'πρόσκλησ*', 'kutsu*', 'kutse*', 'ielūgum*',
  'bonus', 'bonusz*', 'bónusz*', 'bónus', 'bonuss*', 'bonuksen', 'bonusu', 'бонус*', 'μπόνους', 'premij*', 'referral', 'ref',
];

/**
 * Verbs that ask the reader to send or write a word to get the code ("Kirjoita ”KOODI”, niin lähetän ohjeet",
 * "Scrieți-mi „VREAU" în privat", "comment 'BONUS' below"): the quoted word after them is a keyword for a message, not a
 * code. Imperatives, folded; "me" after them is allowed (DM_OBJECTS). Not "type" or "enter", which put a code in a form.
 */
export const SEND_WORD_VERBS: readonly string[] = [
  'write', 'comment', 'reply', 'send', 'dm', 'message', 'text', 'drop', 'schreib', 'schreibt', 'kommentiere', 'kommentiert', 'sende', 'schick', 'schickt',
  'ecris', 'ecrivez', 'commente', 'commentez', 'envoie', 'envoyez', 'escribe', 'escribeme', 'escribid', 'comenta', 'comentad', 'envia', 'manda', 'mandame',
  'scrivi', 'scrivete', 'scrivimi', 'commenta', 'commentate', 'mandami', 'invia', 'escreve', 'escreva', 'comente', 'schrijf', 'reageer', 'stuur',
  'napisz', 'napiszcie', 'skomentuj', 'wyslij', 'napis', 'napiste', 'okomentuj', 'posli', 'napiste', 'kirjoita', 'kommentoi', 'laheta', 'kirjuta',
  'kommenteeri', 'ird', 'irjatok', 'kommenteld', 'kuldd', 'scrie', 'scrieti', 'comenteaza', 'trimite', 'trimiteti', 'napisi', 'napisite', 'komentiraj', 'posalji',
  'poslji', 'skriv', 'skrivt', 'kommenter', 'kommentera', 'skicka', 'γραψε', 'γραψτε', 'σχολιασε', 'στειλε', 'напиши', 'напишете', 'коментирай', 'изпрати',
  'parasyk', 'parasykite', 'komentuok', 'raksti', 'rakstiet', 'komente', 'ikteb', 'iktbu', 'scriobh', 'seol',
];
/** "me" after a send verb ("write me", "Scrieți-mi", "schreib mir"), folded. */
export const DM_OBJECTS: readonly string[] = ['me', 'mi', 'mir', 'moi', 'mig', 'mij', 'mnie', 'mne', 'minulle', 'mulle', 'nekem', 'mie', 'μου', 'ми', 'man', 'lili', 'chugam'];

