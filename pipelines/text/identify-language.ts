// The language identifiers behind detectLanguage, chosen by measurement (bench/language-compare.ts,
// docs/decisions/0018): eld (n-gram, 60 languages, the most accurate on short and code-switched posts)
// decides, and Google's CLD3 (cld3-asm, WebAssembly) is asked only when eld is unsure. eld has no model
// for Irish or Maltese: on their texts its best score stays far below its usual ~0.8 (measured: median
// 0.45), which is exactly when CLD3, which knows both, is consulted.
import { loadModule } from 'cld3-asm';
import { eldBestAmong, eldDetect, ELD_LANGUAGE_CODES, type EldResult } from './eld-fast.ts';
import { foreignLetters, hasAlphabet } from './alphabets.ts';
import { EU_OFFICIAL_LANGUAGES } from './phrases/languages.ts';
import { bulgarianNotSerbian, closeRelative, distinctWords, greeklishShare, hintedRelative, irishNotScottish, irishSigns, lowerSample, notSlovene } from './close-relatives.ts';
import { MALTESE_MARKERS, SWAHILI_MARKERS, TAGALOG_MARKERS } from './phrases/relative-markers.ts';

/** eld's best score at or above this is a text in one of its languages (0.72+ for 90% of clean sentences of each). */
const ELD_SURE = 0.65;
/** eld's best score up to which its answer may be overruled by another language's own words (Irish, Swahili). */
const ELD_FAIRLY_SURE = 0.75;
/** A CLD3 answer of Irish or Maltese below this probability is not taken. */
const CLD3_MIN_PROBABILITY = 0.7;
const MALTESE_LETTERS = /[ħġċĦĠĊ]/u;
/** Maltese function words no other language we meet writes (qed, illum, biss, jien, mhux, ukoll ...). */
const MALTESE_WORDS: ReadonlySet<string> = new Set(MALTESE_MARKERS);
const SWAHILI_WORDS: ReadonlySet<string> = new Set(SWAHILI_MARKERS);
const TAGALOG_WORDS: ReadonlySet<string> = new Set(TAGALOG_MARKERS);
/** Share of a post's words that Tagalog's own function words must reach to make an "English" post Taglish. */
const TAGALOG_SHARE = 0.2;
/**
 * "so nasa description yung link guys": English nouns in a Tagalog frame. eld reads the English words and says English;
 * two of Tagalog's own function words, a fifth of the words or more, say the post is Tagalog (its grammar is).
 */
function taglish(sample: string): boolean {
  const tagalog = markerWords(sample, TAGALOG_WORDS);
  if (tagalog < 2) return false;
  const words = sample.match(/\p{L}+/gu)?.length ?? 0;
  return tagalog >= TAGALOG_SHARE * words;
}
/** Maltese's article joined to its noun: il-, l-, tal-, fil-, mill-, bil-, lill-, għall-, sal- ("tal-video", "il-kont"). */
const MALTESE_ARTICLE = /(?:^|[^\p{L}-])(?:il|l|tal|fil|mill|bil|lill|għall|ghall|sal)-\p{L}{2,}/giu;
/** Maltese words and article forms in the sample, each counted once. */
const maltaSigns = (sample: string): number => markerWords(sample, MALTESE_WORDS) + malteseArticles(lowerSample(sample));
/** Distinct article forms in the lower-cased sample; none without a hyphen, which the pattern requires (no regex run then). */
const malteseArticles = (lower: string): number => (lower.includes('-') ? new Set(Array.from(lower.matchAll(MALTESE_ARTICLE), (m) => m[0].trim())).size : 0);
/** How many distinct words of `markers` the sample holds. */
const markerWords = (sample: string, markers: ReadonlySet<string>): number => distinctWords(sample, (w) => markers.has(w));
/**
 * CLD3 answers nobody posts promotions in: Latin and Esperanto, and small Pacific and Romance
 * languages it reaches for on short mixed posts (measured: "Bonus mit Code ... (Affiliate-Link in
 * Bio)" is Latin to CLD3 at 0.99). They are never taken; eld's answer stands.
 */
const CLD3_NOT_TAKEN: ReadonlySet<string> = new Set(['la', 'eo', 'co', 'haw', 'sm', 'mi', 'ia', 'ie', 'vo']);
/**
 * Hindi in Latin letters ("mujhe samajh nahi aata", "kal thoda aur lunga bhai"): eld's Hindi model is of Devanagari, so
 * it reads romanised Hindi as Tagalog or Malay, unsure; CLD3 has a model of its own for it ("hi-Latn"), taken when
 * reliable. Its other romanised models (ru-Latn, bg-Latn) are not: they answered for Croatian rows (bench corpora).
 */
const ROMANISED_TAKEN: ReadonlySet<string> = new Set(['hi-Latn']);
/** Letters of the Cyrillic alphabet that Macedonian alone writes among its neighbours (Serbian has ћ and ђ instead). */
const MACEDONIAN_LETTERS = /[ќѓѕЌЃЅ]/u;
/** Languages only CLD3 knows among those we must recognise (EU official languages). */
const CLD3_ONLY: ReadonlySet<string> = new Set(['ga', 'mt']);
/** eld's languages: where eld is unsure about one of its own, CLD3 is no better (measured), so eld's answer stands. */
const ELD_LANGUAGES: ReadonlySet<string> = new Set(ELD_LANGUAGE_CODES);

/** CLD3 names a few languages its own way, and latinised forms with a suffix ("ru-Latn"). */
function cld3Code(code: string): string | null {
  if (code === 'und') return null;
  const base = code.split('-')[0] ?? code;
  return base === 'fil' ? 'tl' : base === 'iw' ? 'he' : base;
}
/**
 * eld answers n-gram scores; a lead of this over the runner-up is a clear decision on a short post. A
 * longer text needs less (down to 30% of it from 200 letters on): close relatives (bg/mk/ru, da/no,
 * hr/sr) stay within a few hundredths of each other on long texts that eld still reads right.
 */
const CLEAR_GAP = 0.05;
const clearGap = (letters: number) => CLEAR_GAP * Math.max(0.3, Math.min(1, FULL_LETTERS / letters));
/** eld's confidence below which CLD3 is asked for a second opinion (the EU-language nexus floor). */
const SECOND_OPINION_BELOW = 0.5;
const NEXUS_CANDIDATES: ReadonlySet<string> = new Set([...EU_OFFICIAL_LANGUAGES].filter((l) => l !== 'en'));
/** CLD3 is no help on shorter texts (bench: short posts). */
const MIN_SECOND_OPINION_LETTERS = 30;
/** Letters from which a text is long enough for full confidence. */
const FULL_LETTERS = 60;

// WebAssembly is compiled once when the module is loaded; minBytes 0: short texts are our concern, not CLD3's.
const cld3 = (await loadModule()).create(0, 700);

export interface Identified {
  code: string;
  /** 0..1: how far the answer leads its runner-up, scaled down for short texts. */
  confidence: number;
  /** Which identifier answered (explains the confidence in a case); `words`: marker words or letters only one language writes. */
  by: 'eld' | 'cld3' | 'words';
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const clamp01 = (n: number) => (n < 0 ? 0 : n > 1 ? 1 : n);

/** eld's answer, and the language without an eld model that it takes for it. */
const NON_EU_RELATIVES: ReadonlyMap<string, string> = new Map([['bg', 'mk'], ['sr', 'mk'], ['pt', 'gl'], ['nl', 'af']]);
/** CLD3's least probability for taking the relative instead of eld's answer. */
const RELATIVE_MIN_PROBABILITY = 0.9;
/** Galician words Portuguese writes otherwise (unha/uma, xa/já, non/não, moito/muito, dende/desde, tamén/também). */
const GALICIAN_WORDS: ReadonlySet<string> = new Set(['unha', 'nunha', 'dunha', 'cunha', 'cos', 'coas', 'xa', 'xente', 'non', 'moito', 'moita', 'moitos', 'dende', 'tamén', 'tamen', 'agora', 'eu', 'vermello', 'agardade', 'grazas', 'aínda', 'ningún', 'algún', 'facer', 'ollo', 'fomos', 'hoxe', 'onte', 'mañá']);
/**
 * Afrikaans words Dutch writes otherwise (ek/ik, jy/jij, nie/niet, vir/voor, baie/veel, hulle/zij, gister/gisteren, sê/zeg).
 * Not words Dutch writes too ("Bel ons op", "we gaan", "lekker"): they made a Dutch shop's post Afrikaans.
 */
const AFRIKAANS_WORDS: ReadonlySet<string> = new Set(['ek', 'jy', 'nie', 'vir', 'baie', 'hulle', 'gister', 'sê', 'julle', 'hierdie', 'kry', 'asseblief', 'dankie', 'môre']);

/** Letters below which one letter the language does not write sets it aside; above, two must. */
const SHORT_FOR_ALPHABET = 40;

/** eld's answer, or, when the sample holds letters its language never writes (alphabets.ts), the best one that writes them. */
function withinAlphabet(r: EldResult, sample: string, letters: number): EldResult {
  if (!r.language || !hasAlphabet(r.language)) return r;
  const limit = letters < SHORT_FOR_ALPHABET ? 1 : 2;
  if (foreignLetters(r.language, sample, limit) < limit) return r;
  const other = eldBestAmong((code) => foreignLetters(code, sample, limit) < limit);
  return other.language ? other : r;
}

/**
 * Azerbaijani writes ə in one letter of ten; Turkish never. eld's Azerbaijani for a post without it ("Günaydın İzmir,
 * yine yatay") is Turkish, or whichever language eld ranks next.
 */
function notAzerbaijani(r: EldResult, sample: string): EldResult {
  if (r.language !== 'az' || /[əƏ]/u.test(sample)) return r;
  const other = eldBestAmong((code) => code !== 'az');
  return other.language ? other : r;
}

/** The language of a sample (URLs, handles and codes already removed) of `letters` letters, or null. */
/**
 * `hints`: the post's hashtag words and link top-level domains, folded, read only when close relatives are left
 * undecided by their words (detect-language.ts gathers them; the sample has neither).
 */
export function identify(sample: string, letters: number, hints?: () => Iterable<string>): Identified | null {
  const lengthFactor = 0.5 + 0.5 * Math.min(1, letters / FULL_LETTERS);
  // eld's answer (eld-fast.ts: eld's own data and arithmetic, faster).
  const r = notAzerbaijani(withinAlphabet(eldDetect(sample), sample, letters), sample);
  const { best, second } = r;
  // Greek in Latin letters: eld has no model for it and is unsure (measured 0.44-0.57); its own words decide.
  // Half the words Greeklish outweighs an answer up to ELD_FAIRLY_SURE ("kalo alla ligo akrivo re" is Italian to eld).
  if (best < ELD_FAIRLY_SURE && !/(?![\u0000-\u007f])\p{L}/u.test(sample)) {
    const greeklish = greeklishShare(sample);
    if (greeklish > 0 && (best < ELD_SURE || greeklish >= 0.5)) return { code: 'el', confidence: round2(Math.min(0.9, 2 * greeklish) * lengthFactor), by: 'words' };
  }
  // ħ, ġ and ċ are written by Maltese alone among the languages we meet; when eld is unsure (it has no Maltese model)
  // they decide. Without those letters ("Illum qed nara s-suq biss", "grazzi hafna habib tieghi"), two of Maltese's own
  // words do, or its article joined by a hyphen ("tal-video", "il-kont"); three outweigh an answer up to
  // ELD_FAIRLY_SURE, as for Irish and Swahili below. CLD3 still answers first when it says Maltese (its probability
  // is a truer confidence), but its other answers are not taken over them: it reads Maltese typed without ħ as Swahili.
  const maltese = best < ELD_FAIRLY_SURE && (MALTESE_LETTERS.test(sample) || maltaSigns(sample) >= (best < ELD_SURE ? 2 : 3));
  // CLD3's answer on this sample, asked at most once (it is deterministic; a WebAssembly call is costly).
  let cld3Answer: ReturnType<typeof cld3.findLanguage> | null = null;
  if (best < ELD_SURE) {
    // Also Swahili and other languages eld lacks: CLD3's reliable answer is taken.
    const c = (cld3Answer = cld3.findLanguage(sample));
    const cld = cld3Code(c.language as string);
    const code = cld === 'gd' && irishNotScottish(sample) ? 'ga' : cld;
    const romanised = ROMANISED_TAKEN.has(c.language as string);
    const taken = code && c.is_reliable && c.probability >= CLD3_MIN_PROBABILITY && !CLD3_NOT_TAKEN.has(code) && (CLD3_ONLY.has(code) || romanised || !ELD_LANGUAGES.has(code));
    if (taken && (!maltese || code === 'mt')) return { code, confidence: round2(c.probability * lengthFactor), by: 'cld3' };
  }
  if (maltese) return { code: 'mt', confidence: round2(0.6 * lengthFactor), by: 'words' };
  // Irish and Swahili likewise, by their own words (Irish also by eclipsis: "An dtuigeann aon duine ...", read as French).
  // eld has no model for either; its Tagalog or Malay can look sure on a Swahili post (0.66-0.69 measured), so three
  // words outweigh an answer up to ELD_FAIRLY_SURE. Surer answers are not second-guessed (nor the words scanned).
  if (best < ELD_FAIRLY_SURE) {
    const irish = irishSigns(sample);
    if (irish >= 3 || (best < ELD_SURE && irish >= 2)) return { code: 'ga', confidence: round2(0.6 * lengthFactor), by: 'words' };
    const swahili = markerWords(sample, SWAHILI_WORDS);
    if (swahili >= 3 || (best < ELD_SURE && swahili >= 2)) return { code: 'sw', confidence: round2(0.6 * lengthFactor), by: 'words' };
  }
  if (!r.language) return null;
  if (r.language === 'en' && taglish(sample)) return { code: 'tl', confidence: round2(0.6 * lengthFactor), by: 'words' };
  // Croatian or Serbian, Danish or Norwegian: words only one of them writes decide (close-relatives.ts).
  // No word decides: where the post points (a #oslo, a .no link) breaks the tie, and only between relatives.
  // Words never outvote letters: "pro-dôchodcov" holds Czech's "pro", but ô is a letter Czech never writes.
  const limit = letters < SHORT_FOR_ALPHABET ? 1 : 2;
  const worded = closeRelative(r.language, sample);
  const byWords = worded && hasAlphabet(worded) && foreignLetters(worded, sample, limit) >= limit ? null : worded;
  let relative = byWords ?? (hints ? hintedRelative(r.language, hints) : null);
  // eld's "ms" model was trained on Malay and Indonesian alike (it has no "id"); CLD3 has both. Marker words and
  // places go first: CLD3 calls Malay with "tak", "nak" or "macam" in it Indonesian (measured on the corpora's Malay
  // rows). Saying Indonesian wherever nothing tells them apart was tried and not kept: on public news text (bench:language)
  // it lost a third of the Malay rows for a few Indonesian ones.
  if (r.language === 'ms' && relative === null) {
    const c = (cld3Answer ??= cld3.findLanguage(sample));
    if (cld3Code(c.language as string) === 'id') return { code: 'id', confidence: round2(c.probability * lengthFactor), by: 'cld3' };
  }
  // "Hvala, sada radi!": eld's Slovene, but "sada" is a word only Croatian and Serbian write; eld's scores of
  // those two decide between them.
  if ((relative ?? r.language) === 'sl' && notSlovene(sample)) relative = eldBestAmong((code) => code === 'hr' || code === 'sr').language ?? relative;
  // Macedonian and Galician: eld has no model for them and reads them as Bulgarian, Serbian or Portuguese (a false
  // EU-language nexus for two of them). CLD3 knows them and tells them apart (measured: 1.00 on mk, gl, bg and pt rows
  // alike); it is asked when the answer so far is Bulgarian (few posts), Serbian in Cyrillic, or Portuguese with a
  // Galician word in it.
  // "много хубаво видео": eld's Serbian, but "хубаво" is Bulgarian and no letter only Serbian writes is there.
  if ((relative ?? r.language) === 'sr' && bulgarianNotSerbian(sample)) relative = 'bg';
  const soFar = relative ?? r.language;
  // "Утре ќе купам": eld has no Macedonian model and says Serbian or Bulgarian; ќ, ѓ and ѕ say Macedonian.
  if ((soFar === 'sr' || soFar === 'bg' || soFar === 'ru' || soFar === 'uk') && MACEDONIAN_LETTERS.test(sample)) {
    return { code: 'mk', confidence: round2(Math.min(0.8, best) * lengthFactor), by: 'words' };
  }
  const unmodelled = NON_EU_RELATIVES.get(soFar);
  const ask =
    unmodelled !== undefined &&
    (soFar === 'pt' ? markerWords(sample, GALICIAN_WORDS) > 0 : soFar === 'nl' ? markerWords(sample, AFRIKAANS_WORDS) > 0 : soFar === 'sr' ? /[\u0400-\u04ff]/u.test(sample) : true);
  if (unmodelled && ask) {
    const c = (cld3Answer ??= cld3.findLanguage(sample));
    if (c.is_reliable && c.probability >= RELATIVE_MIN_PROBABILITY && cld3Code(c.language as string) === unmodelled) {
      return { code: unmodelled, confidence: round2(c.probability * lengthFactor), by: 'cld3' };
    }
  }
  if (relative && relative !== r.language) return { code: relative, confidence: round2(Math.min(0.8, best) * lengthFactor), by: 'words' };
  // Below ELD_SURE the text is in no language eld knows well (or in two): little confidence.
  let confidence = clamp01((best - second) / clearGap(letters)) * clamp01((best - 0.5) / (ELD_SURE + 0.1 - 0.5)) * lengthFactor;
  // Close relatives (bg/ru/sr, da/no, hr/sr) score within hundredths in eld even when it is right: a
  // second, independent identifier agreeing is the confidence eld's margin cannot give.
  // Only where the confidence decides something: an EU official language other than English (the nexus floor).
  if (confidence < SECOND_OPINION_BELOW && letters >= MIN_SECOND_OPINION_LETTERS && NEXUS_CANDIDATES.has(r.language)) {
    const c = cld3Answer ?? cld3.findLanguage(sample);
    if (c.is_reliable && cld3Code(c.language as string) === r.language) confidence = Math.max(confidence, c.probability * lengthFactor);
  }
  return { code: r.language, confidence: round2(confidence), by: 'eld' };
}
