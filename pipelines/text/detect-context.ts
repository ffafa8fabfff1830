// Context that reverses the meaning of promotion words (ESMA G1 §17): scam and phishing warnings,
// explainers and journalists' reports, expired codes. The promo and disclosure detectors consult it;
// the indicators turn a warning into a counter-indication. Matching is on folded tokens (linear).
import { fold } from './fold.ts';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.ts';
import { isNegator } from './negators.ts';
import {
  ANYONE_WORDS, CHECK_WORD, CLAIM_VERBS, CONTACT_VERBS, EXAMPLE_WORDS, MADE_UP_WORDS, LICENCE_WORD, EXPIRY_CUES, SCAM_MECHANICS, EXPLAINER_CUES, INFLUENCER_WORDS, NEVER_WORDS, OF_WORDS, PERCENT_WORDS, POSSESSIVES, REGISTER_WORD, REPORT_CUES, REQUIREMENT_WORD,
  SECRET_PHRASES, SHARE_WORDS, SUPERVISOR_WORD, mayNameSupervisor, WARNING_CUES, WHAT_IS_QUESTIONS, WHY_HOW_WORDS, YOUR_WORDS,
} from './phrases/context-phrases.ts';
import { FEE_WORDS } from './phrases/promo-phrases.ts';
import { COMMUNITY_NOUNS, RECEIVE_VERBS } from './phrases/remuneration-phrases.ts';
import { isFirstPerson } from './first-person.ts';
import { clauseIds, sentenceIds } from './positions.ts';
import { prepared, type TextInput } from './prepare.ts';
import { newsByline } from './news-byline.ts';
import { journalistTitle } from './journalist-bio.ts';
import { channelHeader } from './channel-header.ts';
import { namesCodeWord } from './code-word-keys.ts';
import { independentPiece } from './independent-comparison.ts';
import { greekQuestionIn, questionAt } from './question-end.ts';
import { quotedPrefixEnd } from './quoted-prefix.ts';
import type { Token, Tokenised } from './tokenise.ts';
import { isSpace } from './chars.ts';

export type ContextKind = 'warning' | 'explainer' | 'report' | 'expired';

export interface ContextFinding {
  kind: ContextKind;
  /** The cue as written. */
  marker: string;
  /** Character range of the sentence holding the cue (in the prepared text). */
  from: number;
  to: number;
  /** The sentence tells what someone else does ("an influencer urges followers to use code X") or gives a made-up example. */
  aboutOthers?: true;
  /** Where the cue itself starts, for expiry cues: the code it is about is the nearest one before it. */
  at?: number;
}

export interface TextContext {
  findings: ContextFinding[];
  has(kind: ContextKind): boolean;
  /** True when the position lies in a sentence holding a cue of this kind. */
  inSentence(kind: ContextKind, pos: number): boolean;
  /** True when the position lies in a sentence about what someone else does, or an explainer's made-up example. */
  aboutOthers(pos: number): boolean;
}

/** How far back a negator reaches: "this is not a scam", "das ist kein Betrug". */
const NEGATION_WINDOW = 3;

const cues = new PhraseMatcher<ContextKind>();
for (const c of WARNING_CUES) cues.add(c, 'warning');
for (const c of EXPLAINER_CUES) cues.add(c, 'explainer');
for (const c of REPORT_CUES) cues.add(c, 'report');
for (const c of EXPIRY_CUES) cues.add(c, 'expired');
type Lexical = 'mechanic' | 'secret' | 'example' | 'madeUp';
/**
 * Scam mechanics, the wallet's secret words (a warning only when told to the reader: secretPhrases) and example words
 * (madeUpExamples), in one pass over the tokens.
 */
const mechanics = new PhraseMatcher<Lexical>([
  ...SCAM_MECHANICS.map((w) => [w, 'mechanic'] as const),
  ...SECRET_PHRASES.map((w) => [w, 'secret'] as const),
  ...EXAMPLE_WORDS.map((w) => [w, 'example'] as const),
  ...MADE_UP_WORDS.map((w) => [w, 'madeUp'] as const),
]);
const whatIs = new PhraseMatcher<true>(WHAT_IS_QUESTIONS.map((q) => [q, true] as const));
// Not the "t" of "don't": "don't trust scam sites" is still a warning.
export const POSSESSIVE_KEYS: ReadonlySet<string> = new Set(POSSESSIVES.map(fold));

function negated(t: Tokenised, m: PhraseMatch<ContextKind>): boolean {
  for (let k = 1; k <= NEGATION_WINDOW; k++) {
    const i = m.start - k;
    if (i < 0 || t.tokens[i + 1]!.breakBefore) return false;
    if (isNegator(t.tokens[i]!, null, 't')) return true;
  }
  return false;
}

/** Character range of the sentence (or line) around token range [start, end). */
function sentenceOf(t: Tokenised, start: number, end: number): { from: number; to: number } {
  let a = start;
  while (a > 0 && !t.tokens[a]!.breakBefore) a--;
  let b = end;
  while (b < t.tokens.length && !t.tokens[b]!.breakBefore) b++;
  return { from: t.tokens[a]!.start, to: t.tokens[b - 1]!.end };
}

/**
 * A defanged address ("okx-bonus[.]com", "x(.)io", "hxxps://"): the writer broke it on purpose so nobody
 * can click it, the convention for quoting a malicious site. Promoters want the click and never do this,
 * so in any language it marks a warning; the address itself is never a link (extract-urls.ts).
 */
const DEFANGED = /[\p{L}\p{N}][\p{L}\p{N}-]*(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))[\p{L}\p{N}]|\bhxxps?(?::\/\/|\[:\]\/\/)/giu;
const DEFANG_MARKS = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|hxxp/i;

/** Character range of the sentence around a character position. */
function sentenceAt(t: Tokenised, pos: number): { from: number; to: number } | null {
  let k = 0;
  while (k < t.tokens.length && t.tokens[k]!.end <= pos) k++;
  if (k >= t.tokens.length) return null;
  return sentenceOf(t, k, k + 1);
}

/** Every mark, in order (DEFANG_MARKS searched along the text). */
const DEFANG_MARKS_ALL = new RegExp(DEFANG_MARKS.source, 'gi');

/**
 * Where text.matchAll(DEFANGED) finds its matches, in the same order. Each match holds a mark and no white space (it is
 * letters, digits, hyphens, brackets, dots, colons and slashes), so it lies in
 * one space-delimited chunk holding a mark, and a search of that chunk alone finds what the search of the whole text
 * finds there ("\b" sees a space and the chunk's edge alike). Only those chunks are searched: DEFANGED tries every
 * letter of the text, each time along the rest of its word. Each character is looked at a bounded number of times.
 */
function defangedStarts(text: string): number[] {
  const out: number[] = [];
  /** The text before it is searched. */
  let done = 0;
  DEFANG_MARKS_ALL.lastIndex = 0;
  for (let mark = DEFANG_MARKS_ALL.exec(text); mark; mark = DEFANG_MARKS_ALL.exec(text)) {
    let a = mark.index;
    while (a > done && !isSpace(text.charCodeAt(a - 1))) a--;
    let b = mark.index + mark[0].length;
    while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
    for (const m of text.slice(a, b).matchAll(DEFANGED)) out.push(a + m.index);
    done = b;
    DEFANG_MARKS_ALL.lastIndex = b;
  }
  return out;
}

function defanged(text: string, t: Tokenised, findings: ContextFinding[]): void {
  if (!DEFANG_MARKS.test(text)) return;
  for (const index of defangedStarts(text)) {
    const at = sentenceAt(t, index);
    // The whole address as written, up to the next space, for the case's reader.
    const rest = text.slice(index, index + 200);
    let marker = rest.slice(0, rest.search(/[\s"'«»“”„]|$/u));
    // Sentence punctuation and a closing bracket the address did not open ("(see x[.]com).").
    for (;;) {
      const trimmed = marker.replace(/[.,;:!?]+$/u, '');
      const unbalanced = trimmed.endsWith(')') && trimmed.split('(').length < trimmed.split(')').length;
      const next = unbalanced ? trimmed.slice(0, -1) : trimmed;
      if (next === marker) break;
      marker = next;
    }
    findings.push({ kind: 'warning', marker, ...(at ?? { from: index, to: index + marker.length }) });
  }
}

const shareParts = new PhraseMatcher<'share' | 'fee' | 'percent'>();
for (const w of SHARE_WORDS) shareParts.add(w, 'share');
for (const w of PERCENT_WORDS) shareParts.add(w, 'percent');
const OF: ReadonlySet<string> = new Set(OF_WORDS.map(fold));
const COMMUNITY: ReadonlySet<string> = new Set(COMMUNITY_NOUNS.map(fold));
/** "recebo parte das comissões", "ich bekomme einen Anteil": a first-person pay verb makes the share the author's. */
const receivers = new PhraseMatcher<true>(RECEIVE_VERBS.map((v) => [v, true] as const));
/** "we" of a site or a channel, folded. */
const WE: ReadonlySet<string> = new Set(['we', 'wir', 'nous', 'nosotros', 'noi', 'nos', 'wij', 'vi', 'my', 'me', 'meie', 'mi']);
for (const w of FEE_WORDS) shareParts.add(w, 'fee');
/** Tokens between the share word and the fee word ("a share of your trading fees", "a díjaid egy részét"). */
const SHARE_REACH = 4;

/** Discount nouns, folded: a percentage of the fees after one is taken off the reader's fees. */
const DISCOUNT: ReadonlySet<string> = new Set(['discount', 'rebate', 'sconto', 'rabatt', 'rabat', 'descuento', 'reduction', 'remise', 'korting', 'znizka', 'znizki', 'sleva',
  'zlava', 'alennus', 'allahindlus', 'kedvezmeny', 'reducere', 'popust', 'отстъпка', 'εκπτωση', 'atlaide', 'nuolaida', 'desconto', 'ribasso', 'skidka', 'скидка']);
/** Tokens back from the percentage or share where a discount noun is looked for ("lo sconto del 20%"). */
const DISCOUNT_REACH = 3;

/** "these", "this", "diese", "ces" ... before a link word: the post's own links. Folded. */
const THESE: ReadonlySet<string> = new Set(['these', 'this', 'diese', 'dieser', 'diesen', 'ces', 'ce', 'cette', 'estos', 'estas', 'este', 'esta', 'questi', 'queste', 'questo',
  'questa', 'deze', 'dit', 'tyto', 'tento', 'tieto', 'tych', 'tego', 'nämä', 'tämä', 'need', 'see', 'ezek', 'ez', 'aceste', 'acest', 'ove', 'ovaj', 'ti', 'ta',
  'šie', 'šī', 'šios', 'ši', 'dawn', 'dan', 'αυτά', 'αυτό', 'αυτούς', 'тези', 'този', 'disse', 'denne', 'dessa', 'detta', 'denna'].map(fold));
const LINK_WORDS: ReadonlySet<string> = new Set(['link', 'links', 'lien', 'liens', 'enlace', 'enlaces', 'odkaz', 'odkazy', 'odkazu', 'linki', 'linkit', 'linkid', 'linkek', 'linkuri',
  'linkove', 'linkovi', 'povezave', 'saites', 'nuorodos', 'collegamenti', 'linken', 'länkar', 'länken', 'linket', 'linkene', 'σύνδεσμοι', 'линкове'].map(fold));
/** Token i is a link word after "these/this": the post speaks of its own links. */
function thisPostsLink(t: Tokenised, i: number): boolean {
  return i > 0 && LINK_WORDS.has(t.tokens[i]!.key) && THESE.has(t.tokens[i - 1]!.key);
}

/** "The person who invites you gets a share of your fees": a referral scheme explained. */
function shareOfFees(text: string, t: Tokenised, findings: ContextFinding[]): void {
  const hits = shareParts.matchAll(t);
  if (hits.length < 2) return;
  const clause = clauseIds(t);
  for (let a = 0; a < hits.length; a++) {
    for (let b = a + 1; b < hits.length; b++) {
      const h = hits[a]!;
      const g = hits[b]!;
      if (clause[g.start] !== clause[h.start] || g.start - h.end > SHARE_REACH) break;
      // A percentage only "of" the fees: "20 percent off fees" is a discount.
      const kinds = [h.values[0], g.values[0]].map((v) => (v === 'percent' ? 'share' : v));
      if (kinds[0] === kinds[1] || (h.values[0] === 'percent' && !OF.has(t.tokens[h.end]?.key ?? ''))) continue;
      // "lo sconto del 20% sulle commissioni", "the 30% fee cut": the reader's discount, not a share paid to someone.
      if (t.tokens.slice(Math.max(0, h.start - DISCOUNT_REACH), h.start).some((tok, i, near) => DISCOUNT.has(tok.key) && clause[h.start - near.length + i] === clause[h.start])) continue;
      if (g.values[0] === 'share' && h.values[0] === 'fee' && g.start === h.end && t.tokens[g.start]!.key === 'cut') continue;
      // "I get a share of your fees" is the author's pay (a disclosure), not an explanation.
      // "we may earn a share of fees" (a site about itself) too.
      // "the server gets a cut of fees": the author's own community (a disclosure, detect-remuneration.ts).
      // "StackSats earns a share of trading fees from accounts opened via these links": this post's links, its own pay.
      const own = t.tokens.some((tok, i) => clause[i] === clause[h.start] && (isFirstPerson(tok) || WE.has(tok.key) || COMMUNITY.has(tok.key) || thisPostsLink(t, i)))
        || receivers.matchAll(t).some((r) => clause[r.start] === clause[h.start]);
      if (own) return;
      findings.push({ kind: 'explainer', marker: text.slice(h.from, g.to), ...sentenceOf(t, h.start, g.end) });
      return;
    }
  }
}

const influencers = new PhraseMatcher<true>(INFLUENCER_WORDS.map((w) => [w, true] as const));

/**
 * "Why do influencers always write 'link in bio'?", "HANFA: one influencer asks 2,000 euros a post": a sentence
 * about influencers, by someone not speaking of themselves in it, explains or reports. The first such sentence
 * is the finding. Hashtags ("#influencer") and handles are labels, not a topic.
 */
function aboutInfluencers(text: string, t: Tokenised, findings: ContextFinding[]): void {
  const hits = influencers.matchAll(t);
  if (!hits.length) return;
  const ids = sentenceIds(t);
  for (const m of hits) {
    const tok = t.tokens[m.start]!;
    if (tok.hash || tok.at || !impersonal(t, ids, m.start)) continue;
    // Every such sentence is about others: a code in one ("an influencer urges followers to use code X") is theirs.
    findings.push({ kind: 'explainer', marker: text.slice(m.from, m.to), ...sentenceOf(t, m.start, m.end), aboutOthers: true });
  }
}

const claims = new PhraseMatcher<true>(CLAIM_VERBS.map((w) => [w, true] as const));

/**
 * "Occhio a @x: ripete «non sono sponsorizzato», ma il codice X gli frutta il 30 %": a @handle with a third-person
 * "claims" or "says" right after it, in a sentence with no first person, reports on that account. Its codes are theirs.
 */
function calledOut(text: string, t: Tokenised, findings: ContextFinding[]): void {
  if (!text.includes('@')) return;
  const hits = claims.matchAll(t);
  if (!hits.length) return;
  const ids = sentenceIds(t);
  for (const m of hits) {
    const handle = t.tokens[m.start - 1];
    if (!handle?.at || ids[m.start - 1] !== ids[m.start] || !impersonal(t, ids, m.start, { text })) continue;
    const from = text.charAt(handle.start - 1) === '@' ? handle.start - 1 : handle.start;
    findings.push({ kind: 'report', marker: text.slice(from, m.to), ...sentenceOf(t, m.start - 1, m.end), aboutOthers: true });
    return;
  }
}

/** Quoted words ("«non sono sponsorizzato»", "„nitko me ne plaća“"): someone else's, not the author's first person. */
const QUOTED = /[«“„"][^«»“”„"\n]{0,200}[»”“"]/gu;

/** No first-person word in the sentence of token `at` (sentence ids from sentenceIds). */
function impersonal(t: Tokenised, ids: Int32Array, at: number, quotes?: { text: string }): boolean {
  const id = ids[at]!;
  // With `quotes`, the first person inside quotation marks is the quoted account speaking, not the author; and
  // Estonian "ma" (I) is taken for Italian "ma" (but), which a call-out in Italian says in every other sentence.
  const quoted = quotes ? [...quotes.text.matchAll(QUOTED)].map((q) => [q.index, q.index + q[0].length] as const) : null;
  const speaks = (tok: Token): boolean => isFirstPerson(tok) && !(quoted && (tok.key === 'ma' || quoted.some(([a, b]) => tok.start >= a && tok.end <= b)));
  for (let k = at; k >= 0 && ids[k] === id; k--) if (speaks(t.tokens[k]!)) return false;
  for (let k = at + 1; k < t.tokens.length && ids[k] === id; k++) if (speaks(t.tokens[k]!)) return false;
  return true;
}

/** A question mark closing the sentence, after a closing quote or bracket too ("... en "rabatkode"?"). */
/** A chapter line of a video description ("02:05 O que é staking", "(15:10) explained"): a title, not the author explaining. */
const CHAPTER_LINE = /(?:^|\n)[ \t]*[([]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?[ \t]/gu;

/** A speaker's name and a colon right after a chat line's time. */
const CHAT_SPEAKER = /^[@\p{L}\p{N}._-]{2,32}:\s/u;

/** Character ranges of chapter lines, so cues inside them are skipped. */
function chapterLines(text: string): Array<[number, number]> {
  if (!/\d:\d\d/u.test(text)) return [];
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(CHAPTER_LINE)) {
    // "[19:00] teacher_ines: how to spot ...": a chat line (a speaker after the time) is someone speaking, not a title.
    if (CHAT_SPEAKER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    const end = text.indexOf('\n', m.index + 1);
    out.push([m.index, end < 0 ? text.length : end]);
  }
  return out;
}

const whyHow = new PhraseMatcher<true>(WHY_HOW_WORDS.map((w) => [w, true] as const));
/** Words a why/how question needs before it reads as a topic, not a teaser ("Why Bybit?", "How? Link below"). */
const MIN_QUESTION_WORDS = 4;

const anyone = new PhraseMatcher<true>(ANYONE_WORDS.map((w) => [w, true] as const));

/** Words a how-heading may hold before its colon ("How referral programmes work:", "Wie Empfehlungsprogramme funktionieren:"). */
const HEADING_WORDS = 8;
/** Fewest words a how-heading holds before its colon ("How X works:"; "Why Bybit:" is a promoter's list). */
const HEADING_MIN_WORDS = 3;

/**
 * "How referral programmes work: when a channel posts ...": a why/how phrase opening the text and closed by a colon
 * within a few words heads the explanation that follows, as the question would. Only in a text with no link and no code
 * word: "How to sign up: go to <link> and enter code X" is a promoter's tutorial.
 */
function howHeading(text: string, t: Tokenised, at: number, from: number): boolean {
  if (at !== 0 || text.includes('://') || text.includes('www.') || namesCodeWord(t)) return false;
  const colon = text.indexOf(':', from);
  if (colon < 0 || text.slice(from, colon).includes('\n') || colon + 1 >= text.trimEnd().length) return false;
  let words = 0;
  for (let k = at; k < t.tokens.length && t.tokens[k]!.start < colon; k++) words++;
  return words >= HEADING_MIN_WORDS && words <= HEADING_WORDS;
}

function whyHowQuestion(text: string, t: Tokenised, findings: ContextFinding[], asked: number): void {
  if (!text.includes('?') && !text.includes('？') && !text.includes(':')) return;
  const hits = whyHow.matchAll(t);
  if (!hits.length) return;
  const ids = sentenceIds(t);
  // "Has anyone used Kraken from Latvia? How about SEPA payouts?": a user asking the readers, not a topic explained.
  for (const m of anyone.matchAll(t)) if (questionAt(text, sentenceOf(t, m.start, m.end).to)) return;
  for (const m of hits) {
    if ((m.start > 0 && !t.tokens[m.start]!.breakBefore) || m.from < asked) continue;
    const sentence = sentenceOf(t, m.start, m.end);
    let words = 0;
    for (let k = m.start; k < t.tokens.length && ids[k] === ids[m.start]; k++) words++;
    if (words < MIN_QUESTION_WORDS) continue;
    // (A heading's explanation may quote what a channel posts: "register with my link" is not the author speaking.)
    const question = questionAt(text, sentence.to);
    const heading = !question && howHeading(text, t, m.start, m.from);
    if ((!question && !heading) || !impersonal(t, ids, m.start, heading ? { text } : undefined)) continue;
    findings.push({ kind: 'explainer', marker: text.slice(m.from, m.to), ...sentence });
    return;
  }
}

/**
 * "Check the ESMA register before you sign up", "Kolla ESMA:s MiCA-register", "check it has a MiCA licence": advice to
 * look a firm up in a supervisor's register or for its licence (a check-word, a supervisor and a register or licence in
 * one sentence), in a post with no link of its
 * own and no first-person word, is an explainer's. News of "new MiCA registers" is not advice.
 */
/** Each sentence once: its first token, its character range and its text. */
function* sentences(text: string, t: Tokenised, ids: Int32Array): Generator<{ k: number; from: number; to: number; words: string }> {
  for (let k = 0; k < t.tokens.length; k++) {
    if (k > 0 && ids[k] === ids[k - 1]) continue;
    const { from, to } = sentenceOf(t, k, k + 1);
    yield { k, from, to, words: text.slice(from, to) };
  }
}

function registerAdvice(text: string, t: Tokenised, urls: number, findings: ContextFinding[]): void {
  const looked = (words: string): boolean => REGISTER_WORD.test(words) || LICENCE_WORD.test(words);
  if (urls > 0 || !mayNameSupervisor(text) || !looked(text) || !CHECK_WORD.test(text) || t.tokens.some(isFirstPerson)) return;
  // The supervisor and its register or licence in one sentence; the advice to check may be the next one ("Bybit EU has
  // a MiCA licence ... Before you click someone's link, check where it leads"). Not "check out" (a promoter's).
  const ids = sentenceIds(t);
  let found: { from: number; to: number; marker: string } | null = null;
  let advised = false;
  for (const { from, to, words } of sentences(text, t, ids)) {
    const supervisor = SUPERVISOR_WORD.exec(words);
    if (supervisor && looked(words)) found ??= { from, to, marker: supervisor[0] };
    if (CHECK_WORD.test(words) && !/check\s+(?:it\s+)?out/iu.test(words)) advised = true;
  }
  if (found && advised) findings.push({ kind: 'explainer', marker: found.marker, from: found.from, to: found.to });
}

/**
 * "HANFA warns that providers without MiCA authorisation may not serve clients in Croatia", "exchanges need a MiCA
 * licence to serve clients here": a sentence naming a supervisor or MiCA, a licence, and what the rule requires or
 * forbids, in a post with no link and nobody speaking of themselves in that sentence, is regulation explained or
 * reported. A firm's claim of its own licence ("now holds a MiCA licence") or news of registers requires nothing.
 */
function regulatoryTopic(text: string, t: Tokenised, urls: number, findings: ContextFinding[]): void {
  if (urls > 0 || !mayNameSupervisor(text) || !LICENCE_WORD.test(text)) return;
  const ids = sentenceIds(t);
  for (const { k, from, to, words } of sentences(text, t, ids)) {
    const supervisor = SUPERVISOR_WORD.exec(words);
    if (!supervisor || !LICENCE_WORD.test(words) || !impersonal(t, ids, k)) continue;
    let rule = REQUIREMENT_WORD.test(words);
    for (let j = k; !rule && j < t.tokens.length && ids[j] === ids[k]; j++) rule = isNegator(t.tokens[j]!, null, 't');
    if (!rule) continue;
    findings.push({ kind: 'explainer', marker: supervisor[0], from, to });
    return;
  }
}

/**
 * Supervisors as news writes them ("Consob" beside "CONSOB"); case kept, so the Italian "mica" (not at all) is not MiCA.
 */
const SUPERVISOR_NAMED = new RegExp(SUPERVISOR_WORD.source.replace('CONSOB', 'CONSOB|Consob'), 'u');
const REGULATOR_WORD = /(?<!\p{L})(?:[Rr]egulator|regulador|régulateur|regolatore|toezichthouder|regulátor|sääntelijä|tilsynet)(?!\p{L})/u;
/** A supervisor (or "the regulator") and what it said or did, within a few words: news of it. */
const SUPERVISOR_REPORTED = new RegExp(
  String.raw`(?:${SUPERVISOR_NAMED.source}|${REGULATOR_WORD.source})` +
    String.raw`(?:\s+\p{L}+){0,2}?\s+(?:says|said|fined|ordered|asked|blocked|szerint|figyelmeztet\p{L}*|secondo|ha\s+oscurato|ha\s+multato|selon|affirme|a\s+infligé|según|ha\s+multado|laut|zufolge|sperrte|volgens|według|enligt|ifølge|mukaan|järgi|andmetel|podle|podľa|prema|σύμφωνα|според|pasak|skont|` +
    // Warning verbs as stems, so that every tense and person is read ("warned", "upozornila", "упозорава", "varoitti").
    String.raw`warn\p{L}*|waarschuw\p{L}*|ostrze\p{L}*|varn\p{L}*|advar\p{L}*|varoit\p{L}*|hoiat\p{L}*|varuj\p{L}*|varoval\p{L}*|upozor\p{L}*|opozar\p{L}*|opozoril\p{L}*|` +
    String.raw`προειδοποι\p{L}*|предупре\p{L}*|упозор\p{L}*|įspė\p{L}*|brīdin\p{L}*|avert\p{L}*|avvert\p{L}*|advi[e]?rt\p{L}*|alert\p{L}*|` +
    // Reminding and announcing ("La CNMV recordó que ...", "rappelle", "erinnert", "przypomina", "announced").
    String.raw`record[óa]\p{L}*|recuerda|rappel\p{L}*|ricord\p{L}*|lembr\p{L}*|herinner\p{L}*|erinnert\p{L}*|przypomin\p{L}*|przypomnia\p{L}*|připom\p{L}*|pripom\p{L}*|` +
    String.raw`muistutt\p{L}*|emlékeztet\p{L}*|reaminte\p{L}*|podsjet\p{L}*|podsjeć\p{L}*|podsjec\p{L}*|tfakkar\p{L}*|fakkret|opomin\p{L}*|напомн\p{L}*|υπενθύμ\p{L}*|atgādin\p{L}*|primin\p{L}*|announc\p{L}*|anunci[óa]\p{L}*|annonc\p{L}*|annunci\p{L}*)(?!\p{L})`,
  'u',
);
/**
 * A supervisor's warning, or the list it keeps of them, as news names it: "warning list", "lista de advertencias", "listy
 * ostrzeżeń", "twissija", "oscuramento" (Consob's blocking of sites). Stems, case-insensitive.
 */
const SUPERVISOR_WARNING = /(?<!\p{L})(?:warning\s+list|warnings?\s+(?:about|against|on)|blacklist\p{L}*|warnliste|warnung\p{L}*|mise\s+en\s+garde|liste\s+noire|advertencia\p{L}*|avvertenz\p{L}*|oscuramento|lista\s+nera|alerta\s+(?:sobre|para|contra)|waarschuwing\p{L}*|ostrzeże\p{L}*|ostrzeze\p{L}*|varningslista\p{L}*|advarsel\p{L}*|varoitus\p{L}*|hoiatus\p{L}*|figyelmeztet\p{L}*|avertisment\p{L}*|upozorenj\p{L}*|opozoril\p{L}*|upozorněn\p{L}*|upozornen\p{L}*|προειδοποίησ\p{L}*|предупреждени\p{L}*|įspėjim\p{L}*|brīdinājum\p{L}*|twissij\p{L}*|rabhadh\p{L}*)/iu;
/** Reporting words before the supervisor ("Secondo la Consob", "Az MNB szerint" has the word after). */
const REPORTED_BY = /(?<!\p{L})(?:according\s+to|secondo|selon|según|laut|volgens|według|enligt|ifølge|podle|podľa|prema|σύμφωνα\s+με|според|pasak|saskaņā\s+ar)\s+(?:\p{L}+\s+){0,2}?$/iu;

/**
 * "La Consob ha oscurato altri siti", "Az MNB szerint ...", "Irish regulator says it asked Meta to remove ...": a
 * supervisor and what it said or did, in a post with no link, is news of it (a report), told by someone else.
 */
function supervisorReported(text: string, t: Tokenised, urls: number, findings: ContextFinding[]): void {
  // Most posts name no supervisor: one scan of the whole text before any sentence is read.
  if (urls > 0 || !(mayNameSupervisor(text) || REGULATOR_WORD.test(text))) return;
  const ids = sentenceIds(t);
  for (const { k, from, to, words } of sentences(text, t, ids)) {
    const said = SUPERVISOR_REPORTED.exec(words);
    const sup = said ? null : SUPERVISOR_NAMED.exec(words) ?? REGULATOR_WORD.exec(words);
    const by = sup && REPORTED_BY.test(words.slice(0, sup.index));
    // "La CNMV ha incluido en su lista de advertencias ...", "L-MFSA ħarġet twissija ...": its warning, or warning list.
    const warned = sup && !by && SUPERVISOR_WARNING.test(words);
    if ((!said && !by && !warned) || !impersonal(t, ids, k)) continue;
    findings.push({ kind: 'report', marker: (said ?? sup)![0], from, to });
    return;
  }
}

/** Indefinite articles that may stand between "no"/"without" and its noun ("without a seed phrase"). Folded. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'any', 'ein', 'eine', 'einen', 'un', 'une', 'una', 'uma', 'um', 'een', 'egy', 'ένα', 'ena']);
/** A negator right before the token at k, or before an indefinite article there. */
function negatedRightBefore(t: Tokenised, k: number): boolean {
  const prev = t.tokens[k - 1];
  if (!prev || t.tokens[k]!.breakBefore) return false;
  if (isNegator(prev, null, 't')) return true;
  const before = t.tokens[k - 2];
  return !!before && !prev.breakBefore && INDEFINITE.has(prev.key) && isNegator(before, null, 't');
}

const YOUR: ReadonlySet<string> = new Set(YOUR_WORDS.map(fold));
/** Words back from the secret phrase a "your" may stand ("your 12-word seed phrase"). */
const YOUR_REACH = 3;

/**
 * "Never share your seed phrase", "nobody will ask for the recovery phrase": the wallet's secret words told to the
 * reader (a "your" before them), with a never-word or a contact verb in the clause, or in a post where nobody speaks
 * of themselves are a warning; someone's own ("my wallet ... Seed phrase is safe in a different box") is not.
 */
function secretPhrases(text: string, t: Tokenised, hits: readonly PhraseMatch<Lexical>[], findings: ContextFinding[]): void {
  if (!hits.length) return;
  const clause = clauseIds(t);
  const contact = never.matchAll(t);
  /** No first-person word in the post: nobody speaks of their own wallet, so the phrase is what a warning is about. */
  let mine: boolean | null = null;
  for (const m of hits) {
    // "Self-custody, no seed phrase to write down", "ohne eine Seed-Phrase": a product without one is no warning.
    if (negatedRightBefore(t, m.start)) continue;
    let told = false;
    for (let k = m.start - 1; k >= 0 && k >= m.start - YOUR_REACH && !told; k--) told = YOUR.has(t.tokens[k]!.key) && clause[k] === clause[m.start];
    told ||= contact.some((c) => clause[c.start] === clause[m.start]) || (mine ??= !t.tokens.some(isFirstPerson));
    if (!told) continue;
    findings.push({ kind: 'warning', marker: text.slice(m.from, m.to), ...sentenceOf(t, m.start, m.end) });
    return;
  }
}

/**
 * "Exemple fictif : un code PRENOM2024" in any post, "for example NAME2026" in an explainer or a report: the code of the
 * sentence is made up.
 */
function madeUpExamples(text: string, t: Tokenised, hits: readonly PhraseMatch<Lexical>[], abstract: boolean, findings: ContextFinding[]): void {
  for (const m of hits) {
    if (!m.values.includes('madeUp') && !(abstract && m.values.includes('example'))) continue;
    findings.push({ kind: 'explainer', marker: text.slice(m.from, m.to), ...sentenceOf(t, m.start, m.end), aboutOthers: true });
  }
}

const never = new PhraseMatcher<'never' | 'contact'>();
for (const w of NEVER_WORDS) never.add(w, 'never');
for (const w of CONTACT_VERBS) never.add(w, 'contact');
/** Words between the never-word and the verb, either order ("nunca te pide", "non chiama mai"). */
const NEVER_REACH = 3;

/** "Bitvavo belt nooit zelf", "OKX never DMs you": the real firm never contacts or asks, so whoever does is a fake. */
function neverContacts(text: string, t: Tokenised, findings: ContextFinding[]): void {
  const hits = never.matchAll(t);
  if (hits.length < 2) return;
  const clause = clauseIds(t);
  for (let a = 0; a + 1 < hits.length; a++) {
    const h = hits[a]!;
    const g = hits[a + 1]!;
    if (h.values[0] === g.values[0] || clause[h.start] !== clause[g.start] || g.start - h.end > NEVER_REACH) continue;
    findings.push({ kind: 'warning', marker: text.slice(h.from, g.to), ...sentenceOf(t, h.start, g.end) });
    return;
  }
}

/** A link as opposed to a bare domain-like name: a scheme, "www.", or a path or query after the host. */
const LINK_SHAPE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|[/?#]./iu;

export function detectContext(input: TextInput): TextContext {
  const { text, t, masked } = prepared(input);
  const findings: ContextFinding[] = [];
  const chapters = chapterLines(text);
  const inChapter = (pos: number): boolean => chapters.some(([a, b]) => pos >= a && pos < b);
  for (const m of cues.matchAll(t)) {
    const kind = m.values[0]!;
    if (kind !== 'warning' && inChapter(m.from)) continue;
    // "not a scam" is a promoter's reassurance; "is not working anymore" is still an expiry.
    if (kind !== 'expired' && negated(t, m)) continue;
    // "lo normal que es allí": inside a sentence and without its accent, "que es" is "that is", not "¿qué es?".
    if (kind === 'explainer' && t.tokens[m.start]!.text === 'que' && m.start > 0 && !t.tokens[m.start]!.breakBefore) continue;
    findings.push({ kind, marker: text.slice(m.from, m.to), ...sentenceOf(t, m.start, m.end), ...(kind === 'expired' ? { at: m.from } : {}) });
  }
  const mechanicHits = mechanics.matchAll(t);
  for (const m of mechanicHits) if (m.values.includes('mechanic')) findings.push({ kind: 'warning', marker: text.slice(m.from, m.to), ...sentenceOf(t, m.start, m.end) });
  secretPhrases(text, t, mechanicHits.filter((m) => m.values.includes('secret')), findings);
  // An asker's question quoted at the top of a reply ("> x'inhu l-kodiċi?") is not the author explaining.
  const asked = text.includes('>') ? quotedPrefixEnd(text) : 0;
  for (const m of whatIs.matchAll(t)) {
    if ((m.start > 0 && !t.tokens[m.start]!.breakBefore) || m.from < asked || inChapter(m.from)) continue;
    const sentence = sentenceOf(t, m.start, m.end);
    if (questionAt(text, sentence.to) || greekQuestionIn(text, m.to, sentence.to)) findings.push({ kind: 'explainer', marker: text.slice(m.from, m.to), ...sentence });
  }
  defanged(text, t, findings);
  shareOfFees(text, t, findings);
  aboutInfluencers(text, t, findings);
  calledOut(text, t, findings);
  whyHowQuestion(text, t, findings, asked);
  neverContacts(text, t, findings);
  // Links, not bare names: "Crypto.com", "Gate.io" and "XT.COM" are how news names those firms.
  const links = masked.urls.filter((u) => LINK_SHAPE.test(text.slice(u.start, u.end))).length;
  registerAdvice(text, t, links, findings);
  for (const f of independentPiece(text, t, links)) findings.push({ ...f, aboutOthers: true });
  if (!findings.some((f) => f.kind === 'explainer')) regulatoryTopic(text, t, links, findings);
  // Only where nothing else already says explained or reported ("Az MNB szerint ... nem kínálhatnak" is explained).
  if (!findings.some((f) => f.kind === 'report' || f.kind === 'explainer')) supervisorReported(text, t, links, findings);
  // A saved article's byline, in a text with no link: a report whatever the words after it.
  const byline = links === 0 && !findings.some((f) => f.kind === 'report') ? newsByline(text) : null;
  if (byline) findings.push({ kind: 'report', marker: byline.marker, from: 0, to: byline.to });
  // A news or lesson channel's header emoji ("📰 Morning digest", "📚 Funding rate 101"), in a text with no link.
  const header = links === 0 && !findings.some((f) => f.kind === 'report' || f.kind === 'explainer') ? channelHeader(text, t) : null;
  if (header) findings.push({ kind: header.kind, marker: header.marker, from: 0, to: header.to });
  // A journalist's bio ("Reporter @ The Ledger Weekly, covering exchanges"), also with no link.
  const title = links === 0 && !findings.some((f) => f.kind === 'report') ? journalistTitle(t) : null;
  if (title) findings.push({ kind: 'report', ...title });
  madeUpExamples(text, t, mechanicHits, findings.some((f) => f.kind === 'explainer' || f.kind === 'report'), findings);
  return {
    findings,
    has: (kind) => findings.some((f) => f.kind === kind),
    inSentence: (kind, pos) => findings.some((f) => f.kind === kind && pos >= f.from && pos <= f.to),
    aboutOthers: (pos) => findings.some((f) => f.aboutOthers && pos >= f.from && pos <= f.to),
  };
}
