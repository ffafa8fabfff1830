// Statements of pay that no fixed phrase list catches, because words come between the parts or the
// parts inflect: "Ich bekomme dafür eine Provision", "a ja prowizję", "prowizja dla mnie", "Spolupráca je
// platená", "placenou spolupráci". detect-remuneration.ts pairs the parts inside one clause.
// Data only; phrase-matcher syntax ("stem*"; matched on folded tokens). Written for every EU language.

/**
 * First-person "I get / I earn / I receive". Where the verb form does not say "I" by itself (en get,
 * fr touche, sv får), the pronoun is part of the phrase.
 */
export const RECEIVE_VERBS: readonly string[] = [
  'i get', 'i do get', 'i also get', 'i will get', 'i may get', 'i might get', 'i earn', 'i do earn', 'i also earn', 'i also receive', 'i also make', 'i may earn', 'i might earn', 'i receive', 'i make', 'i take',
  'gets me', 'earns me',
  // a community's own staff: "Mods receive the referral rewards", "the admins get a share of fees"
  'mods receive', 'mods get', 'the mods get', 'the mods receive', 'moderators receive', 'admins receive', 'admins get', 'the admins get', 'the team receives',
  'the team gets', 'the channel receives', 'the channel gets', 'the server gets', 'the server receives',
  // "I may receive a commission", "posso receber uma comissão": the modal forms
  'i may receive', 'i might receive', 'posso receber', 'posso ganhar', 'puedo recibir', 'puedo ganar', 'podría recibir', 'podria recibir', 'posso ricevere', 'potrei ricevere', 'je peux recevoir',
  'je pourrais recevoir', 'je peux toucher', 'kan ik ontvangen', 'kan ik verdienen', 'mogę otrzymać', 'mogę dostać', 'mogę zarobić', 'jag kan få', 'jag kan tjäna',
  'jeg kan få', 'jeg kan tjene', 'voi saada', 'võin saada', 'pot primi', 'mogu dobiti', 'mogu zaraditi', 'lahko dobim', 'mohu získat', 'môžem získať',
  'kaphatok', 'мога да получа', 'μπορεί να λάβω', 'varu saņemt', 'galiu gauti',
  // "we" of a channel, a server, a newsletter
  'we get', 'we receive', 'we earn', 'we may receive', 'we may earn', 'we might earn', 'we may get', 'we might receive', 'we can earn', 'we could earn',
  'wir erhalten ggf', 'erhalten wir', 'bekommen wir', 'nous pouvons recevoir', 'nous pouvons percevoir', 'podemos recibir', 'podemos ganar', 'potremmo ricevere',
  'possiamo ricevere', 'podemos receber', 'kunnen wij', 'kunnen we', 'możemy otrzymać', 'możemy zarobić', 'kan vi få', 'kan vi tjäna', 'wir bekommen', 'wir erhalten', 'nous recevons', 'nous touchons', 'recibimos', 'cobramos', 'riceviamo', 'recebemos',
  'wij ontvangen', 'we ontvangen', 'wij krijgen', 'we krijgen', 'otrzymujemy', 'dostajemy', 'dostáváme', 'dostávame', 'vi får', 'saamme', 'kapunk', 'primim', 'получаваме',
  'bekomme', 'erhalte', 'verdiene', 'kriege',
  // Irish "faighim" (I get); Swahili "napata" (I get); Turkish "alırım", "kazanırım" (I get, I earn)
  'faighim', 'napata', 'alırım', 'alıyorum', 'kazanırım', 'kazanıyorum',
  // spoken German drops the ending: "bekomm ne kleine Provision", "krieg ich was"
  'bekomm', 'bekomm ich', 'krieg ich',
  'je touche', 'je reçois', 'je gagne', 'je perçois', 'me rapporte',
  'recibo', 'gano', 'cobro', 'me llevo',
  'ricevo', 'guadagno', 'percepisco', 'ci guadagno',
  'recebo', 'ganho',
  'krijg', 'ontvang', 'verdien',
  // Exact spellings: folded, "dostaję" (I get) would be "dostaje" (he gets), as in an explainer's "influencer dostaje prowizję".
  '=dostaję', '=Dostaję', '=otrzymuję', '=Otrzymuję', 'zarabiam',
  'dostávám', '=dostanu', '=Dostanu', 'obdržím', 'vydělám', // exact: folded, Slovak "dostanú" (they get) would be "dostanu"
  // "I have" before a pay noun: "z toho mám províziu", "mam prowizję", "imam proviziju"
  'mám', '=mam', '=Mam', 'imam',
  'dostávam', 'dostanem', 'zarobím',
  'dobim', 'prejmem', 'zaslužim',
  'dobivam', 'dobijem', 'zarađujem', 'primam',
  'jag får', 'jag tjänar',
  'jeg får', 'jeg tjener', 'jeg modtager',
  'saan', 'tienaan', 'ansaitsen',
  'teenin',
  'kapok', 'keresek',
  'primesc', 'câștig', 'castig',
  'получавам', 'взимам', 'печеля',
  'παίρνω', 'λαμβάνω', 'κερδίζω',
  // the channel's "we" in languages that drop the pronoun: "Λαμβάνουμε προμήθεια", "Dobijamo proviziju", "Saņemam komisiju"
  'παίρνουμε', 'λαμβάνουμε', 'κερδίζουμε', 'dobijam', 'dobijamo', 'dobivamo', 'primamo', 'zarađujemo', 'dobimo', 'prejmemo', 'získáváme', 'saņemam', 'nopelnām',
  'gauname', 'uždirbame', 'saame', 'teenime', 'nirċievu', 'nieħdu', 'vi tjener', 'vi tjänar', 'zarabiamy',
  'saņemu', 'nopelnu',
  'отримую', 'отримаю', 'получаю', 'получу',
  'gaunu', 'gausiu', 'uždirbu',
  'nieħu', 'nirċievi',
  'faighim',
  // pay that "comes to me" or that the firm "sends me": "mne príde odmena", "mi přijde provize", "mi pošle"
  'mne príde', 'mi príde', 'príde mi', 'mi přijde', 'přijde mi', 'mně přijde', 'mi pošle', 'pošle mi', 'mi posílá', 'posílá mi', 'sends me', 'send me', 'schickt mir',
  'me envía', 'me envian', 'me envían', 'mi manda', 'mi mandano', 'me manda', 'm envoie', 'mi arriva', 'me llega', 'me chega',
  // "they pay me a small bonus": the firm paying the author, said from the author's side
  // "the codes give me commission", "Länken ger ... mig provision": the firm or the link giving the author pay
  'gives me', 'give me', 'giver mig', 'ger mig', 'gibt mir', 'geben mir', 'me da', 'me dan', 'mi dà', 'mi da', 'mi danno', 'me dá', 'me dão', 'geeft mij',
  'geeft me', 'daje mi', 'dają mi', 'dává mi', 'dáva mi', 'antaa minulle', 'annab mulle', 'ad nekem', 'îmi dă', 'imi da', 'ми дава', 'μου δίνει', 'man dod',
  'man duoda', 'jagħtini', 'tugann sé dom', 'me rapportent', 'gir meg',
  // the firm as "they": "просто ми дават % от таксите", "dávají mi", "îmi dau", "μου δίνουν"
  'ми дават', 'dávají mi', 'davaju mi', 'dajú mi', 'dajo mi', 'mi dajo', 'îmi dau', 'imi dau', 'μου δίνουν', 'me donnent', 'mi dają', 'antavat minulle',
  'ger de mig', 'giver de mig', 'geven mij', 'geven me',
  'pay me', 'pays me', 'paying me', 'zahlen mir', 'zahlt mir', 'me pagan', 'me paga', 'mi pagano', 'mi paga', 'me paient', 'me paie', 'me pagam', 'betalen mij',
  'betaalt mij', 'placa mi', 'placą mi', 'platí mi', 'plati mi', 'maksavat minulle', 'maksaa minulle', 'betaler mig', 'betalar mig',
];

/** Pay for bringing a client: commission, kickback, referral bonus. ("Fee" is not here: it is what the client pays.) */
export const REMUNERATION_NOUNS: readonly string[] = [
  'kamisheni',
  'commission*', 'provision', 'provisionen', 'vergütung', 'compensation', 'kickback*', 'referral bonus', 'referral fee', 'referral reward', 'a cut',
  'prowizj*', 'provizi*', 'proviz*', 'comision*', 'comiss*', 'commissie', 'provisio*', 'provisjon*', 'komisjon*', 'kommission*', 'kummissjoni',
  'комисион*', 'προμήθει*', 'jutalék*', 'komisyon*', 'komisin*', 'komisij*', 'coimisiún*', 'vahendustasu*', 'percentuale', 'percentagem', 'porcentaje',
  // a reward, a fee, a share, a few dollars for the author: "dobim nagrado", "saan pienen palkkion", "ma saan selle eest tasu",
  // "ricevo un piccolo premio", "dostanu pár dolarů", "gaunu dalį", "a referral rebate" (not "bonus": "krijg 50 euro bonus" is the reader's)
  'rebate*', 'reward*', 'vergoeding*', 'nagrad*', 'palkkio*', 'tasu', 'tasu*', 'premio', 'premi', 'prémio', 'prêmio', 'prämie', 'belohnung', 'récompense*', 'recompensa*',
  'beloning*', 'odměn*', 'odmen*', 'nagrod*', 'palkinto*', 'jutalm*', 'recompens*', 'nagrad*', 'награда*', 'ανταμοιβ*', 'atlīdzīb*', 'atlyg*', 'dolar*',
  'dollar*', 'osuu*', 'dalį', 'dalis', 'referral bonus*', 'a share of', 'share of fees', 'share of the fees',
  // "I get a fee share from each", "I get a referral cut", "a rev share"
  'fee share', 'revenue share', 'anteil', 'einen anteil', 'une prime', 'une petite prime', 'ma prime', 'комісі*', 'комисси*', 'винагород*', 'вознагражд*', 'rev share', 'revshare', 'referral cut', 'referral share', 'a small cut', 'a little cut',
  // a share of the fees the reader pays, given to the author: "ми дават % от таксите", "I get 20% of your fees"
  'of the fees', 'of your fees', 'from the fees', 'from your fees', 'от таксите', 'z opłat', 'z poplatků', 'z poplatkov', 'des frais', 'de tes frais', 'de vos frais',
  'de las comisiones', 'de tus comisiones', 'dalle commissioni', 'delle commissioni', 'der gebühren', 'deiner gebühren', 'eurer gebühren', 'euren gebühren', 'deinen gebühren', 'an den gebühren', 'an euren gebühren', 'an deinen gebühren', 'van de kosten', 'van de fees', 'van jullie fees', 'een deel van',
  'van je kosten', 'af gebyrerne', 'av avgifterna', 'kuluista', 'tasudest', 'a díjakból', 'din comisioane', 'din taxe', 'od naknada', 'od provizija',
  'από τις προμήθειες', 'no komisijām', 'iš mokesčių', 'mill-miżati', 'dos taxas', 'das taxas', 'das comissões',
];

/** "for me" after the noun: "prowizja dla mnie", "commission for me", "Provision für mich". */
export const FOR_ME: readonly string[] = [
  'for me', 'für mich', 'pour moi', 'para mí', 'per me', 'voor mij', 'dla mnie', 'pro mě', 'pre mňa', 'zame', 'za mene', 'för mig', 'for mig',
  'minulle', 'mulle', 'nekem', 'pentru mine', 'за мен', 'για μένα', 'għalija',
  // "Die Provision geht an mich", "the commission goes to me", "la comisión va para mí"
  'to me', 'an mich', 'à moi', 'a mí', 'a me', 'naar mij', 'til mig', 'till mig', 'do mnie', 'ke mně', 'mně', 'para mim', 'la mine', 'на мен', 'σε μένα',
];

/**
 * A bare first-person pronoun right before the noun, the verb left out: "a ja prowizję", "jaz pa provizijo".
 * Not Hungarian "én", Latvian "es" or Irish "mé": folded, they are Spanish/French "en", "es" and "me".
 */
export const FIRST_PERSON: readonly string[] = [
  // Lithuanian "aš" as written (=): folded it is "as", the Portuguese and Spanish article ("as comissões").
  'ja', 'jaz', 'já', 'аз', 'eu', 'io', 'yo', 'ik', 'moi', 'jag', 'jeg', 'minä', 'mina', '=aš', 'jien', 'εγώ',
  // object forms before the noun ("ger er en bonus och mig provision", "und mir Provision")
  'mig', 'mij', 'mnie', 'mich', 'minulle', 'mulle', 'nekem',
];
/**
 * First-person object pronouns and possessives, as written (first-person.ts compares them lower-cased,
 * not folded). English "I" is checked as written (capital): "i" is also Italian "the" and Slavic "and".
 * Not French "je" (Slavic "is") nor "mir" (Croatian "peace"): French posts say "mon lien", "moi".
 */
export const FIRST_PERSON_WORDS: readonly string[] = [
  'me', 'ich', 'mich', 'ik', 'mij', 'mnie', 'mig', 'minun', 'minulle', 'mulle', 'nekem', 'mine', 'meus', 'minhas',
  'můj', 'mým', 'mou', 'mój', 'mojego', 'moim', 'môj', 'mojom', 'mojim', 'moj', 'mano', 'mans', 'manu', 'minu', 'tiegħi',
];

/** Where a post's own link stands ("link in bio", "below"): with a URL or a first-person word, the signs that a bare "affiliate link" is the author's own (detect-disclosures.ts). */
export const LINK_PLACE_WORDS: readonly string[] = [
  'bio', 'below', 'description', 'unten', 'beschreibung', 'dessous', 'abajo', 'descripcion', 'sotto', 'descrizione', 'abaixo', 'descricao',
  'hieronder', 'beschrijving', 'ponizej', 'opisie', 'opisu', 'popisu', 'popise', 'kuvauksessa', 'leírásban', 'descriere', 'описанието', 'περιγραφή', 'nedan', 'nedenfor', 'nize', 'nizsie', 'spodaj', 'ispod', 'долу', 'παρακατω', 'zemak', 'ziemiau', 'lenn', 'hawn',
  // "scrivetemi in DM e vi giro l'invito": the link is sent privately
  'dm', 'dms', 'inbox',
];

/**
 * "I get €10 too", "jeg får selv en bonus", "ik krijg er zelf ook iets voor", "I get the same bonus": the author is
 * rewarded alongside the reader, which is how referral schemes pay. After a RECEIVE_VERBS phrase in its clause.
 */
export const RECIPROCAL_WORDS: readonly string[] = [
  'too', 'also', 'as well', 'same', 'myself', 'auch', 'selbst', 'ebenfalls', 'aussi', 'moi aussi', 'también', 'tambien', 'yo también', 'anche', 'anch io', 'também',
  'tambem', 'ook', 'zelf', 'też', 'tez', 'również', 'rowniez', 'taky', 'také', 'tiež', 'tiez', 'också', 'ocksa', 'själv', 'sjalv', 'også', 'ogsa', 'selv',
  'myös', 'myos', 'itse', 'ka', 'ise', 'szintén', 'szinten', 'is', 'și eu', 'si eu', 'de asemenea', 'također', 'takoder', 'tudi', 'също', 'επίσης', 'arī',
  'ari', 'taip pat', 'ukoll', 'freisin',
];

/**
 * "ik verdien er een klein beetje aan", "ich verdiene daran", "I earn from it": the author earning from the reader's
 * sign-up, said with a pronoun for the link or code instead of a pay noun. Standalone statements.
 */
export const EARN_FROM_IT: readonly string[] = [
  'i earn from it', 'i earn on it', 'i earn from this', 'i make money from it', 'i make a little from it', 'ik verdien er', 'ik verdien eraan', 'ich verdiene daran',
  'ich verdiene mit', 'verdiene daran', 'verdiene ich daran', 'j y gagne', 'je gagne dessus', 'je gagne un peu', 'gano algo', 'gano un poco', 'ci guadagno',
  'ci guadagno qualcosa', 'ganho algo', 'ganho um pouco', 'zarabiam na tym', 'zarabiam na tym troche', 'jag tjänar på det', 'jag tjanar pa det', 'jeg tjener på det',
  'jeg tjener pa det', 'tienaan siitä', 'tienaan siita', 'ansaitsen siitä', 'ansaitsen siita', 'teenin sellelt', 'teenin selle pealt', 'keresek rajta',
  'câștig din asta', 'castig din asta', 'zarađujem na tome', 'zaradujem na tome', 'zaslužim pri tem', 'zasluzim pri tem', 'vydělávám na tom',
  'vydelavam na tom', 'zarábam na tom', 'zarabam na tom', 'печеля от това', 'κερδίζω από αυτό', 'κερδιζω απο αυτο', 'nopelnu no tā', 'nopelnu no ta',
  'uždirbu iš to', 'uzdirbu is to', 'naqla minnu', 'tuillim beagán as',
  // "💰 = I earn if you use it", "ich verdiene, wenn ihr ihn nutzt": the author's pay conditional on the reader's use
  'i earn if you', 'i earn when you', 'i earn if u', 'i get paid if you', 'i get paid when you', 'i make money if you', 'i make money when you', 'i profit if you',
  'ich verdiene wenn', 'ich verdiene falls', 'je gagne si vous', 'je gagne si tu', 'je gagne quand', 'gano si', 'gano cuando', 'guadagno se', 'ganho se', 'ganho quando',
  'ik verdien als', 'ik verdien wanneer', 'zarabiam jeśli', 'zarabiam jesli', 'zarabiam gdy', 'vydělám když', 'vydelam kdyz', 'jag tjänar om', 'jeg tjener hvis', 'jeg tjener når',
  'tienaan jos', 'teenin kui', 'keresek ha', 'câștig dacă', 'castig daca', 'zarađujem ako', 'zaradujem ako', 'zaslužim če', 'печеля ако', 'κερδίζω αν', 'nopelnu ja', 'uždirbu jei',
];

/**
 * "for every sign-up", "za každou registraci", "for hver af jer der tilmelder sig": pay counted per reader. With a
 * RECEIVE_VERBS phrase or a first-person object (DATIVE_ME) in its clause it is the author's referral pay, whatever
 * the reward is called ("jeg får en lille bonus for hver af jer", "Za každou registraci mi Gate něco pošle").
 */
export const PER_SIGNUP: readonly string[] = [
  'for every sign up', 'for each sign up', 'for every signup', 'for each signup', 'per sign up', 'per signup', 'for each of you', 'for every one of you', 'for each referral',
  'for every referral', 'per referral', 'for each person', 'for every person', 'por cada pessoa', 'por cada persona', 'per ogni persona', 'pour chaque personne',
  'für jede person', 'voor elke persoon', 'za każdą osobę', 'za kazda osobe', 'za každého', 'för varje person', 'for hver person', 'für jede anmeldung', 'pro anmeldung', 'für jeden von euch', 'für jede registrierung', 'pour chaque inscription',
  'par inscription', 'pour chacun de vous', 'por cada registro', 'por cada uno de vosotros', 'por cada uno de ustedes', 'por cada referido', 'per ogni iscrizione', 'per ogni registrazione',
  'per ognuno di voi', 'por cada inscrição', 'por cada registo', 'por cada cadastro', 'voor elke aanmelding', 'per aanmelding', 'voor elke inschrijving', 'za każdą rejestrację',
  'za kazda rejestracje', 'za každou registraci', 'za kazdou registraci', 'za každú registráciu', 'za kazdu registraciu', 'för varje registrering', 'för var och en av er',
  'for hver af jer', 'for hver tilmelding', 'for hver registrering', 'for hver av dere', 'jokaisesta rekisteröitymisestä', 'jokaisesta rekisteroitymisesta', 'iga registreerumise eest',
  'minden regisztráció után', 'minden regisztracio utan', 'pentru fiecare înscriere', 'pentru fiecare inscriere', 'za svaku registraciju', 'za vsako registracijo', 'за всяка регистрация',
  'για κάθε εγγραφή', 'par katru reģistrāciju', 'už kiekvieną registraciją', 'għal kull reġistrazzjoni', 'as gach clárú', 'ar gach clárú',
];

/**
 * "os dan 10 € (y a mí también)", "you get 10 USDT (and me too)": the reader's reward, then the author's in an aside that
 * ends its clause. Only there: "y a mí también me gusta" goes on and says something else.
 */
export const ME_TOO: readonly string[] = [
  'and me too', 'and me as well', 'and i do too', 'y a mí también', 'y yo también', 'e a mim também', 'e eu também', 'e anche a me', 'e anch io', 'e anche io', 'et moi aussi', 'et à moi aussi',
  'und mir auch', 'und ich auch', 'en mij ook', 'en ik ook', 'i mnie też', 'i ja też', 'a mně taky', 'a mně také', 'a mne tiež', 'och mig också', 'och jag också', 'og mig også',
  'og jeg også', 'ja minulle myös', 'ja mulle ka', 'és nekem is', 'și mie', 'si mie', 'i meni isto', 'i meni također', 'in meni tudi', 'и на мен', 'και σε μένα', 'un man arī',
  'ir man', 'u lili wkoll', 'agus domsa freisin',
];

/** A first-person object near PER_SIGNUP: the one paid per sign-up is the author ("mi pošle", "schickt mir"). Folded on use. */
export const DATIVE_ME: readonly string[] = [
  'mi', 'mně', 'mne', 'mnie', 'mir', 'me', 'moi', 'mij', 'mig', 'meg', 'minulle', 'mulle', 'nekem', 'îmi', 'ми', 'μου', 'man', 'lili', 'dom',
];

/**
 * "because", after an ad label opening its sentence: "Werbung weil affiliate", "reklama bo dostaje prowizje",
 * "pub car lien affilié". The label is the author's, and pay named in the reason is the author's pay.
 */
export const BECAUSE_WORDS: readonly string[] = [
  'because', 'cause', 'bc', 'coz', 'cuz', 'weil', 'car', 'parce que', 'porque', 'pq', 'perché', 'perche', 'omdat', 'bo', 'ponieważ', 'bo to',
  'protože', 'protoze', 'lebo', 'pretože', 'pretoze', 'fordi', 'eftersom', 'för att', 'koska', 'kuna', 'sest', 'mert', 'deoarece', 'pentru că', 'pentru ca',
  'jer', 'ker', 'защото', 'понеже', 'επειδή', 'γιατί', 'nes', 'kadangi', 'jo ka', 'peress li', 'għax', 'óir', 'toisc',
];

/** Particles that may stand between that pronoun and the noun ("jaz pa", "já zase"). */
export const PRONOUN_PARTICLES: readonly string[] = ['pa', 'pak', 'zase', 'zas', 'zaś', 'da', 'dann', 'then', 'also', 'too'];

/** Cooperation and partnership nouns, for "paid" + noun in either order and any case ending. */
export const COOPERATION_NOUNS: readonly string[] = [
  'partnership*', 'collaboration*', 'cooperation*', 'kooperation*', 'zusammenarbeit*', 'partnerschaft*', 'partenariat*', 'collaborazion*',
  'colaboraci*', 'colaboraç*', 'colaborac*', 'parceria*', 'asociaci*', 'samenwerking*', 'partnerschap*', 'współprac*', 'partnerstw*',
  'samarbet*', 'samarbejd*', 'partnerskab*', 'partnerskap*', 'spoluprác*', 'spoluprac*', 'partnerstv*', 'colaborar*', 'parteneriat*', 'yhteistyö*',
  'kumppanuu*', 'συνεργασ*', 'együttműköd*', 'sodelovanj*', 'suradnj*', 'сътрудничеств*', 'партньорств*', 'partneryst*', 'iş birliği', 'işbirliği',
  'bendradarbiavim*', 'sadarbīb*', 'partnerīb*', 'kollaborazzjoni', 'sħubija', 'comhpháirtíocht', 'comhoibriú', 'koostöö*',
  // the short form creators write: "collab rémunérée", "paid collab", "bezahlte Kollab"
  'collab', 'collabs', 'kollab', 'kolab', 'colab',
];

/** "Paid" in every EU language, as stems for the case and gender endings. */
export const PAID_WORDS: readonly string[] = [
  'paid', 'bezahlt*', 'rémunéré*', 'remunerad*', 'remunerat*', 'retribuit*', 'pagament*', 'pagad*', 'paga', 'pago', 'betaald*', 'betald*', 'betalt*',
  'płatn*', 'placen*', 'platen*', 'plačan*', 'plaćen*', 'plătit*', 'platit*', 'maksettu*', 'maksullinen', 'πληρωμέν*', 'αμειβόμεν*', 'fizetett',
  'платен*', 'apmokėt*', 'mokam*', 'apmaksāt*', 'imħallsa', 'mħallsa', 'imħallas', 'mħallas', 'berbayar', 'dibayar', 'íoctha', 'tasuline', 'makstud*',
  'palkallinen', 'palkallise*', 'palkattu*', 'apmokam*',
];

/**
 * What a firm pays for an author to come to its event: trip, flight, hotel, ticket ("Gemini betalte min billet", "the
 * flight was paid"), for "paid" + noun in either order (sponsored). Folded stems.
 */
export const TRIP_NOUNS: readonly string[] = [
  'trip', 'trips', 'flight*', 'hotel*', 'ticket*', 'travel', 'reise*', 'flug', 'fluge', 'voyage*', 'billet*', 'vol', 'vols', 'viaje*', 'billete*', 'vuelo*',
  'viaggi*', 'bigliett*', 'volo', 'voli', 'viage*', 'bilhete*', 'voo', 'voos', 'reis', 'reizen', 'vlucht*', 'podroz*', 'bilet*', 'lot', 'cest*', 'letenk*',
  'resa', 'resan', 'biljett*', 'flyg*', 'rejse*', 'fly', 'flybillet*', 'matka*', 'lippu*', 'lento*', 'utazas*', 'jegy*', 'repulo*', 'calatori*', 'zbor*',
  'ταξιδ*', 'εισιτηρι*', 'πτησ*', 'пътуван*', 'билет*', 'полет*', 'kelion*', 'bilieta*', 'ceļojum*', 'biļet*', 'vjagg*', 'biljett', 'turas', 'ticéad*',
];

/**
 * A role or post, for "paid" + noun in either order: "a paid role", "apmaksāts amats", "rol plătit", "palkallinen tehtävä"
 * (an ambassador's or partner's paid position: paid placement).
 */
export const ROLE_NOUNS: readonly string[] = [
  'role', 'position', 'rolle', 'stelle', 'rôle', 'poste', 'fonction', 'rol', 'puesto', 'cargo', 'ruolo', 'posizione', 'incarico', 'papel', 'função', 'funcao',
  'functie', 'positie', 'rola', 'rolę', 'stanowisk*', 'funkc*', 'pozic*', 'roll', 'rollen', 'tjänst', 'stilling', 'rooli*', 'tehtävä*', 'ametikoht*',
  'szerep*', 'amat*', 'loma', 'vaidmu*', 'vloga', 'vlog*', 'uloga', 'ulog*', 'функция', 'роля', 'позиция', 'ρόλο*', 'θέση', 'θεση', 'rwol', 'pożizzjoni', 'ról',
];

/**
 * "Ambassador" as a brand's title for a paid promoter ("I'm a Bitget ambassador", "Olen KuCoinin lähettiläs", "Είμαι
 * πρέσβειρα της Bitget"), with a first-person "I am" (AM_WORDS) beside it: the author's paid role.
 */
export const AMBASSADOR_NOUNS: readonly string[] = [
  'ambassador', 'ambassadress', 'brand ambassador', 'botschafter*', 'markenbotschafter*', 'ambassadeur*', 'ambassadrice', 'embajador*', 'ambasciator*',
  'embaixador*', 'ambasador*', 'ambasadork*', 'ambassadör*', 'ambassadør*', 'lähettiläs*', 'lähettilää*', 'saadik*', 'nagykövet*', 'vēstniek*', 'vēstniec*',
  'ambasadoriu*', 'ambasador*', 'посланик*', 'амбасадор*', 'πρέσβ*', 'ambaxxatur*', 'ambasadóir*',
];

/** First-person "I am", either before the title or, in languages that put the verb last, right after it ("nagykövet vagyok"). */
export const AM_WORDS: readonly string[] = [
  'i am', "i'm", 'ich bin', 'je suis', 'soy', 'sono', 'sou', 'ik ben', 'jestem', 'jsem', 'som', '=sem', '=Sem', 'jag är', 'jeg er', 'olen', 'vagyok',
  'esmu', 'esu', 'sunt', 'съм', 'είμαι', 'jien', 'táim', 'ja sam',
];

/** "contains": "Video vsebuje oglaševanje", "See video sisaldab reklaami", "Este vídeo contém publicidade" (+ an ad noun: sponsored). */
export const CONTAIN_VERBS: readonly string[] = [
  'contains', 'contain', 'includes', 'enthält', 'enthalt', 'beinhaltet', 'contient', 'contiene', 'contienen', 'contém', 'contem', 'bevat', 'zawiera', 'obsahuje',
  'indeholder', 'inneholder', 'innehåller', 'sisältää', 'sisaldab', 'tartalmaz', 'conține', 'contine', 'sadrži', 'sadrzi', 'vsebuje', 'съдържа', 'περιέχει',
  'satur', 'fih',
  // Turkish puts the verb last: "Bu video iş birliği içerir", "reklam içerir"
  'içerir', 'içermektedir', 'barındırır',
];

/**
 * A post or an article: "paid" right before or after one of them is a sponsored post ("plačana objava", "betalt inlägg",
 * "paid post", "bezahlter Beitrag"). Nearer than an ad noun (detect-remuneration.ts): "I paid for the post" is no label.
 */
export const POST_NOUNS: readonly string[] = [
  'post', 'beitrag', 'objav*', 'příspěv*', 'prispev*', 'wpis', 'publicação', 'publicacao', 'publicación', 'publicacion', 'pubblicazione', 'bericht', 'inlägg', 'inlagg',
  'indlæg', 'indlaeg', 'innlegg', 'julkaisu', 'postitus', 'bejegyzés', 'poszt', 'публикация', 'пост', 'δημοσίευση', 'ieraksts', 'įrašas', 'postagem', 'postare',
  'artikel', 'article', 'artículo', 'articolo', 'artigo', 'artykuł', 'articol', 'članak', 'članek', 'статия', 'άρθρο', 'artikkeli', 'cikk', 'straipsnis', 'raksts',
];

/**
 * A firm paying the author, third person ("Kraken pays me", "MEXC betaler mig", "OKX płaci za ten film", "BingX ми плаща"):
 * present and past forms, in the EU languages. Forms PAID_WORDS holds already ("paga", "betalte", "fizetett") stay there: a token
 * is one part.
 */
export const PAY_VERBS: readonly string[] = [
  'pays', 'pay', 'paying', 'zahlt', 'zahlte', 'paie', 'paye', 'pagó', 'pagou', 'betaalt', 'betaler', 'betalar', 'betalade', 'maksaa', 'maksoi',
  'maksab', 'maksis', 'maksā', 'maksāja', 'moka', 'sumokėjo', 'płaci', 'zapłacił*', 'platí', 'zaplatil*', 'plača', 'plačal*', 'plaća', 'platio', 'platila',
  'плаща', 'плати', 'πληρώνει', 'πλήρωσε', 'plătește', 'platește', 'plăteşte', 'fizet', 'iħallas', 'iħallasni', 'ħallas', 'íocann', 'd\'íoc',
];

/** What a firm pays the author for, besides a post: "this video", "ten film", "šo video". */
export const VIDEO_NOUNS: readonly string[] = [
  'video', 'videos', 'vídeo', 'videa', 'videó', 'videon', 'videoen', 'videota', 'videot', 'видео', 'видеото', 'βίντεο', 'film', 'filmik', 'filmiku', 'įraš*',
  'stream', 'livestream', 'episode', 'episod*', 'folge', 'épisode', 'podcast', 'newsletter', 'thread', 'short',
];

/** Advertisement nouns: "paid" + one of them is a sponsored post ("Plaćeni oglas", "bezahlte Werbung"). */
export const AD_NOUNS: readonly string[] = [
  'ad', 'advert*', 'oglas*', 'reklam*', 'werbung', 'anzeige', 'publicit*', 'publicidad*', 'pubblicit*', 'reclam*', 'annonce*', 'mainos*', 'reklaam*',
  'hirdetés*', 'διαφήμισ*', 'реклам*', 'sponsorj*',
];

/**
 * A community as the one paid: "the server gets a share of the fees", "il server riceve una parte delle commissioni",
 * "serveren får en del af gebyrerne". The author runs it (a Discord server, a Telegram channel, a group's treasury), so
 * this is the author's pay, not a scheme explained. Exact folded forms (also read by detect-context.ts).
 */
export const COMMUNITY_NOUNS: readonly string[] = [
  'server', 'servers', 'serveren', 'servern', 'serveur', 'servidor', 'serverul', 'serverin', 'serveris', 'servera', 'serveru', 'serwer', 'serwera', 'szerver', 'palvelin', 'channel', 'kanal', 'kanalen', 'kanál', 'kanał',
  'canal', 'canale', 'kanava', 'kanaal', 'kanali', 'kanāls', 'kanalas', 'κανάλι', 'канал', 'канала', 'group', 'gruppe', 'gruppen', 'grupa', 'grupo', 'gruppo',
  'groupe', 'ryhmä', 'csoport', 'grupul', 'grupp', 'gruppi', 'група', 'ομάδα', 'grupė', 'community', 'communauté', 'comunità', 'comunidad', 'comunidade',
  'gemeenschap', 'społeczność', 'komunita', 'yhteisö', 'kogukond', 'közösség', 'comunitatea', 'zajednica', 'skupnost', 'общността', 'κοινότητα', 'kopiena',
  'bendruomenė', 'forum', 'forumet', 'foorum', 'fórum', 'forumul', 'foro', 'site', 'website', 'blog', 'portal',
  // the definite and other forms a channel's "about" text uses ("Canalul primește", "Каналът получава", "an cainéal")
  'chaîne', 'canalul', 'kanalul', 'каналът', 'каналу', 'cainéal', 'grúpa', 'kanalas', 'kanaali', 'kanalen', 'page', 'seite', 'stránka', 'strona', 'oldal', 'treasury', 'kasse', 'kassen', 'kassa', 'cagnotte', 'cassa', 'club', 'klub', 'klubben', 'clubul', 'klubas', 'klubs', 'discord', 'newsletter', 'podcast',
];
/** Third-person "gets / receives / earns", after a community noun (COMMUNITY_NOUNS). */
export const COMMUNITY_RECEIVE_VERBS: readonly string[] = [
  'gets', 'receives', 'earns', 'takes', 'keeps', 'får', 'modtager', 'tjener', 'tjänar', 'erhält', 'bekommt', 'kriegt', 'verdient', 'reçoit', 'touche', 'perçoit',
  'gagne', 'recibe', 'gana', 'cobra', 'se lleva', 'riceve', 'prende', 'guadagna', 'incassa', 'recebe', 'ganha', 'fica com', 'ontvangt', 'krijgt', 'otrzymuje',
  'dostaje', 'zarabia', 'dostává', 'získává', 'dostáva', 'získava', 'saa', 'ansaitsee', 'saab', 'teenib', 'kap', 'kapja', 'primește', 'câștigă', 'dobiva',
  'dobije', 'prima', 'zarađuje', 'dobi', 'prejme', 'zasluži', 'получава', 'печели', 'λαμβάνει', 'παίρνει', 'κερδίζει', 'saņem', 'nopelna', 'gauna', 'uždirba',
  'jieħu', 'jirċievi', 'faigheann', 'получает', 'отримує', 'gets paid', 'is paid', 'wird bezahlt',
];

/**
 * A bonus, in the words EU languages use: after a first-person receive verb it is the author's reward ("I get a small
 * bonus", "jeg får en lille bonus"), which REMUNERATION_NOUNS leaves out because alone it is the reader's.
 */
export const BONUS_NOUNS: readonly string[] = ['bonus*', 'boonus*', 'bónus*', 'bonuks*', 'bonusz*', 'μπόνους', 'бонус*', 'bónas*', 'premij*', 'prēmij*', 'bonasi'];
