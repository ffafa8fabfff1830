// Words that tell apart languages an n-gram model confuses on short posts because they share most
// letter sequences: Croatian (EU), Serbian in Latin script and Slovene (EU); Danish (EU) and Norwegian;
// Czech and Slovak. Where one is not an EU official language the EU-language nexus depends on it.
// Each list holds only forms the other language does not write: the yat reflex (Croatian ijekavian
// "vrijeme, dvije, lijepo", Serbian ekavian "vreme, dve, lepo"), the lexical pairs every grammar of the
// two names (kruh/hleb, tjedan/nedelja, tko/ko), the Danish/Norwegian spelling pairs (meget/mye,
// nu/nå, efter/etter, blev/ble), Slovene's own function words (ki, tudi, zelo) and the Czech/Slovak
// pairs (jsem/som, nebo/alebo, velmi/veľmi).

export const CROATIAN_MARKERS: readonly string[] = [
  'jučer', 'navečer', 'cijeli', 'cijela', 'cijelo', 'cijelog', 'cijelu', 'vani', 'lijepo', 'lijep', 'lijepa', 'djeca', 'dijete', 'mlijeko',
  'vrijeme', 'uvijek', 'gdje', 'ovdje', 'poslije', 'prije', 'kruh', 'vlak', 'tisuću', 'tisuća', 'tjedan', 'tjedna',
  'nedjelja', 'nedjelje', 'nedjelju', 'djevojka', 'vjerujem', 'vjerovati', 'riječ', 'riječi', 'svijet', 'svijeta', 'pjesma', 'srijeda', 'srijedu',
  'uopće', 'također', 'što', 'tko', 'kava', 'kavu', 'sveučilište', 'općina', 'nogomet', 'točno', 'točka', 'obitelj', 'dvije', 'zrakoplov', 'siječanj', 'veljača', 'ožujak', 'travanj', 'svibanj', 'lipanj', 'srpanj', 'kolovoz', 'rujan', 'listopad',
  'studeni', 'prosinac', 'mjesec', 'mjeseci', 'vjerojatno', 'htio', 'htjela', 'bilježnica', 'izvješće', 'sretno',
];

export const SERBIAN_LATIN_MARKERS: readonly string[] = [
  'juče', 'uveče', 'ceo', 'cela', 'celo', 'celog', 'celu', 'napolju', 'deca', 'dete', 'mleko', 'uvek',
  'gde', 'ovde', 'posle', 'hleb', 'hiljadu', 'hiljada', 'nedelja', 'nedelje', 'nedelju', 'devojka', 'verujem', 'verovati', 'reč',
  'pesma', 'sreda', 'sredu', 'uopšte', 'takođe', 'šta', 'kafa', 'kafu', 'univerzitet', 'opština', 'fudbal', 'tačno', 'tačka',
  'porodica', 'bezbednost', 'bezbednosti', 'bezbedno', 'mart', 'jun', 'jul',
  // ekavian forms of words Croatian writes with -ije-/-je- (vidio, htio). Not those Slovene writes the same way
  // (cena, mesec, lep, svet, vreme, dve, primer, reka, the month names, "ko"): they do not tell Serbian from Slovene.
  'verovatno', 'hteo', 'smeo', 'lepše', 'dešava', 'septembar', 'oktobar', 'novembar', 'decembar', 'meseci', 'verovatno', 'hteo', 'htela', 'sveska', 'izveštaj', 'srećno',
  'neko', 'nekog', 'nekoga', 'napolje', 'ovoliko', 'onoliko', 'ćao', 'jel',
  // "cooperation": Serbian saradnja, Croatian suradnja, Slovene sodelovanje; "duks" (a hoodie) is Serbian only
  'saradnja', 'saradnje', 'saradnju', 'saradnji', 'saradnjom', 'duks',
  // Serbian words where Croatian and Slovene write others (ponovno, rijetko/redko, susjed/sosed, tjedan/teden, vlak, glazba/glasba).
  'ponovo', 'retko', 'retki', 'retka', 'komšija', 'komšije', 'komšiluk', 'nedeljna', 'nedeljni', 'nedeljno', 'sedmica', 'sedmično', 'voz', 'vozom',
  'muzika', 'muziku', 'kompjuter', 'istorija', 'istoriju',
  // sačekati/pričekati, evro/euro, menjačnica/mjenjačnica, sedmica/tjedan
  'sačekaj', 'sačekajte', 'sačekati', 'sačekam', 'evro', 'evra', 'evrima', 'menjačnica', 'menjačnici', 'menjačnicu', 'sedmice', 'sedmicu', 'sedmici',
];

/**
 * Modal verbs Serbian follows with "da" and a present ("moram da završim", "treba da kupim") where Croatian takes an
 * infinitive ("moram završiti"): "da" right after one is a Serbian word.
 */
export const SERBIAN_DA_MODALS: readonly string[] = [
  'moram', 'moraš', 'mora', 'moramo', 'morate', 'moraju', 'treba', 'trebalo', 'trebaš', 'hoću', 'hoćeš', 'hoće', 'želim', 'želiš', 'mogu', 'možeš', 'može',
  'možemo', 'smem', 'sme', 'volim', 'počinjem', 'nastavljam', 'planiram', 'nameravam',
  // past forms, before the auxiliary: "morao sam da mu pokažem", "pokušala sam da"
  'morao', 'morala', 'morali', 'mogao', 'mogla', 'mogli', 'želeo', 'želela', 'pokušao', 'pokušala', 'odlučio', 'odlučila',
];

export const DANISH_MARKERS: readonly string[] = [
  'meget', 'nu', 'efter', 'blev', 'havde', 'fik', 'hvad', 'nogen', 'noget', 'gøre', 'gennem', 'tak', 'siger', 'sagde', 'uge', 'ugen', 'vågen',
  'købe', 'købte', 'spurgte', 'sjovt', 'mig', 'dig', 'sig', 'jer', 'hende', 'igen', 'altid', 'aldrig',
  'lidt', 'rigtig', 'rigtigt', 'penge', 'måske', 'hedder', 'tænker', 'vejen', 'søen', 'weekenden',
];

export const NORWEGIAN_MARKERS: readonly string[] = [
  'mye', 'nå', 'etter', 'ble', 'hadde', 'fikk', 'hva', 'noen', 'noe', 'gjøre', 'gjennom', 'takk', 'sier', 'sa', 'uke', 'uka', 'våken', 'kjøpe',
  'kjøpte', 'spurte', 'gøy', 'meg', 'deg', 'seg', 'dere', 'henne', 'fortsatt', 'igjen', 'alltid', 'aldri', 'litt',
  'ikkje', 'riktig', 'veldig', 'bra', 'penger', 'kanskje', 'heter', 'tenker', 'veien', 'sjøen', 'helgen',
  'likevel', 'sjekker', 'sjekke', 'sjekk', 'skjønner', 'enda', 'hjelp',
];

/**
 * Ekavian words Serbian and Slovene both write and Croatian does not (cena/cijena, mesec/mjesec, lep/lijep): they
 * say "not Croatian" and leave Serbian against Slovene to the words only one of them writes (close-relatives.ts).
 */
export const NOT_CROATIAN_EKAVIAN: readonly string[] = [
  'cena', 'cene', 'ceni', 'ceno', 'mesec', 'meseca', 'mesecu', 'lep', 'lepo', 'lepa', 'svet', 'sveta', 'vreme', 'dve', 'primer', 'reka', 'reke', 'verjetno',
  'januar', 'februar', 'april', 'maj', 'avgust',
  // Ekavian forms of everyday words whose Croatian form has -je-/-ije- (sljedeći, uvijek, gdje, vrijeme, dijete, lijepo).
  'sledeći', 'sledeće', 'sledeća', 'sledeci', 'uvek', 'dete', 'deca', 'mleko', 'pesma', 'devojka', 'nedelja', 'nedelju', 'vest', 'vesti', 'reč', 'reči',
  'videti', 'razumem', 'verovatno', 'zaraditi', 'uspeh', 'obe',
];

/**
 * Words Croatian and Serbian both write and Slovene does not (sada/zdaj, danas/danes, još/še, već/že, nije/ni,
 * zašto/zakaj, će/bo): with no Slovene word beside them the post is Croatian or Serbian, whatever eld's n-grams say
 * ("Hvala, sada radi!" read as Slovene). Not "hvala", "kako", "treba", "radi", "smo", "ali": Slovene writes them too.
 */
export const NOT_SLOVENE: readonly string[] = [
  'sada', 'sad', 'danas', 'sutra', 'nešto', 'ništa', 'još', 'već', 'može', 'vrlo', 'nije', 'jer', 'kao', 'ovo', 'ovaj', 'ova', 'evo', 'ako', 'opet',
  'svi', 'sve', 'koji', 'koja', 'koje', 'bio', 'su', 'će', 'ću', 'ćemo', 'kad', 'kada', 'zašto', 'gdje', 'gde', 'šta', 'što',
];

export const SLOVENE_MARKERS: readonly string[] = [
  'zunaj', 'včeraj', 'zelo', 'kaj', 'tudi', 'lahko', 'sem', 'ki', 'jutri', 'danes', 'zdaj', 'teden', 'kje', 'kdo',
  'denarnica', 'denarnice', 'varnost', 'varnosti', 'nikoli', 'vedno', 'ampak', 'morda', 'seveda', 'prijatelji', 'sledite',
  // Function words Croatian and Serbian write otherwise (već, ako, još, jer, kao, ništa, više, preko).
  'že', 'če', 'še', 'ker', 'kot', 'ter', 'bo', 'bom', 'bomo', 'boste', 'nič', 'več', 'vsak', 'vsi', 'torej', 'vendar', 'sploh', 'prek', 'tega', 'temu',
  // Words Croatian and Serbian write otherwise: spet (opet), ponoči (noću), zjutraj, zvečer, vpišite (upišite), kodo. Not "imam", "pri": all three write them.
  'spet', 'ponoči', 'zjutraj', 'zvečer', 'opoldne', 'vpišite', 'vpiši', 'kodo', 'ob', 'dobiš', 'ampak', 'saj', 'nisem', 'nismo',
];

/**
 * Indonesian and Malay: eld has one model for both ("ms"), and CLD3 often agrees with it. Everyday words
 * each writes its own way (karena/kerana, uang/wang, saja/sahaja, menikah/berkahwin, mobil/kereta).
 */
export const INDONESIAN_MARKERS: readonly string[] = [
  'karena', 'uang', 'saja', 'aja', 'bisa', 'nggak', 'gak', 'enggak', 'banget', 'udah', 'kok', 'sih', 'dong', 'kalian', 'teman', 'menikah', 'mobil', 'polisi',
  'kantor', 'gratis', 'kemarin', 'langsung', 'pusing', 'ngopi', 'bilang', 'gimana', 'kayak', 'pakai', 'mulai', 'berhasil', 'membagi', 'dibagi', 'gue', 'lu',
  // Jakarta chat: thanks, "kak" and "gan" to address the reader, the -nya of "infonya".
  'makasih', 'kak', 'gan', 'infonya', 'dapet', 'deh',
  // Jakarta speech: verbs clipped to their nasal prefix (nunggu for menunggu, ngomong, nonton) and with its -in suffix
  // (ngomongin, nungguin); Malay keeps the full forms or says tunggu, cakap, tengok.
  'nunggu', 'nungguin', 'ngomong', 'ngomongin', 'nonton', 'ngerti', 'ngeliat', 'liat', 'nyari', 'nyariin', 'bikin', 'ngasih',
  // Video and podcast talk: "kita bahas" (we discuss), where Malay says "bincang".
  'bahas', 'membahas', 'dibahas',
];
export const MALAY_MARKERS: readonly string[] = [
  'kerana', 'wang', 'sahaja', 'boleh', 'tak', 'awak', 'korang', 'percuma', 'kawan', 'pening', 'semalam', 'nak', 'berkahwin', 'kereta', 'polis', 'pejabat',
  'macam', 'guna', 'mula', 'beritahu', 'sedang', 'baharu', 'syiling', 'je', 'berjaya', 'membahagi', 'sikit', 'takde', 'tengok',
];

/**
 * Irish and Scottish Gaelic: CLD3 knows both and sometimes gives Scottish Gaelic for Irish. Irish writes
 * long vowels with an acute (á é í ó ú), Scottish Gaelic with a grave (à è ì ò ù); eclipsis at the start of
 * a word (bhf-, gc-, dt-, mb-, nd-, bp-) and these words are Irish.
 */
export const IRISH_MARKERS: readonly string[] = [
  'gaeilge', 'faoi', 'atá', 'níl', 'bhfuil', 'anseo', 'freisin', 'conas', 'inniu', 'dúinn', 'linn', 'sé', 'sí', 'é',
  // Thanks and greetings: "go raibh maith agat a chara", "Dia dhuit".
  'raibh', 'maith', 'agat', 'agaibh', 'chara', 'cairde', 'dhuit', 'dhaoibh', 'slán', 'fáilte', 'táim', 'tá', 'maidin',
  // Video and stream talk: link, below, description ("cur síos"), video, comment, pinned ("tá an nasc thíos").
  'nasc', 'thíos', 'síos', 'físeán', 'bhfíseán', 'trácht', 'greamaithe',
];

/**
 * Tagalog function words and particles English never writes ("nasa description yung link", "check niyo po"): English
 * words in a Tagalog frame are Taglish, which eld reads as English (identify-language.ts). Not "may", "na", "pa", "din",
 * "lang", "yan": English writes them too (words, abbreviations, names).
 */
export const TAGALOG_MARKERS: readonly string[] = [
  'yung', 'iyong', 'nasa', 'mga', 'ang', 'ng', 'po', 'naman', 'kasi', 'talaga', 'ito', 'iyan', 'dito', 'diyan', 'dyan', 'niyo', 'nyo', 'ninyo',
  'namin', 'natin', 'kayo', 'tayo', 'sila', 'siya', 'hindi', 'wala', 'meron', 'pero', 'kung', 'rin', 'muna', 'sobrang',
];

export const CZECH_MARKERS: readonly string[] = [
  'jsem', 'jsme', 'jste', 'není', 'ano', 'jak', 'velmi', 'venku', 'teď', 'děkuji', 'zítra', 'který', 'která', 'které', 'nebo', 'ještě',
  'proto', 'jen', 'můj', 'moje', 'epizoda', 'peněženka', 'taky', 'také', 'protože', 'když', 'právě',
  // Reflexive "se" (Slovak "sa"), "pro" (Slovak "pre"), "kdo", the forms of "být" and everyday words that Slovak
  // writes otherwise: they carry posts typed without accents, where the words above lose theirs.
  'se', 'pro', 'kdo', 'jsou', 'jsi', 'byl', 'byla', 'bylo', 'byli', 'budu', 'chci', 'něco', 'všechno', 'proč', 'tady', 'můžu', 'může',
  'měsíc', 'hodně', 'stejně', 'již', 'jestli', 'pořád', 'díky',
];

export const SLOVAK_MARKERS: readonly string[] = [
  'som', 'sme', 'ste', 'nie', 'áno', 'ako', 'veľmi', 'vonku', 'teraz', 'ďakujem', 'zajtra', 'ktorý', 'ktorá', 'ktoré', 'alebo', 'ešte',
  'preto', 'len', 'môj', 'moja', 'epizóda', 'peňaženka', 'tiež', 'pretože', 'keď', 'práve',
  'sa', 'pre', 'kto', 'sú', 'bol', 'bola', 'bolo', 'boli', 'budem', 'chcem', 'niečo', 'všetko', 'prečo', 'môžem', 'môže', 'mesiac',
  'veľa', 'rovnako', 'aj', 'ďakujeme', 'vďaka',
];

/**
 * Greek written in Latin letters ("Greeklish"): function words and the words of a sign-up as Greeks type them. Not
 * those other languages write the same way ("den", "mas", "gia", "mia", "auto", "kala", "mono", "etsi", "vale").
 */
export const GREEKLISH_MARKERS: readonly string[] = [
  'kai', 'einai', 'tha', 'sthn', 'ston', 'sth', 'stin', 'stis', 'stous', 'ths', 'tou', 'mou', 'sou', 'sas', 'paidia', 'apo', 'pou', 'oti', 'alla', 'opoios',
  'opoia', 'opoiadipote', 'thelei', 'thelete', 'mporeite', 'mporei', 'exei', 'exete', 'exw', 'exo', 'kanei', 'kanete', 'pws', 'giati', 'twra', 'tora', 'poly',
  'polu', 'nai', 'oxi', 'tipota', 'kati', 'afto', 'ayto', 'auta', 'afta', 'ena', 'enan', 'htan', 'eimai', 'eisai', 'pairnete', 'pairneis', 'valte',
  'valei', 'vrikes', 'vrika', 'vreis', 'ligo', 'akrivo', 'akriva', 'fthino', 'kwdiko', 'kwdikos', 'kodiko', 'kodikos', 'eggrafh', 'eggrafi', 'ekptwsh', 'ekptosi', 'promitheies', 'lefta', 'xrimata', 'episis', 'akoma',
  'akomi', 'edw', 'ekei', 're', 'ela', 'file', 'filoi', 'kalhmera', 'kalimera', 'efxaristw', 'eyxaristw', 'anoiksei', 'anoixei', 'ftiaxte', 'kane',
  // The same words in the other spellings Greeks type (ω as o or w, η as i or h, υ as u, y or i, χ as x or h).
  'efharisto', 'efxaristo', 'eyxaristo', 'euxaristw', 'euxaristo', 'poli', 'douleuei', 'doulevei', 'douleyei', 'prepei', 'isws', 'isos', 'mallon',
  'telika', 'kserw', 'ksero', 'ksereis', 'nomizw', 'nomizo', 'mporw', 'mporo', 'theleis', 'thelw', 'thelo', 'kanw', 'kano', 'egw', 'ego', 'esy', 'esu',
  'emeis', 'shmera', 'simera', 'avrio', 'aurio', 'xthes', 'xtes', 'molis', 'opws', 'logariasmo', 'logariasmos', 'xrhmata', 'kerdi', 'kerdh', 'agorasa',
  'dwrean', 'doorean', 'dorean', 'mponous', 'kwdika', 'kodika', 'sundesmo', 'syndesmo', 'sindesmo',
];

/**
 * Bulgarian and Russian share most letters and many n-grams; a short Bulgarian post ("Идвам след пет минути") reads as
 * Russian to eld. Words only one of them writes: Bulgarian "след, сега, какво, ще, съм", Russian "через, сейчас, что,
 * будет, это".
 */
export const BULGARIAN_MARKERS: readonly string[] = [
  'гледайте', 'гледай', 'канала', 'ново', 'новото', 'винаги', 'искам', 'мисля', 'хора',
  'след', 'сега', 'какво', 'със', 'съм', 'сме', 'беше', 'ще', 'нещо', 'днес', 'утре', 'защото', 'тук', 'къде', 'кога', 'благодаря', 'идвам', 'отивам',
  'минути', 'няма', 'хубаво', 'хубав', 'хубава', 'трябва', 'нея', 'тях', 'пък', 'вече', 'още', 'също', 'обаче', 'докато', 'защо', 'този', 'тази', 'това', 'тези', 'нали', 'казах', 'искам',
];
export const RUSSIAN_MARKERS: readonly string[] = [
  'всегда', 'смотрите', 'канале', 'новое', 'хочется', 'думаю', 'люди', 'побеждает', 'терпение',
  'сейчас', 'что', 'через', 'минут', 'когда', 'здесь', 'где', 'потому', 'спасибо', 'сегодня', 'завтра', 'будет', 'есть', 'нет', 'это', 'этот', 'эта',
  'эти', 'уже', 'ещё', 'еще', 'тоже', 'только', 'очень', 'почему', 'который', 'чтобы', 'нужно', 'надо', 'хочу', 'сказал', 'вообще', 'конечно',
];

/**
 * Where a post points, for close relatives its words do not tell apart ("Rolig marked i dag #oslo", "makan dulu gan
 * #jakarta"): the country's name, its capital and largest cities as hashtags (folded, no spaces), and its top-level
 * domain in a link. Only a tie-break: marker words decide first (close-relatives.ts).
 */
export const COUNTRY_HINTS: Readonly<Record<string, readonly string[]>> = {
  da: ['danmark', 'denmark', 'kobenhavn', 'copenhagen', 'aarhus', 'odense', 'aalborg', 'dk'],
  no: ['norge', 'norway', 'noreg', 'oslo', 'bergen', 'trondheim', 'stavanger', 'tromso', 'no'],
  cs: ['cesko', 'czechia', 'czech', 'praha', 'prague', 'brno', 'ostrava', 'plzen', 'cz'],
  sk: ['slovensko', 'slovakia', 'bratislava', 'kosice', 'zilina', 'presov', 'sk'],
  hr: ['hrvatska', 'croatia', 'zagreb', 'rijeka', 'osijek', 'zadar', 'dubrovnik', 'hr'],
  sr: ['srbija', 'serbia', 'beograd', 'belgrade', 'novisad', 'novogsada', 'novomsadu', 'nis', 'kragujevac', 'rs'],
  sl: ['slovenija', 'slovenia', 'ljubljana', 'maribor', 'celje', 'koper', 'si'],
  id: ['indonesia', 'jakarta', 'bandung', 'surabaya', 'bali', 'yogyakarta', 'jogja', 'id'],
  ms: ['malaysia', 'kualalumpur', 'kl', 'penang', 'johor', 'johorbahru', 'selangor', 'my'],
  bg: ['bulgaria', 'balgariya', 'sofia', 'plovdiv', 'varna', 'burgas', 'bg', 'българия', 'софия', 'пловдив', 'варна'],
  ru: ['russia', 'rossiya', 'moskva', 'moscow', 'piter', 'spb', 'ru', 'россия', 'москва', 'питер'],
};

/** Maltese words without its own letters (ħ ġ ċ) that no other language we meet writes: two of them say Maltese. */
export const MALTESE_MARKERS: readonly string[] = [
  'qed', 'illum', 'biss', 'jien', 'inti', 'huwa', 'hija', 'mhux', 'ukoll', 'issa', 'tiegħi', 'tieghi', 'tagħna', 'taghna', 'nara', 'naf', 'irrid',
  'trid', 'xejn', 'kollox', 'minn', 'lejn', 'fuq', 'ftit', 'wisq', 'sabiħ', 'sabih', 'grazzi', 'kif', 'fejn', 'għaliex', 'ghaliex', 'qatt', 'dejjem', 'jew',
  // Typed without ħ and għ, as on phones: ħafna, ħabib, stenna, jmiss.
  'ħafna', 'hafna', 'ħabib', 'habib', 'stenna', 'jmiss', 'nistenna', 'tagħkom', 'taghkom', 'tiegħek', 'tieghek', 'għandi', 'ghandi', 'għandek', 'ghandek',
];

/**
 * Swahili words no other language we meet writes (not "na", "ni", "ya", "wa", "tu", "sana", "sisi": those are
 * other languages' words too). eld has no Swahili model and CLD3 is unreliable on a short post ("Nani bado yuko
 * macho?" was German, "umeona hii? inapanda tena" Malay): two of them say Swahili.
 */
export const SWAHILI_MARKERS: readonly string[] = [
  'hii', 'hiyo', 'tena', 'bado', 'kabisa', 'yoyote', 'chochote', 'asante', 'nini', 'gani', 'kesho', 'jana', 'baada', 'kabla', 'lakini', 'sasa', 'hapa',
  'wewe', 'mimi', 'yangu', 'yako', 'wetu', 'yetu', 'hakuna', 'ndiyo', 'hapana', 'habari', 'rafiki', 'biashara', 'soko', 'yuko', 'iko', 'wako', 'sahihi',
  'daima', 'dakika', 'kwenye', 'kuhusu', 'mpya', 'kidogo', 'zaidi', 'asubuhi', 'mzima', 'kweli', 'hivyo', 'kwa', 'pesa', 'leo', 'nani',
];
