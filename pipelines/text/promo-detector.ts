// Promo codes and offers (ESMA Guideline 2 §20). A code phrase ("use my code", "code promo",
// "Gutscheincode", "kod promocyjny" ...) yields a promo code only when a code-like token follows within
// a few words; URLs are blanked first, so a code that only appears inside a link is left to the links
// pipeline. Each code and offer is attributed to the nearest firm named around it, else to the only
// firm of the item, else to none.
import type { Offer, PromoCode } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { findOffers } from './detect-offers.ts';
import { createFirmMatcher, type FirmHit } from './firm-matcher.ts';
import { fold, isAllCaps } from './fold.ts';
import { FIRM_NAME_ENDINGS } from './phrases/firm-inflections.ts';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.ts';
import {
  ACCOUNT_WORDS, BACK_PRONOUNS, BARE_CODE_WORDS, CASE_REMARKS, CODE_IMPERATIVES, CODE_PREDICATES, CODE_WORD_FORMS, FILLER_WORDS, FORM_FIELD_WORDS, CODE_PHRASES, CODE_STOPWORDS, CODE_WORDS_AFTER_CODE, DM_OBJECTS, ENTER_VERBS, NEW_CODE_PHRASES, NOT_AFTER_CODE, SEND_WORD_VERBS,
  SIGN_UP_IMPERATIVES, SIGNUP_WORDS, USE_VERBS, VERB_FINAL_IMPERATIVES, CURRENCY_WORDS, INSTRUMENTAL_CODE_WORDS, ON_WORDS, OTHER_CODE_QUALIFIERS, VALID_WORDS, BENEFIT_VERBS, HANDLE_WORDS,
} from './phrases/promo-phrases.ts';
import { FUNCTION_WORDS } from './function-words.ts';
import { questionAt } from './question-end.ts';
import { quotedPrefixEnd } from './quoted-prefix.ts';
import { othersCodeIn } from './others-code.ts';
import { POSSESSIVE_KEYS, type TextContext } from './detect-context.ts';
import { EXPIRY_CUES, PLURAL_POSSESSIVES } from './phrases/context-phrases.ts';
import { prepared, type TextInput } from './prepare.ts';
import { snippet, type Token, type Tokenised } from './tokenise.ts';
import { isLetterOrNumberAt, SPACE_TABLE } from './chars.ts';
import { codeSpans, inIdentifier, inSpans } from './code-spans.ts';
import { sponsorOfCode, type NamedSponsor } from './sponsor-brand.ts';
import { isNegator } from './negators.ts';
import { anyIn, sentenceIds } from './positions.ts';
import { trimPunct } from './trim-punct.ts';
import { speakerTag, spokenCodes, type SpokenCode } from './spoken-codes.ts';
import { classifyUrl } from '../links/classify-url.ts';
import { CODE_WORD_KEYS } from './code-word-keys.ts';
import { speaksOfSoftware } from './software-sense.ts';
import { inReportedMessage } from './reported-message.ts';

export interface PromoResult {
  promoCodes: PromoCode[];
  offers: Offer[];
}

/** `context` (detect-context.ts): codes quoted by a warning or a report, or said to be expired, are not offers. */
/** `sponsors`: sponsors the catalogue does not know (sponsor-brand.ts); a code in a sponsor's paragraph is that brand's. */
export type PromoDetector = (text: TextInput, firmIdsInItem: readonly string[], context?: TextContext, sponsors?: readonly NamedSponsor[]) => PromoResult;

/** How many whitespace-separated chunks after the phrase may hold the code ("code when you sign up: QX1"). */
const MAX_CODE_CHUNKS = 5;
/** A chunk longer than this is not a code and ends the search (bounds work on hostile text). */
const MAX_CHUNK = 64;
/** Firms further than this many tokens from the phrase are not "near" it. */
const FIRM_WINDOW = 15;
const CONTEXT_CHARS = 120;
const BARE_LOOKAHEAD = 3;
const DETAIL_CHARS = 100;

const CODE_SHAPE = /^[A-Za-z0-9][A-Za-z0-9_-]{2,24}$/;
/** /\s/ per UTF-16 unit (chars.ts), read through a local binding: the chunk loops below test every character. */
const SPACE = SPACE_TABLE;
const spaceAt = (text: string, i: number): boolean => SPACE[text.charCodeAt(i)] === 1;

/**
 * /[:：]\s*$/u on text.slice(from, to), read back from `to` without a copy: the rules ask it of the gap before every
 * word, and most gaps are a space or two.
 */
function endsInColon(text: string, from: number, to: number): boolean {
  let j = to - 1;
  while (j >= from && spaceAt(text, j)) j--;
  if (j < from) return false;
  const c = text.charCodeAt(j);
  return c === 0x3a || c === 0xff1a;
}

/** A plain word used as a code ("use code satoshi", "Bybit-koodi: revontuli"): letters of any script, digits, - and _. */
const PLAIN_SHAPE = /^[\p{L}\p{N}][\p{L}\p{N}_-]{2,24}$/u;
const SENTENCE_END = /[.!?]$/;
/** How far into its sentence a code word may send the reader to a colon ("Code bitte klein eingeben: x"). */
const LATE_INTRODUCER_CHARS = 90;
const DASH_LEAD = /[–—-]\s*$/u;
const COLON_LEAD = /[:：=→➡➜➔⇒►▶↳👉👇⬇⤵]/u;
/** A word wrapped in Markdown bold or italics, punctuation after allowed. */
const EMPHASISED = /^(\*{1,2}|_{1,2})[^*_\s]+\1[.,;:!?]?$/u;
const CLOSE_QUOTES = new Set(['"', '”', '»', '“', '’', '›', '」']);
const OPEN_QUOTES = new Set(['"', "'", '“', '„', '«', '‘', '‚', '`', '»', '‹', '「']);
/** A quote closes right after the word opened by raw's first character (straight quotes and apostrophes close too). */
function closedQuote(raw: string, at: number): boolean {
  const c = raw.charAt(at);
  return CLOSE_QUOTES.has(c) || c === raw.charAt(0) || c === "'" || c === '`';
}
/**
 * The word at `pos` opens a quotation. An apostrophe glued to a letter before it is an elision, not a quote:
 * "l'exchange", "f'Malta", "dell'app" name no code.
 */
function opensQuote(text: string, pos: number): boolean {
  const c = text.charAt(pos - 1);
  if (!OPEN_QUOTES.has(c)) return false;
  return !((c === "'" || c === '‘') && /\p{L}/u.test(text.charAt(pos - 2)));
}
/** Marks that introduce the code itself: "code: x", "code → x", "code = x", "kodas – x". */
const INTRODUCERS = /[:：=→➡➜➔⇒►▶↳👉👇⬇⤵–—-]\uFE0F?\s*$/u;
/** Copulas skipped between the phrase and the code: "my code is x", "mein Code ist x". */
// "is" of the EU languages (folded), with the ones the code follows in speech: Polish and Czech "kod to X",
// Lithuanian "yra", Latvian "ir", Maltese "hu"/"hija", Croatian "glasi", Slovak "znie", Tagalog "ay". fold() keeps ß:
// "heißt" beside the Swiss "heisst".
/** "my code", and a channel's "our code": the author's own code (PLURAL_POSSESSIVES). Folded. */
const OWNER_KEYS: ReadonlySet<string> = new Set([...POSSESSIVE_KEYS, ...PLURAL_POSSESSIVES.map(fold)]);
const COPULAS = new Set(['is', 'ist', 'est', 'es', 'e', 'jest', 'ar', 'er', 'on', 'je', 'este', 'είναι', 'ειναι', 'е', 'is:', 'c', "c'est", 'c’est', 'lautet', 'heisst', 'heißt', 'zni', 'brzmi', 'kuuluu',
  'to', 'yra', 'ir', 'hu', 'hi', 'huwa', 'hija', 'glasi', 'znie', 'ay', 'einai',
  // Serbian, Macedonian and Ukrainian in Cyrillic ("код је X", "кодот е X", "код — це X")
  'је', 'це', 'гласи']);
/** "Code für euch: X", "code for you all: X": a "for" and a plural "you" between the code word and the code are neither. Folded. */
const FOR_WORDS: ReadonlySet<string> = new Set(['fur', 'for', 'pour', 'para', 'per', 'voor', 'dla', 'pro', 'pre', 'za', 'pentru', 'gia', 'για']);
/** "so", "thus", "again" in the EU languages, folded: the code word's sentence goes on to its code. */
const DISCOURSE: ReadonlySet<string> = new Set(['so', 'thus', 'again', 'also', 'nochmal', 'nochmals', 'donc', 'pues', 'entonces', 'quindi', 'dunque', 'portanto', 'entao',
  'dus', 'nogmaals', 'wiec', 'zatem', 'tedy', 'teda', 'tehat', 'szoval', 'deci', 'dakle', 'torej', 'значи', 'δηλαδη', 'λοιπον', 'siis', 'tatad', 'taigi', 'alltsa', 'altsa', 'mela']);
/** Relative pronouns opening "the code that I use is X" in the Romance languages (English needs none). Folded. */
const RELATIVES: ReadonlySet<string> = new Set(['que', 'che', 'qui', 'that', 'which']);
/** Words a "for ..." phrase may hold before the copula ("code for the Irish crowd is X", "kwdikos gia bybit einai X"). */
const FOR_PHRASE_WORDS = 4;

/** The end of a copula at most FOR_PHRASE_WORDS words after `from`, in the same sentence; -1 if none. */
function copulaAhead(text: string, from: number): number {
  let i = from;
  for (let n = 0; n <= FOR_PHRASE_WORDS; n++) {
    while (i < text.length && /[ \t]/.test(text.charAt(i))) i++;
    const start = i;
    while (i < text.length && !spaceAt(text, i) && i - start <= MAX_CHUNK) i++;
    const raw = text.slice(start, i);
    if (!raw) return -1;
    if (COPULAS.has(fold(raw))) return i;
    if (/[.!?:;,]$/u.test(raw)) return -1;
  }
  return -1;
}
const YOU_WORDS: ReadonlySet<string> = new Set(['euch', 'you', 'vous', 'vosotros', 'voces', 'voi', 'jullie', 'was', 'vas', 'vás', 'jer', 'vos', 'dig', 'er', 'teile']);
const VERB_FINAL: ReadonlySet<string> = new Set(VERB_FINAL_IMPERATIVES.map(fold));
const enterVerbs = new PhraseMatcher<'enter' | 'use' | 'register'>();
for (const v of ENTER_VERBS) enterVerbs.add(v, 'enter');
for (const v of USE_VERBS) enterVerbs.add(v, 'use');
for (const v of SIGN_UP_IMPERATIVES) enterVerbs.add(v, 'register');
/** A spaced-out code after a code word: up to 30 characters of its sentence, then 5+ single letters or digits. */
const SPACED_CODE = /^[^.!?\n]{0,30}?(?<![\p{L}\p{N}])((?:[\p{L}\p{N}] ){4,}[\p{L}\p{N}])(?![\p{L}\p{N}])/u;
const SPACED_REACH = 80;
/**
 * The index of the token starting at a character position, or -1; positions asked in text order, so one pointer walks
 * the tokens once (a hostile text may have a match on every line).
 */
function tokenWalk(tokens: readonly Token[]): (pos: number) => number {
  let k = 0;
  return (pos) => {
    while (k < tokens.length && tokens[k]!.start < pos) k++;
    return k < tokens.length && tokens[k]!.start === pos ? k : -1;
  };
}
/** A list line labelling a code live, active, working or new, in the EU languages (folded forms and accented ones). */
const LIVE_LINE = /^[^\p{L}\p{N}\n]{0,8}(?:live|active|working|valid|new|current|aktiv|gültig|gultig|neu|actif|nouveau|activo|nuevo|válido|valido|attivo|nuovo|ativo|novo|actief|nieuw|geldig|aktywny|nowy|aktuální|aktualni|aktívny|aktivny|aktiivinen|uusi|aktiivne|uus|aktív|új|uj|activ|nou|aktivan|novi|aktiven|nov|активен|нов|ενεργός|ενεργος|νέος|νεος|aktyvus|naujas|aktīvs|aktivs|jauns|attiv|ġdid|gdid|beo|nua)[ \t]*[:：][ \t]*([\p{L}\p{N}_-]{4,24})[^\p{L}\p{N}\n]*$/gimu;
/** A line of one word between emoji or marks ("🚀🚀 FROSTBYTE 🚀🚀"), the word captured. */
const LONE_WORD_LINE = /^[^\p{L}\p{N}#@\n]{0,24}?([\p{L}\p{N}][\p{L}\p{N}_-]{3,23})[^\p{L}\p{N}\n]{0,24}$/gmu;
/** An arrow or a finger pointing up at the line before, opening the next one. */
const POINT_UP = /^\n[\s\p{Extended_Pictographic}\uFE0F]*?[👆☝⬆↑⤴🔝]/u;
/** "gets you", "gibt dir": what a code gives the reader, said right after it. */
const benefitWords = new PhraseMatcher<true>(BENEFIT_VERBS.map((w) => [w, true] as const));
/** "valid", "works", "gilt": said of a code after an expiry, it gives the current one. */
const validWords = new PhraseMatcher<true>(VALID_WORDS.map((w) => [w, true] as const));
const signUp = new PhraseMatcher<true>([...SIGNUP_WORDS, ...ACCOUNT_WORDS].map((w) => [w, true] as const));
/** "with this code", "z tym kodem": the code word points back at a code already given; nothing after it is one. Folded. */
// Not the German articles "dem", "die" ("mit dem Bybit-Code X").
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'diesem', 'ce', 'cet', 'este', 'esse', 'ese', 'questo', 'quel', 'dit', 'deze', 'tym', 'tego', 'ten', 'tim', 'tímto', 'timto', 'tou', 'tento', 'tällä', 'talla', 'selle', 'ezzel', 'acest', 'acestui', 'тоя', 'този', 'αυτόν', 'αυτον', 'šo', 'so', 'šiuo', 'siuo', 'dan']);
/** "with" before a demonstrative and a code word ("— z tym kodem", "— with this code"). Folded. */
const WITH_WORDS: ReadonlySet<string> = new Set(['with', 'mit', 'avec', 'con', 'com', 'met', 'med', 'z', 'ze', 's', 'so', 'sa', 'cu', 'su', 'ar', 'με', 'с', 'са', 'со', 'kun', 'le']);
/** Before the firm on a list line or table row: bullets, numbers, cell borders, emoji. */
const LIST_HEAD = /^[\s\-*•·▪►▶➤|\d.)]*(?:\p{Extended_Pictographic}\uFE0F?\s*)?$/u;
const LIST_SEPARATOR = /^\s*[:：|–—→➡👉-]\uFE0F?\s*[`*"'«„“]*$/u;
/**
 * "Bitget → MaxiBG": a name with the firm's initials in capitals after it, as creators make their own codes. Only in a
 * list line of a post that speaks of codes; brand names keep one capital per part ("TikTok", "KuCoin").
 */
const LIST_CAMEL_CODE = /^\p{Lu}?\p{Ll}{2,}\p{Lu}{2,}\d*$/u;
/** After the code: the end of the line, a cell border, or a parenthesis ("(20% off fees)"). */
const LIST_TAIL = /^[`*"'»“”]*(?:[\s.,;!]*$|\s*[|(])/u;
/** Names of a user ID, which some firms use as the referral code ("mein Code ist meine UID"). Folded. */
const USER_ID_LABELS: ReadonlySet<string> = new Set(['uid', 'userid', 'user-id']);
/** "as" in "X as (referral) code". Folded. */
const AS_WORDS: ReadonlySet<string> = new Set(['as', 'als', 'comme', 'como', 'come', 'jako', 'som', 'mar', 'kao', 'kot', 'ca', 'като', 'ως', 'ka', 'kaip', 'bhala']);
/** Enter-verbs as single folded words, for the "X as code" rule. */
// "cuir isteach" (put in): the second word of the Irish enter-verb, which the two-word phrase matcher of ENTER_VERBS
// does not give the token rules.
const ENTER_KEYS: ReadonlySet<string> = new Set([...ENTER_VERBS, ...USE_VERBS, 'cláraigh', 'claraigh', 'register', 'sign', 'isteach'].filter((v) => !v.includes(' ')).map(fold));
/** The enter-verbs alone (ENTER_VERBS: "enter", "írjátok", "vpiši"), without use-verbs and "with"; folded. */
const ENTER_ONLY_KEYS: ReadonlySet<string> = new Set(ENTER_VERBS.filter((v) => !v.includes(' ')).map(fold));
/** Separable verb particles that follow an enter-verb ("írjátok be", "gib ein", "vul in"), folded. */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['be', 'ein', 'in', 'isteach', 'inn']);
/** "then", "so", "now" as speech puts them between a verb and its object ("gebruik dan de code X"), folded. */
const SPOKEN_ADVERBS: ReadonlySet<string> = new Set(['then', 'dan', 'dann', 'mal', 'doch', 'alors', 'donc', 'entonces', 'pues', 'allora', 'pure', 'entao', 'daar', 'da', 'sa',
  'sitten', 'siis', 'akkor', 'atunci', 'potom', 'pak', 'tada', 'onda', 'тогава', 'τοτε', 'tad', 'now', 'nu', 'nun', 'ora', 'ahora', 'agora', 'teraz', 'ted']);
/** Words naming a code of another kind before a bare code word. Folded. */
const OTHER_CODES: ReadonlySet<string> = new Set(OTHER_CODE_QUALIFIERS);
/** A code word followed by where source code is kept ("code on GitHub", "Kod na GitHubie", "Code auf GitLab"). */
const REPOSITORY_AFTER = /^\s*(?:\p{L}{1,4}\s+)?(?:github|gitlab|bitbucket|codeberg|sourceforge)(?!\p{N})/iu;
/** "new" before a code word: the code it gives is the one that replaces an expired one. Folded. */
const REFLEXIVES: ReadonlySet<string> = new Set(['sie', 'się', 'se', 'si', 'sich', 'dich', 'euch', 'sig', 'zich', 'seg', 'sa', 'si', 'ся', 'се', 'εαυτο']);
/**
 * "New" in the EU languages, folded: before a code word it renews the code ("mein neuer Code"), heading a line it
 * gives the code that replaces an old one ("Uusi: X", "Il-ġdid: X", "Naujas: X"). One list for both.
 */
const NEW_WORDS: ReadonlySet<string> = new Set(['novi', 'nowa', 'nove', 'novy', 'nuevos', 'nouvel', 'new', 'neu', 'neue', 'neuer', 'neuen', 'nouveau', 'nouvelle',
  'nuevo', 'nueva', 'nuovo', 'nuova', 'novo', 'nova', 'nieuw', 'nieuwe', 'nowy', 'nowym', 'uusi', 'uus', 'uj', 'noul', 'nou', 'nov', 'нов', 'новия', 'новият',
  'νεος', 'jauns', 'jaunais', 'naujas', 'ny', 'nye', 'nya', 'il-gdid', 'gdid', 'nua'].map(fold));
const caseRemarks = new PhraseMatcher<true>(CASE_REMARKS.map((w) => [w, true] as const));
/** Between "new" and its copula when the code word is left out: "the new one is", "el nuevo de bingx es", "le nouveau c'est". Folded. */
const NEW_ONE_FILLERS: ReadonlySet<string> = new Set(['one', 'de', 'del', 'di', 'du', 'da', 'do', 'van', 'von', 'for', 'of', 'na', 'za', 'pro', 'para', 'per', 'pour', 'fur', 'ce', 'c']);
const newLabels = new PhraseMatcher<true>([...NEW_WORDS].map((w) => [w, true] as const));
/** "old" before an expired code. Folded. */
const OLD_WORDS: ReadonlySet<string> = new Set(['old', 'alte', 'alter', 'alten', 'ancien', 'ancienne', 'viejo', 'vieja', 'antiguo', 'vecchio', 'antigo', 'oude', 'stary',
  'stari', 'stary', 'starý', 'stari', 'gamle', 'gamla', 'vanha', 'vana', 'regi', 'vechi', 'vechiul', 'стария', 'стар', 'παλιος', 'vecais', 'senas', 'antik', 'sean']);
/** "still" after a copula ("Mein Code ist immer noch X", "mon code est toujours X"): stepped over like "now". Folded. */
const STILL_WORDS: ReadonlySet<string> = new Set(['still', 'immer', 'noch', 'weiterhin', 'toujours', 'encore', 'ancora', 'sempre', 'todavia', 'aun', 'ainda', 'nog', 'steeds',
  'nadal', 'wciaz', 'stale', 'porad', 'fortfarande', 'fortsatt', 'stadig', 'stadigvaek', 'edelleen', 'yha', 'ikka', 'endiselt', 'mindig', 'inca', 'idalje', 'vedno',
  'още', 'ακομα', 'joprojam', 'vis', 'dar', 'ghadu', 'jos', 'jeszcze', 'jeste']);
/** How many words on each side of a code a question about it may hold. */
const QUESTION_REACH = 40;
/** Time words after a copula ("Mein Code ist jetzt X"). Folded. */
const NOW_WORDS: ReadonlySet<string> = new Set(['now', 'jetzt', 'nun', 'maintenant', 'desormais', 'ahora', 'ora', 'adesso', 'agora', 'nu', 'teraz', 'ted', 'teraz', 'nyt', 'nuud', 'most', 'acum', 'sada', 'sedaj', 'сега', 'τωρα', 'tagad', 'dabar', 'issa', 'anois']);
const FORM_FIELDS: ReadonlySet<string> = new Set(FORM_FIELD_WORDS.map(fold));
const BACK_PRONOUNS_KEYS: ReadonlySet<string> = new Set(BACK_PRONOUNS.map(fold));
/** Conjunctions and prepositions between an enter-verb, a sign-up and the code ("inserite quando vi registrate"): never the code. Folded. */
const WHEN_WORDS: ReadonlySet<string> = new Set(['when', 'quando', 'cuando', 'quand', 'wenn', 'als', 'wanneer', 'kiedy', 'gdy', 'kdyz', 'ked', 'kad', 'ko', 'kui',
  'kun', 'nar', 'amikor', 'cand', 'otan', 'όταν', 'otav', 'когато', 'kai', 'nuair', 'meta', 'at', 'on', 'in', 'bei', 'beim', 'bij', 'no', 'na', 'ao', 'al', 'au',
  'alla', 'przy', 'pri', 'при', 'during', 'ved', 'vid', 'ob', 'kod', 'la', 'nel', 'en', 'lors', 'durante', 'tijdens', 'podczas', 'am', 'bej']);
/** Words pointing at what was just written: "X — this is my code", "bryndza (to je kód)", "X <- tää on mun koodi". Folded. */
const POINTERS: ReadonlySet<string> = new Set(['this', 'that', 'it', 'here', 'to', 'taa', 'tama', 'see', 'tas', 'tai', 'ez', 'questo', 'questa', 'este', 'esta', 'esto',
  'isto', 'c', 'ce', 'das', 'dies', 'dit', 'det', 'den', 'detta', 'dette', 'αυτος', 'αυτο', 'това', 'ово', 'acesta', 'asta', 'seo', 'dan', 'tole', 'toto', 'tohle']);
/** A mark setting a word off before a pointer: a bracket, an arrow, a dash or an emoji (not a comma: "great, this is the code I wrote"). */
const SET_OFF = /[([<←⬅⇐—–-]|\p{Extended_Pictographic}/u;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'der', 'die', 'das', 'le', 'la', 'el', 'il', 'o', 'de', 'het', 'den', 'an', 'l']);
/** Articles before a firm's name, with the Hungarian "az" and the Greek ones, and "of" ("o código da Crypto.com"), folded. */
const FIRM_ARTICLES: ReadonlySet<string> = new Set([...ARTICLES, 'az', 'les', 'los', 'lo', 'gli', 'ο', 'η', 'το', 'τη', 'την', 'τον', 'της', 'του',
  'of', 'da', 'do', 'del', 'della', 'dello', 'di', 'du', 'des', 'von', 'vom', 'van']);
/** The next chunk of text after `from` is a firm's name (one of `names`), bare or with a case ending. */
function nextChunkIsName(text: string, from: number, names: ReadonlyArray<{ from: number; to: number }>): boolean {
  let start = from;
  while (start < text.length && spaceAt(text, start)) start++;
  let end = start;
  while (end < text.length && !spaceAt(text, end)) end++;
  const word = trimPunct(text.slice(start, end));
  const wordEnd = start + word.offset + word.value.length;
  return names.some((r) => r.from === start + word.offset && (wordEnd <= r.to || inflectedName(text, r.to, wordEnd)));
}
/**
 * The rest of a chunk after a firm's name is a case ending behind a hyphen or colon ("OKX-hez", "OKX:n", "Bybit-re"):
 * the chunk is still the name (the tokeniser splits them; the code slot reads whole chunks).
 */
function inflectedName(text: string, nameEnd: number, chunkEnd: number): boolean {
  const rest = text.slice(nameEnd, chunkEnd);
  const m = /^[-:’'](\p{L}{1,4})[.,;:!?]*$/u.exec(rest);
  return m !== null && FIRM_NAME_ENDINGS.has(fold(m[1]!));
}

/**
 * Case endings languages glue onto a code behind an apostrophe, colon or hyphen, as onto a name: Turkish "MERT_TR'yi",
 * "ABC123'ü", Finnish "LAPPI:lla", Hungarian "DUNA50-et". Folded.
 */
const CODE_CASE_ENDINGS: ReadonlySet<string> = new Set([
  ...FIRM_NAME_ENDINGS,
  ...['yi', 'yu', 'i', 'u', 'e', 'a', 'ye', 'ya', 'de', 'da', 'te', 'ta', 'den', 'dan', 'ten', 'tan', 'le', 'la', 'yle', 'yla', 'in', 'un', 'nin', 'nun'].map(fold),
]);
/** "MERT_TR'yi" is the code MERT_TR with a case ending (lower case behind a code-shaped word): the ending is left out. */
function withoutCaseEnding(chunk: { value: string; offset: number }): { value: string; offset: number } {
  const m = /^(.{3,})[’':-](\p{Ll}{1,4})$/u.exec(chunk.value);
  // "SMS-a", "KYC-t": an acronym declined behind a hyphen stays one word (INFLECTED_ACRONYM), never a code.
  return m && CODE_CASE_ENDINGS.has(fold(m[2]!)) && !INFLECTED_ACRONYM.test(chunk.value) && isCodeLike(m[1]!) ? { value: m[1]!, offset: chunk.offset } : chunk;
}

const SEND_VERB_KEYS: ReadonlySet<string> = new Set(SEND_WORD_VERBS.map(fold));
const DM_OBJECT_KEYS: ReadonlySet<string> = new Set(DM_OBJECTS.map(fold));
/** "not" in a correction ("X, not Y"), folded; not the words that are also "without" or "now" elsewhere ("sin", "nu"). */
const CORRECTING_NOT: ReadonlySet<string> = new Set(['not', 'nicht', 'pas', 'non', 'nao', 'niet', 'nie', 'ne', 'ni', 'mhux', 'не', 'οχι', 'nem', 'inte', 'ikke', 'no'].map(fold));
/** A leverage or multiplier ("x10", "20x", "×5"). */
const MULTIPLIER = /^(?:[x×]\d+|\d+[x×])$/iu;
/** Tokens back from a colon-introduced code its code word may stand (a line or two of a thread). */
const COLON_CODE_REACH = 40;
/** Names of IDs and numbers that a colon introduces and that are no code (blind25's look-alikes). Folded. */
const ID_LABELS: ReadonlySet<string> = new Set([...USER_ID_LABELS, 'id', 'order', 'ordre', 'orden', 'ordine', 'bestellung', 'zamowienie', 'objednavka', 'ticket', 'tiket', 'case', 'txid',
  'tx', 'txn', 'hash', 'memo', 'tag', 'address', 'adresse', 'adres', 'adresa', 'wallet', 'number', 'nummer', 'numero', 'nr', 'no', 'cislo', 'broj', 'ref', 'reference',
  'referenz', 'referencia', 'riferimento', 'error', 'fehler', 'erreur', 'errore', 'blad', 'chyba', 'greska', 'iban', 'pin', 'phone', 'tel', 'sms', 'otp', '2fa',
  'version', 'versie', 'wersja', 'verze', 'model'].map(fold));
/** The word ending at `end` stands alone: the line, the sentence or the text ends, or a bracket, emoji or hashtag follows. */
function standsAlone(masked: string, end: number): boolean {
  return /^(?:[ \t]*(?:$|[\n.!;)\]]|#)|[ \t]+\p{Extended_Pictographic}|[ \t]+[–—-][ \t])/u.test(masked.slice(end, end + 4));
}
/** A chunk of emoji alone (with their joiners and variation selectors). */
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\u200d|\ufe0f|[\u{1f3fb}-\u{1f3ff}])+$/u;
/** A quote mark, either way round ("”KOODI”" opens with a closing quote in Finnish typography). */
const QUOTE_MARK = /["'“”„«»‘’‚`‹›「]/u;
const ANY_QUOTE = new RegExp(`${QUOTE_MARK.source}\\s*$`, 'u');
/**
 * The word at `pos` is quoted right after a send verb, "me" allowed between ("Scrieți-mi „VREAU" în privat", "comment
 * 'BONUS' below"): a keyword the reader sends to get the code, not the code.
 */
function sentKeyword(t: Tokenised, masked: string, pos: number): boolean {
  if (!ANY_QUOTE.test(masked.slice(Math.max(0, pos - 3), pos))) return false;
  const at = tokenAtOrAfter(t, pos);
  let k = at - 1;
  if (k >= 0 && DM_OBJECT_KEYS.has(t.tokens[k]!.key)) k--;
  if (k < 0 || !SEND_VERB_KEYS.has(t.tokens[k]!.key)) return false;
  // "Scríobh "gaillimh" sa bhosca don chód tagartha", "ikteb "rgozo" fil-kaxxa tar-referral": written into the sign-up
  // form (a code word, a box or the sign-up after it in the sentence), it is the code.
  for (let j = at + 1; j < t.tokens.length && !t.tokens[j]!.breakBefore; j++) {
    const key = t.tokens[j]!.key;
    if (CODE_VOCABULARY.has(key) || SIGN_UP_STEM.test(key) || stemsStart(FIELD_STEMS_BY_FIRST, key) || BOX_STEM.test(key)) return false;
  }
  return true;
}
/** Boxes and sign-up words beyond SIGN_UP_STEM and FIELD_STEMS ("sa bhosca", "fil-kaxxa tar-referral", "tirreġistra"). Folded. */
const BOX_STEM = /^(?:box|bosca|bhosca|kaxxa|casill|casell|vak|ruut|lahter|tirregist|chlara|referral|ref)/u;

/** The bare code words, folded: the end of "X is my code". */

const IMPERATIVES: ReadonlySet<string> = new Set(CODE_IMPERATIVES.map(fold));
const AFTER_CODE: ReadonlySet<string> = new Set(CODE_WORDS_AFTER_CODE.map(fold));
/** A firm's products named after it ("Binance P2P", "OKX Web3", "Bybit MT5"), folded: never a code of a pair. */
const PRODUCT_WORDS: ReadonlySet<string> = new Set(['p2p', 'web3', 'mt4', 'mt5', 'nft', 'nfts', 'defi', 'dex', 'cex', 'api', 'app', 'pro', 'card', 'earn', 'launchpad', 'launchpool']);
/**
 * Between a firm (or its enter-verb) and its code in a pair: spaces, a dash, colon, equals sign or arrow; the firm may
 * close a Markdown bold or italics ("**Bybit** – X").
 */
const PAIR_GAP = /^(?:\*{1,2}|_{1,2})?\s*(?:[:：=–—→➡>-]\uFE0F?\s*)?$/u;
/** "and" joining two firm-code pairs, in the EU languages; folded. */
const AND_WORDS: ReadonlySet<string> = new Set(['and', 'und', 'et', 'y', 'e', 'en', 'og', 'och', 'ja', 'a', 'i', 'u', 'és', 'es', 'și', 'si', 'un', 'ir', 'in', 'και', 'и', 'agus', 'plus'].map(fold));
/** The Irish code word after its article ("an cód", "an chód"), folded. */
const IRISH_CODE_WORDS: ReadonlySet<string> = new Set(['cod', 'chod']);
/** Plurals of the bare code words. */
const PLURAL_CODE_WORDS: ReadonlySet<string> = new Set(['codes', 'codici', 'codigos', 'kody', 'koder', 'koodit', 'kodai', 'kodi', 'kodovi', 'kodok', 'coduri', 'κωδικοι', 'kodes'].map(fold));
/** Between a code and the code word after it: spaces, or the hyphen of a compound ("NORDBULL-koodilla"). */
const CODE_WORD_GAP = /^(?:\s{1,3}|-)$/;
const NOT_AFTER: ReadonlySet<string> = new Set(NOT_AFTER_CODE.map(fold));
/** Prepositions of time that follow the phrase where the code is absent ("enter code during registration"). */
const TIME_WORDS: ReadonlySet<string> = new Set(['during', 'after', 'before', 'upon', 'while', 'wahrend', 'nach', 'beim', 'lors', 'pendant', 'apres', 'durante', 'tijdens', 'podczas', 'przy', 'vid', 'ved', 'under', 'pri', 'kun', 'kui']);

/**
 * "at", "during", "on" before a sign-up word, in the EU languages and their neighbours: the "when" and time words
 * above, and the bare prepositions that say it in a case language ("w rejestracji", "i registreringen"). Folded.
 */
const AT_WORDS: ReadonlySet<string> = new Set([...WHEN_WORDS, ...TIME_WORDS, 'a', 'w', 'u', 'i', 'pe', 'ar', 'per', 'fil', 'ag', 'nella', 'kati', 'κατα', 'στην']);
/** Articles and possessives that may stand between such a word and the sign-up ("bei der Anmeldung", "at your sign-up"). Folded. */
const SIGN_UP_ARTICLES: ReadonlySet<string> = new Set([...ARTICLES, 'dem', 'sign', 'your', 'deiner', 'ihrer', 'votre', 'tu', 'tua', 'je']);

/** After "at" at `from`: the end of "[article] <sign-up word>" right behind it, or -1. */
function signUpAhead(text: string, from: number): number {
  let i = from;
  for (let words = 0; words < 2; words++) {
    const w = nextWord(text, i);
    i = w.end;
    // "lors de l'inscription": the elided article is part of the word.
    const key = w.key.replace(/^[a-z]['’]/u, '');
    if (SIGN_UP_STEM.test(key)) return /[.!?;]$/u.test(w.raw) ? -1 : i;
    if (!SIGN_UP_ARTICLES.has(key) || w.raw !== trimPunct(w.raw).value) return -1;
  }
  return -1;
}

/** The chunk after `from` (spaces skipped) as written, folded without wrapping punctuation, and where it ends. */
function nextWord(text: string, from: number): { raw: string; key: string; end: number } {
  let i = from;
  while (i < text.length && spaceAt(text, i)) i++;
  const start = i;
  while (i < text.length && !spaceAt(text, i) && i - start < MAX_CHUNK) i++;
  const raw = text.slice(start, i);
  return { raw, key: fold(trimPunct(raw).value), end: i };
}

/** The word after the candidate ends at the next space; folded, without wrapping punctuation. */
function nextWordKey(text: string, from: number): string {
  return nextWord(text, from).key;
}

/** Folded stems of words that qualify a code word in inflected languages: "polecającym", "πρόσκλησης", "atreoraithe". */
/** The form field the code goes in ("kutsukoodin kenttään X", "im Feld X", "fil-qasam", "στο πεδίο"), folded stems. */
const FIELD_STEMS: readonly string[] = ['kentt', 'feld', 'champ', 'campo', 'veld', 'falt', 'feltet', 'mezo', 'polj', 'pole', 'polu', 'polick', 'поле', 'πεδι', 'lauk', 'qasam', 'vali', 'rubrik'];
const QUALIFIER_STEMS: readonly string[] = ['polecaj', 'zaprosz', 'promocyj', 'rabatow', 'znizkow', 'προσκλησ', 'παραπομπ', 'προσφορ', 'atreoraith', 'referenz', 'doporucuj', 'odporuc', 'ajanl', 'meghiv',
  // "il codice refferal X", "code referal X": referral as people misspell it.
  'referal', 'refferal', 'refferral', 'reffer',
  // The field itself, named before the code: never the code.
  ...FIELD_STEMS,
  // "davet kodu olarak X" (Turkish "as"), "Einladungscode (optional)": words about the field, not in it.
  'olarak', 'optional', 'optionnel', 'opcional', 'facoltativ', 'opzional', 'optioneel', 'opcjonaln', 'valfri', 'valgfri', 'valinnai', 'valikuli', 'nepovinn',
  'opcional', 'optiona', 'neobavez', 'izbirn', 'προαιρετικ', 'neobligat', 'neprivalom'];

/** Stems by their first character, so a word is compared with the few stems it may start with (stemsStart). */
function stemsByFirst(stems: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const q of stems) {
    const list = out.get(q.charAt(0));
    if (list) list.push(q);
    else out.set(q.charAt(0), [q]);
  }
  return out;
}
/** `key` starts with one of the stems grouped by stemsByFirst. */
function stemsStart(byFirst: ReadonlyMap<string, readonly string[]>, key: string): boolean {
  const list = byFirst.get(key.charAt(0));
  return list !== undefined && list.some((q) => key.startsWith(q));
}
const QUALIFIER_STEMS_BY_FIRST = stemsByFirst(QUALIFIER_STEMS);
const FIELD_STEMS_BY_FIRST = stemsByFirst(FIELD_STEMS);

/** Every word of the code vocabulary: "kod zaproszenia", "code parrain" are qualifiers, never the code. */
/** One-word code phrases ("invitationskode", "Empfehlungscode"): a code word too, where a rule wants one. */
const CODE_COMPOUND_KEYS: ReadonlySet<string> = new Set(
  Object.values(CODE_PHRASES).flat().filter((p) => !/[\s:*=#-]/.test(p)).map(fold),
);
const HANDLE_KEYS: ReadonlySet<string> = new Set(HANDLE_WORDS.map(fold));
const CODE_VOCABULARY: ReadonlySet<string> = new Set(
  [...Object.values(CODE_PHRASES).flat(), ...BARE_CODE_WORDS, ...CODE_WORD_FORMS].flatMap((p) => p.replace(/[=:*#]/g, '').split(/[\s-]+/)).map(fold).concat([...HANDLE_KEYS]),
);
/** A user name as exchanges take it: letters, digits, underscores and dots, at least four. */
const HANDLE_SHAPE = /^[\p{L}\p{N}_.]{4,30}$/u;
/** How far behind the handle word its colon may stand ("my handle in the referral box, no @: x"). */
const HANDLE_COLON_REACH = 48;

/** "SMS-a", "KYC-n", "API-t": an acronym with a case ending, as Polish, Finnish and Hungarian write them; never a code. */
const INFLECTED_ACRONYM = /^\p{Lu}{2,6}-\p{Ll}{1,4}$/u;

/** A dictionary word may be a code only in a code slot; it must not be a function word or code vocabulary. */
/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai): a "word" there is a clause ("による動的...について
 * 書きました" after "Claude Code skills"), never a code. Hangul beside them: no code of an EU post is written in it.
 */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Hangul}]/u;

export function isPlainCode(v: string): boolean {
  if (!PLAIN_SHAPE.test(v) || !/\p{L}/u.test(v) || UNSPACED_SCRIPT.test(v) || CODE_STOPWORDS.has(v.toUpperCase()) || INFLECTED_ACRONYM.test(v) || CLITIC.test(v)) return false;
  const k = fold(v);
  // A possessive ("vpiši mojo kodo X": "my") is never the code.
  return !FUNCTION_WORDS.has(k) && !CODE_VOCABULARY.has(k) && !ENTER_KEYS.has(k) && !FILLERS.has(k) && !MALTESE_ARTICLE.test(v) && !SIGN_UP_STEM.test(k) && !STATUS_WORDS.has(k) &&
    !POSSESSIVE_KEYS.has(k) && !AT_THE_END.has(k);
}

/**
 * A word of one or two letters joined to another by a hyphen: Romanian clitics ("s-a", "l-am", "într-un") and the
 * Maltese article assimilated to its noun ("t-tajjeb", "d-data"). Lower case only: "T-1000" or "VIP-B" may be codes.
 */
const CLITIC = /^(?:(?:s|l|i|m|v|n|ne|te|le|mi|ți|ţi|ti|și|şi|si)-(?:a|au|am|ai|ați|aţi|ar|o|i|e|l|le|un)|(?:într|dintr|printr|intr)-(?:un|o)|(?:t|d|n|r|s|x|z|ż|ċ)-\p{Ll}{2,})$/u;
/**
 * What an app says of a code, quoted in a question or a complaint ("„érvénytelen” üzenetet ad", "bende "süresi dolmuş"
 * yazıyor", "viene "sostituito""): the single words of the expiry cues, and invalid and replaced. Folded.
 */
/**
 * "at the end" written as one word ("nuoroda su ilgu kodu gale", "линк с дълъг код накрая", "koodi lopussa"): where a code
 * sits in a link someone describes, never the code. Folded.
 */
const AT_THE_END: ReadonlySet<string> = new Set(['gale', 'накрая', 'lopussa', 'lopuksi', 'lõpus', 'beigās', 'végén', 'pabaigoje', 'nakonec', 'накрай'].map(fold));
const STATUS_WORDS: ReadonlySet<string> = new Set([
  ...EXPIRY_CUES.filter((c) => !c.includes(' ')).map((c) => fold(c.replace(/\*$/u, ''))),
  ...['invalid', 'invalide', 'invalido', 'ungultig', 'ongeldig', 'niewazny', 'neplatny', 'ervenytelen', 'nevalid', 'nevazeci', 'neveljavna', 'ugyldig', 'ogiltig',
    'virheellinen', 'kehtetu', 'nederigs', 'negaliojantis', 'невалиден', 'ακυρος', 'gecersiz', 'suresi', 'dolmus', 'sostituito', 'replaced', 'ersetzt', 'remplace',
    'reemplazado', 'substituido', 'vervangen', 'zastapiony', 'nahrazen', 'lejart', 'expirat', 'skadut', 'invalidu', 'neamhbhaili'].map(fold),
]);

const FILLERS: ReadonlySet<string> = new Set(FILLER_WORDS.map(fold));
/** Sign-up words ("Unesite ga kod registracije": "kod" is "at" there) are never the code. Folded. */
/**
 * The word at `start` opens a template's placeholder: right after "<" or "{" (HTML-like and mustache slots), or after "["
 * when the bracket holds several words or an underscore ("[YOUR CODE]", "[YOUR_LINK]"; "[SAUNA24]" may be a code).
 */
function inPlaceholder(text: string, start: number): boolean {
  const before = text.charAt(start - 1);
  if (before === '<' || before === '{') return true;
  if (before !== '[') return false;
  const close = text.indexOf(']', start);
  const inside = close < 0 ? '' : text.slice(start, close);
  return close >= 0 && close - start <= 40 && !inside.includes('\n') && /[\s_]/u.test(inside);
}

/** A line opening (after emoji or bullets) with a word, "=", then a percentage or an amount: "PIXEL15 = 20% off". */
const CODE_EQUALS_DEAL = /(?:^|\n)[^\p{L}\p{N}\n]*([\p{L}\p{N}][\p{L}\p{N}_-]{2,24})[ \t]*=[ \t]*(?:[-−]?\d+(?:[.,]\d+)?[ \t]*%|[€$£]?[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:€|\$|USDT|USDC|USD|EUR)(?![\p{L}]))/gu;

/**
 * A code word with the possessive written onto it: Hungarian "meghívókódom" (my invite code), "kódunk", Finnish
 * "koodini", Turkish "kodum". Folded keys. Not the bare "kódom": Slovak writes it for "with the code".
 */
const OWN_CODE_WORD = /(?:.kodom|kodomat|kodommal|kodunk|kodunkat|koodini|koodimme|kodum|kodumu|kodumla|kodumuz)$/u;

/** "referred by", "referrer", "referral": the field of the person who invited the reader. Folded. */
const REFERRED_STEM = /^referr/u;
const SIGN_UP_STEM = /^(?:regist|regisztr|rejestr|inscri|anmeld|iscri|aanmeld|zaregistr|inregistr|rekister|εγγραφ|регистр|signup|sign-up)/u;
/** Tagalog "code ko na X" (my code, linker, the code). Folded. */
const TAGALOG_POSSESSIVES: ReadonlySet<string> = new Set(['ko', 'namin', 'natin', 'niyo', 'nyo', 'mo']);
/** Maltese writes the article or a preposition onto the noun ("tal-Wi-Fi", "tal-OKX", "il-kodiċi"): a noun phrase, never a code. */
const MALTESE_ARTICLE = /^(?:il|l|is|it|id|ix|iż|iċ|in|ir|iz|tal|tas|tad|tat|taż|tan|tar|tax|taċ|għall|għal|għar|għas|għat|għad|għan|għaż|għax|għaċ|bil|bir|bis|bit|fil|fir|fis|fit|mill|mir|mis|mit|lill|lir|lis|lit|mal|mar|sal|sar)-\S/iu;

/** Value: how many chunks after the phrase may hold the code (bare "code" only looks at the next one). */
const codePhrases = new PhraseMatcher<number>();
for (const phrases of Object.values(CODE_PHRASES)) for (const p of phrases) codePhrases.add(p, MAX_CODE_CHUNKS);
for (const w of [...BARE_CODE_WORDS, ...CODE_WORD_FORMS]) codePhrases.add(w, 1);
for (const w of NEW_CODE_PHRASES) codePhrases.add(w, 1);

/** Code-shaped with a digit or five capitals: what a code given without a code word must look like ("enter SAUNA24"). */
function looksIssued(v: string): boolean {
  return isCodeLike(v) && (shapeDigits > 0 || shapeCapitals >= 5);
}

/** One or two small letters, then capitals only: "bgZOSIA". */
const SMALL_PREFIX_CAPITALS = /^[a-z]{1,2}[A-Z]{4,}$/;

/** "55m", "2h", "3d", "1w": a post's age in a thread header, or a duration. */
const AGE = /^\d{1,3}(?:s|m|h|d|w|y|min|mins|hr|hrs|mo)$/iu;

/**
 * The digits and capitals of the last word isCodeLike counted (a second result, without an object per call): every
 * word it accepts was counted, so looksIssued reads them right after it.
 */
let shapeDigits = 0;
let shapeCapitals = 0;

/** Code shape, and either a digit or all capitals; pure numbers need 5+ digits (numeric referral ids), so "code for 100 USDT" is no code. */
export function isCodeLike(v: string): boolean {
  if (!CODE_SHAPE.test(v)) return false;
  // The shape is ASCII letters, digits, "_" and "-": one pass counts what the tests below ask, instead of regular
  // expressions and copies of the word.
  let digits = 0;
  let capitals = 0;
  let small = 0;
  let underscore = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 65 && c <= 90) capitals++;
    else if (c >= 97 && c <= 122) small++;
    else if (c === 95) underscore = true;
  }
  // A small letter and neither a digit nor an underscore: the tests below all need one of those or all capitals, so
  // most words of a text are turned down here, before the set and the regular expressions.
  // ... or the firm's prefix in small letters before capitals ("bgZOSIA", "rKRISTAPS"), as some referral dashboards issue them.
  const prefixed = small > 0 && small <= 2 && digits === 0 && !underscore && capitals >= 4 && SMALL_PREFIX_CAPITALS.test(v);
  if (small > 0 && digits === 0 && !underscore && !prefixed) return false;
  if (CODE_STOPWORDS.has(v.toUpperCase()) || AGE.test(v) || INFLECTED_ACRONYM.test(v)) return false;
  shapeDigits = digits;
  shapeCapitals = capitals;
  if (digits === v.length) return digits >= 5;
  // "sofi_trades", "athens_q": an underscore joins words into a made-up name, as codes and handles are.
  if (underscore && /[A-Za-z]_|_[A-Za-z]/.test(v)) return true;
  if (digits > 0) return true;
  // All capitals, three or more (isAllCaps on these characters: a letter, and no small one).
  return prefixed || (small === 0 && capitals >= 3);
}

/** The first code-like chunk after `pos`, searched within a few chunks of the same sentence. */
export interface CodeSlot {
  /** The phrase names a code outright ("promo code", "Empfehlungscode"): the next word may be a plain-word code. */
  strong?: boolean;
  /** Character ranges to step over without ending the slot (firm names: "code promo Bybit : x"). */
  skip?: ReadonlyArray<{ from: number; to: number }>;
  /** Bare "code": a code-shaped first word, a made-up word ("mexc-luna") right after it, or any code behind a colon. */
  bare?: boolean;
  /** A possessive before the phrase ("my code – x"): a dash then introduces the code, not a definition. */
  owned?: boolean;
  /** A firm right before the code word ("bitget kod je marija"): after a copula a plain word closing its clause is the code. */
  named?: boolean;
  /** The code word in its "with" case ("koodilla", "kodem", "kóddal"): a plain word right after it that closes its clause is the code. */
  instrumental?: boolean;
}

/** The sentence going on from `pos` is a question ("x'kodiċi nuża fuq bitget?"): it asks for a code, it gives none. */
function asksAfter(text: string, pos: number): boolean {
  const rest = /^[^.!?\n]*[.!?\n]?/u.exec(text.slice(pos, pos + 200))![0];
  return rest.endsWith('?');
}

/** "on <firm>" right after `end`: a preposition, then a word inside one of the firm ranges. */
function firmAfter(text: string, end: number, firms: ReadonlyArray<{ from: number; to: number }> | undefined): boolean {
  if (!firms?.length) return false;
  const m = /^\s+(\S+)\s/u.exec(text.slice(end, end + 24));
  if (!m || !ON.has(fold(trimPunct(m[1]!).value))) return false;
  // The firm's domain is blanked in the masked text ("na XT.COM" reads "na       "): its range starts in the spaces.
  const after = end + m[0].length - 1;
  return firms.some((r) => r.from >= after && r.from <= after + 2);
}

/** How far after the code a firm may still be named for "the code is x – works on BingX". */
const FIRM_LATER_REACH = 48;
/** A firm named after `end` in the same sentence ("Koden är nilsbtc – gäller på BingX"): it tells whose code it is. */
function firmLaterInSentence(text: string, end: number, firms: ReadonlyArray<{ from: number; to: number }> | undefined): boolean {
  if (!firms?.length) return false;
  const stop = /[.!?\n]/u.exec(text.slice(end, end + FIRM_LATER_REACH));
  const limit = end + (stop ? stop.index : FIRM_LATER_REACH);
  return firms.some((r) => r.from >= end && r.from < limit);
}

/** What a code is said to be ("the OKX code is expired"), and "new"/"old": never the code after "<firm> code is". */
const PREDICATES: ReadonlySet<string> = new Set(CODE_PREDICATES.map(fold));
/** The word ending at `end` closes its clause: punctuation, a bracket, a dash, an emoji, a line end or the text's end. */
function closesClause(text: string, end: number): boolean {
  return /^[*_`'"»“”]*\s*(?:$|[.,;:!?…([–—→➡👉-]|\p{Extended_Pictographic}|\n)/u.test(text.slice(end, end + 8));
}
/** "mine" standing for "my code" ("use mine X", "moj je X", "der meine: X"). Folded. */
const MINE_WORDS: ReadonlySet<string> = new Set(['mine', 'meiner', 'meins', 'meine', 'mien', 'mienne', 'mio', 'mia', 'meu', 'minha', 'mijne', 'moj', 'moje', 'moja',
  'mój', 'minun', 'minu', 'mano', 'manējais', 'manejais', 'enyém', 'enyem', 'mina', 'μου', 'моят', 'моя']);
/** A reply's speaker: an @handle (dots, underscores) and a colon heading the line. */
const REPLY_SPEAKER = /^\s*(?:[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s*)?@[\p{L}\p{N}._-]{2,40}:\s/u;
/** How many words into the reply to a question a code that looks issued is still its answer. */
const ANSWER_REACH = 9;
/** A template's placeholder left in an ad: {{promo_code}}, {code}, %CODE%, <code>, [CODE]. */
const ON: ReadonlySet<string> = new Set(ON_WORDS.map(fold));
const INSTRUMENTAL: ReadonlySet<string> = new Set(INSTRUMENTAL_CODE_WORDS.map(fold));
const PLACEHOLDER = /^[(«"']*(?:\{\{?[^{}\s]+\}\}?|%[A-Za-z_]+%|<[A-Za-z_]+>|\[[A-Z_]+\])[.,;:!?)»"']*$/u;
/** "MEXC code: 0511 (my birthday)": four digits behind a colon are a code unless they read as a year. */
const FOUR_DIGITS = /^(?!19|20)\d{4}$/;
/** Currencies and units after a number: it is an amount, not a code. Folded. */
const UNITS: ReadonlySet<string> = new Set([...CURRENCY_WORDS, 'coins', 'tokens', 'points', 'punkte', 'points', 'pts', 'x', 'percent', 'prozent', 'procent', 'people', 'users'].map(fold));

type CodeHit = { code: string; start: number; end: number };

export function codeAfter(text: string, pos: number, maxChunks = MAX_CODE_CHUNKS, slot: CodeSlot = {}): { code: string; start: number; end: number } | null {
  let i = pos;
  let chunks = 0;
  let seen = 0;
  // The code slot: the first word after the phrase (a strong one), after a colon or arrow, or in quotes.
  let inSlot = slot.strong === true;
  let qualified = false;
  let quoteOpen = false;
  let afterCopula = false;
  let firmSeen = false;
  /** The chunk number of the copula, so that only the word right after it is taken as a named plain code. */
  let copulaAt = -1;
  if (INTRODUCERS.test(text.slice(Math.max(0, pos - 2), pos))) inSlot = true;
  while (chunks < maxChunks && seen++ < MAX_CODE_CHUNKS * 3 && i < text.length) {
    let sawNewline = false;
    while (i < text.length && spaceAt(text, i)) {
      if (text.charAt(i) === '\n') sawNewline = true;
      i++;
    }
    // "Promo code:\nQX2024" is common; a newline after a real word ends the search.
    if (sawNewline && chunks > 0 && !inSlot) return null;
    const start = i;
    while (i < text.length && !spaceAt(text, i) && i - start <= MAX_CHUNK) i++;
    if (i - start > MAX_CHUNK || start === i) return null;
    const raw = text.slice(start, i);
    // "...a separate code\n[08:21] MARTA: yes": a transcript's next speaker; the code word's line gave no code.
    if (speakerTag(text, start, start + trimPunct(raw).value.length)) return null;
    // "Use code {{promo_code}}", "%CODE%", "<code>": an ad template's placeholder fills the slot, no code is given.
    if (PLACEHOLDER.test(raw)) return null;
    const trimmed = withoutCaseEnding(trimPunct(raw));
    // "el código 🔁 BINGXCARLOS", "code 🎁 X": an emoji between the code word and the code holds no word.
    if (EMOJI_ONLY.test(trimmed.value) && !INTRODUCERS.test(raw)) continue;
    if (!trimmed.value) {
      // a lone ":" or "→" does not count as a word, but opens the slot; a lone "." ends the sentence
      if (SENTENCE_END.test(raw)) return null;
      if (INTRODUCERS.test(raw)) inSlot = true;
      // French « mouette »; a quote glued to the word before closes it ("\"exclusive codes\" shared").
      if (OPEN_QUOTES.has(raw.charAt(raw.length - 1)) && (start === 0 || spaceAt(text, start - 1))) quoteOpen = true;
      continue;
    }
    const found = { code: trimmed.value, start: start + trimmed.offset, end: start + trimmed.offset + trimmed.value.length };
    if (slot.skip?.some((r) => found.start >= r.from && (found.end <= r.to || (found.start < r.to && inflectedName(text, r.to, found.end))))) {
      // a firm name between phrase and code ("Bybit promo code", "code promo Bybit : x") keeps the slot
      if (INTRODUCERS.test(raw)) inSlot = true;
      firmSeen = true;
      continue;
    }
    const key = fold(trimmed.value);
    // "code ko na PINOY88": a Tagalog possessive and its linker.
    if (chunks === 0 && TAGALOG_POSSESSIVES.has(key) && nextWordKey(text, i) === 'na') {
      while (i < text.length && spaceAt(text, i)) i++;
      while (i < text.length && !spaceAt(text, i)) i++;
      continue;
    }
    // «βάλτε τον κωδικό μου», σχεδόν ...: the quotation holding the phrase closes here, and the slot with it.
    // Not the first word behind a colon: „Code: KAI_BNB“ quotes the label and its code together (a story's text).
    if (!quoteOpen && !(inSlot && chunks === 0 && isCodeLike(trimmed.value)) && trimmed.offset === 0 && CLOSE_QUOTES.has(raw.charAt(trimmed.value.length))) return null;
    // "my code is my UID: 83011462", "moja koda kar moj UID, 77140952": where the firm's referral code is the user ID,
    // the ID's name is no code and keeps the slot for the number.
    if (USER_ID_LABELS.has(key) && chunks <= 2) {
      if (INTRODUCERS.test(raw) || /[,:：]$/u.test(raw)) inSlot = true;
      continue;
    }
    // "κωδικό μου «eleni»": a possessive after the code word is no code and keeps the slot.
    if (POSSESSIVE_KEYS.has(key) && chunks === 0) {
      if (INTRODUCERS.test(raw)) inSlot = true;
      continue;
    }
    // "Code für euch: X": step over "for you" as a whole.
    if (FOR_WORDS.has(key) && !INTRODUCERS.test(raw) && YOU_WORDS.has(nextWordKey(text, i))) {
      while (i < text.length && spaceAt(text, i)) i++;
      const youStart = i;
      while (i < text.length && !spaceAt(text, i) && i - youStart <= MAX_CHUNK) i++;
      if (INTRODUCERS.test(text.slice(youStart, i))) inSlot = true;
      continue;
    }
    // "Bybit code for the Irish crowd is PADDYB": a "for" phrase, then a copula; only a code-shaped word may follow.
    // "o código que uso é X", "il codice che uso è X": a short relative clause before the copula, the same way.
    if (chunks === 0 && (FOR_WORDS.has(key) || RELATIVES.has(key)) && !INTRODUCERS.test(raw)) {
      const past = copulaAhead(text, i);
      if (past > 0) {
        i = past;
        afterCopula = true;
        copulaAt = chunks;
        continue;
      }
    }
    // "a kód az OKX-hez X", "the code on the Bybit app": an article belongs to the firm name it stands before.
    if (FIRM_ARTICLES.has(key) && raw === trimmed.value && slot.skip && nextChunkIsName(text, i, slot.skip)) continue;
    // "kodem polecającym X", "κωδικό πρόσκλησης X": a qualifier of the code word keeps the slot open.
    if (CODE_VOCABULARY.has(key) || stemsStart(QUALIFIER_STEMS_BY_FIRST, key)) {
      if (INTRODUCERS.test(raw)) inSlot = true;
      qualified = true;
      continue;
    }
    // "Kod pri registraciji X", "Код при регистрации X", "Code bei der Anmeldung X": when the code goes in, said between
    // the code word and the code, qualifies it; a made-up word must follow (not "... gives a discount").
    if (chunks === 0 && AT_WORDS.has(key) && raw === trimmed.value) {
      const past = signUpAhead(text, i);
      if (past > 0) {
        i = past;
        qualified = true;
        // "kód pri registrácii: tatry": a colon behind the sign-up word opens the slot as behind the code word.
        if (INTRODUCERS.test(text.slice(Math.max(0, past - 2), past))) inSlot = true;
        continue;
      }
    }
    // "A kód tehát X", "the code, again: X", "le code donc X": a discourse particle right after the code word holds no code.
    if (chunks === 0 && DISCOURSE.has(key)) continue;
    // "ist jetzt X", "ist immer noch X": time words after the copula do not use up the look-ahead.
    if (afterCopula && (NOW_WORDS.has(key) || STILL_WORDS.has(key))) continue;
    chunks++;
    // Past the first word a bare code word still takes a quoted word ("Code lautet „steffi“") or a
    // code-shaped one after a copula ("kód je matus77").
    const quotedHere = OPEN_QUOTES.has(raw.charAt(0)) && trimmed.offset > 0;
    // "koden til BitMart er NORDLYS": a copula as the second word still leads to a code-shaped one.
    if (COPULAS.has(key) && chunks === 2 && !SENTENCE_END.test(raw)) {
      inSlot = false;
      afterCopula = true;
      copulaAt = chunks;
      continue;
    }
    // "bitget kod je marija 😅", "el código de mexc es paella, en serio", "koden är nilsbtc – gäller på BingX": the
    // firm's code word and a copula name a plain word that closes its clause as the code; "the OKX code is expired."
    // does not (PREDICATES).
    if (afterCopula && chunks === copulaAt + 1 && (slot.named || firmSeen || (firmLaterInSentence(text, found.end, slot.skip) && !/^\s*:/u.test(text.slice(found.end)))) && !NOW_WORDS.has(key) && !STILL_WORDS.has(key) && !PREDICATES.has(key) && !NEW_WORDS.has(key) && !OLD_WORDS.has(key)
      && isPlainCode(trimmed.value) && closesClause(text, found.end)) return found;
    if (slot.bare && chunks > 1 && !inSlot && !quoteOpen && !quotedHere && !(afterCopula && isCodeLike(trimmed.value))) {
      inSlot = INTRODUCERS.test(raw);
      if (SENTENCE_END.test(raw)) return null;
      continue;
    }
    if (isCodeLike(trimmed.value)) {
      // "Mi código de Bit2Me: LAURA2ME": a made-up-looking name before a colon labels the code behind it.
      const label = raw.endsWith(':') ? codeAfter(text, i, 1, {}) : null;
      return label && isCodeLike(label.code) ? label : found;
    }
    // "Rekisteröitymiskoodi 0612 (kyllä ...)", "vpišite kodo 2506 in dobite", "code: 0304 →": four digits in the code's
    // slot, not a year and not an amount ("code 1000 USDT").
    if ((chunks === 1 || (inSlot && INTRODUCERS.test(text.slice(Math.max(0, start - 3), start)))) && FOUR_DIGITS.test(trimmed.value) && !UNITS.has(nextWordKey(text, found.end)) && !/^\s*[%€$£]/u.test(text.slice(found.end, found.end + 2))) return found;
    if (slot.bare && chunks === 1 && /[-_]/.test(trimmed.value) && /\p{L}/u.test(trimmed.value) && isPlainCode(trimmed.value)) return found;
    // "kód leto na XT.COM", "code moon on Qorvex": the firm named right after, with "on"/"at"/"for", tells whose code it is.
    // "saat bonuksen koodilla sauna (linkki biossa)": "with the code" in a case form, then a word closing its clause.
    if (chunks === 1 && isPlainCode(trimmed.value) && !quoteOpen && !asksAfter(text, found.end)
      && (firmAfter(text, found.end, slot.skip) || (slot.instrumental && closesClause(text, found.end) && !/^\s*:/u.test(text.slice(found.end))))) return found;
    // "someone's code for the 'welcome bonus'": a quotation going on past its first word names a thing; a quoted code
    // closes its quotes ("'anna'", „steffi“).
    if (OPEN_QUOTES.has(raw.charAt(0)) && trimmed.offset > 0 && !isCodeLike(trimmed.value) && !closedQuote(raw, trimmed.offset + trimmed.value.length)) {
      quoteOpen = false;
      inSlot = false;
      continue;
    }
    // In quotes, or set off in bold or italics right after the code word ("kods **rigasbalzams**"): the
    // writer marks the word as the code. Not after a copula ("the code is **fast**").
    const quoted = quoteOpen || (OPEN_QUOTES.has(raw.charAt(0)) && trimmed.offset > 0) || (chunks === 1 && EMPHASISED.test(raw));
    quoteOpen = false;
    // Past a qualifier, a bare word must look made-up ("pl-orzel", "mx_it"), not be the next verb ("znajdziesz").
    const lead = text.slice(Math.max(0, start - 3), start);
    // A dash alone also starts a glossary's definition ("referral code – a code you enter ..."): behind it a
    // plain word is a code only in "my code – x".
    const dashOnly = DASH_LEAD.test(lead) && !COLON_LEAD.test(lead) && !slot.owned;
    if (dashOnly && !quoted && !isCodeLike(trimmed.value)) {
      inSlot = false;
      if (SENTENCE_END.test(raw)) return null;
      continue;
    }
    const marked = quoted || INTRODUCERS.test(lead);
    const plainOk = (marked || !qualified || /[-_\d]/.test(trimmed.value)) && !TIME_WORDS.has(key);
    const after = plainOk ? nextWordKey(text, found.end + (raw.length - trimmed.offset - trimmed.value.length)) : '';
    // "code: check bio" is where to look; "code gives you", "Code spart ihr" a verb; past a colon or quote a pronoun may follow.
    const followOk = !NOT_AFTER.has(after) || (marked && !['bio', 'below', 'link', 'description', 'here'].includes(after));
    // "where the code goes:\nCreate account": past a word after the code word, a plain word on the next line is the next
    // line's ("Code:\nsauna" right after the code word, and a code-shaped "goes:\nANNA7", still give codes).
    const nextLine = chunks > 1 && !quoted && /\n[ \t]*$/u.test(text.slice(Math.max(0, start - 8), start));
    if ((inSlot || quoted) && plainOk && followOk && !nextLine && isPlainCode(trimmed.value)) {
      // A word followed at once by a real code is a qualifier we do not know ("Empfehlungscode für euch: X").
      // Not across a sentence or clause end ("kod: kanelbulle. KANELBULLE funkar också" names the same code twice).
      const next = quoted || INTRODUCERS.test(raw) || /[.!?,;]$/u.test(raw) ? null : codeAfter(text, i, 1, {});
      return next && isCodeLike(next.code) ? next : found;
    }
    // "my code is X" may still give a code-shaped X, but "il mio codice è personale" no plain word.
    if (COPULAS.has(key) && chunks === 1) {
      inSlot = false;
      afterCopula = true;
      copulaAt = chunks;
      continue;
    }
    afterCopula = false;
    inSlot = INTRODUCERS.test(raw);
    if (SENTENCE_END.test(raw)) return null;
  }
  return null;
}

/**
 * The firm named closest to the token range [start, end), within FIRM_WINDOW tokens. Of two as close, the one after the
 * code word: "Link Bitpanda: … – codice Bitget: ALEBG23" names the code's firm between the code word and the code.
 */
function nearestFirm(hits: readonly FirmHit[], start: number, end: number, beforeCode?: (h: FirmHit) => boolean): string | null {
  let best: string | null = null;
  let bestDistance = FIRM_WINDOW + 1;
  for (const h of hits) {
    const d = h.end <= start ? start - h.end : h.start >= end ? h.start - end : 0;
    if (d < bestDistance || (d === bestDistance && h.start >= end && beforeCode?.(h))) {
      best = h.firmId;
      bestDistance = d;
    }
  }
  return best;
}

/** Tokens back a code's firm may be named when none is within FIRM_WINDOW of it and the post names several. */
const FAR_FIRM_WINDOW = 40;
/**
 * "… nicht auf Bitstamp oder Bitpanda. Antwort: KuCoin. [two sentences on it] Wer will, registriert sich mit meinem Code
 * ROK_KC": where no firm is named near the code, the last firm named before it, within a paragraph or two, is the one
 * the post recommends. Only firms before the code: one named after it is the next topic.
 */
function recommendedFirm(hits: readonly FirmHit[], start: number): string | null {
  let best: FirmHit | null = null;
  for (const h of hits) if (h.end <= start && start - h.end <= FAR_FIRM_WINDOW && (!best || h.end > best.end)) best = h;
  return best?.firmId ?? null;
}

/** Times a brand's stem must be written with a capital for a label before a code to be that brand (see otherBrandLabel). */
const BRAND_MENTIONS = 3;
const BRAND_STEM = 4;

/**
 * "Zonda czy Binance? … Kod do Zondy: ZONDAMAX", "Bit2Me vs Binance … código de Bit2Me: LAURA2ME": the code is labelled
 * with a name the catalogue does not know, and the post keeps naming it, so the code is that brand's and none of the
 * catalogue firms the post compares it with. The label is the word right before a colon in front of the code; a name
 * written once (or a capitalised noun, "für Neukunden:") is not enough.
 */
function otherBrandLabel(masked: string, t: { tokens: readonly Token[] }, codeStart: number, inFirm: (j: number) => boolean, capitalStems: () => ReadonlyMap<string, number>): string | null {
  // The last token ending at or before the code (binary search: a text may hold thousands of codes).
  let lo = 0;
  let hi = t.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t.tokens[mid]!.end <= codeStart) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  const label = t.tokens[k];
  if (!label || label.kind !== 'word' || !/^\s*[:：]\s*$/u.test(masked.slice(label.end, codeStart)) || inFirm(k)) return null;
  if (CODE_WORD_KEYS.has(label.key) || CODE_COMPOUND_KEYS.has(label.key) || !(/^\p{Lu}/u.test(label.text) || /\d/u.test(label.text))) return null;
  const stem = label.key.slice(0, BRAND_STEM);
  if (stem.length < BRAND_STEM) return null;
  return (capitalStems().get(stem) ?? 0) >= BRAND_MENTIONS ? label.text : null;
}

/** How often each four-letter stem is written with a capital, counted once per text for otherBrandLabel. */
function capitalStemCounts(tokens: readonly Token[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const tok of tokens) {
    if (tok.kind !== 'word' || tok.key.length < BRAND_STEM || !/^\p{Lu}/u.test(tok.text)) continue;
    const stem = tok.key.slice(0, BRAND_STEM);
    out.set(stem, (out.get(stem) ?? 0) + 1);
  }
  return out;
}

/**
 * Word classes the rules look up on every token, as bits: one map look-up per token and text instead of a set look-up
 * per token and rule (the rules each scan all tokens for their trigger words, and most texts hold none).
 */
const CODE_WORD = 1;
const PLURAL_CODE_WORD = 2;
const CODE_COMPOUND = 4;
const ENTER_WORD = 8;
const AFTER_CODE_WORD = 16;
const NOT_WORD = 32;
const IRISH_CODE_WORD = 64;
const AS_WORD = 128;
const HANDLE_WORD = 256;
const MINE_WORD = 512;
const KEY_CLASSES: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  const mark = (keys: Iterable<string>, bit: number): void => {
    for (const k of keys) out.set(k, (out.get(k) ?? 0) | bit);
  };
  mark(CODE_WORD_KEYS, CODE_WORD);
  mark(PLURAL_CODE_WORDS, PLURAL_CODE_WORD);
  mark(CODE_COMPOUND_KEYS, CODE_COMPOUND);
  mark(ENTER_KEYS, ENTER_WORD);
  mark(AFTER_CODE, AFTER_CODE_WORD);
  mark(CORRECTING_NOT, NOT_WORD);
  mark(IRISH_CODE_WORDS, IRISH_CODE_WORD);
  mark(AS_WORDS, AS_WORD);
  mark(HANDLE_KEYS, HANDLE_WORD);
  mark(MINE_WORDS, MINE_WORD);
  return out;
})();

/** The KEY_CLASSES bits of each token, and of the text as a whole (their union). */
interface TokenClasses {
  at: Uint16Array;
  any: number;
}

function tokenClasses(tokens: readonly Token[]): TokenClasses {
  const at = new Uint16Array(tokens.length);
  let any = 0;
  for (let k = 0; k < tokens.length; k++) {
    const c = KEY_CLASSES.get(tokens[k]!.key);
    if (c !== undefined) {
      at[k] = c;
      any |= c;
    }
  }
  return { at, any };
}

export function createPromoDetector(catalogue: FirmCatalogue): PromoDetector {
  const firms = createFirmMatcher(catalogue);

  return (input: TextInput, firmIdsInItem: readonly string[], context?: TextContext, sponsors?: readonly NamedSponsor[]): PromoResult => {
    const { text, masked: { text: masked, urls }, t } = prepared(input);
    let hits: FirmHit[] | null = null;
    const single = new Set(firmIdsInItem);
    const fallback = single.size === 1 ? [...single][0]! : null;
    // A warning or a report quotes codes the reader must not use; only the author's own code ("my
    // code X") outside the warning's sentence survives, for the promoter who adds a scam caveat.
    const quoting = context ? context.has('warning') || context.has('report') : false;

    const promoCodes: PromoCode[] = [];
    /** Where each of promoCodes stands in the text (for withoutInflections). */
    const codeStarts: number[] = [];
    const seenCodes = new Set<string>();
    /** codeStarts as a set: a hostile text may give thousands of codes. */
    const startsTaken = new Set<number>();
    const firmHits = (): FirmHit[] => (hits ??= firms(t));
    let stems: Map<string, number> | undefined;
    const inFirm = (j: number): boolean => firmHits().some((h) => j >= h.start && j < h.end);
    let codeTalk: boolean | undefined;
    // Each token's word classes, found in one pass: the rules below test these bits, not the sets.
    const classes = tokenClasses(t.tokens);
    const cls = classes.at;
    /** The first token from `from` on whose word is of one of the classes `bits`, else the token count: rules walk their trigger words only. */
    const nextWith = (bits: number, from: number): number => {
      let k = from;
      while (k < cls.length && (cls[k]! & bits) === 0) k++;
      return k;
    };
    /** The post names a code word somewhere ("code", "Bitget-kode", "kodu"). */
    const speaksOfCodes = (): boolean => (codeTalk ??= (classes.any & (CODE_WORD | CODE_COMPOUND)) !== 0);
    const quotedAt = (tok: Token): boolean => opensQuote(masked, tok.start);
    /**
     * The word alone in quotes: "type 'moon'", not the first word of a quoted title or its possessive ("introduce
     * 'Virginia's Law'"): a closing mark right after it, no letter after that.
     */
    const quotedWord = (tok: Token): boolean =>
      quotedAt(tok) && closedQuote(masked.charAt(tok.start - 1) + masked.charAt(tok.end), 1) && !isLetterOrNumberAt(masked, tok.end + 1);
    /**
     * "SUNSET26 (the old SPRING25 one expired)", "Cod nou: MICI (vechiul IARNA24 a expirat)": an "old" word after the
     * code in its sentence says the expiry is about another code, so this one is the current one.
     */
    const oldAfter = (pos: number): boolean => {
      const end = /[.!?\n]/u.exec(masked.slice(pos))?.index;
      const stop = end === undefined ? masked.length : pos + end;
      // The old one is named right after "old" ("the old SPRING25"), not "the old post".
      return t.tokens.some((tok, k) => tok.start >= pos && tok.start < stop && OLD_WORDS.has(tok.key)
        && t.tokens.slice(k + 1, k + 3).some((x) => x.start < stop && isCodeLike(x.text)));
    };
    /**
     * An expiry cue is about the code nearest before it: "with code LEDGER88 (last month's LEDGER87 has expired)",
     * "Code OLD10 has expired, use NEW20 instead" leave LEDGER88 and NEW20 on offer. Codes listed together ("SCHNEE23
     * und SCHNEE24 sind abgelaufen") expire together: the other code must stand apart, behind a bracket or two words.
     */
    const expiryAboutOther = (c: { code: string; start: number; end: number }): boolean => {
      const cues = context!.findings.filter((f) => f.kind === 'expired' && c.start >= f.from && c.start <= f.to);
      // Another code: the same one named again ("QX25 no longer works, use QX25 in the app only") is not another.
      const issued = (tok: Token): boolean => !tok.hash && !tok.at && looksIssued(tok.text) && tok.text.toLowerCase() !== c.code.toLowerCase();
      return cues.every((f) => {
        if (f.at === undefined) return false;
        if (f.at < c.start) return t.tokens.some((tok) => tok.start >= f.from && tok.end <= f.at! && issued(tok));
        const k = t.tokens.findIndex((tok) => tok.start >= c.end && tok.end <= f.at! && issued(tok));
        if (k < 0) return false;
        const between = t.tokens.filter((tok) => tok.start >= c.end && tok.end <= t.tokens[k]!.start).length;
        return between >= 2 || /[([]/u.test(masked.slice(c.end, t.tokens[k]!.start));
      });
    };
    let othersCode: ((start: number, end: number) => boolean) | null = null;
    let sentenceIdsOnce: Int32Array | null = null;
    /** Sentence ids of the tokens, computed once per text: the checks below run for every code found. */
    const idsOnce = (): Int32Array => (sentenceIdsOnce ??= sentenceIds(t));
    let enterMatches: PhraseMatch<'enter' | 'use' | 'register'>[] | null = null;
    let signUpMatches: PhraseMatch<true>[] | null = null;
    /** The enter-, use- and sign-up verbs, and the sign-up words, found once per text: several rules ask for them. */
    // "J-Pop Boy Group", "e-Type": a verb glued by a hyphen to the word before is part of a compound, no verb; after two
    // hyphens it is a command-line option ("--type x402").
    const enterVerbsIn = (): PhraseMatch<'enter' | 'use' | 'register'>[] => (enterMatches ??= enterVerbs.matchAll(t).filter((v) => !hyphenGlued(v.start)));
    const hyphenGlued = (k: number): boolean => {
      const at = t.tokens[k]!.start;
      if (masked.startsWith('--', at - 2)) return true;
      return k > 0 && t.tokens[k - 1]!.end === at - 1 && /[-‐]/u.test(masked.charAt(at - 1));
    };
    const signUpsIn = (): PhraseMatch<true>[] => (signUpMatches ??= signUp.matchAll(t));
    let remarkMatches: PhraseMatch<true>[] | null = null;
    /** Remarks on how to write a code ("small letters"), found once: two rules read them. */
    const remarksIn = (): PhraseMatch<true>[] => (remarkMatches ??= caseRemarks.matchAll(t));
    let enterSentences: Set<number> | null = null;
    /** The sentence of token `k` holds an enter-, use- or sign-up verb. */
    const tellsToEnter = (k: number): boolean => {
      const ids = idsOnce();
      enterSentences ??= new Set(enterVerbsIn().map((v) => ids[v.start]!));
      return enterSentences.has(ids[k]!);
    };
    /**
     * The sentence of token `k` is a question holding "still" and "works" or "valid" ("radi li još ...?"). Only a
     * question of ordinary length (QUESTION_REACH words each side): a hostile text may be one endless sentence.
     */
    const asksIfStillValid = (k: number): boolean => {
      const ids = idsOnce();
      let end = k;
      while (end + 1 < t.tokens.length && ids[end + 1] === ids[k] && end - k < QUESTION_REACH) end++;
      if (end + 1 < t.tokens.length && ids[end + 1] === ids[k]) return false;
      if (!questionAt(masked, t.tokens[end]!.end)) return false;
      let begin = k;
      while (begin > 0 && ids[begin - 1] === ids[k] && k - begin < QUESTION_REACH) begin--;
      const words = t.tokens.slice(begin, end + 1);
      return words.some((x) => STILL_WORDS.has(x.key)) && validWords.matchAll({ ...t, tokens: words }).length > 0;
    };
    /** One code found between tokens [start, end) of its phrase; the snippet quotes from `from`. */
    /** `fresh`: the phrase says the code is new ("mein neuer Code ist X, der alte ist abgelaufen"). */
    /**
     * The word at pos is set against the right one by "not": ", ne MILOS-BG", ", ní KCAOIF", "it's NOT "GREGPX"" (the
     * "not" after a comma or dash, in capitals, or the word quoted): a spelling corrected away.
     */
    const correctedAway = (pos: number): boolean => {
      const k = tokenAtOrAfter(t, pos);
      const not = t.tokens[k - 1];
      if (!not || t.tokens[k]?.breakBefore || !CORRECTING_NOT.has(not.key)) return false;
      const gap = masked.slice(not.end, pos);
      if (!/^[\s"'“”„«»‘’]*$/u.test(gap)) return false;
      return /[,–—-]\s*$/u.test(masked.slice(Math.max(0, not.start - 3), not.start)) || (isAllCaps(not.text) && not.text.length > 1) || QUOTE_MARK.test(gap);
    };
    /** "old" right before the token at k, or before its article ("vana kood", "the old code"). */
    const markedOld = (k: number): boolean =>
      OLD_WORDS.has(t.tokens[k - 1]?.key ?? '') || (ARTICLES.has(t.tokens[k - 1]?.key ?? '') && OLD_WORDS.has(t.tokens[k - 2]?.key ?? ''));
    let domainHits: FirmHit[] | null = null;
    /**
     * The firms a code may belong to: the named ones and the firms named by a bare domain ("Crypto.com won on cashback",
     * masked as a link, so no name hit), as empty ranges where the domain stands. Those in the code's own sentence
     * when there are any: "Voor futures gebruik ik Bybit, en daar kun je mijn code X gebruiken. Kraken heb ik opgezegd."
     */
    const ownersOf = (pos: number): FirmHit[] => {
      domainHits ??= urls.flatMap((u): FirmHit[] => {
        const owner = u.host && BARE_DOMAIN.test(text.slice(u.start, u.end)) ? catalogue.byHost(u.host) : undefined;
        if (!owner) return [];
        const k = tokenAtOrAfter(t, u.end);
        const at = k < 0 ? t.tokens.length : k;
        return [{ firmId: owner.firm.id, via: 'text', start: at, end: at }];
      });
      const all = domainHits.length ? [...firmHits(), ...domainHits] : firmHits();
      if (all.length < 2) return all;
      const ids = idsOnce();
      const k = tokenAtOrAfter(t, pos);
      if (k < 0) return all;
      const same = all.filter((h) => ids[Math.min(h.start, t.tokens.length - 1)] === ids[k] && (h.start < h.end || h.start <= k));
      return same.length ? same : all;
    };
    const add = (c: { code: string; start: number; end: number }, start: number, end: number, from: number, fresh = false): void => {
      // A place a rule already took is never taken again (checked last below too): the checks between only ever return.
      if (startsTaken.has(c.start)) return;
      // "Kirjoita ”KOODI”, niin lähetän ohjeet": the code word itself, or a word the reader is to send, is no code.
      if (CODE_WORD_KEYS.has(fold(c.code)) || sentKeyword(t, masked, c.start)) return;
      // "vana kood EESTIB enam ei tööta", "the old code X", "el código ~~PABLOBN~~ ya no vale": a code named old, or
      // struck through, is the one replaced.
      if (markedOld(start) || (masked.slice(Math.max(0, c.start - 2), c.start) === '~~' && masked.startsWith('~~', c.end))) return;
      // "it's NOT "GREGPX"", "ní KCAOIF", "ne MILOS-BG": the wrong spelling a correction names. ("X instead of Y" goes both
      // ways: "I wrote X instead of Y", "use Y instead of X"; withoutReplacedByRepeated decides it after the rules.)
      if (correctedAway(c.start)) return;
      if (!fresh && context?.inSentence('expired', c.start) && !oldAfter(c.end) && !expiryAboutOther(c)) return;
      // A code in a message someone sent the author, quoted ("Someone DMed me "use code X""): the sender's.
      if (inReportedMessage(masked, c.start, c.end)) return;
      // "fuq Bitrue fl-10:00 UTC": a word the clock time's minutes follow is an hour, no code.
      if (/^:\d\d(?!\d)/u.test(masked.slice(c.end, c.end + 4))) return;
      // A template's slot left unfilled ("Kód pro tebe: <VLOŽIT KÓD>", "{{code}}", "[YOUR CODE]"): no code yet.
      if (inPlaceholder(masked, c.start)) return;
      // An explainer's example in quotes ('Se un creator scrive "usate il codice MARIO10"') is no offer.
      if (context?.has('explainer') && CLOSE_QUOTES.has(masked.charAt(c.end))) return;
      const own = t.tokens.slice(Math.max(0, start - 1), end).some((tok) => OWNER_KEYS.has(tok.key) || OWN_CODE_WORD.test(tok.key));
      // "Egy influenszer arra biztatja követőit, hogy a DUNA50 kódot használják", "Exemple fictif : un code PRENOM2024": someone
      // else's code, or a made-up one.
      if (!own && context?.aboutOthers(c.start)) return;
      // A friend's code the author once used, his or her code in a post about them: not offered, unless the sentence
      // tells the reader to enter or use it.
      if (!own && (othersCode ??= othersCodeIn(t))(start, end) && !tellsToEnter(start)) return;
      // "Does anyone know if that code X still works?": a question about a code someone else gave out.
      if (!own && asksIfStillValid(start)) return;
      // A new code named to replace an old one ("the new one is X") is the author's own too.
      if (quoting) {
        if (!(own || fresh) || context!.inSentence('warning', c.start) || context!.inSentence('report', c.start)) return;
      }
      const brand =
        otherBrandLabel(masked, t, c.start, inFirm, () => (stems ??= capitalStemCounts(t.tokens))) ??
        (sponsors?.length ? sponsorOfCode(sponsors, c.start, t, firmHits()) : null);
      const firmId = brand ? null : nearestFirm(ownersOf(c.start), start, end, (h) => (t.tokens[h.end - 1]?.end ?? 0) <= c.start) ?? fallback ?? recommendedFirm(firmHits(), start);
      const key = `${c.code}\u0000${firmId}`;
      // One place in the text is one code of one firm, whichever rule reaches it first (rules see different spans
      // around it, so their nearest firms may differ).
      if (seenCodes.has(key) || startsTaken.has(c.start)) return;
      startsTaken.add(c.start);
      seenCodes.add(key);
      const found: PromoCode = { code: c.code, firmId, context: snippet(text, from, c.end, CONTEXT_CHARS) };
      if (brand) found.brand = brand;
      promoCodes.push(found);
      codeStarts.push(c.start);
    };

    // Hungarian, Finnish and Estonian also write the code first: "a HUBULL kóddal", "NORDBULL-koodilla".
    /** Where the code stands before the code word at k: right before it, or before a qualifier ("ANADOLU35 referans kodunu"). */
    const codeBeforeAt = (k: number): number => {
      const q = t.tokens[k - 1];
      if (q && k >= 2 && !t.tokens[k]!.breakBefore && !q.breakBefore && CODE_VOCABULARY.has(q.key) && !CODE_WORD_KEYS.has(q.key) && AFTER_CODE.has(t.tokens[k]!.key)) return k - 2;
      return k - 1;
    };
    /** An enter-verb at most three words before token p, the words between a verb particle ("be") or an article. */
    const enteredBefore = (p: number): boolean => {
      for (let j = p - 1; j >= 0 && j >= p - 3; j--) {
        const tok = t.tokens[j]!;
        if (t.tokens[j + 1]!.breakBefore) return false;
        // An enter-verb proper: "with" ("med någons kod", someone's code) and use-verbs do not put a word in a field.
        if (ENTER_ONLY_KEYS.has(tok.key)) return true;
        if (!ARTICLES.has(tok.key) && !VERB_PARTICLES.has(tok.key)) return false;
      }
      return false;
    };
    const codeBefore = (k: number): boolean => {
      // Only after a code word: the test of "after" below fails on any other word (a bit test instead of the rest).
      if ((cls[k]! & (AFTER_CODE_WORD | CODE_WORD | CODE_COMPOUND)) === 0) return false;
      const word = t.tokens[k]!;
      const p = codeBeforeAt(k);
      const prev = t.tokens[p];
      if (!prev || word.breakBefore) return false;
      // Languages that put the code first take any code-shaped word; elsewhere "the SPRATS code", "ar SPRATS kodu",
      // "mit dem BLITZ50-Code" need one that looks issued (a digit or five capitals).
      // "írjátok be a lenmiban kódot": a plain word too, right after an enter-verb (its particle and an article between).
      const after = AFTER_CODE.has(word.key)
        ? isCodeLike(prev.text) || (enteredBefore(p) && isPlainCode(prev.text))
        : (CODE_WORD_KEYS.has(word.key) || CODE_COMPOUND_KEYS.has(word.key)) && looksIssued(prev.text);
      if (!after || prev.hash || prev.at || !CODE_WORD_GAP.test(masked.slice(prev.end, t.tokens[p + 1]!.start))) return false;
      // "NOVI KOD ZA OKX: X", "STARI KOD": "new" and "old" before the code word, in capitals, are no code.
      if (NEW_WORDS.has(prev.key) || OLD_WORDS.has(prev.key)) return false;
      return !firmHits().some((h) => p >= h.start && p < h.end); // "OKX-koodi" names the firm, not a code
    };
    const CODE_BEFORE_WORDS = AFTER_CODE_WORD | CODE_WORD | CODE_COMPOUND;
    for (let k = nextWith(CODE_BEFORE_WORDS, 1); k < t.tokens.length; k = nextWith(CODE_BEFORE_WORDS, k + 1)) {
      if (!codeBefore(k)) continue;
      const p = codeBeforeAt(k);
      const prev = t.tokens[p]!;
      add({ code: prev.text, start: prev.start, end: prev.end }, p, k + 1, prev.start);
    }

    // "KRISTJANEE on minu kood", "X is my code", "X ist mein Code", "saunakala 🐟 <- tää on mun bitget koodi",
    // "bryndza 🧀 (to je kód)": the code, a pointer word or not, a copula, up to three words (possessives, the
    // firm, code vocabulary; any words once a possessive is among them), the code word. A code-shaped word is
    // taken after a possessive or a pointer; a plain word only after a pointer and a mark setting it off.
    for (let k = nextWith(CODE_WORD, 2); k < t.tokens.length; k = nextWith(CODE_WORD, k + 1)) {
      for (let copula = k - 1; copula >= 1 && copula >= k - 4; copula--) {
        if (!COPULAS.has(t.tokens[copula]!.key) && !(t.tokens[copula]!.key === 's' && POINTERS.has(t.tokens[copula - 1]!.key))) continue;
        const between = t.tokens.slice(copula + 1, k);
        const owned = between.some((tok) => POSSESSIVE_KEYS.has(tok.key));
        if (!owned && !between.every((tok, n) => inFirm(copula + 1 + n) || CODE_VOCABULARY.has(tok.key) || ARTICLES.has(tok.key))) continue;
        const pointer = POINTERS.has(t.tokens[copula - 1]!.key);
        const at = pointer ? copula - 2 : copula - 1;
        const code = t.tokens[at];
        // "DANSK10 er koden", "QX7 is the code": no possessive or pointer, but a code with a digit.
        const bareOk = !owned && !pointer && code !== undefined && /\d/.test(code.text) && between.every((tok) => ARTICLES.has(tok.key));
        if (!code || (!owned && !pointer && !bareOk) || t.tokens.slice(at + 1, k + 1).some((tok) => tok.breakBefore)) continue;
        if (code.hash || code.at || inFirm(at)) continue;
        const setOff = pointer && SET_OFF.test(masked.slice(code.end, t.tokens[at + 1]!.start));
        if (!isCodeLike(code.text) && !(setOff && isPlainCode(code.text))) continue;
        add({ code: code.text, start: code.start, end: code.end }, at, k + 1, code.start);
        break;
      }
    }

    // A correction without a code word: "It's NOT "GREGPX", it's GREGPHX", "HARBOR9, not HARB0R9": the spelling set
    // against the corrected one by "not" (correctedAway) names the code beside it, when the two differ by a slip of
    // one or two characters (what a typo correction is) and only "it's"/"is"/a comma stand between them.
    // Each token after a "not" (k - 1 is one), from one "not" to the next.
    for (let k = nextWith(NOT_WORD, 0) + 1; k < t.tokens.length; k = nextWith(NOT_WORD, k) + 1) {
      const wrong = t.tokens[k]!;
      if (!looksIssued(wrong.text) || !correctedAway(wrong.start)) continue;
      const not = k - 1;
      const near = (j: number): boolean => {
        const tok = t.tokens[j];
        return !!tok && !tok.hash && !tok.at && !inFirm(j) && tok.text !== wrong.text && looksIssued(tok.text) && slipApart(tok.text, wrong.text);
      };
      const filler = (tok: Token): boolean => COPULAS.has(tok.key) || POINTERS.has(tok.key) || tok.key === 's';
      let right = -1;
      for (let j = k + 1; j <= k + 4 && j < t.tokens.length && right < 0; j++) {
        if (near(j)) right = j;
        else if (!filler(t.tokens[j]!)) break;
      }
      // "HARBOR9, not HARB0R9": the right one just before "not".
      if (right < 0 && near(not - 1)) right = not - 1;
      if (right < 0) continue;
      const tok = t.tokens[right]!;
      add({ code: tok.text, start: tok.start, end: tok.end }, right, right + 1, Math.min(tok.start, wrong.start));
    }

    // Irish puts the copula first: "is é KCAOIFE an cód (ceart)", "'sé X an cód" (X is the (right) code). A code-shaped
    // word between the copula and "an" + the code word.
    for (let k = nextWith(IRISH_CODE_WORD, 3); k < t.tokens.length; k = nextWith(IRISH_CODE_WORD, k + 1)) {
      if (t.tokens[k - 1]!.key !== 'an') continue;
      const code = t.tokens[k - 2]!;
      const copula = t.tokens[k - 3]!.key === 'se' || (t.tokens[k - 3]!.key === 'e' && t.tokens[k - 4]?.key === 'is');
      if (!copula || t.tokens.slice(k - 2, k + 1).some((tok) => tok.breakBefore) || code.hash || code.at || inFirm(k - 2) || !isCodeLike(code.text)) continue;
      add({ code: code.text, start: code.start, end: code.end }, k - 2, k + 1, code.start);
    }

    // "use GULL5 as referral code", "Cláraigh le bradan mar chód cuiridh": the code, "as", the code word. A
    // plain word only after an imperative or "with" ("register with bradan as invite code").
    for (let k = nextWith(AS_WORD, 1); k + 1 < t.tokens.length; k = nextWith(AS_WORD, k + 1)) {
      // The code word itself within three words ("as your invite code"), in the same sentence.
      const next = t.tokens.slice(k + 1, k + 4);
      const at = next.findIndex((tok) => CODE_WORD_KEYS.has(tok.key) || CODE_COMPOUND_KEYS.has(tok.key));
      if (at < 0 || next.slice(0, at + 1).some((tok) => tok.breakBefore)) continue;
      const code = t.tokens[k - 1]!;
      if (code.hash || code.at || t.tokens[k]!.breakBefore || firmHits().some((h) => k - 1 >= h.start && k - 1 < h.end)) continue;
      const before = t.tokens.slice(Math.max(0, k - 3), k - 1);
      const plainOk = before.some((tok) => IMPERATIVES.has(tok.key) || ENTER_KEYS.has(tok.key)) && isPlainCode(code.text);
      if (!isCodeLike(code.text) && !plainOk) continue;
      add({ code: code.text, start: code.start, end: code.end }, k - 1, k + 2 + at, code.start);
    }

    /** The first token after a speaker heading the line of token `k` ("@marek.krypto: ..."), else `k`. */
    const afterSpeaker = (k: number): number => {
      const lineStart = masked.lastIndexOf('\n', t.tokens[k]!.start - 1) + 1;
      // The raw text: a handle with a dot ("@marek.krypto") is masked as a domain.
      const head = REPLY_SPEAKER.exec(text.slice(lineStart, lineStart + 80));
      if (!head) return k;
      let j = k;
      while (j < t.tokens.length && t.tokens[j]!.start < lineStart + head[0].length) j++;
      return j;
    };
    /** "[19:04] teacher_ines: almost always": a chat line's speaker, a name heading the line before a colon, is no code. */
    // "SPEAKER 1: degendan": a numbered speaker too.
    const speaker = (tok: Token): boolean => speakerTag(masked, tok.start, tok.end);
    // A question asking for a code, then the answer: "Ce cod folosești pe BingX?\n— gozo2026",
    // "[quote]Máte niekto kód?[/quote] Jasné, SK12097". The answer's first code-shaped or quoted word
    // among its first four counts.
    // (Only a text with a code word has a question to answer: the sentence ends are not worked out for the others.)
    if ((classes.any & CODE_WORD) !== 0 && masked.includes('?')) {
      const ids = idsOnce();
      const remarkIn = (sentence: number): boolean => remarksIn().some((m) => ids[m.start] === sentence);
      // First token after each sentence, filled from the end: one pass, whatever the number of code words.
      const nextStart = new Int32Array(t.tokens.length);
      for (let k = t.tokens.length - 1; k >= 0; k--) nextStart[k] = k + 1 < t.tokens.length && ids[k + 1] === ids[k] ? nextStart[k + 1]! : k + 1;
      let answered = -1;
      for (let k = 0; k < t.tokens.length; k++) {
        if ((cls[k]! & CODE_WORD) === 0 || ids[k] === answered) continue;
        answered = ids[k]!;
        const end = nextStart[k]!;
        if (end >= t.tokens.length || !masked.slice(t.tokens[end - 1]!.end, t.tokens[end]!.start).includes('?')) continue;
        // "radi li još onaj kod KRIPTOBRO?": the question names its code; it asks about it, not for one.
        if (t.tokens.slice(k + 1, end).some((x, n) => looksIssued(x.text) && !inFirm(k + 1 + n))) continue;
        // A comment thread's reply starts with its speaker ("@marek.krypto: jasne, MAREK2B"): the answer begins after it.
        // The asker may go on after the question ("máš kód na okx? som zo Slovenska"): the reply is then the next
        // sentence, among the following three, that a speaker heads.
        let first = end;
        for (let n = 0, u = end; first === end && n < 3 && u < t.tokens.length; n++, u = nextStart[u]!) {
          const a = afterSpeaker(u);
          if (a !== u) first = a;
        }
        if (first >= t.tokens.length) continue;
        const replyId = ids[first]!;
        // The first four words may be the answer. In a reply its speaker heads, further on (up to ANSWER_REACH), the one
        // word of the sentence that looks issued ("jasně, platí i pro Slovensko 👉 VOJTAOKX", "check my pinned 👆 it's
        // MAXBNB"); of two ("between BLUE10 and RED20"), neither.
        let reach = 4;
        if (first !== end) {
          let issuedWords = 0;
          // Counted over a bounded stretch: a hostile sentence may be the whole text.
          for (let j = first; j < first + 2 * ANSWER_REACH && j < t.tokens.length && ids[j] === replyId; j++) if (looksIssued(t.tokens[j]!.text) && !inFirm(j)) issuedWords++;
          if (issuedWords === 1) reach = ANSWER_REACH;
        }
        for (let j = first; j < first + reach && j < t.tokens.length && ids[j] === replyId; j++) {
          const tok = t.tokens[j]!;
          if (j >= first + 4 && !looksIssued(tok.text)) continue;
          // "— dunarea, scris exact așa, cu litere mici": a remark on how to write it marks a plain word as the answer.
          const q = (opensQuote(masked, tok.start) || (j === end && remarkIn(ids[end]!))) && isPlainCode(tok.text);
          if (tok.hash || tok.at || speaker(tok) || firmHits().some((h) => j >= h.start && j < h.end) || !(isCodeLike(tok.text) || q)) continue;
          add({ code: tok.text, start: tok.start, end: tok.end }, k, j + 1, t.tokens[k]!.start);
          break;
        }
      }
    }

    // "- OKX: SATSTACK", "| KuCoin | QSTACK1 |": a firm heading a list line or a table row, a colon, dash or cell
    // border, and a code-shaped word ending the line (or its cell), in a post that speaks of codes.
    if (classes.any & (CODE_WORD | PLURAL_CODE_WORD)) {
      for (const h of firmHits()) {
        const first = t.tokens[h.start]!;
        const tok = t.tokens[h.end];
        if (!tok || tok.breakBefore || tok.hash || tok.at || inFirm(h.end)) continue;
        // The whole chunk is the code ("ALBA-MX"), as far as the cell or line goes.
        const chunk = trimPunct(/^[^\s|]*/u.exec(masked.slice(tok.start))![0]);
        const c = { code: chunk.value, start: tok.start + chunk.offset, end: tok.start + chunk.offset + chunk.value.length };
        if (!isCodeLike(c.code) && !LIST_CAMEL_CODE.test(c.code)) continue;
        const lineStart = masked.lastIndexOf('\n', first.start - 1) + 1;
        if (!LIST_HEAD.test(masked.slice(lineStart, first.start)) || !LIST_SEPARATOR.test(masked.slice(t.tokens[h.end - 1]!.end, c.start))) continue;
        const lineEnd = masked.indexOf('\n', c.end);
        if (!LIST_TAIL.test(masked.slice(c.end, lineEnd < 0 ? masked.length : lineEnd))) continue;
        add(c, h.start, h.end + 1, first.start);
      }
    }

    // "| Exchange | Fee | Code |" then "| Kraken | 0,26 % | KRAKENALBA |": a table whose header names a code column; each
    // row's cell in that column that looks like a code is a code, for the firm named in its row.
    if (masked.includes('|')) {
      for (const cell of tableCodeCells(masked)) {
        if (!isCodeLike(cell.code) && !LIST_CAMEL_CODE.test(cell.code)) continue;
        const first = tokenAtOrAfter(t, cell.rowStart);
        const last = tokenAtOrAfter(t, cell.start);
        if (first < 0 || last < 0 || t.tokens[last]!.start !== cell.start) continue;
        if (!firmHits().some((h) => h.start >= first && h.end <= last)) continue;
        add({ code: cell.code, start: cell.start, end: cell.end }, first, last + 1, cell.start);
      }
    }

    // "Two codes: Bitget – GEORGIBG, KuCoin – GEORGIKC", "na MEXC-u IVAMX, na Bitgetu IVABG", "στο MEXC βάλε KOSTASMX και
    // στο Bitget KOSTASBG": inside a sentence, a firm, then a separator, the firm's case ending or an enter-verb, then a
    // code that looks issued and ends its clause (or is followed by "and"), in a post that speaks of codes. Each code
    // goes to the firm right before it.
    if (classes.any & (CODE_WORD | PLURAL_CODE_WORD | CODE_COMPOUND)) {
      for (const h of firmHits()) {
        let j = h.end;
        // The firm's case ending glued by a hyphen ("MEXC-u", "MEXC-nél", "MEXC-is"), then at most one enter-verb.
        if (j < t.tokens.length && t.tokens[j]!.start === t.tokens[j - 1]!.end + 1 && masked.charAt(t.tokens[j - 1]!.end) === '-' && /^\p{Ll}{1,4}$/u.test(t.tokens[j]!.text)) j++;
        if (j < t.tokens.length && !t.tokens[j]!.breakBefore && (ENTER_KEYS.has(t.tokens[j]!.key) || IMPERATIVES.has(t.tokens[j]!.key))) j++;
        if (j >= t.tokens.length || j - h.end > 2 || t.tokens.slice(h.end, j + 1).some((tok) => tok.breakBefore)) continue;
        // "mexc-ROXANA": a hyphen with no space after the firm joins it to the code; that code is the whole word.
        if (!PAIR_GAP.test(masked.slice(t.tokens[j - 1]!.end, t.tokens[j]!.start)) || /^-$/u.test(masked.slice(t.tokens[j - 1]!.end, t.tokens[j]!.start))) continue;
        const tok = hyphenJoined(t, masked, j);
        if (tok.hash || tok.at || inFirm(j) || !looksIssued(tok.text) || PRODUCT_WORDS.has(tok.key)) continue;
        const next = t.tokens[(tok.last ?? j) + 1];
        const closes = closesClause(masked, tok.end) || (next !== undefined && !next.breakBefore && AND_WORDS.has(next.key));
        if (!closes) continue;
        add({ code: tok.text, start: tok.start, end: tok.end }, h.start, (tok.last ?? j) + 1, t.tokens[h.start]!.start);
      }
    }

    /**
     * "el nuevo de bingx es OTONO25", "the new one is QX26", "der neue ist WINTER26": "new" with the code word left out,
     * up to three words (the firm, "one", "of"), a copula, then a code that looks issued, in one sentence.
     */
    const newOneIs = (from: number): (CodeHit & { index: number }) | null => {
      for (let j = from; j < from + 4 && j + 1 < t.tokens.length; j++) {
        const tok = t.tokens[j]!;
        if (tok.breakBefore) return null;
        // French "c'est": the "c" is the subject, "est" the copula.
        if (COPULAS.has(tok.key) && !(tok.key === 'c' && t.tokens[j + 1]!.key === 'est')) {
          const code = t.tokens[j + 1]!;
          if (code.breakBefore || code.hash || code.at || inFirm(j + 1) || !looksIssued(code.text)) return null;
          return { code: code.text, start: code.start, end: code.end, index: j + 1 };
        }
        if (!inFirm(j) && !NEW_ONE_FILLERS.has(tok.key)) return null;
      }
      return null;
    };

    // "Vanha koodi KESÄ24 ei enää toimi. 👉 Uusi: TALVI26", "Il-ġdid: MDINA26": "new" and a colon head the code that
    // replaces an old one, in a post that speaks of codes. Code-shaped words only ("New: SOL listing" is news).
    if (speaksOfCodes()) {
      for (const m of newLabels.matchAll(t)) {
        const named = newOneIs(m.end);
        if (named) {
          add(named, m.start, named.index + 1, m.from, true);
          continue;
        }
        // "Neu für OKX: „WINTERFELL“": "for" and the firm may stand between "new" and the colon.
        let to = m.to;
        for (let j = m.end; j < m.end + 3 && j < t.tokens.length && !t.tokens[j]!.breakBefore && (inFirm(j) || NEW_ONE_FILLERS.has(t.tokens[j]!.key)); j++) {
          to = t.tokens[j]!.end;
        }
        if (!/^\s*[:：→➡👉]/u.test(masked.slice(to, to + 3))) continue;
        const c = codeAfter(masked, to, 1, { bare: true });
        if (c && looksIssued(c.code) && !inFirm(t.tokens.findIndex((tok) => tok.start === c.start))) add(c, m.start, m.end, m.from, true);
      }
    }

    // "okx kod to kasia (tak, małymi literami)", "ползвайте ivana (с малки букви)": a remark on how to write it, set off
    // by a bracket or a dash right after a word (a "yes," between allowed), in a post about codes, marks the word as the code.
    if (classes.any & (CODE_WORD | CODE_COMPOUND | ENTER_WORD)) {
      for (const m of remarksIn()) {
        for (let p = m.start - 1; p >= 0 && p >= m.start - 2; p--) {
          const tok = t.tokens[p]!;
          if (!/[([–—-]/u.test(masked.slice(tok.end, t.tokens[p + 1]!.start))) continue;
          if (!tok.hash && !tok.at && !inFirm(p) && (isCodeLike(tok.text) || isPlainCode(tok.text))) add({ code: tok.text, start: tok.start, end: tok.end }, p, m.end, tok.start);
          break;
        }
      }
    }

    const verbLast = (from: number): boolean => {
      for (let k = from; k < from + 4 && k < t.tokens.length; k++) {
        if (t.tokens[k]!.breakBefore) return false;
        if (VERB_FINAL.has(t.tokens[k]!.key)) return true;
      }
      return false;
    };
    /**
     * A plain word right after an enter-verb is the code when the writer marks it so: in quotes ("vul
     * 'rotterdamcrypto' in"), beside a sign-up phrase ("wpisujcie przy rejestracji kryptomarek", "ponham X no
     * registo"), or after a code word naming the field ("KuCoin kodā ievadi rupjmaize"). Only sign-up words may
     * stand between the verb and the word; form fields ("enter your email") never count.
     */
    const plainAfterEnter = (verbStart: number, k: number, signUps: readonly PhraseMatch<true>[]): (CodeHit & { index: number }) | null => {
      let j = k + 1;
      let afterSignUp = false;
      for (; j < t.tokens.length && !t.tokens[j]!.breakBefore; j++) {
        if (signUps.some((m) => j >= m.start && j < m.end)) afterSignUp = true;
        // "scrivete semplicemente pizza", "type just moon": "simply", "just", "please" hold no code.
        else if (!FILLERS.has(t.tokens[j]!.key) && !(afterSignUp && WHEN_WORDS.has(t.tokens[j]!.key))) break;
      }
      const tok = t.tokens[j];
      if (!tok || tok.breakBefore || tok.hash || tok.at || inFirm(j) || FORM_FIELDS.has(tok.key) || WHEN_WORDS.has(tok.key) || !isPlainCode(tok.text)) return null;
      const beforeSignUp = signUps.some((m) => m.start > j && m.start <= j + 3 && !t.tokens.slice(j + 1, m.start + 1).some((x) => x.breakBefore));
      // "γράψτε kalamata στο πεδίο πρόσκλησης", "type moon into the invite box": where it goes follows the word.
      const intoField = fieldAfter(j);
      // The field named right before the verb ("kodā ievadi X"), or a code word earlier in the sentence and a
      // colon before the verb ("el código de mexc para quien lo pidió: poned X").
      const before = t.tokens[verbStart - 1];
      const colon = before !== undefined && endsInColon(masked, before.end, t.tokens[verbStart]!.start);
      // In the verb's sentence: "Human readable code. Type inference." names no field for the word after "Type".
      let fieldNamed = before !== undefined && !/[.!?]/u.test(masked.slice(before.end, t.tokens[verbStart]!.start)) && (CODE_VOCABULARY.has(before.key) || CODE_WORD_KEYS.has(before.key));
      for (let b = verbStart - 1; colon && !fieldNamed && b >= 0 && b >= verbStart - 12; b--) {
        if (CODE_WORD_KEYS.has(t.tokens[b]!.key)) fieldNamed = true;
        if (t.tokens[b]!.breakBefore) break;
      }
      // "at the "referred by" step on Coinbase just type X": the field named earlier in the verb's sentence.
      for (let b = verbStart - 1; !fieldNamed && b >= 0 && b >= verbStart - 8 && !t.tokens[b + 1]!.breakBefore; b--) {
        const key = t.tokens[b]!.key;
        // (Not a code word: "kodą „gintaras“ įrašykite mažosiomis raidėmis" gave its code before the verb.)
        if (REFERRED_STEM.test(key)) fieldNamed = true;
      }
      if (!quotedWord(tok) && !afterSignUp && !beforeSignUp && !fieldNamed && !intoField) return null;
      return { code: tok.text, start: tok.start, end: tok.end, index: j };
    };
    /** A form field or the code vocabulary ("in the referral box") within three words after token j, in its sentence; the next word is the first. */
    const fieldAfter = (j: number): boolean => {
      for (let f = j + 2; f <= j + 4 && f < t.tokens.length; f++) {
        const tok = t.tokens[f]!;
        if (tok.breakBefore) return false;
        // Not the function words among the code phrases' words ("complete with", "Cardano's"): they name no field.
        if (stemsStart(FIELD_STEMS_BY_FIRST, tok.key) || (CODE_VOCABULARY.has(tok.key) && !ENTER_KEYS.has(tok.key) && !(FUNCTION_WORDS.has(tok.key) && !CODE_WORD_KEYS.has(tok.key)))) return true;
      }
      return false;
    };
    /**
     * "KUSPRING — pop it in the referral box", "krakow 🐉 wpisz przy rejestracji": the code set off just before an
     * enter-verb that takes it back with a pronoun or says where it goes (a sign-up). A code-shaped word, or a
     * quoted one; the mark between them (a dash, an emoji, a comma) is not a sentence end.
     */
    /** Token p follows "<code word> <copula>" in its sentence, the code word at most two words before the copula. */
    const copulaNamed = (p: number): boolean => {
      const cop = t.tokens[p - 1];
      if (!cop || !COPULAS.has(cop.key) || t.tokens[p]!.breakBefore || cop.breakBefore) return false;
      for (let b = p - 2; b >= 0 && b >= p - 4; b--) {
        if (CODE_WORD_KEYS.has(t.tokens[b]!.key)) return true;
        if (t.tokens[b]!.breakBefore) return false;
      }
      return false;
    };
    const codeBeforeEnter = (verbStart: number, k: number, signUps: readonly PhraseMatch<true>[]): (CodeHit & { index: number }) | null => {
      // A Romance pronoun comes before the verb: "GIRASOLE 🌻 lo inserite quando vi registrate".
      const clitic = verbStart > 0 && BACK_PRONOUNS_KEYS.has(t.tokens[verbStart - 1]!.key) && !t.tokens[verbStart]!.breakBefore;
      const verb = t.tokens[clitic ? verbStart - 1 : verbStart]!;
      const p = (clitic ? verbStart - 1 : verbStart) - 1;
      const prev = t.tokens[p];
      // A hashtag code too ("#PIXIE40 (type it in when you sign up)"), when it has a digit.
      if (!prev || verb.breakBefore || (prev.hash && !/\d/.test(prev.text)) || prev.at || inFirm(p)) return null;
      const gap = masked.slice(prev.end, verb.start);
      if (!/\S/u.test(gap)) return null;
      const next = t.tokens[k + 1];
      const pointsBack = clitic || (next && !next.breakBefore && BACK_PRONOUNS_KEYS.has(next.key)) || signUps.some((m) => m.start > k && m.start <= k + 3 && !t.tokens[m.start]!.breakBefore);
      // "il-kodiċi tiegħi hu pastizz, iktbu ...", "kod to pierogi24, wpisz ...": the code word and a copula name
      // the word as the code, the enter-verb right after tells what to do with it.
      // A reflexive after the verb ("wpisz się na listę", "trag dich ein") makes it "sign yourself up", not "enter it".
      // (Finnish "se" is "it", pointing back, though Czech "se" is reflexive.)
      const named = copulaNamed(p) && (!REFLEXIVES.has(next?.key ?? '') || BACK_PRONOUNS_KEYS.has(next?.key ?? ''));
      if (!pointsBack && !named) return null;
      const shaped = looksIssued(prev.text) || (isCodeLike(prev.text) && prev.text.includes('_'));
      const marked = quotedAt(prev) || /[*_`]$/u.test(masked.slice(prev.start - 2, prev.start));
      if (!shaped && !((marked || named) && isPlainCode(prev.text))) return null;
      return { code: prev.text, start: prev.start, end: prev.end, index: p };
    };
    /**
     * The code a demonstrative ("with this code", "z tym kodem") points back at: a code-shaped word right before
     * it (a "with" between allowed), set off by a dash, a comma or an emoji, in the same sentence.
     */
    const codeBeforePointer = (d: number): (CodeHit & { index: number }) | null => {
      let p = d - 1;
      if (WITH_WORDS.has(t.tokens[p]?.key ?? '') && !t.tokens[p]!.breakBefore) p--;
      const code = t.tokens[p];
      const next = t.tokens[p + 1];
      if (!code || !next || next.breakBefore || t.tokens[d]!.breakBefore || code.hash || code.at || inFirm(p) || !isCodeLike(code.text)) return null;
      if (!SET_OFF.test(masked.slice(code.end, next.start)) && !/,/.test(masked.slice(code.end, next.start))) return null;
      return { code: code.text, start: code.start, end: code.end, index: p };
    };
    /**
     * The code behind the first colon or arrow later in the phrase's sentence (at most LATE_INTRODUCER_CHARS on):
     * a code-shaped word, or a plain word the writer marks (quotes, backticks, bold) or that ends the clause.
     */
    const codeAfterIntroducer = (from: number): CodeHit | null => {
      const rest = masked.slice(from, from + LATE_INTRODUCER_CHARS);
      // A line break ends the sentence too: a colon on the next line ("\n[12:46] LINE: ...") is another speaker's.
      const end = rest.search(/[.!?](?:\s|$)|\n/u);
      const at = rest.slice(0, end < 0 ? rest.length : end).search(/[:：→➡👉]/u);
      if (at < 0) return null;
      const c = codeAfter(masked, from + at + 1, 2, { strong: true, skip: skip ?? [] });
      if (!c) return null;
      // "[Bild: Screenshot ...]", "(image: ...)": a bracket opening a label names what follows, it is no code.
      if (/[[(]/u.test(masked.charAt(c.start - 1)) && /^[:：]/u.test(masked.slice(c.end))) return null;
      if (isCodeLike(c.code) || FOUR_DIGITS.test(c.code)) return c;
      const marked = opensQuote(masked, c.start) || /^[*_]/u.test(masked.slice(c.start - 2, c.start)) || masked.charAt(c.start - 1) === '`';
      return marked || closesClause(masked, c.end) ? c : null;
    };
    /** An "old" word between token `from` and character `to` ("l'ancien (LYON2023)"). */
    const oldBetween = (from: number, to: number): boolean => {
      for (let k = from; k < t.tokens.length && t.tokens[k]!.start < to; k++) if (OLD_WORDS.has(t.tokens[k]!.key)) return true;
      return false;
    };
    let skip: Array<{ from: number; to: number }> | null = null;
    /**
     * "Moj kod: J A D R A N 2 6 (bez razmaka: JADRAN26)": a code spaced out letter by letter, so no word looks like
     * a code. Five or more single letters and digits, each one space apart, within the code word's sentence; the
     * code is them joined (as the post writes it elsewhere, if it does). Spacing hides a code from filters.
     */
    const spacedOut = (pos: number): { code: string; start: number; end: number } | null => {
      const run = SPACED_CODE.exec(masked.slice(pos, pos + SPACED_REACH));
      if (!run) return null;
      let letters = run[1]!;
      // "codul meu e M I H A I 9 9": a one-letter word before the run (a copula, an article) in another case is not in it.
      while (/^\p{Ll} \p{Lu}/u.test(letters) && /\p{Lu}/u.test(letters.slice(2).replace(/[\p{N} ]/gu, '').charAt(0))) letters = letters.slice(2);
      const joined = letters.replace(/ /g, '');
      if (joined.length < 5 || !/\p{L}/u.test(joined) || (!/\d/.test(joined) && !isAllCaps(joined))) return null;
      const start = pos + run.index + run[0].length - letters.length;
      // The written form: "baraka ... B A R A K A, so BARAKA" names BARAKA, not the word said before the spelling.
      const same = t.tokens.filter((tok) => tok.key === joined.toLowerCase());
      const plain = same.find((tok) => isCodeLike(tok.text)) ?? same[0];
      return { code: plain ? plain.text : joined, start, end: start + letters.length };
    };
    /**
     * "gebruik dan de code dalqico", "use then the code": an enter- or use-verb three words before the code word when
     * the words between are an adverb ("dan", "then", "just") and an article, as speech (auto-captions) puts them.
     */
    const imperativeOverFillers = (k: number): boolean => {
      const verb = t.tokens[k - 3];
      if (!verb || !((IMPERATIVES.has(verb.key) && !WITH_WORDS.has(verb.key)) || ENTER_KEYS.has(verb.key))) return false;
      const between = t.tokens.slice(k - 2, k);
      return between.every((tok) => !tok.breakBefore && (FILLERS.has(tok.key) || SPOKEN_ADVERBS.has(tok.key) || ARTICLES.has(tok.key))) && !t.tokens[k]!.breakBefore;
    };
    let spans: Array<[number, number]> | null = null;
    for (const m of codePhrases.matchAll(t)) {
      // "SAUNA5-koodia rekisteröityessäsi": the code came first, the word after is the sentence going on.
      if (codeBefore(m.start)) continue;
      // "`referralCode`: identifican a quien ...": an identifier quoted from code names no code.
      if (inSpans((spans ??= codeSpans(masked)), m.from, m.to) || inIdentifier(masked, m.from, m.to)) continue;
      // "source code", "QR code", "verification code": codes of another kind.
      // The word before the phrase qualifies it only within its sentence ("my country. Invite code X").
      const before = t.tokens[m.start - 1];
      const qualifier = !before || t.tokens[m.start]!.breakBefore || /\S/u.test(masked.slice(before.end, t.tokens[m.start]!.start)) ? '' : before.key;
      if (OTHER_CODES.has(qualifier)) continue;
      // "no code: KuCoin blocked ...", "žádný kód:", "sin código:": the code word denied gives none.
      if (qualifier && isNegator(before!)) continue;
      // "code -1013 Filter failure: LOT_SIZE": a signed number after the code word is an error code, and what follows it
      // the error's text.
      if (/^\s*[-−]\d/u.test(masked.slice(m.to, m.to + 4))) continue;
      // "Kod na GitHubie", "code on GitLab": source code, where it is kept.
      if (REPOSITORY_AFTER.test(masked.slice(m.to, m.to + 24))) continue;
      // "z tym kodem macie zniżkę", "with this code you get": the code was given before; "this code: X" still gives one.
      if (DEMONSTRATIVES.has(qualifier) && !/^\s*[:：=→➡👉👇]/u.test(masked.slice(m.to, m.to + 4))) {
        // "obowiązuje WIOSNA — z tym kodem macie zniżkę": the code it points back at is set off just before it.
        const back = codeBeforePointer(m.start - 1);
        if (back) add(back, back.index, m.end, back.start);
        continue;
      }
      // "When you see "use my code", assume ...": a quoted phrase is named, not used; only a code-shaped word
      // may follow it ("Vul bij ‘referral code’ rJ8KX2 in"). A comma right after it ends the slot ("paste the code, send").
      const quotedPhrase = CLOSE_QUOTES.has(masked.charAt(m.to)) || /^[,;]/u.test(masked.slice(m.to, m.to + 1));
      // Firm names, and firm domains (blanked in the masked text: "kód leto na XT.COM").
      skip ??= [
        ...firmHits().map((h) => ({ from: t.tokens[h.start]!.start, to: t.tokens[h.end - 1]!.end })),
        ...urls.filter((u) => u.host && catalogue.byHost(u.host)).map((u) => ({ from: u.start, to: u.end })),
      ];
      const strong = Math.max(...m.values) > 1;
      // An unmarked ordinary word is a code only after an imperative or "with" ("use code x", "mit dem Code x").
      // German puts the verb last: "den Code sonnenschein (beim Anmelden) eingeben", in the same sentence.
      // An enter-verb, then "my" and the code word: "pop in my code glowup", in one sentence.
      // ("my code" may be the phrase itself.)
      const own = POSSESSIVE_KEYS.has(t.tokens[m.start]!.key) ? m.start : POSSESSIVE_KEYS.has(t.tokens[m.start - 1]?.key ?? '') ? m.start - 1 : -1;
      const enterBefore = own > 0 && t.tokens.slice(Math.max(0, own - 2), own).some((tok, n, near) => ENTER_KEYS.has(tok.key) && ![...near.slice(n + 1), t.tokens[own]!].some((x) => x.breakBefore));
      const imperative =
        t.tokens.slice(Math.max(0, m.start - 2), m.end).some((tok) => IMPERATIVES.has(tok.key) || ENTER_KEYS.has(tok.key)) || enterBefore || verbLast(m.end + 1) ||
        imperativeOverFillers(m.start);
      // A bare code word looks three words ahead, but past the first only behind a colon ("Code für euch: X").
      // An imperative also lets a bare code word take a plain word right after it ("käytä Bybitissä koodia sauna").
      // Not for a plural ("sign up with codes circulating on Telegram"): several codes are talked about, none given.
      const plural = !strong && PLURAL_CODE_WORDS.has(t.tokens[m.end - 1]!.key);
      const owned = t.tokens.slice(Math.max(0, m.start - 3), m.start).some((tok) => POSSESSIVE_KEYS.has(tok.key));
      const named = m.start > 0 && inFirm(m.start - 1) && !t.tokens[m.start]!.breakBefore;
      const instrumental = m.end - m.start === 1 && INSTRUMENTAL.has(t.tokens[m.start]!.key);
      const slotCode = codeAfter(masked, m.to, strong ? MAX_CODE_CHUNKS : BARE_LOOKAHEAD, { strong: imperative && !plural, skip, bare: !strong, owned, named, instrumental });
      const c = slotCode && (!quotedPhrase || isCodeLike(slotCode.code)) ? slotCode : null;
      // "Den Code bitte kleingeschrieben eingeben: hodlhelga –", "Kodu użyj przy zakładaniu konta: ➡️ `kasia7`": the
      // sentence goes on past the code word, then a colon or an arrow gives the code.
      const found = c ?? (quotedPhrase ? null : codeAfterIntroducer(m.to) ?? spacedOut(m.to));
      // ... unless the code is said to be the old one ("Nouveau code : l'ancien (LYON2023) ne marche plus").
      // "Código novo:", "Cod nou:": Romance languages put "new" after the noun.
      const fresh = t.tokens.slice(Math.max(0, m.start - 3), m.end + 1).some((tok) => NEW_WORDS.has(tok.key)) && !oldBetween(m.end, found?.start ?? m.to);
      // "CODES UPDATED (Dec)", "codes changed": a plural code word names no code by the word right after it, unless a
      // colon or an arrow gives one, or the word carries a digit.
      if (found && plural && !imperative && /^\p{L}+$/u.test(found.code) && !/[:：=→➡👉]/u.test(masked.slice(m.to, found.start))) continue;
      // "Image → code → deployment" in a post about programming: the code word means software (software-sense.ts).
      if (found && !strong && !isCodeLike(found.code) && speaksOfSoftware(t)) continue;
      if (found) add(found, m.start, m.end, m.from, fresh);
    }

    // "🚀 FROSTBYTE 🚀\nenter it at sign-up", "🔥 RITALX 🔥\n👆 código de convite": a line holding one code-shaped word
    // and decoration, and the next line pointing back at it (an arrow up, "enter it", or a code word first).
    if (masked.includes('\n')) {
      const tokenAt = tokenWalk(t.tokens);
      for (const line of masked.matchAll(LONE_WORD_LINE)) {
        const k = tokenAt(line.index + line[0].indexOf(line[1]!));
        const next = t.tokens[k + 1];
        if (k < 0 || !next || !looksIssued(t.tokens[k]!.text) || inFirm(k) || t.tokens[k]!.hash) continue;
        const between = masked.slice(t.tokens[k]!.end, next.start);
        if (!between.includes('\n')) continue;
        const pointed = POINT_UP.test(between.slice(between.lastIndexOf('\n')))
          || CODE_WORD_KEYS.has(next.key)
          || enterVerbs.matchAll({ ...t, tokens: t.tokens.slice(k + 1, k + 4) }).some((v) => v.start === 0 && BACK_PRONOUNS_KEYS.has(t.tokens[k + 1 + v.end]?.key ?? ''));
        if (pointed) add({ code: t.tokens[k]!.text, start: t.tokens[k]!.start, end: t.tokens[k]!.end }, k, k + 1, t.tokens[k]!.start);
      }
    }

    // "mettez simplement mon pseudo : x", "type my handle in the referral box, no @: x": the author's user name given as
    // the code, in a post about codes or signing up; the name is the word behind the colon, or the next one.
    for (let k = nextWith(HANDLE_WORD, 1); k < t.tokens.length; k = nextWith(HANDLE_WORD, k + 1)) {
      if (t.tokens[k]!.breakBefore) continue;
      if (!t.tokens.slice(Math.max(0, k - 2), k).some((tok) => OWNER_KEYS.has(tok.key))) continue;
      if (!speaksOfCodes() && !tellsToEnter(k)) continue;
      const rest = masked.slice(t.tokens[k]!.end, t.tokens[k]!.end + HANDLE_COLON_REACH);
      const colon = /^[^.!?\n]*?[:：]/u.exec(rest);
      const from = colon ? t.tokens[k]!.end + colon[0].length : t.tokens[k]!.end;
      let j = k + 1;
      while (j < t.tokens.length && t.tokens[j]!.start < from) j++;
      const name = t.tokens[j];
      if (!name || (name.breakBefore && !colon) || name.hash || inFirm(j) || !HANDLE_SHAPE.test(name.text) || !/\p{L}/u.test(name.text)) continue;
      if (FUNCTION_WORDS.has(name.key) || CODE_VOCABULARY.has(name.key)) continue;
      add({ code: name.text.replace(/^@/u, ''), start: name.start, end: name.end }, k, j + 1, t.tokens[k]!.start);
    }

    // "Bitget codes, updated:\n✅ LIVE: SEAWALL9\n❌ EXPIRED: SEAWALL8": a list line that labels a code as live or new, in a
    // post about codes (the expired ones are the expiry cues' business).
    if (speaksOfCodes() && masked.includes(':')) {
      const tokenAt = tokenWalk(t.tokens);
      for (const line of masked.matchAll(LIVE_LINE)) {
        const at = line.index + line[0].indexOf(line[1]!, line[0].search(/[:：]/u));
        const k = tokenAt(at);
        if (k >= 0 && looksIssued(t.tokens[k]!.text) && !inFirm(k) && !t.tokens[k]!.hash) add({ code: t.tokens[k]!.text, start: at, end: t.tokens[k]!.end }, k, k + 1, line.index);
      }
    }

    // "PIXEL15 = 20% off fees on MEXC", "MARIN7 = 20% manje naknade na MEXC-u": a line that opens with an issued-looking
    // word set equal to a discount, in a post naming a firm, gives that word as the firm's code.
    if (masked.includes('=') && firmHits().length > 0) {
      const tokenAt = tokenWalk(t.tokens);
      for (const line of masked.matchAll(CODE_EQUALS_DEAL)) {
        const at = line.index + line[0].indexOf(line[1]!, line[0].length - line[0].trimStart().length);
        const k = tokenAt(at);
        const tok = t.tokens[k];
        if (!tok || tok.start !== at || tok.hash || tok.at || inFirm(k) || !looksIssued(line[1]!) || line[1] !== tok.text) continue;
        add({ code: tok.text, start: tok.start, end: tok.end }, k, k + 1, tok.start);
      }
    }

    // "Nieuwe accounts: #DAANWINT is je vriend", "new users know what to type at registration 😉 #KEANEBOT": a hashtag shaped
    // like an issued code, in a line about signing up, right behind its colon or with an enter-verb in the line.
    if (masked.includes('#')) {
      let ups: PhraseMatch<true>[] | null = null;
      // Character starts, sorted, of the sign-up words and the enter-verbs: one binary search per hashtag.
      let upStarts: number[] | null = null;
      let enterStarts: number[] | null = null;
      const lineOf = (pos: number): [number, number] => [masked.lastIndexOf('\n', pos - 1) + 1, (masked.indexOf('\n', pos) + 1 || masked.length + 1) - 1];
      for (let k = 0; k < t.tokens.length; k++) {
        const tok = t.tokens[k]!;
        if (!tok.hash || !looksIssued(tok.text) || inFirm(k)) continue;
        const [a, b] = lineOf(tok.start);
        ups ??= signUpsIn();
        upStarts ??= ups.map((m) => t.tokens[m.start]!.start);
        if (!anyIn(upStarts, a, tok.start - 1)) continue;
        // The colon right behind the sign-up words ("Nieuwe accounts: #X"), not behind a later clause ("... a bonus: #BTC2026").
        const colon = /[:：]\s*#$/u.test(masked.slice(Math.max(a, tok.start - 4), tok.start)) && ups.some((m) => m.end === k);
        enterStarts ??= enterVerbsIn().filter((v) => v.values[0] === 'enter').map((v) => t.tokens[v.start]!.start);
        if (colon || anyIn(enterStarts, a, b - 1)) add({ code: tok.text, start: tok.start, end: tok.end }, k, k + 1, a);
      }
    }

    // "Enter SAUNA24 when you sign up": an enter-verb and a code-shaped word with a digit (or five capitals)
    // within three words of the same sentence, no code word needed. A use-verb ("use CLADACH", "usa
    // ANA2026") only in a sentence that speaks of signing up: "use BTC", "use Binance" stay out.
    let sentences: Int32Array | null = null;
    let signUps: PhraseMatch<true>[] | null = null;
    let signUpSentences: Set<number> | null = null;
    for (const v of enterVerbsIn()) {
      const k = v.end - 1;
      sentences ??= idsOnce();
      signUps ??= signUpsIn();
      const register = v.values[0] === 'register';
      if (v.values[0] === 'use') {
        signUpSentences ??= new Set(signUps.map((m) => sentences![m.start]!));
        // "New account? Use NAIJAKING": the sign-up may be the sentence before. After an expiry in a post about codes,
        // "use SOFIE11 now" names the replacement.
        if (!signUpSentences.has(sentences[k]!) && !signUpSentences.has(sentences[k]! - 1) && !(context?.has('expired') && speaksOfCodes())) continue;
      } else if (!register) {
        const back = codeBeforeEnter(v.start, k, signUps);
        if (back) {
          add(back, back.index, v.end, back.start);
          continue;
        }
        const plain = plainAfterEnter(v.start, k, signUps);
        if (plain) {
          add(plain, v.start, plain.index + 1, t.tokens[v.start]!.start);
          continue;
        }
      }
      // "VERAO25 já não funciona 😕 agora usem OUTONO26": "now" before the verb gives the code that replaces the expired one.
      const fresh = t.tokens.slice(Math.max(0, v.start - 2), v.start).some((tok) => NOW_WORDS.has(tok.key));
      for (let j = k + 1; j <= k + 3 && j < t.tokens.length; j++) {
        if (t.tokens[j]!.breakBefore) break;
        // A code written with a hyphen is one word ("zadej LUCIE-OKX").
        const tok = hyphenJoined(t, masked, j);
        // "Registreeru TALLINN7-ga", "Rekisteröidy SISU88:lla": a sign-up verb takes only a code with a digit
        // ("Register TODAY" is no code).
        if (tok.hash || tok.at || !looksIssued(tok.text) || (register && !/\d/.test(tok.text))) continue;
        // "DAVIS PUT ON A CRAZY FIT": after a verb in capitals, five capitals are the text shouting, not a code.
        if (!/\d/.test(tok.text) && isAllCaps(t.tokens[k]!.text) && t.tokens[k]!.text.length > 1) continue;
        // ... right after it, or after "with" ("Regístrate con ANA26"); "Register for EXPO2026" names an event.
        if (register && j > k + 1 && !(j === k + 2 && WITH_WORDS.has(t.tokens[k + 1]!.key))) continue;
        if (inFirm(j)) continue;
        add({ code: tok.text, start: tok.start, end: tok.end }, v.start, (tok.last ?? j) + 1, t.tokens[v.start]!.start, fresh);
        break;
      }
    }
    // "or use mine RANDO5", "moj je LUKY10", "le mien : LEA77": "mine" (a copula or colon between allowed) and a code that
    // looks issued, in a post that speaks of codes: a commenter's own code.
    if (speaksOfCodes()) {
      for (let j = nextWith(MINE_WORD, 0); j + 1 < t.tokens.length; j = nextWith(MINE_WORD, j + 1)) {
        // (The code may be written with a hyphen, "KR-JONAS": the tokens joined by one, as one word.)
        let k = j + 1;
        const copula = COPULAS.has(t.tokens[k]!.key) && !t.tokens[k]!.breakBefore && k + 1 < t.tokens.length;
        if (copula) k++;
        // "mine" as the verb ("mine ETH2") gives no code: a copula, a colon, or a use-verb before it must say "my code".
        const used = j > 0 && ENTER_KEYS.has(t.tokens[j - 1]!.key);
        if (!copula && !used && !/^\s*[:：]/u.test(masked.slice(t.tokens[j]!.end, t.tokens[k]!.start))) continue;
        const tok = hyphenJoined(t, masked, k);
        if (t.tokens[k]!.breakBefore || tok.hash || tok.at || !looksIssued(tok.text) || inFirm(k)) continue;
        add({ code: tok.text, start: tok.start, end: tok.end }, j, (tok.last ?? k) + 1, t.tokens[j]!.start);
      }
    }
    // "JONNYP gets you the fee discount", "mit LUKAS5 bekommst du": a code-shaped word right before "gets you", in a
    // post that speaks of codes.
    if (speaksOfCodes()) {
      for (const b of benefitWords.matchAll(t)) {
        const tok = t.tokens[b.start - 1];
        if (!tok || t.tokens[b.start]!.breakBefore || tok.hash || tok.at || !looksIssued(tok.text) || inFirm(b.start - 1)) continue;
        if (!/^[\s*_`"'“”«»„]*$/u.test(masked.slice(tok.end, t.tokens[b.start]!.start))) continue;
        add({ code: tok.text, start: tok.start, end: tok.end }, b.start - 1, b.end, tok.start);
      }
    }
    // "Die Codes X und Y sind abgelaufen. Aktuell gilt nur noch SCHNEE25", "OLD1 expired; ORBIT26 works": after an
    // expiry, a code-shaped word said to be valid, next to the verb, is the current code.
    if (context?.has('expired')) {
      // "o RUBEN10 expirou, agora é RUBENBX": "now", a copula, and a code that looks issued.
      for (let j = 0; j + 2 < t.tokens.length; j++) {
        if (!NOW_WORDS.has(t.tokens[j]!.key) || !COPULAS.has(t.tokens[j + 1]!.key)) continue;
        const tok = t.tokens[j + 2]!;
        if (t.tokens[j + 1]!.breakBefore || tok.breakBefore || tok.hash || tok.at || !looksIssued(tok.text) || inFirm(j + 2)) continue;
        add({ code: tok.text, start: tok.start, end: tok.end }, j, j + 3, t.tokens[j]!.start, true);
      }
      for (const v of validWords.matchAll(t)) {
        const sentence = (sentences ??= idsOnce())[v.start]!;
        // "X2 gilt auch nicht mehr", "ABC10 isn't valid": a negator on either side.
        if (t.tokens.slice(Math.max(0, v.start - 3), v.end + 3).some((tok) => sentences![tok.index] === sentence && isNegator(tok))) continue;
        for (let j = Math.max(0, v.start - 2); j < Math.min(t.tokens.length, v.end + 5); j++) {
          const tok = t.tokens[j]!;
          if (j >= v.start && j < v.end) continue;
          if (sentences[j] !== sentence || tok.hash || tok.at || !looksIssued(tok.text) || !/\d/.test(tok.text) || inFirm(j)) continue;
          add({ code: tok.text, start: tok.start, end: tok.end }, Math.min(j, v.start), Math.max(j + 1, v.end), t.tokens[Math.min(j, v.start)]!.start);
          break;
        }
      }
    }
    // "people keep typing it wrong, so slowly: R O N A N 2 2. That's RONAN22", "tomo seven in capitals T O M O seven that is
    // TOMO7", "the code is just anna, in capitals ANNA": in a post about codes, a code spelt out or said to be in capitals
    // and then written is the code, however far from the code word; the words it was said in are its spoken form.
    // A post that already gave a code speaks of codes too ("msimbo wangu baraka ... B A R A K A").
    const spoken: SpokenCode[] = promoCodes.length > 0 || speaksOfCodes() ? spokenCodes(t, masked, inFirm, { isCodeLike, isPlainCode }) : [];
    for (const c of spoken) add(c, c.index, c.index + 1, c.saidFrom);

    // "Le code arrive dans le prochain post… le voilà : KCCAMILLE", "… whichever comes first: HOLLYB", "můj kód ... platí
    // jen do 31. 12. 2026: KRTOMAS": an issued-looking word standing alone behind a colon, a few lines after a code word,
    // is the code it announced. Not behind an ID's or a form field's name ("Order: A1234567", "UID: 8830112").
    if (speaksOfCodes() && masked.includes(':')) {
      for (let k = 1; k < t.tokens.length; k++) {
        const tok = t.tokens[k]!;
        // The gap before the word must end in a colon and spaces.
        if (!endsInColon(masked, t.tokens[k - 1]!.end, tok.start) || tok.hash || tok.at || inFirm(k) || !looksIssued(tok.text)) continue;
        if (ID_LABELS.has(t.tokens[k - 1]!.key) || FORM_FIELDS.has(t.tokens[k - 1]!.key) || !standsAlone(masked, tok.end)) continue;
        // "Levier max conseillé : x10", "Timeframe: 4h": a trading setting, not a code.
        if (MULTIPLIER.test(tok.text) || AGE.test(tok.text)) continue;
        // Found already by a nearer rule, with the firm that rule gave it.
        if (promoCodes.some((p) => p.code === tok.text)) continue;
        let j = k - 1;
        while (j >= 0 && k - j <= COLON_CODE_REACH && (cls[j]! & (CODE_WORD | CODE_COMPOUND)) === 0) j--;
        if (j >= 0 && k - j <= COLON_CODE_REACH) add({ code: tok.text, start: tok.start, end: tok.end }, j, k + 1, t.tokens[j]!.start);
      }
    }

    /**
     * "Nambari yangu ya Binance: JUMAKE 👉 binance.com/register?ref=JUMAKE", "Bybit | ANNA7 | bybit.com/invite?ref=ANNA7":
     * a code-shaped word that repeats the code of a referral link in the text is that code, given to be typed in, in
     * whatever language the words around it are. Only after a firm's name on its line: a name or handle heading a bio
     * ("KRYPTOMAX | trading daily 👉 ...?ref=KRYPTOMAX") is the author's, not a code offered.
     */
    const repeatedLinkCodes = (): void => {
      if (urls.length === 0) return;
      // The links are classified once a candidate word is found, and a hostile text's only up to a bound.
      let codes: Map<string, string | null> | undefined;
      let firmEnds: Map<number, FirmHit> | undefined;
      for (let k = 1; k < t.tokens.length; k++) {
        const tok = t.tokens[k]!;
        if (tok.hash || tok.at || startsTaken.has(tok.start) || !looksIssued(tok.text) || inFirm(k)) continue;
        codes ??= linkCodes(urls.slice(0, MAX_LINK_CODE_URLS).map((u) => text.slice(u.start, u.end)), catalogue);
        if (codes.size === 0) return;
        if (!codes.has(tok.text.toLowerCase())) continue;
        // A firm named before it in its sentence or line (the first such name's end, per sentence: one look-up per word).
        firmEnds ??= firstFirmEnds(firmHits(), idsOnce());
        const from = firmEnds.get(idsOnce()[k]!);
        if (from === undefined || from.end > k) continue;
        add({ code: tok.text, start: tok.start, end: tok.end }, from.start, k + 1, t.tokens[from.start]!.start);
      }
    };
    /**
     * A reply under a quoted question ("> does the code from the video still work?\nyeah, the new one is ryanq1"):
     * the quoted lines are the asker's words, so codes in them are not the author's (dropped); when they ask
     * about a code, a code-shaped word of the reply outside an expiry's sentence and not the asker's own code
     * is the answer. Of several, only those in a sentence with "now" or "new" ("Agora é o HOLD11").
     */
    const threadReply = (): void => {
      const quoteEnd = quotedPrefixEnd(masked);
      if (quoteEnd <= 0) return;
      for (let i = promoCodes.length - 1; i >= 0; i--) {
        if (codeStarts[i]! < quoteEnd) {
          startsTaken.delete(codeStarts[i]!);
          promoCodes.splice(i, 1);
          codeStarts.splice(i, 1);
        }
      }
      const asked = t.tokens.filter((tok) => tok.end <= quoteEnd);
      if (!asked.some((tok) => CODE_WORD_KEYS.has(tok.key) || CODE_COMPOUND_KEYS.has(tok.key) || PLURAL_CODE_WORDS.has(tok.key))) return;
      const askersCodes = new Set(asked.filter((tok) => isCodeLike(tok.text)).map((tok) => tok.text.toLowerCase()));
      const ids = idsOnce();
      const candidates: number[] = [];
      for (let j = asked.length; j < t.tokens.length; j++) {
        const tok = t.tokens[j]!;
        if (tok.hash || tok.at || inFirm(j) || askersCodes.has(tok.text.toLowerCase())) continue;
        if (!looksIssued(tok.text) && !(opensQuote(masked, tok.start) && isPlainCode(tok.text) && CLOSE_QUOTES.has(masked.charAt(tok.end)))) continue;
        if (context?.inSentence('expired', tok.start)) continue;
        candidates.push(j);
      }
      const renewed = (j: number): boolean => t.tokens.some((x, k) => ids[k] === ids[j] && (NOW_WORDS.has(x.key) || NEW_WORDS.has(x.key)));
      const chosen = candidates.length > 1 ? candidates.filter(renewed) : candidates;
      for (const j of chosen) {
        const tok = t.tokens[j]!;
        add({ code: tok.text, start: tok.start, end: tok.end }, j, j + 1, tok.start);
      }
    };
    threadReply();
    repeatedLinkCodes();
    const offers: Offer[] = [];
    const seenOffers = new Set<string>();
    // An offer described by a warning, a report or an expiry notice is not on offer.
    // An explainer that gives no code describes bonuses in general ("you usually get a fee discount").
    const offerContext = quoting || context?.has('expired') || (context?.has('explainer') && promoCodes.length === 0);
    for (const o of offerContext ? [] : findOffers(t)) {
      const firmId = nearestFirm(firmHits(), o.start, o.end) ?? fallback;
      const key = `${o.kind}\u0000${firmId}`;
      if (seenOffers.has(key)) continue;
      seenOffers.add(key);
      const from = t.tokens[o.start]!.start;
      const to = t.tokens[o.end - 1]!.end;
      offers.push({ kind: o.kind, firmId, detail: snippet(text, from, to, DETAIL_CHARS) });
    }
    withoutSaidForms(promoCodes, codeStarts, spoken);
    reassignLentFirms(promoCodes, codeStarts, firmHits(), t);
    withoutReplacedByRepeated(promoCodes, codeStarts, masked);
    return { promoCodes: withoutShoutedWords(withoutCutStarts(withoutSpokenForms(withoutInflections(promoCodes, codeStarts)), codeStarts, masked), masked), offers };
  };
}

/**
 * "Kod WILK działa ... Z kodu WILKA skorzystało 300 osób", "kodą GINTARAS. GINTARO kodas galioja": a code declined
 * like a noun (case endings of up to three letters on a common stem of four or more) is the same code named
 * again, not a second one. The first in the text stays. Endings with digits ("MARIO10", "MARIO20") differ.
 */
/**
 * Case endings a code takes as a noun (Polish, Czech, Slovak, Croatian, Slovene, Lithuanian, Latvian, Finnish, Estonian,
 * Hungarian): "NEONFOX" and "NEONFOXPRO" are two codes, "WILK" and "WILKA" one. Lower-cased.
 */
const INFLECTION_ENDINGS: ReadonlySet<string> = new Set([
  '', 'a', 'u', 'e', 'i', 'o', 'y', 'ą', 'ę', 'ā', 'ų', 'ä', 'ö', 'em', 'om', 'am', 'ie', 'iu', 'ia', 'ja', 'ju', 'ai', 'ui', 'ei', 'as', 'os', 'us', 'is', 'es',
  'ov', 'ovi', 'owi', 'ou', 'ams', 'ais', 's', 'n', 't', 'l', 'ta', 'tä', 'na', 'nä', 'in', 'lla', 'llä', 'lle', 'lta', 'ltä', 'ssa', 'ssä', 'sta', 'stä',
  'ksi', 'hin', 'ga', 'ks', 'le', 'lt', 'st', 'ni', 'ot', 'et', 'öt', 'al', 'el', 'val', 'vel', 'hoz', 'hez', 'höz', 'nak', 'nek', 'ra', 're', 'ba', 'be',
  'ban', 'ben', 'ról', 'ről', 'tól', 'től', 'on', 'en', 'ön', 'ért',
]);
const MIN_STEM = 4;

/**
 * Auto-captions spell a code out ("use code zebra seven one", "kód petr devět devět"): the lower-case word before the
 * spoken digits is the start of the code the caption or description gives in full (ZEBRA71), not a second code.
 */
/**
 * "«Tu código de invitación: LUC\nIA88»": a screenshot's text cut a code at the line end. The start is no code of its
 * own when the rest of a code found in the post follows it on the next line.
 */
function withoutCutStarts(codes: PromoCode[], starts: readonly number[], masked: string): PromoCode[] {
  if (codes.length < 2) return codes;
  const cut = (c: PromoCode, i: number): boolean => {
    const at = starts[i];
    if (at === undefined) return false;
    // What follows the start: spaces, one line break, spaces, then the rest of a longer code and no more of a word.
    const gap = /^[ \t]*\r?\n[ \t]*/u.exec(masked.slice(at + c.code.length, at + c.code.length + 8));
    if (!gap) return false;
    const from = at + c.code.length + gap[0].length;
    return codes.some((d) => {
      const rest = d.code.slice(c.code.length);
      return d !== c && rest.length > 0 && d.code.startsWith(c.code) && masked.startsWith(rest, from) && !/[\p{L}\p{N}]/u.test(masked.charAt(from + rest.length));
    });
  };
  return codes.filter((c, i) => !cut(c, i));
}

/**
 * "use my code tomo seven T O M O seven that is TOMO7": a plain word found where a code written later was said aloud (in
 * another script too: "νίκος δέκα n i k o s" for NIKOS10) is its spoken form, not a second code. Only words without
 * capitals: captions write speech in small letters. In place, before the other filters (an inflection rule would
 * otherwise keep the spoken "anna" and drop the written ANNA).
 */
function withoutSaidForms(codes: PromoCode[], starts: number[], spoken: readonly SpokenCode[]): void {
  if (spoken.length === 0 || codes.length < 2) return;
  for (let i = codes.length - 1; i >= 0; i--) {
    const c = codes[i]!;
    const at = starts[i]!;
    if (/[\p{Lu}\p{N}]/u.test(c.code)) continue;
    if (spoken.some((h) => h.code !== c.code && at >= h.saidFrom && at < h.saidTo && codes.some((d) => d.code === h.code))) {
      codes.splice(i, 1);
      starts.splice(i, 1);
    }
  }
}

/**
 * "X instead of Y" between two codes, the preposition in the EU languages and neighbours. Postpositions ("X:n sijaan",
 * "X helyett") are left out: the code before them is the replaced one, but which code comes first then depends on the
 * rest of the sentence.
 */
const INSTEAD_OF = `[\\s,;(\u2013\u2014-]{0,4}(?:${['instead of', 'rather than', 'statt', 'anstatt', 'anstelle von', 'au lieu de', 'à la place de', 'en lugar de',
  'en vez de', 'em vez de', 'no lugar de', 'invece di', 'al posto di', 'in plaats van', 'i stället för', 'istället för', 'i stedet for', 'i steden for', 'zamiast',
  'místo', 'namiesto', 'umjesto', 'namesto', 'umesto', 'în loc de', 'in loc de', 'αντί για', 'αντί', 'вместо', 'замість', 'vietoj', 'nevis', 'minflok',
  'in ionad'].join('|')})[\\s:"'“”„«»]{1,4}`;
/** The preposition alone: a text without it has no "X instead of Y", and no pair of codes is tried. */
const INSTEAD_OF_ANYWHERE = new RegExp(INSTEAD_OF, 'iu');
/** More codes than this in one post are a list, not a correction: the pairwise check is skipped. */
const MAX_INSTEAD_CODES = 12;

/** Whole-word occurrences of `code` in `text`. */
function occurrences(text: string, code: string): number {
  let n = 0;
  for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + code.length)) {
    const end = at + code.length;
    if (!(at > 0 && isLetterOrNumberAt(text, at - 1)) && !(end < text.length && isLetterOrNumberAt(text, end))) n++;
  }
  return n;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "krivo napisao kod (BITMARKO umjesto BITMARK0 ...). Ispravni kod: BITMARK0": "X instead of Y" names one code to use and
 * one replaced, and which is which depends on the verb ("I wrote X instead of Y", "use Y instead of X"). Where the post
 * names one of the two again elsewhere, that one is the code and the other, named once, is the replaced one. Where
 * neither recurs both stay (decided by the rules that found them). In place.
 */
/** The first firm name of each sentence (by sentence id), the one ending first. */
function firstFirmEnds(hits: readonly FirmHit[], ids: Int32Array): Map<number, FirmHit> {
  const out = new Map<number, FirmHit>();
  for (const h of hits) {
    const id = ids[h.start]!;
    const was = out.get(id);
    if (was === undefined || h.end < was.end) out.set(id, h);
  }
  return out;
}

/** Links read for codes a word of the text repeats: a post or bio holds a handful; a hostile text, thousands. */
const MAX_LINK_CODE_URLS = 50;

/** The referral codes of the links (lower case), each with its firm (null for a firm the catalogue lacks). */
function linkCodes(urls: readonly string[], catalogue: FirmCatalogue): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const u of urls) {
    const c = classifyUrl(u, catalogue);
    if (c?.role === 'referral' && c.referralCode) out.set(c.referralCode.toLowerCase(), c.firmId);
  }
  return out;
}

function withoutReplacedByRepeated(codes: PromoCode[], starts: number[], masked: string): void {
  if (codes.length < 2 || codes.length > MAX_INSTEAD_CODES || !INSTEAD_OF_ANYWHERE.test(masked)) return;
  const drop = new Set<number>();
  for (let i = 0; i < codes.length; i++) {
    for (let j = 0; j < codes.length; j++) {
      const x = codes[i]!.code;
      const y = codes[j]!.code;
      if (x === y || !new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(x)}${INSTEAD_OF}${escapeRegExp(y)}(?![\\p{L}\\p{N}])`, 'iu').test(masked)) continue;
      const a = occurrences(masked, x);
      const b = occurrences(masked, y);
      if (a === 1 && b > 1) drop.add(i);
      else if (b === 1 && a > 1) drop.add(j);
    }
  }
  for (const k of [...drop].sort((p, q) => q - p)) {
    codes.splice(k, 1);
    starts.splice(k, 1);
  }
}

/**
 * "usa mi código LAURA-BG y el de MEXC si quieres altcoins: LAURAMX": two codes went to one firm, named only between
 * them. It introduces the second code ("the one for MEXC"); the first is the firm's named before it, when one is
 * (within FAR_FIRM_WINDOW tokens). In place.
 */
function reassignLentFirms(codes: PromoCode[], starts: readonly number[], hits: readonly FirmHit[], t: Tokenised): void {
  // Two codes with the firm named between them is a sentence's pattern; a list of dozens is not read for it (and would
  // cost codes x hits).
  if (codes.length < 2 || hits.length < 2 || codes.length > MAX_LENT_CODES) return;
  for (let i = 0; i < codes.length; i++) {
    const firm = codes[i]!.firmId;
    if (!firm) continue;
    const at = starts[i]!;
    const next = codes.findIndex((d, j) => j !== i && d.firmId === firm && starts[j]! > at);
    if (next < 0) continue;
    const named = hits.filter((h) => h.firmId === firm);
    const between = named.every((h) => t.tokens[h.start]!.start > at && t.tokens[h.end - 1]!.end <= starts[next]!);
    if (!between) continue;
    const k = tokenAtOrAfter(t, at);
    const before = hits.filter((h) => h.firmId !== firm && t.tokens[h.end - 1]!.end <= at && (k < 0 || k - h.end <= FAR_FIRM_WINDOW));
    if (before.length) codes[i] = { ...codes[i]!, firmId: before[before.length - 1]!.firmId };
  }
}

/** More codes than this in one text: reassignLentFirms does not look. */
const MAX_LENT_CODES = 24;

/** A domain written as a name: no path, query or fragment ("Crypto.com", "gate.io/"). */
const BARE_DOMAIN = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}.-]+\/?$/iu;

/** Index of the first token starting at or after `pos`, or -1. */
function tokenAtOrAfter(t: Tokenised, pos: number): number {
  let lo = 0;
  let hi = t.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < t.tokens.length ? lo : -1;
}

/** A header cell naming a code column: "Code", "Código", "Promo code", "Kod polecający", "Referral code" (folded). */
function codeHeader(cell: string): boolean {
  const words = fold(cell.replace(/[*_`]/gu, '').trim()).split(/\s+/u).filter(Boolean);
  return words.length > 0 && words.length <= 3 && words.some((w) => CODE_WORD_KEYS.has(w) || CODE_COMPOUND_KEYS.has(w) || PLURAL_CODE_WORDS.has(w));
}

/** Rows of a pipe table read at most; a hostile text may be one endless table. */
const MAX_TABLE_ROWS = 200;

/**
 * The cells under a code column of the pipe tables in `text` (Markdown or plain "a | b | c" rows): where the code
 * stands, and where its row starts. The cell's whole content, without emphasis marks, must be one word.
 */
function tableCodeCells(text: string): Array<{ code: string; start: number; end: number; rowStart: number }> {
  const out: Array<{ code: string; start: number; end: number; rowStart: number }> = [];
  let column = -1;
  let rows = 0;
  let lineStart = 0;
  while (lineStart <= text.length && rows < MAX_TABLE_ROWS) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    if (!line.includes('|')) column = -1;
    else {
      rows++;
      // Cells with their offsets in the line; a leading and a trailing border give empty cells at the ends.
      const cells: Array<{ text: string; at: number }> = [];
      let at = 0;
      for (const part of line.split('|')) {
        cells.push({ text: part, at });
        at += part.length + 1;
      }
      const header = cells.findIndex((c) => codeHeader(c.text));
      if (header >= 0 && !cells.some((c, n) => n !== header && isCodeLike(c.text.trim()))) column = header;
      else if (column >= 0 && !/^[\s|:-]*$/u.test(line) && cells[column]) {
        const raw = cells[column]!;
        const m = /^\s*[*_`]*([^\s*_`|]+)[*_`]*\s*$/u.exec(raw.text);
        if (m) {
          const start = lineStart + raw.at + raw.text.indexOf(m[1]!);
          out.push({ code: m[1]!, start, end: start + m[1]!.length, rowStart: lineStart });
        }
      }
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return out;
}

/**
 * The word at token k with the tokens a single hyphen joins to it ("KR-JONAS", "QX-ANNA-5"): the tokeniser splits at the
 * hyphen, a code keeps it. `last` is the index of its last token when it joins more than one; a token no hyphen
 * follows is returned as it is (no copy: this runs for many tokens).
 */
function hyphenJoined(t: Tokenised, masked: string, k: number): Token & { last?: number } {
  const first = t.tokens[k]!;
  if (masked.charCodeAt(first.end) !== HYPHEN) return first;
  let last = k;
  // A lower-case part after a word with capitals is a case ending ("TALLINN7-ga", "MEXC-nél"), not more of the code.
  const capitals = /\p{Lu}/u.test(first.text);
  while (last + 1 < t.tokens.length && last - k < 4 && t.tokens[last + 1]!.start === t.tokens[last]!.end + 1 && masked.charCodeAt(t.tokens[last]!.end) === HYPHEN) {
    if (capitals && /^\p{Ll}+$/u.test(t.tokens[last + 1]!.text)) break;
    last++;
  }
  if (last === k) return first;
  const end = t.tokens[last]!.end;
  return { ...first, text: masked.slice(first.start, end), end, last };
}
const HYPHEN = 0x2d;

/**
 * Two spellings of one code a typo apart: at most two characters substituted, inserted or left out, both at least four
 * long (the usual edit-distance table, bounded; written here as a dozen lines for two short words).
 */
function slipApart(a: string, b: string): boolean {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  if (x.length < 4 || y.length < 4 || Math.abs(x.length - y.length) > 2 || x.length > 40 || y.length > 40) return false;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[y.length]! <= 2;
}

/** Share of upper-case letters from which a post counts as written in capitals. */
const SHOUTED_SHARE = 0.8;
/**
 * "NOVI KOD ZA OKX: ANTE2025 !!! STARI KOD ANTE2024 ...", "INAK BONUS NEDOSTANETE": in a post written in capitals every word
 * looks like a code. Where the post gives a code with a digit, capital words without one are its words, not codes.
 */
function withoutShoutedWords(codes: PromoCode[], masked: string): PromoCode[] {
  if (codes.length < 2 || !codes.some((c) => /\d/.test(c.code))) return codes;
  let upper = 0;
  let lower = 0;
  for (const ch of masked) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  if (upper + lower < 20 || upper < SHOUTED_SHARE * (upper + lower)) return codes;
  return codes.filter((c) => !/^\p{Lu}+$/u.test(c.code));
}

function withoutSpokenForms(codes: PromoCode[]): PromoCode[] {
  if (codes.length < 2) return codes;
  const spoken = (c: PromoCode): boolean =>
    /^\p{Ll}+$/u.test(c.code) && codes.some((d) => d !== c && d.firmId === c.firmId && d.code.toLowerCase().startsWith(c.code) && /^\d+$/.test(d.code.slice(c.code.length)));
  return codes.filter((c) => !spoken(c));
}

function withoutInflections(codes: PromoCode[], starts: readonly number[]): PromoCode[] {
  if (codes.length < 2) return codes;
  const sameWord = (a: string, b: string): boolean => {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    let n = 0;
    while (n < x.length && n < y.length && x[n] === y[n]) n++;
    return n >= MIN_STEM && INFLECTION_ENDINGS.has(x.slice(n)) && INFLECTION_ENDINGS.has(y.slice(n));
  };
  return codes.filter((c, i) => !codes.some((d, j) => j !== i && d.firmId === c.firmId && d.code !== c.code && starts[j]! < starts[i]! && sameWord(c.code, d.code)));
}
