// Close relatives: the language chosen for a short post decides the EU-language nexus (Croatian and
// Danish are EU official languages, Serbian and Norwegian are not), so marker words overrule eld when
// they clearly point to the other language, and stay out of the way when they do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeRelative, hintedRelative, irishNotScottish, irishSigns } from './close-relatives.ts';
import { detectLanguage } from './detect-language.ts';

test('Serbian in Latin script with ekavian forms is not Croatian (no EU-language nexus)', () => {
  assert.equal(closeRelative('hr', 'Gde ste bili juče uveče? Ceo dan sam čekao'), 'sr');
  assert.equal(detectLanguage('Gde ste bili juče uveče? Ceo dan sam čekao da kupim kafu.').code, 'sr');
});

test('Croatian with ijekavian forms stays Croatian', () => {
  assert.equal(closeRelative('sr', 'Gdje ste bili jučer navečer? Cijeli dan sam čekao'), 'hr');
  assert.equal(detectLanguage('Gdje ste bili jučer navečer? Cijeli dan sam čekao da popijem kavu.').code, 'hr');
});

test('Norwegian spellings against Danish ones decide between the two', () => {
  assert.equal(closeRelative('da', 'Det var veldig gøy, takk for i dag'), 'no');
  assert.equal(closeRelative('no', 'Det var meget sjovt, tak for i dag'), 'da');
  assert.equal(detectLanguage('Nå har jeg kjøpt litt mer, det var veldig billig.').code, 'no');
  assert.equal(detectLanguage('Nu har jeg købt lidt mere, det var meget billigt.').code, 'da');
});

test('Slovak and Czech function words tell the two apart', () => {
  assert.equal(closeRelative('cs', 'Som teraz vonku, ozvem sa neskôr'), 'sk');
  assert.equal(closeRelative('sk', 'Jsem teď venku, ozvu se později'), 'cs');
});

test('no markers, or markers of both languages without a clear lead: eld keeps its answer', () => {
  assert.equal(closeRelative('hr', 'Bitcoin 100k 🚀🚀'), null);
  assert.equal(closeRelative('hr', 'gdje gde'), null);
  assert.equal(closeRelative('fr', 'juče uveče'), null, 'languages outside the groups are never changed');
});

test('Indonesian is told from Malay (eld knows only "ms"), and Maltese letters name Maltese', () => {
  assert.equal(detectLanguage('Aku baru saja beli koin lagi karena harganya turun banyak banget minggu ini.').code, 'id');
  assert.equal(detectLanguage('Ħadd ma jaf x’ġara llum 🎧').code, 'mt');
});

test('a short German-English post is never Latin (CLD3 answers nobody posts in are not taken)', () => {
  const r = detectLanguage('OKX Bonus mit Code okx-max (Affiliate-Link in Bio)');
  assert.notEqual(r.code, 'la');
});

test('Slovene function words (že, če, še, ker, kot) tell Slovene from Croatian and Serbian', () => {
  // Our own example.
  assert.equal(closeRelative('sr', 'Če še niste, se prijavite, ker je to že dolgo moja borza'), 'sl');
  assert.equal(detectLanguage('Če še niste, se prijavite prek moje povezave, ker je to že dolgo moja najljubša borza.').code, 'sl');
});

test('Indonesian words (karena, uang, menikah) against Malay ones (kerana, wang, berkahwin) decide between the two', () => {
  // Our own examples.
  assert.equal(closeRelative('ms', 'Aku belum bisa beli karena uang habis'), 'id');
  assert.equal(closeRelative('ms', 'Saya tak boleh beli kerana wang habis'), 'ms');
});

test('Irish spelling (acute accents, eclipsis, Irish words) turns CLD3\'s Scottish Gaelic into Irish; a grave accent keeps it Scottish', () => {
  // Our own examples.
  assert.equal(irishNotScottish('Tá an cód seo ag obair go maith'), true);
  assert.equal(irishNotScottish('Cláraigh ar an mbabhta nua'), true);
  assert.equal(irishNotScottish('podchraoladh faoi airgead'), true);
  assert.equal(irishNotScottish('Tha mi a\' dèanamh seo an-diugh'), false);
  assert.equal(irishNotScottish('madainn mhath'), false);
});

test('ekavian words Slovene shares with Serbian say "not Croatian"; words only Slovene or only Serbian writes decide between them', () => {
  // cena, mesec: Serbian and Slovene alike; spet, ponoči, kodo: Slovene only.
  assert.equal(closeRelative('sr', 'Cena je ponoči spet padla.'), 'sl');
  assert.equal(closeRelative('hr', 'Vpišite kodo ob registraciji, prvi mesec popust.'), 'sl');
  // "da li", "neko" and the -eo participle: Serbian only.
  assert.equal(closeRelative('hr', 'Da li neko zna zašto je cena pala?'), 'sr');
  assert.equal(closeRelative('hr', 'Nisam razumeo zašto je backup trajao pola sata.'), 'sr');
  // Shared words alone keep eld's choice between the two, and Croatian words keep Croatian.
  assert.equal(closeRelative('sl', 'Cena je lepa.'), 'sl');
  assert.equal(closeRelative('hr', 'Cijena je opet pala, uvijek isto.'), 'hr');
});

test('"imam" is written by Croatian, Serbian and Slovene alike: it decides nothing; Bulgarian and Russian words decide between them', () => {
  assert.equal(closeRelative('hr', 'Sutra imam sastanak, pa moram da završim celu prezentaciju.'), 'sr');
  assert.equal(closeRelative('ru', 'Идвам след пет минути, чакай ме.'), 'bg');
  assert.equal(closeRelative('bg', 'Буду через пять минут, что купить?'), 'ru');
  assert.equal(closeRelative('ru', 'Привет всем'), null);
});

test('"moram da" + present and Serbian words Croatian writes otherwise (ponovo, retko, komšija) say Serbian', () => {
  assert.equal(closeRelative('hr', 'Danas moram da platim račun za struju.'), 'sr');
  // Croatian words outnumbering them keep Croatian.
  assert.equal(closeRelative('hr', 'Ponovo pada, uvijek isto, gdje je kraj?'), 'hr');
  assert.equal(closeRelative('hr', 'Ponovo pada, retko vidim ovako nešto.'), 'sr');
  // Croatian infinitive after the modal: no Serbian sign.
  assert.equal(closeRelative('hr', 'Danas moram platiti račun, uvijek isto.'), 'hr');
});

test('where no word decides between relatives, the hashtags and link domains of one country break the tie', () => {
  assert.equal(hintedRelative('da', () => ['bitcoin', 'oslo']), 'no');
  assert.equal(hintedRelative('ms', () => ['kuliner', 'jakarta']), 'id');
  assert.equal(hintedRelative('hr', () => ['rs']), 'sr');
  // Two countries of the group, or a hint outside it: no answer.
  assert.equal(hintedRelative('da', () => ['oslo', 'kobenhavn']), null);
  assert.equal(hintedRelative('da', () => ['jakarta']), null);
  assert.equal(hintedRelative('fr', () => ['oslo']), null);
  assert.equal(detectLanguage('God morgen! Rolig marked i dag @kryptono #bitcoin #oslo https://eksempel.no/nyheter').code, 'no');
  assert.equal(detectLanguage('God morgen! Rolig marked i dag @kryptodk #bitcoin #aarhus').code, 'da');
});

test('Maltese without its own letters, and everyday Bulgarian and Russian words', () => {
  assert.equal(detectLanguage('Illum qed nara s-suq biss.').code, 'mt');
  assert.equal(detectLanguage('Ново видео в канала, гледайте!').code, 'bg');
  assert.equal(detectLanguage('терпение всегда побеждает плечо').code, 'ru');
});

test('Malay words (nak, je, baharu) keep Malay where CLD3 says Indonesian; Indonesian "berhasil" says Indonesian', () => {
  assert.equal(detectLanguage('Kawan saya nak beli syiling baharu hari ini').code, 'ms');
  assert.equal(detectLanguage('Abang kata pasaran macam roller coaster je').code, 'ms');
  assert.equal(detectLanguage('Akhirnya berhasil tarik dana ke dompet sendiri').code, 'id');
});

test('Swahili by its own words where eld (no Swahili model) guesses Tagalog or Malay and CLD3 is unsure', () => {
  assert.equal(detectLanguage('Mambo, habari gani? Soko ni tulivu kabisa').code, 'sw');
  assert.equal(detectLanguage('Bei imepanda tena, asante kwa ushauri').code, 'sw');
  assert.equal(detectLanguage('Sasa hivi siuzi kitu').code, 'sw');
});

test('Irish by its own words and eclipsis where eld (no Irish model) guesses French', () => {
  assert.equal(detectLanguage('An bhfaca aon duine an cairt seo?').code, 'ga');
  // Portuguese "é" and Spanish "sé" are no Irish signs.
  assert.equal(detectLanguage('O mercado é calmo hoje, não sei porquê').code, 'pt');
});

test('words Croatian and Serbian write and Slovene does not ("sada", "sve") turn eld\'s Slovene into one of the two', () => {
  assert.notEqual(detectLanguage('Hvala, sad sve radi').code, 'sl');
  // A Slovene word beside them keeps Slovene.
  assert.equal(detectLanguage('Hvala, zdaj spet vse dela').code, 'sl');
});

test('a place named in the sentence, inflected, breaks the tie between relatives like a hashtag', () => {
  assert.equal(detectLanguage('Pozdrav iz Beograda, tržište je danas mirno').code, 'sr');
  assert.equal(detectLanguage('Pozdrav iz Zagreba, tržište je danas mirno').code, 'hr');
  assert.equal(detectLanguage('Pagi dari Bandung, harga turun lagi').code, 'id');
});

test('Azerbaijani without ə is Turkish', () => {
  assert.equal(detectLanguage('Bugün piyasa yine sakin, herkes bekliyor').code, 'tr');
  assert.equal(detectLanguage('Bu gün bazar yenə sakitdir, hamı gözləyir').code, 'az');
});

test('Czech and Slovak typed without accents are told apart by their marker words\' bare forms', () => {
  // "nevim", "proc": Czech; eld alone says Slovak.
  assert.equal(detectLanguage('Nevim proc, ale vyber trval cely mesic').code, 'cs');
  // "nieco": Slovak; eld alone says Czech.
  assert.equal(detectLanguage('Velmi dobre, ale nieco mi tam nesedi').code, 'sk');
});

test('letters outvote marker words: a Czech "pro" in a post with ô stays Slovak', () => {
  assert.equal(detectLanguage('Tento týždeň je pro nás dôležitý').code, 'sk');
});

test('Hungarian typed in Latin-1 (õ for ő, û for ű) is Hungarian', () => {
  assert.equal(detectLanguage('A felhasználók gyûjteménye és a fõoldal ma sem töltõdik be rendesen').code, 'hu');
  assert.equal(detectLanguage('Ez a kód már nem mûködik, próbáld ki a másikat').code, 'hu');
  // Estonian and Portuguese õ keep their languages.
  assert.equal(detectLanguage('Täna on turg jälle rahulik, kõik ootavad').code, 'et');
  assert.equal(detectLanguage('As promoções acabam hoje, não percam').code, 'pt');
});

test('Afrikaans is not Dutch (no EU-language nexus): its own words send the post to CLD3, which knows it', () => {
  assert.equal(detectLanguage('Ek het gister my eerste bitcoin gekoop en dit was nogal maklik').code, 'af');
  assert.equal(detectLanguage('Julle moet dit probeer, dis baie lekker').code, 'af');
  assert.equal(detectLanguage('Ik heb gisteren mijn eerste bitcoin gekocht en het was best makkelijk').code, 'nl');
});

test('Maltese typed without ħ and għ, and its hyphened article, are Maltese; Irish thanks are Irish', () => {
  assert.equal(detectLanguage('grazzi hafna, nistenna l-video li jmiss').code, 'mt');
  assert.equal(detectLanguage('go raibh maith agat, a chara').code, 'ga');
});

test('a Bulgarian word in Cyrillic without Serbian letters is Bulgarian; an ekavian "sledeći" is Serbian', () => {
  assert.equal(detectLanguage('много хубаво видео, браво').code, 'bg');
  assert.equal(detectLanguage('Otvorio sam prerano, sledeći put čekam potvrdu trenda').code, 'sr');
});

test('Greeklish making half the words outweighs a fairly sure eld answer', () => {
  assert.equal(detectLanguage('pou to vrikes auto file').code, 'el');
  assert.equal(detectLanguage('kalo alla ligo akrivo re').code, 'el');
  assert.equal(detectLanguage('Alla fine la partita è finita bene, re del calcio').code, 'it');
});

test('Irish words count in their lenited form ("maith", "mhaith"); Jakarta speech says Indonesian, not Malay', () => {
  assert.equal(irishSigns('oíche mhaith daoibh a chairde'), 2);
  assert.equal(irishSigns('thanks mate cheers and good night'), 0);
  assert.equal(detectLanguage('Oíche mhaith daoibh, a chairde').code, 'ga');
  assert.equal(detectLanguage('Thanks mate, cheers and good night').code, 'en');
  assert.equal(detectLanguage('aku lagi nunggu harga turun dulu').code, 'id');
  assert.equal(detectLanguage('gue ngomongin ini terus sama temen').code, 'id');
  assert.equal(detectLanguage('aku tengah tunggu harga turun sikit lagi').code, 'ms');
});

test('Serbian words Croatian writes otherwise: sačekati, evro, menjačnica, sedmica', () => {
  assert.equal(detectLanguage('Sačekajte malo, evo me za pet minuta.').code, 'sr');
  assert.equal(detectLanguage('Koliko košta evro danas u gradu?').code, 'sr');
});

test('Serbian "da" after a past modal and its auxiliary ("morao sam da") is Serbian; Croatian says "morao sam pokazati"', () => {
  assert.equal(closeRelative('hr', 'Morao sam da mu pokažem obe stranice, nije verovao.'), 'sr');
  assert.equal(closeRelative('hr', 'Pokušala sam da objasnim razliku između firmi.'), 'sr');
  assert.notEqual(closeRelative('hr', 'Morao sam mu pokazati obje stranice jer nije vjerovao.'), 'sr');
});

test('Serbian "saradnja" (Croatian "suradnja") and "duks" say Serbian', () => {
  assert.equal(detectLanguage('Moj brat je od jedne firme dobio duks i kartu za sajam, i sada priča samo o tome.').code, 'sr');
  assert.equal(detectLanguage('Novi video je izašao, ovog puta sa oznakom saradnje odmah na vrhu.').code, 'sr');
  assert.equal(detectLanguage('Novi video je izašao, ovog puta s oznakom suradnje odmah na vrhu.').code, 'hr');
});
