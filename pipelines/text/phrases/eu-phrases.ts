// Vocabulary for EU-targeting signals (ESMA reverse-solicitation guidelines: content aimed at EU
// clients, EU payment rails, Section 6 country targeting). Data only; syntax in ../phrase-matcher.ts.

/** The 27 EU member states (ISO 3166-1 alpha-2; Greece is GR, not EL). */
export const EU_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/**
 * Country names in the EU languages (and English). Inflected forms are listed as stems where the stem
 * is unambiguous ("francj*" for Polish Francja/Francji). Deliberately absent: names that are common
 * words or names elsewhere ("Holland" is kept, "Jersey"/"Georgia" are not EU anyway).
 */
export const COUNTRY_NAMES: Record<string, readonly string[]> = {
  AT: ['Austria', 'Österreich', 'Autriche', 'Oostenrijk', 'Österrike', 'Østrig', 'Rakousko', 'Rakousku', 'Rakúsko', 'Rakúsku', 'Itävalta', 'Ausztria', 'Avstrija', 'Austrija', 'Αυστρία', 'Австрия', 'Austrii', 'Austrię', 'Itävallassa'],
  BE: ['Belgium', 'Belgique', 'België', 'Belgien', 'Bélgica', 'Belgio', 'Belgia', 'Belgii', 'Belgie', 'Belgicko', 'Belgija', 'Belgija', 'Βέλγιο', 'Белгия', 'Belgiassa', 'Beļģija', 'Belgia'],
  BG: ['Bulgaria', 'Bulgarie', 'Bulgarien', 'Bulgarije', 'Bulharsko', 'Bulgária', 'Bulgarija', 'Bugarska', 'Βουλγαρία', 'България', 'Bułgaria', 'Bułgarii'],
  HR: ['Croatia', 'Croatie', 'Kroatien', 'Croacia', 'Croazia', 'Croácia', 'Kroatië', 'Chorwacja', 'Chorwacji', 'Chorvatsko', 'Hrvatska', 'Hrvaška', 'Horvátország', 'Kroatia', 'Κροατία', 'Хърватия', 'Croaţia', 'Croația'],
  CY: ['Cyprus', 'Chypre', 'Zypern', 'Chipre', 'Cipro', 'Cypr', 'Cypern', 'Kypr', 'Kypros', 'Ciprus', 'Ciper', 'Cipar', 'Κύπρος', 'Кипър', 'Kipras', 'Kipra', 'Küpros'],
  CZ: ['Czechia', 'Czech Republic', 'Tchéquie', 'République tchèque', 'Tschechien', 'Chequia', 'República Checa', 'Cechia', 'Repubblica Ceca', 'Tsjechië', 'Czechy', 'Czechach', 'Tjeckien', 'Tjekkiet', 'Česko', 'Česku', 'Česka', 'Českem', 'Česká republika', 'Tšekki', 'Csehország', 'Češka', 'Češka', 'Τσεχία', 'Чехия', 'Cehia', 'Čekija', 'Čehija', 'Tšehhi'],
  DK: ['Denmark', 'Danemark', 'Dänemark', 'Dinamarca', 'Danimarca', 'Denemarken', 'Dania', 'Danii', 'Danmark', 'Dánsko', 'Tanska', 'Dánia', 'Danska', 'Δανία', 'Дания', 'Danemarca', 'Danija', 'Dānija', 'Taani'],
  EE: ['Estonia', 'Estonie', 'Estland', 'Estónia', 'Estonsko', 'Eesti', 'Viro', 'Észtország', 'Estonija', 'Εσθονία', 'Естония', 'Igaunija', 'Estonii'],
  FI: ['Finland', 'Finlande', 'Finnland', 'Finlandia', 'Finlândia', 'Finsko', 'Suomi', 'Suomessa', 'Finnország', 'Finska', 'Φινλανδία', 'Финландия', 'Suomija', 'Somija', 'Soome', 'Finlandii'],
  FR: ['France', 'Frankreich', 'Francia', 'França', 'Frankrijk', 'Francja', 'francj*', 'Frankrike', 'Frankrig', 'Francie', 'Francii', 'Francúzsko', 'Francúzsku', 'Ranska', 'ransk*', 'Franciaország', 'Francija', 'Francuska', 'Γαλλία', 'Франция', 'Franța', 'Franta', 'Prancūzija', 'Prantsusmaa'],
  DE: ['Germany', 'Allemagne', 'Deutschland', 'Alemania', 'Germania', 'Alemanha', 'Duitsland', 'Niemcy', 'niemczech', 'Tyskland', 'Německo', 'Německu', 'Nemecko', 'Nemecku', 'Saksa', 'Saksassa', 'Németország', 'Nemčija', 'Njemačka', 'Γερμανία', 'Германия', 'Vokietija', 'Vācija', 'Saksamaa'],
  GR: ['Greece', 'Grèce', 'Griechenland', 'Grecia', 'Grécia', 'Griekenland', 'Grecja', 'Grecji', 'Grekland', 'Grækenland', 'Řecko', 'Grécko', 'Kreikka', 'Görögország', 'Grčija', 'Grčka', 'Ελλάδα', 'Ελλάς', 'Гърция', 'Graikija', 'Grieķija', 'Kreeka', 'Hellas'],
  HU: ['Hungary', 'Hongrie', 'Ungarn', 'Hungría', 'Ungheria', 'Hungria', 'Hongarije', 'Węgry', 'Węgrzech', 'Ungern', 'Maďarsko', 'Maďarsku', 'Unkari', 'Magyarország', 'Magyarországon', 'Madžarska', 'Mađarska', 'Ουγγαρία', 'Унгария', 'Ungaria', 'Vengrija', 'Ungārija', 'Ungari'],
  IE: ['Ireland', 'Irlande', 'Irland', 'Irlanda', 'Ierland', 'Irlandia', 'Irsko', 'Írsko', 'Irlanti', 'Írország', 'Irska', 'Ιρλανδία', 'Ирландия', 'Airija', 'Īrija', 'Iirimaa', 'Éire', 'Eire'],
  IT: ['Italy', 'Italie', 'Italien', 'Italia', 'Itália', 'Italië', 'Włochy', 'Włoszech', 'Itálie', 'Itálii', 'Taliansko', 'Taliansku', 'Italija', 'Olaszország', 'Ιταλία', 'Италия', 'Itālija', 'Itaalia'],
  LV: ['Latvia', 'Lettonie', 'Lettland', 'Letonia', 'Lettonia', 'Letónia', 'Letland', 'Łotwa', 'Łotwie', 'Lotyšsko', 'Latvija', 'Lettország', 'Latvija', 'Λετονία', 'Латвия', 'Läti'],
  LT: ['Lithuania', 'Lituanie', 'Litauen', 'Lituania', 'Lituânia', 'Litouwen', 'Litwa', 'Litwie', 'Litva', 'Liettua', 'Litvánia', 'Litva', 'Λιθουανία', 'Литва', 'Lietuva', 'Lietuvoje', 'Leedu'],
  LU: ['Luxembourg', 'Luxemburg', 'Luxemburgo', 'Lussemburgo', 'Luksemburg', 'Lucembursko', 'Luxemburgo', 'Luksemburgi', 'Luxemburg', 'Λουξεμβούργο', 'Люксембург', 'Liuksemburgas', 'Luksemburga', 'Lëtzebuerg'],
  MT: ['Malta', 'Malte', 'Μάλτα', 'Малта'],
  NL: ['Netherlands', 'the Netherlands', 'Pays-Bas', 'Niederlande', 'Países Bajos', 'Paesi Bassi', 'Países Baixos', 'Nederland', 'Holandia', 'Holandii', 'Nederländerna', 'Nederlandene', 'Nizozemsko', 'Holandsko', 'Alankomaat', 'Hollanti', 'Hollandia', 'Nizozemska', 'Ολλανδία', 'Нидерландия', 'Țările de Jos', 'Olanda', 'Nyderlandai', 'Nīderlande', 'Holland'],
  PL: ['Poland', 'Pologne', 'Polen', 'Polonia', 'Polónia', 'Polska', 'Polsce', 'Polsko', 'Polsku', 'Poľsko', 'Poľsku', 'Puola', 'Lengyelország', 'Poljska', 'Πολωνία', 'Полша', 'Lenkija', 'Polija', 'Poola'],
  PT: ['Portugal', 'Portogallo', 'Portugalia', 'Portugalii', 'Portugalsko', 'Portugali', 'Portugália', 'Portugalska', 'Πορτογαλία', 'Португалия', 'Portugalija', 'Portugāle'],
  RO: ['Romania', 'Roumanie', 'Rumänien', 'Rumanía', 'Roménia', 'Roemenië', 'Rumunia', 'Rumunii', 'Rumänien', 'Rumænien', 'Rumunsko', 'Romania', 'Románia', 'Romunija', 'Rumunjska', 'Ρουμανία', 'Румъния', 'România', 'Rumunija', 'Rumānija', 'Rumeenia'],
  SK: ['Slovakia', 'Slovaquie', 'Slowakei', 'Eslovaquia', 'Slovacchia', 'Eslováquia', 'Slowakije', 'Słowacja', 'Słowacji', 'Slovakien', 'Slovakiet', 'Slovensko', 'Slovensku', 'Szlovákia', 'Slovaška', 'Slovačka', 'Σλοβακία', 'Словакия', 'Slovacia', 'Slovakija', 'Slovākija', 'Slovakkia'],
  SI: ['Slovenia', 'Slovénie', 'Slowenien', 'Eslovenia', 'Eslovénia', 'Slovenië', 'Słowenia', 'Słowenii', 'Slovenien', 'Slovinsko', 'Slovinsko', 'Slovenija', 'Szlovénia', 'Σλοβενία', 'Словения', 'Slovēnija', 'Sloveenia'],
  ES: ['Spain', 'Espagne', 'Spanien', 'España', 'Spagna', 'Espanha', 'Spanje', 'Hiszpania', 'Hiszpanii', 'Španělsko', 'Španělsku', 'Španielsko', 'Španielsku', 'Espanja', 'Spanyolország', 'Španija', 'Španjolska', 'Ισπανία', 'Испания', 'Spania', 'Ispanija', 'Spānija', 'Hispaania'],
  SE: ['Sweden', 'Suède', 'Schweden', 'Suecia', 'Svezia', 'Suécia', 'Zweden', 'Szwecja', 'Szwecji', 'Sverige', 'Švédsko', 'Ruotsi', 'Svédország', 'Švedska', 'Σουηδία', 'Швеция', 'Suedia', 'Švedija', 'Zviedrija', 'Rootsi'],
};

/**
 * Demonyms (adjectives and people nouns). Bare they are too ambiguous ("French fries", "German engineering"),
 * so they only count next to an audience noun ("French users", "deutsche Nutzer", "utilisateurs français")
 * or after an audience preposition at the end of a phrase ("pour les Français", "für Deutsche").
 */
export const DEMONYMS: Record<string, readonly string[]> = {
  AT: ['Austrian', 'Austrians', 'österreichisch*', 'Österreicher*', 'autrichien*', 'austriac*', 'austríac*', 'Oostenrijkse', 'austriack*'],
  BE: ['Belgian', 'Belgians', 'belge', 'belges', 'belgisch*', 'Belgier', 'belga', 'belgas', 'belgi', 'Belgen', 'belgijsc*'],
  BG: ['Bulgarian', 'Bulgarians', 'bulgare*', 'bulgarisch*', 'búlgar*', 'bulgar*', 'български', 'българи', 'българите'],
  HR: ['Croatian', 'Croatians', 'croate*', 'kroatisch*', 'croat*', 'hrvatsk*', 'chorwack*'],
  CY: ['Cypriot', 'Cypriots', 'chypriote*', 'zyprisch*', 'chipriot*', 'cipriot*', 'cypryjsk*', 'κύπριοι', 'κύπριους'],
  CZ: ['Czech', 'Czechs', 'tchèque*', 'tschechisch*', 'Tschechen', 'checo', 'checos', 'checa', 'ceco', 'cechi', 'ceca', 'tsjechisch*', 'czesk*', 'čeští', 'české', 'českých', 'čechy'],
  DK: ['Danish', 'Danes', 'danois*', 'dänisch*', 'Dänen', 'danes*', 'danese', 'danesi', 'dinamarqu*', 'deens*', 'duńsk*', 'danske', 'dansk', 'danskere', 'tanskalai*'],
  EE: ['Estonian', 'Estonians', 'estonien*', 'estnisch*', 'Esten', 'estonio*', 'estone', 'estoni', 'estoński*', 'eesti'],
  FI: ['Finnish', 'Finns', 'finlandais*', 'finnisch*', 'Finnen', 'finlandes*', 'finlandese', 'finlandesi', 'fins', 'finse', 'fiński*', 'finsk*', 'finländsk*', 'suomalai*'],
  FR: ['French', 'français', 'française', 'françaises', 'französisch*', 'Franzosen', 'francés', 'franceses', 'francesa', 'francese', 'francesi', 'francês', 'frans', 'franse', 'francusc*', 'francusk*', 'fransk', 'franska', 'franske', 'francouzsk*', 'francouzští', 'francez*', 'ranskalai*', 'francia', 'γάλλοι', 'γάλλους'],
  DE: ['German', 'Germans', 'allemand', 'allemands', 'allemande', 'allemandes', 'deutsche', 'deutschen', 'deutscher', 'Deutsche', 'alemán', 'alemanes', 'alemana', 'tedesco', 'tedeschi', 'tedesca', 'alemão', 'alemães', 'Duitse', 'Duitsers', 'niemieccy', 'niemieck*', 'tysk', 'tyska', 'tyske', 'tyskar', 'německ*', 'nemeck*', 'german*', 'saksalai*', 'német*', 'γερμανοί', 'γερμανούς'],
  GR: ['Greek', 'Greeks', 'grec', 'grecs', 'grecque*', 'griechisch*', 'Griechen', 'griego*', 'greco', 'greci', 'grego*', 'grieks*', 'grieken', 'greck*', 'grekisk*', 'grekiska', 'græsk*', 'řeck*', 'greci', 'kreikkalai*', 'görög*', 'έλληνες', 'έλληνα*'],
  HU: ['Hungarian', 'Hungarians', 'hongrois*', 'ungarisch*', 'Ungarn', 'húngaro*', 'ungherese', 'ungheresi', 'hongaars*', 'węgiersk*', 'węgrzy', 'ungersk*', 'maďarsk*', 'unkarilai*', 'magyar', 'magyarok', 'maghiar*', 'ούγγροι'],
  IE: ['Irish', 'irlandais*', 'irisch*', 'Iren', 'irlandés', 'irlandeses', 'irlandese', 'irlandesi', 'irlandês', 'iers', 'ierse', 'irlandzk*', 'irländsk*', 'irske', 'irsk*', 'irlandez*', 'irlantilai*', 'írek'],
  IT: ['Italian', 'Italians', 'italien', 'italiens', 'italienne*', 'italienisch*', 'Italiener', 'italiano', 'italianos', 'italiani', 'italiane', 'italiana', 'Italiaanse', 'Italianen', 'włosk*', 'włosi', 'italiensk*', 'italsk*', 'italien*', 'italieni', 'italialai*', 'olasz*', 'ιταλοί', 'ιταλούς'],
  LV: ['Latvian', 'Latvians', 'letton*', 'lettisch*', 'letón', 'letones', 'lettone', 'lettoni', 'łotewsk*', 'lettisk*', 'lotyšs*', 'latvieš*', 'läti'],
  LT: ['Lithuanian', 'Lithuanians', 'lituanien*', 'litauisch*', 'lituano*', 'lituani', 'litouws*', 'litewsk*', 'litauisk*', 'litevs*', 'lietuvi*', 'leedu'],
  LU: ['Luxembourgish', 'Luxembourgers', 'luxembourgeois*', 'luxemburgisch*', 'Luxemburger', 'luxemburgués', 'lussemburghes*', 'luxemburguês', 'luksembursk*', 'luxemburgsk*'],
  MT: ['Maltese', 'maltais*', 'maltesisch*', 'maltés', 'malteses', 'maltesi', 'maltês', 'maltees', 'maltesisk*', 'maltańsk*'],
  NL: ['Dutch', 'néerlandais*', 'niederländisch*', 'Niederländer', 'holländisch*', 'neerlandés', 'neerlandeses', 'holandés', 'holandeses', 'olandese', 'olandesi', 'holandês', 'holandeses', 'Nederlandse', 'Nederlanders', 'holendrzy', 'holendersk*', 'holandersk*', 'nederländsk*', 'hollandsk*', 'nizozemsk*', 'hollantilai*', 'holland', 'olandez*', 'ολλανδοί'],
  PL: ['Polish', 'Poles', 'polonais*', 'polnisch*', 'Polen', 'polaco*', 'polacca', 'polacchi', 'polonês', 'polaco', 'pools', 'poolse', 'polacy', 'polscy', 'polsk*', 'polska', 'polští', 'polsk*', 'puolalai*', 'lengyel*', 'poloneză', 'polonezi', 'πολωνοί'],
  PT: ['Portuguese', 'portugais*', 'portugiesisch*', 'Portugiesen', 'portugués', 'portugueses', 'portoghese', 'portoghesi', 'português', 'portugese', 'portugees', 'portugalsk*', 'portugisisk*', 'portugals*', 'portugalilai*', 'portugál*', 'portughez*', 'πορτογάλοι'],
  RO: ['Romanian', 'Romanians', 'roumain*', 'rumänisch*', 'Rumänen', 'rumano*', 'rumeno', 'rumeni', 'romeno*', 'roemeens*', 'rumuńsk*', 'rumunii', 'rumänsk*', 'rumænsk*', 'rumuns*', 'román', 'románok', 'români', 'românești', 'romanesti'],
  SK: ['Slovak', 'Slovaks', 'slovaque*', 'slowakisch*', 'Slowaken', 'eslovaco*', 'slovacco', 'slovacchi', 'slowaaks*', 'słowack*', 'slovakisk*', 'slovensk*', 'slovákok', 'slovac*'],
  SI: ['Slovenian', 'Slovenians', 'slovène*', 'slowenisch*', 'Slowenen', 'esloveno*', 'sloveno', 'sloveni', 'sloveens*', 'słoweńsk*', 'szlovén*', 'slovenian*'],
  ES: ['Spanish', 'Spaniards', 'espagnol*', 'spanisch*', 'Spanier', 'español', 'españoles', 'española', 'spagnol*', 'espanhol*', 'spaans*', 'spanjaarden', 'hiszpańsk*', 'hiszpanie', 'spansk*', 'španěl*', 'španiel*', 'espanjalai*', 'spanyol*', 'spaniol*', 'ισπανοί'],
  SE: ['Swedish', 'Swedes', 'suédois*', 'schwedisch*', 'Schweden', 'sueco*', 'svedese', 'svedesi', 'zweeds*', 'zweden', 'szwedzk*', 'szwedzi', 'svensk*', 'svenskar', 'švéd*', 'ruotsalai*', 'svéd*', 'suedez*', 'σουηδοί'],
};

/** Nouns for an audience: "users", "Nutzer", "utilisateurs" ... */
export const AUDIENCE_NOUNS: readonly string[] = [
  'users', 'user', 'traders', 'investors', 'clients', 'customers', 'residents', 'citizens', 'people', 'followers', 'viewers', 'friends', 'community',
  'utilisateurs', 'investisseurs', 'résidents', 'abonnés', 'nutzer*', 'anleger*', 'kunden', 'investoren', 'einwohner*', 'bürger*', 'follower',
  'galera', 'usuarios', 'inversores', 'inversionistas', 'clientes', 'residentes', 'seguidores', 'utenti', 'investitori', 'clienti', 'residenti', 'follower',
  'utilizadores', 'investidores', 'gebruikers', 'beleggers', 'klanten', 'inwoners', 'volgers', 'użytkownik*', 'inwestor*', 'klienci', 'klientów', 'obserwując*',
  'användare', 'investerare', 'kunder', 'brugere', 'investorer', 'uživatel*', 'investor*', 'klient*', 'utilizator*', 'investitor*', 'käyttäj*', 'sijoittaj*',
  // followers in the South Slavic languages; people living or residing there ("chi vive in Svizzera", "mieszkających w ...")
  // people, and a community, as the audience ("Leute mit Wohnsitz in der Schweiz", "la communauté d'Afrique de l'Ouest")
  'leute', 'wohnsitz', 'gens', 'personnes', 'gente', 'persone', 'mensen', 'communaute', 'comunidad', 'comunita', 'comunidade', 'gemeinschaft', 'gemeenschap', 'społeczność*',
  'pratitelj*', 'pratioc*', 'prijatelj*', 'přátel*', 'priatel*', 'ομογενεί*', 'compas', 'compatriot*', 'compatriotes', 'landsleute*', 'rodak*', 'krajan*',
  // whoever is there ("só pra quem tá no brasil", "para quienes viven en México", "per chi sta in Svizzera")
  'quem', 'quien', 'quienes', 'chi', 'sledilc*', 'living', 'residing', 'vive', 'vivono', 'viven', 'vivem', 'wohnt', 'wohnen', 'wohnhaft', 'résidant', 'habitent', 'habitant',
  'wonen', 'wonend', 'mieszkając*', 'mieszka*', 'bor', 'asuvat', 'asuville', 'locuiesc', 'žive', 'zive', 'živite', 'bydlíc*', 'élő', 'elő',
  // members and friends of a channel or a club ("nos membres au Sénégal", "prietenii din Republica Moldova")
  'members', 'membres', 'mitglieder*', 'miembros', 'membri', 'membros', 'leden', 'członk*', 'medlemmar', 'medlemmer', 'jäsen*', 'tagok', 'član*',
  'prieten*', 'amis', 'freunde', 'amigos', 'amici', 'vrienden', 'przyjaci*', 'venner', 'vänner', 'ystäv*', 'φίλοι', 'приятели',
  'χρήστες', 'επενδυτές', 'felhasználó*', 'befektető*', 'uporabnik*', 'korisnik*', 'потребители', 'инвеститори', 'naudotoj*', 'lietotāj*', 'kasutaja*', 'пользовател*', 'користувач*', 'корисни*', 'kullanıcı*', 'përdorues*', 'investorid',
];

/** Prepositions that address an audience ("for", "pour", "für" ...). */
export const AUDIENCE_PREPOSITIONS: readonly string[] = [
  'for', 'pour', 'aux', 'für', 'para', 'per', 'dla', 'voor', 'för', 'til', 'pro', 'pentru', 'για', 'за', 'numa', 'všem', 'all', 'tous', 'alle', 'todos', 'tutti', 'wszystkich',
  // Not "from" ("iz", "из"): "moved from Serbia to Vienna" names no audience.
  'для', 'için',
];

/** Phrases naming the EU or Europe as an audience: code 'eu_audience', country 'EU'. */
export const EU_AUDIENCE_PHRASES: readonly string[] = [
  'Europe', 'Europa', 'Europas', 'Europe\'s', 'Evropa', 'Evropě', 'Európa', 'Euroopa', 'Eiropa', 'Europos', 'Ευρώπη', 'Европа', 'Euroopassa', 'Eurooppa', 'Europie',
  '=EU', '=EEA', '=UE', '=EWR', '=EER', '=ЕС', '=ΕΕ', 'European Union', 'Union européenne', 'Europäische Union', 'Unión Europea', 'Unione europea', 'União Europeia',
  'Europese Unie', 'Unia Europejska', 'Unii Europejskiej', 'Europeiska unionen', 'Den Europæiske Union', 'Evropská unie', 'Uniunea Europeană', 'Euroopan unioni', 'Európai Unió',
  'Ευρωπαϊκή Ένωση', 'Европейски съюз', 'Europska unija', 'Evropska unija', 'Europos Sąjunga', 'Eiropas Savienība', 'Euroopa Liit', 'Eurozone', 'Euro area', 'zone euro', 'Eurozona',
];

/** "European" adjectives: with an audience noun ("European users", "utilisateurs européens") they mean eu_audience. */
export const EU_DEMONYMS: readonly string[] = [
  'European', 'Europeans', 'européen*', 'europäisch*', 'Europäer', 'europeo*', 'europea', 'europee', 'europei', 'europeu*', 'europeia*', 'europees', 'europese', 'europejsc*', 'europejsk*',
  'europeisk*', 'europæisk*', 'evropsk*', 'europen*', 'european*', 'eurooppalai*', 'ευρωπαί*', 'európai', 'европейск*', 'europos', 'eiropas', 'euroopa',
];

/** Payment methods of one member state (country) or EU-wide rails (null). */
export const PAYMENT_METHODS: ReadonlyArray<readonly [phrase: string, code: string, country: string | null]> = [
  ['=SEPA', 'sepa', null],
  ['virement =SEPA', 'sepa', null],
  ['=SEPA-Überweisung', 'sepa', null],
  ['=SEPA transfer', 'sepa', null],
  ['transferencia =SEPA', 'sepa', null],
  ['bonifico =SEPA', 'sepa', null],
  ['przelew =SEPA', 'sepa', null],
  ['=SEPA Instant', 'sepa', null],
  // "ideal" is an ordinary word in a dozen languages: only the brand spelling counts.
  ['=iDEAL', 'national_payment_method', 'NL'],
  ['=iDeal', 'national_payment_method', 'NL'],
  ['Bancontact', 'national_payment_method', 'BE'],
  ['Payconiq', 'national_payment_method', 'BE'],
  ['Giropay', 'national_payment_method', 'DE'],
  // German "sofort" means "immediately": only the payment product names.
  ['Sofortüberweisung', 'national_payment_method', 'DE'],
  ['Sofort Überweisung', 'national_payment_method', 'DE'],
  ['=SOFORT Überweisung', 'national_payment_method', 'DE'],
  ['Sofort banking', 'national_payment_method', 'DE'],
  ['Klarna Sofort', 'national_payment_method', 'DE'],
  // Dutch "blik" = tin/glance: only the capitalised brand.
  ['=BLIK', 'national_payment_method', 'PL'],
  ['=Blik', 'national_payment_method', 'PL'],
  ['Blikiem', 'national_payment_method', 'PL'],
  ['Przelewy24', 'national_payment_method', 'PL'],
  ['Bizum', 'national_payment_method', 'ES'],
  ['=MB =WAY', 'national_payment_method', 'PT'],
  ['=MB =Way', 'national_payment_method', 'PT'],
  ['MBWay', 'national_payment_method', 'PT'],
  ['Multibanco', 'national_payment_method', 'PT'],
  ['Satispay', 'national_payment_method', 'IT'],
  ['PostePay', 'national_payment_method', 'IT'],
  // English "swish": only the capitalised brand.
  ['=Swish', 'national_payment_method', 'SE'],
  ['MobilePay', 'national_payment_method', 'DK'],
  // "EPS" is also earnings per share: only with the transfer word.
  ['=eps Überweisung', 'national_payment_method', 'AT'],
  ['=EPS Überweisung', 'national_payment_method', 'AT'],
  ['=eps Online-Überweisung', 'national_payment_method', 'AT'],
  ['Trustly', 'national_payment_method', null],
  ['Paysafecard', 'national_payment_method', null],
];

/** Currency words after a number that make it a euro amount. */
export const EURO_WORDS: readonly string[] = ['eur', 'euro', 'euros', 'eura', 'eurot', 'eurų', 'eiro', 'евро', 'ευρώ', 'euroa', 'eurót', 'euró'];
