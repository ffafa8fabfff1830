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
  'juče', 'uveče', 'ceo', 'cela', 'celo', 'celog', 'celu', 'napolju', 'lepo', 'lep', 'lepa', 'deca', 'dete', 'mleko', 'vreme', 'uvek',
  'gde', 'ovde', 'posle', 'hleb', 'voz', 'hiljadu', 'hiljada', 'nedelja', 'nedelje', 'nedelju', 'devojka', 'verujem', 'verovati', 'reč',
  'svet', 'pesma', 'sreda', 'sredu', 'uopšte', 'takođe', 'šta', 'ko', 'kafa', 'kafu', 'univerzitet', 'opština', 'fudbal', 'tačno', 'tačka',
  'porodica', 'dve', 'bezbednost', 'bezbednosti', 'bezbedno', 'januar', 'februar', 'mart', 'april', 'maj', 'jun', 'jul', 'avgust',
  // ekavian forms of words Croatian writes with -ije-/-je- (mjesec, cijena, vidio, htio)
  'mesec', 'meseca', 'mesecu', 'cena', 'cene', 'ceni', 'primer', 'verovatno', 'hteo', 'smeo', 'lepše', 'dešava', 'reka',
  'septembar', 'oktobar', 'novembar', 'decembar', 'mesec', 'meseci', 'verovatno', 'hteo', 'htela', 'sveska', 'izveštaj', 'srećno',
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
];

export const SLOVENE_MARKERS: readonly string[] = [
  'zunaj', 'včeraj', 'zelo', 'kaj', 'tudi', 'lahko', 'hvala', 'sem', 'ki', 'jutri', 'danes', 'zdaj', 'teden', 'kje', 'kdo',
  'denarnica', 'denarnice', 'varnost', 'varnosti', 'nikoli', 'vedno', 'ampak', 'morda', 'seveda', 'prijatelji', 'sledite',
  // Function words Croatian and Serbian write otherwise (već, ako, još, jer, kao, ništa, više, preko).
  'že', 'če', 'še', 'ker', 'kot', 'ter', 'bo', 'bom', 'bomo', 'boste', 'nič', 'več', 'vsak', 'vsi', 'torej', 'vendar', 'sploh', 'prek', 'tega', 'temu',
];

/**
 * Indonesian and Malay: eld has one model for both ("ms"), and CLD3 often agrees with it. Everyday words
 * each writes its own way (karena/kerana, uang/wang, saja/sahaja, menikah/berkahwin, mobil/kereta).
 */
export const INDONESIAN_MARKERS: readonly string[] = [
  'karena', 'uang', 'saja', 'aja', 'bisa', 'nggak', 'gak', 'enggak', 'banget', 'udah', 'kok', 'sih', 'dong', 'kalian', 'teman', 'menikah', 'mobil', 'polisi',
  'kantor', 'gratis', 'kemarin', 'langsung', 'pusing', 'ngopi', 'bilang', 'gimana', 'kayak', 'pakai', 'mulai',
];
export const MALAY_MARKERS: readonly string[] = [
  'kerana', 'wang', 'sahaja', 'boleh', 'tak', 'awak', 'korang', 'percuma', 'kawan', 'pening', 'semalam', 'nak', 'berkahwin', 'kereta', 'polis', 'pejabat',
  'macam', 'guna', 'mula', 'beritahu', 'sedang',
];

/**
 * Irish and Scottish Gaelic: CLD3 knows both and sometimes gives Scottish Gaelic for Irish. Irish writes
 * long vowels with an acute (á é í ó ú), Scottish Gaelic with a grave (à è ì ò ù); eclipsis at the start of
 * a word (bhf-, gc-, dt-, mb-, nd-, bp-) and these words are Irish.
 */
export const IRISH_MARKERS: readonly string[] = ['gaeilge', 'faoi', 'atá', 'níl', 'bhfuil', 'anseo', 'freisin', 'conas', 'inniu', 'dúinn', 'linn', 'sé', 'sí', 'é'];

export const CZECH_MARKERS: readonly string[] = [
  'jsem', 'jsme', 'jste', 'není', 'ano', 'jak', 'velmi', 'venku', 'teď', 'děkuji', 'zítra', 'který', 'která', 'které', 'nebo', 'ještě',
  'proto', 'jen', 'můj', 'moje', 'epizoda', 'peněženka', 'taky', 'také', 'protože', 'když', 'právě',
];

export const SLOVAK_MARKERS: readonly string[] = [
  'som', 'sme', 'ste', 'nie', 'áno', 'ako', 'veľmi', 'vonku', 'teraz', 'ďakujem', 'zajtra', 'ktorý', 'ktorá', 'ktoré', 'alebo', 'ešte',
  'preto', 'len', 'môj', 'moja', 'epizóda', 'peňaženka', 'tiež', 'pretože', 'keď', 'práve',
];
