// Vocabulary that turns promotion words into their opposite (ESMA G1 §17: education is not solicitation).
// Data only; syntax in ../phrase-matcher.ts ("stem*" = any token starting so). Matched on folded tokens.
// - WARNING_CUES: a scam or phishing alert. Codes and domains it quotes are what the reader must NOT use.
//   A cue preceded by a negator in the same clause ("not a scam", "kein Betrug") does not count: that
//   is promoter talk.
// - EXPLAINER_CUES / REPORT_CUES: explainers and journalists speak of referral links, bonuses and
//   "affiliates" in the abstract; those words are then not a disclosure of the author's own pay.
// - EXPIRY_CUES: "expired", "no longer works": a code in that sentence is not an offer.
// - POSSESSIVES: "my code" stays the author's own offer even in a post that also warns about fakes.

export const WARNING_CUES: readonly string[] = [
  // en
  'scam*', 'phishing', 'phish*', 'fraud*', 'fake', 'fakes', 'drainer', 'drainers', 'beware', 'impersonat*', 'psa',
  // de
  'betrug*', 'betrueger*', 'betruger*', 'gefalscht*', 'abzocke',
  // fr
  'arnaque*', 'escroquer*', 'escroc*', 'hameconnage', 'fraude*',
  // es / pt
  'estafa*', 'timo', 'golpe', 'golpes', 'burla', 'burlas', 'perfiles falsos', 'cuentas falsas', 'contas falsas',
  // it
  'truffa*', 'frode', 'account falsi', 'falsi account',
  // nl
  'oplicht*', 'nep', 'nepaccounts', 'fraudeurs',
  // pl
  'oszust*', 'fałszyw*', 'wyłudz*',
  // sv / da ("bedrag" alone is Dutch for an amount: "een vast bedrag")
  'bedrageri*', 'bedrager*', 'bedragar*', 'bedragets', 'bluff', 'falska', 'svindel*', 'falske', 'svindl*', 'falsk', 'falskt', 'snyd*',
  // fi / et
  'huijau*', 'huijari*', 'vaarennet*', 'tietojenkalastel*', 'pettus*', 'petis*', 'volts*',
  // cs / sk / sl / hr
  'podvod*', 'falesn*', 'falosn*', 'prevar*', 'prijevar*', 'lazn*',
  // el / bg
  'απατη*', 'ψευτικ*', 'ψευδ*', 'измам*', 'фалшив*',
  // hu / ro
  'csalas*', 'csalo*', 'teapa', 'inselatori*', 'frauda', 'fraudă',
  // lv / lt / mt / ga
  'krapniec*', 'krapniek*', 'sukci*', 'apgaul*', 'frodi', 'frod', 'qerq', 'calaois*', 'rabhadh', 'breige', 'bréige', 'bhreige', 'bhréige',
  // "fake" in the Romance languages ("app falsa", "aplicație falsă")
  'falsa', 'falso', 'falsas', 'falsos', 'falsă', 'false app', 'aplicatie falsa', 'app falsa', 'app falso',
  // "why you should distrust ...", "beware of ...": the reader is told to keep away
  'not authorised', 'not authorized', 'unauthorised', 'unauthorized', 'unlicensed', 'do not sign up', "don't sign up", 'nicht zugelassen',
  'non autorise', 'non autorisee', 'no autorizado', 'no autorizada', 'non autorizzato', 'non autorizzata', 'niet vergund',
  'desconfi*', 'mefiez', 'se mefier', 'diffidate', 'diffidare', 'vorsicht vor', 'pas op voor', 'uwazaj na', 'uwazajcie na', 'be wary of',
  // a warning's call to act against the sender
  'signalez', 'report and block', 'never dm', 'never asks', 'ne fait jamais', 'nunca pide', 'non chiede mai',
  // "report it / them" in the plural or polite imperative: readers are asked to report a fake
  'report it', 'report them', 'please report', 'bitte melden', 'meldet', 'denunciad', 'segnalate', 'segnalatelo', 'denunciem', 'meld het', 'zgłaszajcie', 'zgłoście',
  'anmäl', 'anmeld', 'ilmoittakaa', 'teatage', 'jelentsétek', 'raportați', 'raportati', 'prijavite', 'nahláste', 'nahlaste', 'αναφέρετε', 'ziņojiet', 'praneškite',
  'irrapportaw', 'tuairiscigh', 'докладвайте',
];

/**
 * The mechanics of a scam, named in any language: remote-access tools, seed phrases asked for, deepfakes, pump
 * groups and market manipulation, "recovery" services, a fee to withdraw. A warning even when negated ("never
 * type your seed phrase anywhere"): unlike "not a scam", a negation here is the warning's advice.
 */
export const SCAM_MECHANICS: readonly string[] = [
  'anydesk', 'teamviewer', 'deepfake*', 'pump and dump', 'pump-and-dump',
  'pump group', 'pump groups', 'pump gruppe', 'exit liquidity', 'market manipulation', 'manipulación de mercado', 'manipolazione di mercato',
  'manipulação de mercado', 'marktmanipulation', 'manipulation de marché', 'manipulacja rynkiem', 'manipulare a pieței', 'manipulace s trhem',
  'piaci manipuláció', 'manipulacija tržištem', 'манипулация на пазара', 'χειραγώγηση της αγοράς', 'recovery scam', 'recovery service', 'atgūšanas',
  'withdrawal tax', 'withdrawal fee first', 'impuesto de retirada', 'taxa de levantamento', 'tassa di prelievo', 'auszahlungsgebühr vorab',
];

export const EXPLAINER_CUES: readonly string[] = [
  'explainer', 'we explain', 'explained', 'how do', 'what is', 'educational',
  // "<topic> explained" in the other languages: "Códigos de referência explicados", "Codici referral spiegati".
  'explicados', 'explicadas', 'explicado', 'explicada', 'expliques', 'explique', 'spiegati', 'spiegato', 'spiegate', 'uitgelegd', 'wyjasnione', 'wyjasnienie',
  'vysvetleno', 'vysvetlene', 'forklarat', 'forklaret', 'forklart', 'selitettyna', 'elmagyarazva', 'explicate', 'explicat', 'objasnjeno', 'razlozeno', 'обяснено',
  'εξηγειται', 'paskaidrots', 'paaiskinta', 'selgitatud', 'spjegat',
  'wir erklaren', 'erklarvideo', 'erklart', 'was sind', 'was ist',
  'on vous explique', 'educatif', 'c est quoi', 'qu est ce que', 'decryptage',
  'te explicamos', 'educativo', 'que es',
  'spieghiamo', 'come funzionano', 'come funziona', 'scopo educativo',
  'we leggen uit', 'hoe werken', 'hoe werkt',
  'wyjasniamy', 'jak działają', 'jak działa', 'edukacyjny',
  'explicamos', 'o que e', 'educativo',
  'vi forklarar', 'hur fungerar', 'vi forklarer', 'hvordan fungerer',
  'kerromme', 'vysvetlujeme', 'jak funguji', 'vzdelavaci', 'ako funguju', 'vzdelavaci obsah',
  'εξηγουμε', 'πως λειτουργουν', 'εκπαιδευτικο',
  'elmagyarazzuk', 'hogyan mukodnek', 'oktatasi',
  'explicam', 'cum functioneaza', 'educational',
  'pojasnimo', 'kako delujejo', 'izobrazevalna', 'objasnjavamo', 'kako funkcioniraju', 'edukativni',
  'обясняваме', 'как работят', 'образователно',
  'selgitame', 'hariv', 'paskaidrojam', 'ka darbojas', 'izglitojoss',
  'paaiskiname', 'kaip veikia', 'svietimo',
  'nispjegaw', 'kif jaħdmu', 'edukattiv', 'minimid', 'conas a oibrionn', 'oideachais',
  // "glossary", "that's how it works", "the difference between" (not "for beginners": tutorials that end
  // with the author's code say it too)
  'glossary', 'thats how it works', 'here s how it works', 'the difference between', 'pedagogique', 'lexique', 'la difference entre',
  'glossar', 'so funktioniert', 'der unterschied zwischen', 'glosario', 'asi funciona', 'la diferencia entre',
  'glossario', 'ecco come funziona', 'la differenza tra', 'assim funciona', 'a diferenca entre', 'zo werkt',
  'het verschil tussen', 'slowniczek', 'tak dziala', 'roznica miedzy', 'sa fungerar', 'skillnaden mellan', 
  'sadan fungerer', 'forskellen pa', 'forskellen mellem', 'nain toimii', 'nii toimib', 'igy mukodik', 'a kulonbseg',
  'iata cum functioneaza', 'diferenta dintre', 'rjecnik', 'ovako funkcionira', 'razlika izmedu', 'tako deluje',
  'razlika med', 'takto to funguje', 'rozdil mezi', 'rozdiel medzi', 'речник',
  'ето как работи', 'разликата между', 'ετσι λειτουργει', 'η διαφορα', 'lūk, ka tas darbojas', 'atskiriba starp',
  'stai kaip veikia', 'skirtumas tarp', 'an difriocht idir', 'focloir',
  // "Explanation:" heading a post, in each language (the word alone is everyday: "explanation in the video")
  'explanation:', 'erklarung:', 'explication:', 'explicacion:', 'explicacao:', 'spiegazione:', 'uitleg:', 'wyjasnienie:', 'forklaring:', 'selitys:', 'selgitus:',
  'magyarazat:', 'explicatie:', 'objasnjenje:', 'pojasnilo:', 'vysvetleni:', 'vysvetlenie:', 'обяснение:', 'εξηγηση:', 'paaiskinimas:', 'skaidrojums:', 'spjegazzjoni:', 'miniu:',
  'so funkt', 'sa funkar', 'how referral links work', 'how referral codes work', 'how affiliate links work', 'how promo codes work', 'how invite codes work',
  // "what does X mean", "how to spot X"
  'what does', 'what do', 'was bedeutet', 'que signifie', 'que significa', 'qué significa', 'cosa significa', 'o que significa', 'wat betekent', 'co oznacza',
  'vad betyder', 'hvad betyder', 'mita tarkoittaa', 'mida tahendab', 'mit jelent', 'ce inseamna', 'sto znaci', 'kaj pomeni', 'co znamena', 'čo znamená',
  'какво означава', 'τι σημαινει', 'ko nozime', 'ka reiskia', 'xi jfisser', 'how to spot', 'how to recognise', 'how to recognize', 'wie erkennt man',
  'comment reconnaitre', 'como reconocer', 'come riconoscere', 'hoe herken je', 'jak rozpoznac', 'как да разпознаете', 'как да разпознаем',
  // "c'est juste pour expliquer", "len vysvetľujem": a help-centre screenshot shared to explain, not to promote
  'just explaining', 'just to explain', 'juste pour expliquer', 'nur zur erklarung', 'solo para explicar', 'solo per spiegare', 'so para explicar',
  'alleen ter uitleg', 'tylko wyjasniam', 'bara for att forklara', 'kun for at forklare', 'vain selitykseksi', 'ainult selgitan', 'csak magyarazom',
  'doar explic', 'samo objasnjavam', 'samo pojasnjujem', 'jen vysvetluji', 'len vysvetlujem', 'само обяснявам', 'απλως εξηγω', 'tikai paskaidroju',
  'tik paaiskinu', 'qed nispjega biss',
];

/**
 * "What is X?" opening a question in the other EU languages: an explainer only when the phrase starts the
 * sentence and the sentence is a question ("Czym jest program partnerski?"), not in "you asked what my code is: X".
 */
export const WHAT_IS_QUESTIONS: readonly string[] = [
  'czym jest', 'czym sa', 'co to jest', 'co je to', 'co je', 'čo je', 'co sa', 'cos e', 'che cos e', 'cosa e', 'wat is', 'wat zijn', 'vad ar', 'hvad er',
  'mika on', 'mita on', 'mita ovat', 'mis on', 'mi az', 'mik azok', 'ce este', 'ce e', 'ce sunt', 'sto je', 'kaj je', 'какво е', 'какво са', 'τι ειναι', 'kas ir', 'kas yra',
  'x inhu', 'x inhi', 'cad e', 'cad is ea', 'cad is', 'cad iad', 'what are', 'was sind', 'que son', 'qué son', 'que sont', 'o que sao', 'cosa sono',
  // Neighbours' readers ask too (Ukrainian, Russian, Serbian, Macedonian, Norwegian, Icelandic, Albanian).
  'що таке', 'что такое', 'шта је', 'sta je', 'што е', 'hva er', 'hvad er det', 'hvað er', 'cfare eshte',
  // "What is the difference between X and X EU?": the question an explainer of firms and their entities opens with.
  'what is the difference', 'what s the difference', 'whats the difference', 'was ist der unterschied', 'wo ist der unterschied', 'quelle est la différence',
  'quelle différence', 'cuál es la diferencia', 'qué diferencia hay', 'qual é a diferença', 'qual a diferença', 'qual è la differenza', 'che differenza c è',
  'wat is het verschil', 'vad är skillnaden', 'hvad er forskellen', 'hva er forskjellen', 'czym różni się', 'czym się różni', 'jaký je rozdíl', 'aký je rozdiel',
  'mi a különbség', 'mikä ero', 'mikä on ero', 'mis vahe on', 'mis on vahe', 'care e diferența', 'care este diferența', 'koja je razlika', 'kakva je razlika',
  'kakšna je razlika', 'каква е разликата', 'ποια είναι η διαφορά', 'ποια η διαφορά', 'kuo skiriasi', 'ar ko atšķiras', 'kāda ir atšķirība', 'x inhi d differenza',
  'cén difríocht', 'в чем разница', 'яка різниця',
];

export const REPORT_CUES: readonly string[] = [
  // Words that are also everyday words ("report", "recherche" = search, "onderzoek" = research) count only as a heading: "Report:".
  'report:', 'our reporter', 'investigation', 'regulators', 'investigative',
  'recherche:', 'bafin', 'enquete:', 'selon nos informations', 'amf',
  'investigacion', 'segun ha podido saber', 'este diario', 'reguladores',
  'inchiesta', 'onderzoek:', 'sledztwo', 'investigacao',
  'granskning:', 'afsløring', 'selvitys:', 'reportaz', 'ερευνα:', 'oknyomozas', 'ancheta', 'ρεπορταζ', 'reportage',
  // A firm's press release quoted by a newsroom ("Selon un communiqué publié sur son site, Crypto.com étend ..."). Not
  // "Press release" as a heading: that is the issuer's own voice, a partner announcing its deal with an exchange.
  'according to a press release', 'selon un communiqué', 'laut einer pressemitteilung', 'según un comunicado', 'secondo un comunicato',
  'segundo um comunicado', 'volgens een persbericht', 'według komunikatu prasowego', 'podle tiskové zprávy', 'enligt ett pressmeddelande',
  'ifølge en pressemeddelelse', 'lehdistötiedotteen mukaan', 'sajtóközleménye szerint', 'potrivit unui comunicat de presă',
  // "according to a statement / an announcement", as news attributes a firm's own words
  'according to a statement', 'according to an announcement', 'laut einer mitteilung', 'selon une annonce', 'según un anuncio', 'secondo una nota',
  'segundo um anúncio', 'volgens een verklaring', 'według komunikatu', 'podle prohlášení', 'enligt ett pressmeddelande', 'ifølge en meddelelse',
  'tiedotteen mukaan', 'közleménye szerint', 'potrivit unui comunicat', 'σύμφωνα με ανακοίνωση', 'prema priopćenju', 'saskaņā ar paziņojumu',
  'pagal pranešimą', 'página de imprensa', 'press page',
  // "Investigation:" heading a news item, where the word alone is everyday ("undersøgelse" is also a medical check-up)
  'undersøkelse:', 'undersøgelse:', 'undersökning:', 'tyrimas:', 'pētījums:', 'uurimus:', 'vizsgálat:', 'raziskava:', 'istraživanje:', 'vyšetřování:',
  'prieskum:', 'investigație:', 'разследване:', 'untersuchung:', 'indagine:', 'investigación:', 'investigação:', 'śledztwo:', 'imħarrġa:', 'imscrúdú:',
  // Supervisors named in full, as news does (promotions name them by acronym if at all: "FCA regulated").
  'Επιτροπή Κεφαλαιαγοράς', 'Komisja Nadzoru Finansowego', 'Finanstilsynet', 'Finansinspektionen', 'Autorité des marchés financiers',
  'Comisión Nacional del Mercado de Valores', 'Commissione Nazionale per le Società e la Borsa', 'Comissão do Mercado de Valores Mobiliários',
  'Autoriteit Financiële Markten', 'Bundesanstalt für Finanzdienstleistungsaufsicht', 'Česká národní banka', 'Národná banka Slovenska',
  'Magyar Nemzeti Bank', 'Autoritatea de Supraveghere Financiară', 'Finanssivalvonta', 'Finantsinspektsioon', 'Lietuvos bankas', 'Latvijas Banka',
  'Central Bank of Ireland', 'Banc Ceannais na hÉireann', 'Malta Financial Services Authority', 'Комисията за финансов надзор', 'Agencija za trg vrednostnih papirjev',
  'Hrvatska agencija za nadzor financijskih usluga', 'European Securities and Markets Authority',
  // A newsroom signing the piece ("Por la redacción", "Ein Bericht unserer Wirtschaftsredaktion", "Szerkesztőségünktől").
  'nostra redazione', 'redakce zjistila', 'redakcia zistila', 'według naszych ustaleń', 'nasze ustalenia', 'according to our findings', 'nach unseren recherchen',
  'selon nos constatations', 'segun nuestras averiguaciones', 'segundo apurou', 'apurou o', 'volgens onze informatie',
  // A central bank that registers crypto firms, named as news names it.
  'banco de portugal', 'banco de espana', 'banca d italia', 'banque de france', 'de nederlandsche bank', 'bundesbank', 'banc ceannais',
  'by our reporter', 'our newsroom', 'by the newsroom', 'editorial team', 'por la redaccion', 'de la redaccion', 'este medio', 'pela redacao', 'da redacao',
  'de la redaction', 'notre redaction', 'von unserer redaktion', 'unserer redaktion', 'unsere redaktion', 'unserer wirtschaftsredaktion', 'dalla redazione',
  'la nostra redazione', 'door onze redactie', 'onze redactie', 'door onze economieredactie', 'od redakcji', 'z redakcji', 'nasza redakcja', 'od redakce',
  'od redakcie', 'fran redaktionen', 'fra redaktionen', 'toimitukselta', 'toimituksen', 'szerkesztosegunktol', 'szerkesztosegunk', 'de la redactie',
  'od redakcije', 'iz redakcije', 'uredništvo', 'urednistvo', 'от редакцията', 'απο τη συνταξη', 'no redakcijas', 'is redakcijos', 'toimetuselt',
  'meie toimetus', 'mill-kamra tal-ahbarijiet', 'on seomra nuachta',
  // The reporter's own steps: asking the firm for comment, the people spoken to ("BingX did not reply to a request for
  // comment", "Lawyers we spoke to said"). A promoter never writes them.
  'nao comentou', 'nao quis comentar', 'no quiso comentar', 'declino comentar', 'non ha voluto commentare', 'non ha commentato', 'a refuse de commenter',
  'n a pas souhaite commenter', 'wollte sich nicht aussern', 'lehnte einen kommentar ab', 'wilde niet reageren', 'odmówił komentarza', 'nechtěla komentovat',
  'request for comment', 'requests for comment', 'declined to comment', 'could not be reached for comment', 'did not respond to questions', 'we spoke to said',
  'reagierte nicht auf eine anfrage', 'wollte sich auf anfrage nicht', 'auf anfrage unserer redaktion', 'liess eine anfrage unbeantwortet',
  'n a pas repondu a nos sollicitations', 'n a pas donne suite a nos sollicitations', 'contacte par nos soins', 'sollicite par notre redaction',
  'no respondio a las preguntas', 'no respondio a la solicitud', 'consultado por este medio', 'fuentes consultadas por',
  'non ha risposto alla richiesta di commento', 'non ha risposto alle domande', 'interpellato da', 'contattato da noi',
  'nao respondeu ao pedido de comentario', 'nao respondeu as perguntas', 'contactada pelo', 'contactado pelo',
  'reageerde niet op vragen', 'wilde niet reageren', 'niet bereikbaar voor commentaar', 'nie odpowiedzial na prosbe o komentarz',
  'nie odpowiedziala na pytania', 'nie odpowiedzial na pytania', 'har inte svarat pa', 'avbojde att kommentera', 'avbojer att kommentera', 'har ikke svaret pa',
  'onsker ikke at kommentere', 'ei vastannut kommenttipyyntoon', 'nem valaszolt megkeresesunkre', 'nu a raspuns solicitarii', 'neodpovedela na dotaz',
  'neodpovedel na dotaz', 'nije odgovorio na upit', 'ni odgovoril na vprasanja', 'не отговори на запитване', 'δεν απαντησε σε αιτημα',
]

export const EXPIRY_CUES: readonly string[] = [
  'expired', 'has expired', 'no longer works', 'no longer valid', 'no longer active', 'doesn t work anymore', 'does not work anymore', 'not working anymore',
  'abgelaufen', 'funktioniert nicht mehr', 'gilt nicht mehr', 'nicht mehr gultig', 'funktioniert leider nicht mehr', 'geht leider nicht mehr', 'klappt nicht mehr',
  'neplati', 'uz neplati', 'nefunguje', 'uz nefunguje', 'je mrtvy', 'je mŕtvy', 'je mrtev', 'vise ne radi', 'više ne radi', 'ne radi vise',
  'vise ne vrijedi', 'ne vrijedi vise', 'vise ne vazi', 'ne vazi vise', 'ne velja vec', 'vec ne velja',
  'expire', 'a expire', 'ne marche plus', 'ne fonctionne plus', 'n est plus valable',
  'caduco', 'caducado', 'ya no funciona', 'ha expirado', 'expirado', 'expirou', 'ja nao funciona', 'nao funciona mais',
  'scaduto', 'non funziona piu', 'non e piu valido',
  'verlopen', 'werkt niet meer', 'niet meer geldig',
  'wygasł*', 'już nie działa', 'nie działa',
  'gått ut', 'fungerar inte längre', 'utgången', 'udløbet', 'virker ikke længere', 'virker ikke mere',
  'vanhentunut', 'vanhentui', 'vanheni', 'vanhenee', 'umpeutui', 'meni vanhaksi', 'ei enaa toimi', 'ei toimi enaa', 'aegunud', 'ei toota enam',
  'nefunguje', 'uz nefunguje', 'vyprsel*', 'vyprsala', 'nedela vec', 'ne deluje vec', 'potekla', 'istekao', 'istekla', 'vise ne radi',
  'εχει ληξει', 'εληξε', 'δεν ισχυει', 'lejart', 'mar nem mukodik', 'nem mukodik',
  'a expirat', 'nu mai functioneaza', 'изтекъл', 'изтече', 'не работи',
  'beidzies', 'vairs nedarbojas', 'nebegalioja', 'nebeveikia', 'skada', 'ma jaħdimx', 'imithe in éag',
  'is dead', 'are dead', 'is gone', 'are gone', 'stopped working', 'has stopped working', 'no longer exists',
  // Plural subjects, past tenses and the verb-last order of subordinate clauses ("att koden X inte fungerar längre").
  'no longer work', 'don t work anymore', 'do not work anymore', 'funktionieren nicht mehr', 'gelten nicht mehr', 'sind nicht mehr gultig',
  'ne marchent plus', 'ne fonctionnent plus', 'ne sont plus valables', 'ya no funcionan', 'han expirado', 'caduco', 'caducaron', 'non funzionano piu', 'sono scaduti',
  'werken niet meer', 'nie działają', 'już nie działają', 'inte fungerar längre', 'funkar inte längre', 'inte funkar längre', 'gick ut', 'har gått ut',
  'ikke virker længere', 'virker ikke lenger', 'fungerer ikke lenger', 'ikke fungerer lenger', 'er utløpt', 'nu mai merge', 'nu mai e valabil', 'nu mai este valabil',
  'ja nao funcionam', 'nao funcionam mais', 'expiraram', 'uz nefunguji', 'nefunguji', 'uz nefunguju', 'vise ne rade', 'ne rade vise', 'mar nem mukodnek',
  'eivat enaa toimi', 'eivat toimi enaa', 'εληξαν', 'δεν ισχυουν πια', 'вече не работи', 'вече не важи', 'изтекоха',
];

/**
 * Influencers as a group or a third party ("Why do influencers always write 'link in bio'?", "AGCOM fined three
 * influencers", "Wie verdienen Finfluencer Geld?"): a post about them is an explainer or a report. Promoters
 * speak of themselves, so detect-context.ts counts the word only in a sentence with no first-person word.
 * Stems cover the inflections ("influencerzy", "influenceriai", "Influencerinnen", "influenciadores").
 */
/**
 * Third-person "claims", "says", "repeats" right after a @handle: a post calling another account out ("@x claims
 * nobody pays him, yet his code X earns him 30 %"). What it quotes of that account is theirs, not the author's offer.
 */
export const CLAIM_VERBS: readonly string[] = [
  'claims', 'says', 'repeats', 'insists', 'keeps saying', 'behauptet', 'sagt', 'betont', 'pretend', 'affirme', 'repete', 'dit', 'afirma', 'asegura', 'dice', 'diz',
  'ripete', 'sostiene', 'afferma', 'beweert', 'zegt', 'twierdzi', 'mowi', 'tvrdi', 'tvrdí', 'trdi', 'hävdar', 'havdar', 'påstår', 'pastar', 'påstår', 'paastaar',
  'vaittaa', 'allitja', 'sustine', 'твърди', 'казва', 'ισχυριζεται', 'λεει', 'apgalvo', 'teigia', 'vaidab', 'jghid', 'jsostni', 'maionn',
];

export const INFLUENCER_WORDS: readonly string[] = [
  'influencer*', 'influenser*', 'influenszer*', 'influenciador*', 'influenceur*', 'influencerk*', 'finfluencer*', 'finfluenser*',
  'kryptoinfluencer*', 'cryptoinfluencer*', 'krypto influencer*', 'crypto influencer*', 'инфлуенсър*', 'инфлуенсер*', 'ινφλουενσερ*',
  'tionchair*', 'thionchair*', 'influerare*', 'content creators', 'crypto creators', 'createurs de contenu', 'creadores de contenido', 'creatori di contenuti',
  'criadores de conteudo', 'twórcy internetowi', 'youtuber*', 'youtubeur*', 'tiktoker*', 'tiktokerzy', 'tiktokos',
  // The local words: Estonian "mõjutaja", Slovene "vplivnež", Finnish "vaikuttaja", Latvian "ietekmētājs", Lithuanian
  // "kūrėjai" (creators, plural), compounds with "krypto"/"crypto"
  'mojutaja*', 'vplivnez*', 'vaikuttaj*', 'somevaikuttaj*', 'ietekmetaj*', 'kurejai', 'kureju', 'kurejus', 'kryptoyoutuber*', 'cryptoyoutuber*',
  // One creator told of in the third person ("un creador sevillano anima a sus seguidores", "um criador de conteúdos").
  'a creator', 'un creator', 'ein creator', 'een creator', 'un createur', 'un creador', 'um criador', 'un creatore', 'content creator', 'criador de conteudos',
  'criador de conteudo', 'creador de contenido', 'createur de contenu', 'creatore di contenuti',
  // Creators as a group: the plural only ("creators", "twórców"), a promoter's "creator program" stays out.
  'creators', 'createurs', 'creadores', 'creatori', 'criadores', 'twórców', 'twórcy', 'tvůrci', 'tvorcovia', 'δημιουργοι', 'δημιουργους',
];

/**
 * "Why do all the youtubers have a code?", "Comment les plateformes rémunèrent-elles leurs affiliés ?": a why- or
 * how-question opening a sentence, by someone not speaking of themselves, asks what the post then explains.
 * detect-context.ts wants four words or more ("Why Bybit?" is a promoter's teaser).
 */
export const WHY_HOW_WORDS: readonly string[] = [
  'why', 'how', 'warum', 'wieso', 'weshalb', 'wie funktioniert', 'wie funktionieren', 'wie verdienen', 'wie erkennt', 'pourquoi', 'comment', 'por que', 'por qué', 'cómo', 'como', 'perché', 'perche', 'come',
  'waarom', 'hoe', 'dlaczego', 'czemu', 'jak', 'porquê', 'por quê', 'varför', 'hur', 'hvorfor', 'hvordan', 'miksi', 'miten', 'kuinka', 'miks',
  'kuidas', 'miért', 'hogyan', 'hogy', 'de ce', 'cum', 'zašto', 'kako', 'zakaj', 'proč', 'prečo', 'защо', 'как', 'γιατί', 'πώς', 'πως', 'kāpēc',
  'kā', 'kodėl', 'kaip', 'għaliex', 'kif', 'cén fáth', 'conas',
];

/**
 * "Bitvavo belt nooit zelf", "OKX nu cere niciodată bani", "Bitpanda non chiama mai i clienti": a firm that
 * never calls, writes or asks is a warning against whoever does. A never-word and a contact verb within
 * NEVER_REACH words in one clause (detect-context.ts); stems carry the verbs' persons and tenses.
 */
export const NEVER_WORDS: readonly string[] = [
  'never', 'niemals', 'nie', 'jamais', 'nunca', 'mai', 'nooit', 'nigdy', 'aldrig', 'koskaan', 'kunagi', 'soha', 'niciodata', 'niciodată', 'nikada',
  'nikad', 'nikoli', 'nikdy', 'никога', 'ποτε', 'nekad', 'nekada', 'niekada', 'qatt', 'riamh', 'choiche',
];
export const CONTACT_VERBS: readonly string[] = [
  'call*', 'phone*', 'write*', 'writes', 'messag*', 'dm', 'dms', 'email*', 'e-mail*', 'ask*', 'request*', 'contact*', 'text*', 'send*',
  'ruft', 'anruf*', 'schreibt', 'schreiben', 'fragt', 'verlangt', 'fordert', 'kontaktiert', 'appelle*', 'ecrit', 'ecrivent', 'demande*', 'contacte*',
  'sollicite*', 'llama*', 'escribe*', 'pide', 'piden', 'solicita*', 'contacta*', 'chiama*', 'scrive*', 'chiede*', 'contatta*', 'belt', 'bellen', 'appt',
  'mailt', 'vraagt', 'vragen', 'dzwoni*', 'pisze*', 'prosi*', 'liga*', 'escreve*', 'pede*', 'cere', 'cer', 'suna', 'suna*', 'scrie*', 'contacteaza*',
  'ringer', 'skriver', 'ber', 'fragar', 'beder', 'sporger', 'soita*', 'kirjoit*', 'pyyda*', 'kysy*', 'helista*', 'kirjuta*', 'kusi*', 'palu*',
  'hiv*', 'kér*', 'zvoni*', 'zove', 'pise', 'pise*', 'trazi*', 'traži*', 'prosi', 'klice', 'kliče', 'volá', 'vola', 'píše', 'žádá', 'zada',
  'žiada', 'ziada', 'звъни', 'пише', 'иска', 'τηλεφωνει', 'γραφει', 'ζητα*', 'zvana', 'raksta', 'prasa', 'skambin*', 'raso', 'praso', 'iċempel',
  'icempel', 'jikteb', 'jitlob', 'glaonn', 'scriobhann', 'iarrann',
];

/** First-person possessives (folded) that make a code the author's own: "my code", "mein Code", "mon code". */
export const POSSESSIVES: readonly string[] = [
  'my', 'mein', 'meinen', 'meinem', 'meiner', 'mon', 'ma', 'mi', 'mio', 'mia', 'mijn', 'moj', 'mojego', 'moim', 'meu', 'minha', 'min', 'mitt', 'mina', 'koodini',
  'muj', 'mym', 'mojim', 'moja', 'mojo', 'moje', 'моят', 'моя', 'mano', 'manu', 'mans', 'minu', 'tiegħi', 'mo', 'meu', 'μου', 'ми',
  // Spoken and plural forms: Finnish 'mun' (minun), Estonian 'mu' (minu), 'mine', Portuguese 'meus', ...
  'mun', 'mu', 'minun', 'mój', 'môj', 'můj', 'mine', 'mea', 'meus', 'mijne', 'miei', 'mes',
  // Greeklish "mou" (μου); Indonesian and Malay put "my" after the noun ("kode referral saya", "link aku")
  'mou', 'saya', 'aku',
];

/**
 * A channel's or a group's "our code": Telegram and Discord posts speak for the channel. Only for a code's owner
 * (promo-detector.ts); not first-person words elsewhere, where "our investigation" is a newsroom's.
 */
export const PLURAL_POSSESSIVES: readonly string[] = [
  'our', 'unser', 'unsere', 'unseren', 'unserem', 'notre', 'nuestro', 'nuestra', 'nostro', 'nostra', 'nosso', 'nossa', 'onze', 'nasz', 'naszym', 'naszego',
  'nasze', 'náš', 'naším', 'vår', 'vårt', 'vores', 'meidän', 'meie', 'mūsų', 'mūsu', 'naš', 'našim', 'naša', 'nostru', 'нашия', 'нашият', 'tagħna',
];

/**
 * "A share of your fees": how a referral scheme pays, said in the abstract (the referrer, the platform, the
 * influencer gets a part of what the client pays). Paired with a fee word (promo-phrases.ts FEE_WORDS) in
 * one clause by detect-context.ts; with a first-person word in the clause it is the author's own pay instead.
 */
export const SHARE_WORDS: readonly string[] = [
  'share', 'cut', 'portion', 'anteil*', 'partie', 'parte', 'porcentaje', 'percentuale', 'percentagem', 'aandeel', 'deel', 'część', 'części', 'podíl*',
  'podiel*', 'dio', 'dijela', 'del', 'osan', 'osa', 'osuus*', 'részét', 'része', 'rész', 'дял', 'дяла', 'μέρος', 'μερίδιο', 'daļu', 'daļa', 'dalį', 'dalis',
  'sehem', 'sciar', 'andel', 'andelen', 'andele', 'časť', 'časti', 'част', 'parti',
  // "részesedést kap a díjaiból"
  'részesedés*',
  // someone else earning on the reader's fees ("personen tjänar pengar på dina avgifter"): third-person forms only
  // (not French "gagne": "je" is no first-person word here, see first-person.ts)
  'earns', 'earns money', 'makes money', 'verdient', 'gana', 'guadagna', 'ganha', 'verdient', 'zarabia', 'vydělává', 'vydelava', 'zarába', 'tjänar',
  'tjänar pengar', 'tjener', 'tjener penge', 'ansaitsee', 'tienaa', 'teenib', 'keres', 'câștigă', 'castiga', 'zarađuje', 'zaraduje', 'zasluži', 'zasluzi',
  'печели', 'κερδίζει', 'pelna', 'uždirba', 'uzdirba', 'jaqla', 'tuilleann',
];

/**
 * "dostáva percento z vašich poplatkov", "a percentage of your fees": a percentage OF the fees (detect-context.ts wants
 * "of"/"from" right after it); "20 percent off fees" is a discount.
 */
export const PERCENT_WORDS: readonly string[] = [
  'percent', 'percentage', 'procent', 'procenta', 'procento', 'prozent', 'prozentsatz', 'pourcentage', 'percento', 'percentu', 'postotak', 'postotka', 'odstotek',
  'prosentti', 'prosenttia', 'protsent', 'protsenti', 'százalék', 'százalékot', 'ποσοστό', 'процент', 'процента', 'procentu', 'procentus', 'procentą', 'procentus',
];
/** "of"/"from" after a percentage word. Folded. */
export const OF_WORDS: readonly string[] = [
  'of', 'from', 'z', 'ze', 'zo', 'aus', 'von', 'de', 'des', 'du', 'di', 'dei', 'delle', 'da', 'das', 'dos', 'van', 'af', 'av', 'fran', 'fra', 'iz', 'od', 'din',
  'из', 'от', 'απο', 'των', 'no', 'is', 'minn', 'mill', 'o', 'na',
];

/**
 * The wallet's secret words: a warning only when the reader is told about theirs ("your seed phrase", "nobody asks for
 * the seed phrase"), not when someone says where their own is ("Seed phrase is safe in a different box").
 */
export const SECRET_PHRASES: readonly string[] = [
  'seed phrase', 'recovery phrase', 'seed-phrase', 'seedphrase', 'frase semente', 'frase seed', 'frase de recuperación', 'frase di recupero', 'obnovitveno frazo',
  'phrase de récupération', 'wiederherstellungsphrase', 'private key', 'privaten schlüssel', 'clé privée', 'clave privada', 'chiave privata', 'chave privada',
];
/** "your" of the EU languages, folded: "your seed phrase", "deine Seed-Phrase", "ta phrase de récupération". */
export const YOUR_WORDS: readonly string[] = [
  'your', 'dein', 'deine', 'deinen', 'ihre', 'ihren', 'euer', 'eure', 'ton', 'ta', 'votre', 'tu', 'su', 'tuo', 'tua', 'vostra', 'seu', 'sua', 'je', 'jouw', 'uw',
  'twoja', 'twoją', 'twoje', 'twojego', 'svoji', 'svou', 'tvoju', 'tvoj', 'tvoje', 'din', 'ditt', 'dina', 'sinun', 'oma', 'sinu', 'a te', 'tau', 'tale', 'savo',
  'tavo', 'tavu', 'tiegħek', 'do', 'твоята', 'твоя', 'σου',
];

/** "for example": in an explainer or a report, the code of the sentence is an example. Folded. */
export const EXAMPLE_WORDS: readonly string[] = [
  'example', 'examples', 'for instance', 'exemple', 'beispiel', 'ejemplo', 'esempio', 'exemplo', 'voorbeeld', 'przyklad', 'przykładowy', 'priklad', 'příklad',
  'esimerkki', 'esimerkiksi', 'naide', 'näide', 'naiteks', 'näiteks', 'pelda', 'példa', 'peldaul', 'például', 'exemplu', 'primjer', 'primer', 'пример', 'παράδειγμα',
  'piemērs', 'piemēram', 'pavyzdys', 'pavyzdžiui', 'eżempju', 'sampla', 'mar shampla',
];
/** "fictional", "made-up": the sentence's code is invented, in any post. Folded. */
export const MADE_UP_WORDS: readonly string[] = [
  'fictional', 'made-up', 'made up', 'fictif', 'fictive', 'fiktiv', 'fiktive', 'fiktiven', 'ficticio', 'ficticia', 'fittizio', 'fittizia', 'fictício', 'fictícia',
  'fictief', 'fictieve', 'fikcyjny', 'fikcyjna', 'fiktivní', 'kuvitteellinen', 'keksitty', 'kitalált', 'fictiv', 'izmišljen', 'izmišljeni', 'измислен', 'φανταστικό',
  'hypothetical', 'hypothetisch', 'hypothétique', 'hipotético', 'ipotetico',
];

/**
 * "Has anyone used Kraken from Latvia?": a question to the readers. A post asking one is a user's question, and
 * its why/how questions ("kā ar SEPA izmaksām?") are the asker's, not an explainer's topic.
 */
export const ANYONE_WORDS: readonly string[] = [
  'anyone', 'anybody', 'someone', 'jemand', 'irgendwer', 'quelqu un', 'alguien', 'alguem', 'qualcuno', 'iemand', 'ktos', 'nekdo', 'niekto', 'netko', 'nekdo',
  'nagon', 'nogen', 'noen', 'joku', 'kukaan', 'keegi', 'valaki', 'cineva', 'някой', 'κανεις', 'kads', 'kas nors', 'kazkas', 'xi hadd', 'aon duine', 'duine ar bith',
];

/** A licence or authorisation, the other thing a reader checks ("Seiceáil an bhfuil ceadúnas MiCA ag an malartán"). Stems, lower-cased text. */
export const LICENCE_WORD = /(?<!\p{L})(?:licen[cs]\p{L}*|lizenz\p{L}*|licenz\p{L}*|licença|licencj\p{L}*|vergunning\p{L}*|zulassung\p{L}*|autoris\p{L}*|authori[sz]\p{L}*|autoriz\p{L}*|lisenssi\p{L}*|litsents\p{L}*|engedély\p{L}*|licență|dozvol\p{L}*|дозвол\p{L}*|лиценз\p{L}*|άδει\p{L}*|liċenzj\p{L}*|ceadúnas|zezwoleni\p{L}*|oprávnění|povolen\p{L}*|tilladelse|tillstånd|toegelaten|tillatelse\p{L}*|erlaubnis\p{L}*|odobrenj\p{L}*|dovoljenj\p{L}*|toimilup\p{L}*|lupa|luvan|luvat|tegevuslo?ba\p{L}*|luba|loa|loaga|leidim\p{L}*|atļauj\p{L}*|αδει\p{L}*|разрешени\p{L}*|ліценз\p{L}*|дозвіл\p{L}*)(?!\p{L})/iu;
/**
 * What a rule says a firm needs, must, may not or lacks ("needs authorisation", "may not offer", "without a licence",
 * "engedély nélküli"): beside a supervisor and a licence it makes the sentence about regulation, where a firm claiming
 * its own licence ("now holds a MiCA licence") says none of these. Stems, lower-cased text; negators are checked apart.
 */
export const REQUIREMENT_WORD = /(?<!\p{L})(?:need\p{L}*|require\p{L}*|must|only|unauthori[sz]\p{L}*|unlicen[cs]\p{L}*|benötig\p{L}*|brauch\p{L}*|müss\p{L}*|muss|dürf\p{L}*|nur|doi[tv]\p{L}*|besoin|seulement|necesit\p{L}*|deben?|solo|devono|deve|necessari\p{L}*|soltanto|precisa\p{L}*|apenas|moet\p{L}*|nodig|alleen|behöver|måste|endast|behøver|skal|trenger|må|kun|tarvit\p{L}*|pitää|vain|vajab|kell|ainult|vaid|\p{L}*nélkül\p{L}*|csak|trebuie|doar|potřeb\p{L}*|musí|jen|len|potrzeb\p{L}*|musz\p{L}*|tylko|treba|mora\p{L}*|smij\p{L}*|smej\p{L}*|samo|potreb\p{L}*|трябва|само|πρέπει|μόνο|jāsaņem|vajag|tikai|reikia|turi|tik|jeħtieġ|biss|ní mór|caithfidh|amháin)(?!\p{L})/iu;
/** A supervisor's register, as a word of its own ("the ESMA register", "MiCA-register", "az ESMA MiCA-nyilvántartásában"). */
export const REGISTER_WORD = /(?<!\p{L})(?:register\p{L}*|registry|registre|registro|registr[uy]|registar|registri|registrul|registrą|registras|rejestr\p{L}*|rekisteri\p{L}*|nyilvántartás\p{L}*|регистър\p{L}*|регистъра|μητρώ\p{L}*|reģistr[āsu]|reġistru)(?!\p{L})/iu;
/** Looking a firm up: "check", "kolla", "schaut ... ins", "megnézni", "patikrink" (stems, lower-cased text). */
export const CHECK_WORD = /(?<!\p{L})(?:check|verify|look\s+up|kolla|schau|prüf|pruf|überprüf|vérifi|verifi|consult|comprueb|controll|controle|sprawd|ověř|zkontrol|skontrol|tarkist|kontroll|ellenőr|megnéz|provjer|preveri|провер|ελέγξ|ελεγξ|pārbaud|patikrin|iċċekkj|seiceáil|search|busca|cerca|zoek|sök|søg|otsi|caută|cauta|traži|išči|търс|αναζητ|meklē|ieškok|fittex|cuardaigh)/iu;
/**
 * Supervisors by acronym, and MiCA itself: a register of one of them is where the reader checks a firm. Names written
 * out are inflected where their language inflects ("Finantsinspektsiooni andmetel", "Finanssivalvonnan mukaan"); the
 * central banks that supervise crypto-asset service providers in several member states (and their neighbours' news)
 * are named in their own languages and scripts ("Народна банка Србије", "Lietuvos bankas", "Banca d'Italia").
 */
export const SUPERVISOR_WORD = new RegExp(
  String.raw`(?<!\p{L})(?:ESMA|MiCA|AMF|BaFin|CNMV|CONSOB|AFM|KNF|CMVM|FSMA|CSSF|CySEC|MFSA|HANFA|ATVP|MNB|ČNB|CNB|NBS|ASF|FKTK|BNB|DNB|` +
    String.raw`БНБ|КФН|Finanstilsyn\p{L}*|Finansinspektionen\p{L}*|Finanssivalvon\p{L}*|Finantsinspektsioo?n\p{L}*|` +
    String.raw`(?:[Cc]entral|[Nn]ational)\s+[Bb]ank|[Nn]ationalbank\p{L}*|Bundesbank|Banque\s+de\s+France|Banco\s+de\s+(?:España|Portugal)|Banca\s+d['’]Italia|` +
    String.raw`[Nn][aá]rodn\p{L}*\s+[Bb]ank\p{L}*|[Нн]ародн\p{L}*\s+[Бб]анк\p{L}*|Banca\s+Na[țţt]ional\p{L}*|Banka\s+Slovenije|Magyar\s+Nemzeti\s+Bank\p{L}*|` +
    String.raw`Lietuvos\s+bank\p{L}*|Latvijas\s+[Bb]ank\p{L}*|Eesti\s+Pan\p{L}*|Τράπεζα\s+της\s+Ελλάδος|Επιτροπή\s+Κεφαλαιαγοράς|Комисия(?:та)?\s+за\s+финансов\s+надзор|` +
    // Securities supervisors written out ("Komisija za hartije od vrednosti upozorila je ...").
    String.raw`[Kk]omisij\p{L}*\s+za\s+(?:hartije|vrijednosn\p{L}*|vrednostn\p{L}*)|Agencij\p{L}*\s+za\s+trg\s+vrednostnih\s+papirjev|[Ss]ecurities\s+(?:and\s+[Ee]xchange\s+)?[Cc]ommission|` +
    String.raw`Autorité\s+des\s+marchés\s+financiers|Comisión\s+Nacional\s+del\s+Mercado\s+de\s+Valores|Comissão\s+do\s+Mercado\s+de\s+Valores\s+Mobiliários|Komisj\p{L}*\s+Nadzoru\s+Finansowego|Autoriteit\s+Financiële\s+Markten)(?!\p{L})`,
  'u',
);
/** The acronyms alone: a fast first look (the written-out names make SUPERVISOR_WORD ~20x slower on a text). */
const SUPERVISOR_ACRONYM = /(?<!\p{L})(?:ESMA|MiCA|AMF|BaFin|CNMV|CONSOB|Consob|AFM|KNF|CMVM|FSMA|CSSF|CySEC|MFSA|HANFA|ATVP|MNB|ČNB|CNB|NBS|ASF|FKTK|BNB|DNB|БНБ|КФН)(?!\p{L})/u;
/** Letters every written-out name of SUPERVISOR_WORD holds; without them the full pattern need not run. */
const SUPERVISOR_NAME_HINT = /Finan|[Bb]an|Pan|банк|Банк|Комиси|Τράπεζα|Επιτροπή|omis|ommis|gencij|utorit/u;
/** Whether a text may name a supervisor (SUPERVISOR_WORD, Consob also as news writes it), cheaply for the many that do not. */
export function mayNameSupervisor(text: string): boolean {
  // detect-context.ts asks up to three times of the same text in a row (register advice, regulation, news): the last answer is kept.
  if (text === lastText) return lastAnswer;
  lastAnswer = SUPERVISOR_ACRONYM.test(text) || (SUPERVISOR_NAME_HINT.test(text) && SUPERVISOR_WORD.test(text));
  lastText = text;
  return lastAnswer;
}
let lastText: string | null = null;
let lastAnswer = false;
