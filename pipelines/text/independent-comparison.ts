// A newsroom's or a teacher's comparison of several firms (issue 7, blind29): fee tests, "how the exchanges differ"
// pieces. What marks them, whatever the language, is not the firms they name but a few statements about the piece:
// that no firm paid for it ("Aucune plateforme n'a financé ce test", "Nė viena birža už straipsnį nemokėjo"), that the
// editors use no partner links ("Die Redaktion nutzt keine Partnerlinks"), or a heading asking how the firms differ
// ("Så skiljer sig börserna:"). Each is read from a sentence's word stems, so inflection and word order do not matter.
// Only in a post that gives no link of its own: a promoter may say "not paid for this", but then links.
import { isFirstPerson } from './first-person.ts';
import { isNegator } from './negators.ts';
import { sentenceIds } from './positions.ts';
import type { Tokenised } from './tokenise.ts';

/** Folded stems (no accents, "ł" as "l") of paying and funding verbs, in the EU languages ("paid", "betalt", "financé", "nemokėjo", "ħallasna"). */
const PAY_STEM =
  /^(?:paid|pay|betal|bezahl|zahlt|pag[aou]|pai[ed]|paye|financ|finanz|fizet|plat|plac|zaplac|zaplat|mokej|nemok|sumok|maks|hallas|плат|плащ|πληρω|χρηματοδοτ|ioc)/u;
/** "no one", "no firm": negative determiners and pronouns that negate without a negating verb. Folded. */
const NONE_WORDS: ReadonlySet<string> = new Set([
  'no', 'none', 'nobody', 'neither', 'kein', 'keine', 'keiner', 'niemand', 'aucun', 'aucune', 'personne', 'ningun', 'ninguna', 'ninguno', 'nadie', 'nessun', 'nessuna',
  'nessuno', 'nenhum', 'nenhuma', 'ninguem', 'geen', 'niemand', 'zadna', 'zadne', 'zadny', 'zadnej', 'nikt', 'zadna', 'ziadna', 'ziadny', 'nikto', 'nijedna', 'nijedan',
  'nobena', 'noben', 'nihce', 'ingen', 'inget', 'intet', 'mikaan', 'kukaan', 'ukski', 'keegi', 'egyik', 'senki', 'sem', 'niciun', 'niciuna', 'nimeni', 'καμια', 'κανενας',
  'κανεις', 'никоя', 'никой', 'никакви', 'neviena', 'nevienu', 'neviens', 'ne', 'nei', 'jokia', 'joks', 'hadd', 'ebda', 'aon', 'ni', 'nicht', 'not', 'never',
]);
/** Folded stems of the piece itself: article, test, comparison, review. */
const PIECE_STEM =
  /^(?:article|artikel|artikkel|articul|artícul|articol|artigo|artykul|clan|cikk|straipsn|rakst|artiklu|test|teszt|τεστ|тест|статия|статья|αρθρο|comparison|vergleich|comparati|comparaci|comparazion|confront|compara|vergelijk|porowna|srovnan|porovnan|jamforel|sammenlign|vertailu|vordlus|osszehasonlit|σύγκρισ|συγκρισ|сравнен|salidzin|palygin|primerjav|usporedb|tqabbil|comparaid|rapport|report|studie|study|analys)/u;
/** Folded stems of "the editors", "the newsroom". */
const EDITOR_STEM = /^(?:redakc|redakt|redacc|redact|redaz|toimitu|szerkeszt|συνταξ|редакц|urednis|newsroom|editors|editorial)/u;
/** Folded stems of link nouns, in the EU languages. */
const LINK_STEM = /^(?:link|odkaz|lien|enlace|collegament|ligac|saite|saiti|nuorod|povezav|poveznic|линк|συνδεσμ|lenke|lank|partnerlink|affiliatelink)/u;
/** The first three letters of every pay and editor stem (the patterns' alternatives), for the cheap first pass. */
const STEM_STARTS: ReadonlySet<string> = new Set(
  [PAY_STEM, EDITOR_STEM].flatMap((r) => r.source.replace(/^\^\(\?:/u, '').replace(/\)$/u, '').split('|')).map((a) => a.slice(0, 3)),
);
/**
 * Their first two characters as one number (firstTwo): most tokens start with none, and are rejected without slicing
 * their first three letters (a new string per token, hashed afresh for the set). Every start has three characters.
 */
const STEM_FIRST_TWO: ReadonlySet<number> = new Set([...STEM_STARTS].map(firstTwo));
/** The first two UTF-16 units of s in one int32 (a missing unit reads as 0, which no start holds). */
function firstTwo(s: string): number {
  return (s.charCodeAt(0) << 16) | s.charCodeAt(1);
}
/** Folded stems of "differ" ("how the exchanges differ:"). */
const DIFFER_STEM =
  /^(?:differ|unterscheid|differen|difier|diferen|differisc|verschil|rozni|lisi|skiljer|adskill|eroav|erinev|kulonboz|difer|διαφερ|различ|отлича|atskir|skiriasi|razlikuj|razlik|ivarjaw)/u;

/** "I" in the EU languages, folded (isFirstPerson has the object forms and possessives). */
// Not Hungarian "én" or Latvian "es": folded they are "en" and "es", everyday words of other languages.
const I_WORDS: ReadonlySet<string> = new Set(['i', 'je', 'ich', 'ik', 'jag', 'jeg', 'io', 'yo', 'eu', 'ja', 'jaz', 'mina', 'εγω', 'аз', 'jien', 'me', 'moi']);

/** Where a heading must end (its colon), in characters. */
const HEADING_CHARS = 80;
/** Folded stems of the code word: a post about codes is not read here. */
const CODE_STEM = /^(?:code|codi|codu|kod|kód|kood|κωδικ|код)/u;

/** Verbs glued to their negation ("nemokėjo", "nepoužívá", "nekorzysta"): only beside the other words of a rule. */
const GLUED_NEGATION = /^(?:ne|nie)\p{L}{3,}/u;

export interface PieceFinding {
  kind: 'report' | 'explainer';
  from: number;
  to: number;
  marker: string;
}

/**
 * The sentences of a post without links that say no firm paid for the piece, that the editors use no partner links
 * (both: a report), or, heading the post with a colon, ask how the firms differ (an explainer).
 */
export function independentPiece(text: string, t: Tokenised, links: number): PieceFinding[] {
  if (links > 0 || t.tokens.length === 0) return [];
  // A post that speaks of codes may be a promoter's ("not sponsored, honest review, my code X"): left to the other rules.
  // Asked only once a sentence qualifies (most posts have none): the stems below are tested lazily, the cheap
  // and most selective first, because this runs on every post without a link.
  let codeTalk: boolean | null = null;
  const speaksOfCodes = (): boolean => (codeTalk ??= t.tokens.some((w) => CODE_STEM.test(w.key)));
  const out: PieceFinding[] = [];
  // "Så skiljer sig börserna:", "Чем отличаются биржи:": a short heading before the first colon.
  const colon = text.search(/[:：]/u);
  if (colon > 0 && colon < HEADING_CHARS) {
    const head = t.tokens.filter((w) => w.end <= colon);
    if (head.length > 0 && head.length <= 8 && !head.slice(1).some((w) => w.breakBefore) && head.some((w) => DIFFER_STEM.test(w.key)) && !speaksOfCodes()) {
      out.push({ kind: 'explainer', from: head[0]!.start, to: head[head.length - 1]!.end, marker: text.slice(head[0]!.start, colon) });
    }
  }
  // Only a text holding a pay or an editor word can hold either statement: one cheap pass first (a set of the stems'
  // first three letters before the pattern), since this runs for every post without a link.
  if (!t.tokens.some((w) => STEM_FIRST_TWO.has(firstTwo(w.key)) && STEM_STARTS.has(w.key.slice(0, 3)) && (PAY_STEM.test(w.key) || EDITOR_STEM.test(w.key)))) return out;
  const ids = sentenceIds(t);
  let from = 0;
  for (let k = 1; k <= t.tokens.length; k++) {
    if (k < t.tokens.length && ids[k] === ids[from]) continue;
    const words = t.tokens.slice(from, k);
    from = k;
    // No firm paid for the piece, or the editors use no partner links.
    const paidPiece = words.some((w) => PAY_STEM.test(w.key)) && words.some((w) => PIECE_STEM.test(w.key));
    if (!paidPiece && !(words.some((w) => EDITOR_STEM.test(w.key)) && words.some((w) => LINK_STEM.test(w.key)))) continue;
    if (!words.some((w) => NONE_WORDS.has(w.key) || GLUED_NEGATION.test(w.key) || isNegator(w))) continue;
    // "personne ne me paie", "no firm paid me": a person speaking of their own review, not a newsroom of its piece.
    if (words.some((w) => isFirstPerson(w) || (I_WORDS.has(w.key) && w.text !== w.text.toUpperCase())) || speaksOfCodes()) continue;
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    out.push({ kind: 'report', from: start, to: end, marker: text.slice(start, end) });
  }
  return out;
}
