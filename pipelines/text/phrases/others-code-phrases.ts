// Words that make a code someone else's (issue 7, blind19): a friend's code the author once used ("mit dem Code X
// von einem Kumpel", "sõbra koodiga X"), and his, her or their code in a post about another person ("his code X earns
// him 40 %"). Folded forms (fold.ts) as token keys carry them; entries ending in * are stems.

/** A friend, colleague or relative, as the code's owner. Not "friends" alone: "three friends signed up with it". */
export const FRIEND_WORDS: readonly string[] = [
  // en de fr es pt it nl
  // "mate" as written: folded, Czech "máte" (you have) is "mate" too ("s kódem X máte slevu")
  'friend', "friend's", '=mate', "=mate's", '=Mate', "=Mate's", 'buddy', "buddy's", 'colleague', "colleague's", 'cousin', "cousin's", 'brother', "brother's", 'sister', "sister's",
  'freund', 'freundes', 'freundin', 'kumpel', 'kumpels', 'kollege', 'kollegen', 'kollegin', 'bruder', 'bruders', 'schwester',
  'ami', 'amie', 'pote', 'copain', 'copine', 'collegue', 'frere', 'soeur',
  'amigo', 'amiga', 'colega', 'hermano', 'hermana', 'irmao', 'irma',
  'amico', 'amica', 'collega', 'fratello', 'sorella', 'cugino', 'cugina',
  'vriend', 'vriendin', 'broer', 'zus',
  // pl cs sk sl hr
  'kolega', 'kolegi', 'kolegy', 'znajomy', 'znajomego', 'znajomej', 'kumpla', 'przyjaciel', 'przyjaciela', 'przyjaciolki', 'brata', 'siostry',
  'kamarad', 'kamarada', 'kamaradky', 'kamos', 'kamose', 'pritel', 'pritele', 'pritelkyne', 'sestry', 'priatel', 'priatela', 'kamarata',
  'prijatelj', 'prijatelja', 'prijateljice', 'frend', 'frenda', 'kolegice',
  // da sv no fi et hu ro
  'ven', 'vens', 'venns', 'kammerat', 'kammerats', 'bror', 'brors', 'vanner', 'kompis', 'kompisens', 'kompisen', 'syster',
  'kaveri', 'kaverin', 'ystava', 'ystavan', 'kamu', 'kamun', 'veljen', 'siskon', 'tyokaverin',
  'sober', 'sobra', 'sobralt', 'kolleegi', 'venna',
  'barat', 'baratom', 'baratomtol', 'haver', 'haverom', 'haveromtol', 'kollegam', 'tesom', 'ocsem', 'batyam',
  'prieten', 'prietenul', 'prietena', 'prietenului', 'prietenei', 'coleg', 'colegul', 'fratele', 'sora',
  // bg el lt lv mt ga
  'приятел', 'приятеля', 'приятелка', 'колега', 'брат', 'φιλος', 'φιλου', 'φιλη', 'φιλης', 'κολλητος', 'κολλητου', 'κολλητης',
  'draugas', 'draugo', 'drauges', 'draugs', 'drauga', 'draudzenes', 'habib', 'habiba', 'shabib', 'charad',
];

/** Verbs that make the friend the one invited ("invite a friend", "bring your buddy"): then the code is the author's. */
export const INVITE_STEMS: readonly string[] = [
  'invit*', 'refer*', 'bring*', 'tell*', 'share*', 'send*', 'einlad*', 'lade', 'ladet', 'empfehl*', 'wirb', 'werb*', 'parrain*', 'trae*', 'traz*', 'uitnod*', 'nodig',
  'zapro*', 'polec*', 'pozv*', 'pozov*', 'bjud*', 'tips*', 'kutsu*', 'meghiv*', 'hivd', 'hivj*', 'adu', 'aduce*', 'покан*', 'προσκαλ*', 'pakviesk*', 'uzaicin*', 'stieden*',
];

/** "your friend", "deinem Kumpel": the reader's friend, the one invited. */
export const YOUR_POSSESSIVES: readonly string[] = [
  'your', 'dein*', 'euer', 'eure*', 'ton', 'ta', 'tes', 'votre', 'vos', 'tu', 'tus', 'vuestr*', 'teu', 'tua', 'teus', 'tuas', 'vosso', 'vossa', 'tuo', 'tuoi', 'vostr*',
  'je', 'jouw', 'jullie', 'twoj*', 'wasz*', 'tvuj', 'tvoj*', 'vas*', 'din', 'dine', 'ditt', 'jeres', 'sinun', 'teidan', 'sinu', 'teie', 'tvoj', 'твоя', 'твоите',
  'σου', 'σας', 'tavo', 'jusu', 'tavs', 'tieghek', 'bhur',
];

/**
 * His, her or their code, said before it. Not the polite "your" that shares a form with a third person (German "Ihr",
 * Spanish "su", Portuguese "seu"/"sua"), nor forms that are other words elsewhere (German "ich", Estonian "tema"),
 * nor the possessives some languages put after the noun (Romanian "lui", Maltese "tiegħu", Greek "του").
 */
export const THIRD_PERSON_POSSESSIVES: readonly string[] = [
  'his', 'her', 'their', 'sein', 'seine', 'seinen', 'seinem', 'seiner', 'son', 'ses', 'leur', 'leurs', 'suo', 'sua', 'suoi',
  'zijn', 'haar', 'hun', 'jego', 'jej', 'jeho', 'jeji', 'jejich', 'hans', 'hennes', 'hendes', 'deras', 'deres', 'hanen', 'vina', 'vinas',
  'njegov', 'njegova', 'njegovo', 'njegovu', 'njezin', 'njezina', 'njen', 'njena', 'негов', 'неговия', 'нейн', 'нейния',
];
