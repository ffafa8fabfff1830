// Sponsorship and affiliate disclosures: evidence that the promoter is remunerated (ESMA Guideline 2).
// The rules for short and generic words, and for negations, are documented with the data in
// phrases/disclosure-phrases.ts.
import { withTypos } from './phrases/typo-forms.ts';
import type { Disclosure } from '../contracts/enriched-item.ts';
import { fold, isAllCaps } from './fold.ts';
import { correlativeBefore, isNegator } from './negators.ts';
import { codeSpans, inIdentifier, inSpans } from './code-spans.ts';
import { PhraseMatcher, type PhraseMatch } from './phrase-matcher.ts';
import { DISCLOSURE_PHRASES, LABELLING_VERBS, LABELLING_WORDS, MEANS_WORDS, REMOVAL_WORDS, type DisclosureKind } from './phrases/disclosure-phrases.ts';
import { sentenceIds } from './positions.ts';
import { prepared, type TextInput } from './prepare.ts';
import { gapAfter, gapBefore, keyBeforeInSentence, type Token, type Tokenised } from './tokenise.ts';
import type { TextContext } from './detect-context.ts';
import { detectRemuneration, type RemunerationFinding } from './detect-remuneration.ts';
import { BECAUSE_WORDS, LINK_PLACE_WORDS } from './phrases/remuneration-phrases.ts';
import { isFirstPerson } from './first-person.ts';
import { sponsorOfMarker, type NamedSponsor } from './sponsor-brand.ts';
import { CODE_WORD_KEYS } from './code-word-keys.ts';

type Role = 'plain' | 'label' | 'bracketed' | 'negation';

interface Marker {
  kind: DisclosureKind | null;
  role: Role;
  language: string;
  /** A referral-link noun ("referral link", "henvisningslink"), which also captions the link it names. */
  caption?: true;
}

export interface DisclosureOptions {
  /** Language of the post (from detectLanguage): decides between languages sharing a marker ("#reklama": pl, cs, sk ...). */
  language?: string | null;
  /**
   * Context of the text (detect-context.ts). Warnings, explainers and reports speak of "affiliate links"
   * and "referral links" in the abstract: there such plain words are not the author's disclosure; a
   * hashtag or a bracketed label still is.
   */
  context?: TextContext;
  /** The post gives a promo code (promo-detector.ts): a means of access, as a link is, for pay said without a pay noun. */
  codeGiven?: boolean;
  /**
   * How many of the post's links go to a firm of the catalogue, when the caller knows (analyse-text.ts): a hedged
   * "some links may be affiliate links" counts only with one. Undefined: not known, the hedge is not checked.
   */
  firmLinks?: number;
  /** Sponsors the catalogue does not know, named after "sponsored by" (sponsor-brand.ts): their markers carry the brand. */
  sponsors?: readonly NamedSponsor[];
}

/** How far back a negator reaches ("not a sponsored video", "nicht von X gesponsert"). */
const NEGATION_WINDOW = 3;
/** Characters that end a clause for the negation look-back ("No, this is sponsored"). */
/** rel="sponsored" on a link of the page (the attribute as written is the marker). */
const REL_SPONSORED = /<a\s[^<>]{0,400}?\b(rel\s*=\s*["'][^"'<>]{0,60}?\bsponsored\b[^"'<>]{0,60}?["'])/iu;
const CLAUSE_BREAKS = /[,;:|()[\]\n.!?]/;
const OPENERS = new Set(['[', '(', '【', '|', '*']);
const CLOSERS = new Set([']', ')', '】', '|', '*', ':', '：', '-', '–', '—']);
/** An ad library's "Reklama · Bybit", "Sponsored · Paid for by ...": a dot on the label's line (not the next line's bullet). */
const DOT_AFTER = /^[ \t]*[·•∙]/u;

const markers = new PhraseMatcher<Marker>();
/** English labels also as one slip of the keyboard writes them ("affliate link", "not sponserd"; phrases/typo-forms.ts). */
const addMarker = (language: string, phrase: string, marker: Marker): void => {
  for (const p of language === 'en' ? withTypos(phrase) : [phrase]) markers.add(p, marker);
};
for (const [language, lists] of Object.entries(DISCLOSURE_PHRASES)) {
  const captions = new Set(lists.captions ?? []);
  for (const kind of ['sponsored', 'affiliate', 'paid_placement'] as const) {
    for (const p of lists[kind] ?? []) addMarker(language, p, { kind, role: 'plain', language, ...(kind === 'affiliate' && captions.has(p) ? { caption: true as const } : {}) });
  }
  for (const p of lists.labels ?? []) {
    addMarker(language, p, { kind: 'sponsored', role: 'label', language });
  }
  for (const p of lists.paidLabels ?? []) {
    addMarker(language, p, { kind: 'paid_placement', role: 'label', language });
    // As a hashtag a label needs no position ("#συνεργασία", "#samarbete"), like the listed "#werbung".
    addMarker(language, `#${p}`, { kind: 'paid_placement', role: 'plain', language });
  }
  for (const p of lists.bracketed ?? []) addMarker(language, p, { kind: 'sponsored', role: 'bracketed', language });
  for (const p of lists.bracketedAffiliate ?? []) addMarker(language, p, { kind: 'affiliate', role: 'bracketed', language });
  for (const p of lists.negations ?? []) addMarker(language, p, { kind: null, role: 'negation', language });
  for (const p of lists.schemes ?? []) addMarker(language, p, { kind: null, role: 'negation', language });
}

const lastNonSpace = (s: string): string => s.trimEnd().slice(-1);
const firstNonSpace = (s: string): string => s.trimStart().charAt(0);

function isBracketed(t: Tokenised, m: PhraseMatch<Marker>): boolean {
  // An abbreviation keeps its dot inside the bracket: "(Anz.)", "[spons.]".
  return OPENERS.has(lastNonSpace(gapBefore(t, m.start))) && CLOSERS.has(firstNonSpace(gapAfter(t, m.end - 1).replace(/^\s*\./u, '')));
}

/** Words a short parenthesis may hold beside the marker: "(son enlaces de afiliado)", "(these are affiliate links)". */
const SHORT_BRACKET_WORDS = 4;
/** The marker inside a parenthesis of a few words: an aside the author adds about their own links. */
function inShortBrackets(t: Tokenised, m: PhraseMatch<Marker>): boolean {
  let open = -1;
  for (let k = m.start; k >= 0 && k >= m.start - SHORT_BRACKET_WORDS; k--) {
    const gap = gapBefore(t, k);
    if (/[)\]]/u.test(gap)) return false;
    if (/[([]\s*$/u.test(gap)) {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = m.end - 1; k < t.tokens.length && k <= m.end - 1 + SHORT_BRACKET_WORDS - (m.start - open); k++) {
    const gap = gapAfter(t, k);
    if (/^[\s.!:]*[)\]]/u.test(gap)) return true;
    if (/[([\n]/u.test(gap)) return false;
  }
  return false;
}

/**
 * "for" or "with" after a label: "Reklam för Bybit.", "Werbung für OKX", "Spolupráca s Bybit.", "Samarbete med Kraken".
 * Folded.
 */
const FOR_WORDS: ReadonlySet<string> = new Set(['for', 'fur', 'pour', 'para', 'per', 'voor', 'dla', 'pro', 'za', 'pentru', 'за', 'για', 'del', 'jaoks', 'szamara', 'varten', 'ghal', 'do',
  'with', 'mit', 'avec', 'con', 'com', 'met', 'med', 's', 'se', 'z', 'ze', 'cu', 'sa', 'с', 'със', 'με', 'ar', 'su', 'ma', 'le', 'koos',
  // "from": "Urraíocht ó OKX.", "Werbung von Bybit"
  'o', 'von', 'by', 'od', 'van']);

/** The label with a "for <firm>" after it (up to three words, within the sentence) taken as part of it. */
function withFor(t: Tokenised, m: PhraseMatch<Marker>): PhraseMatch<Marker> {
  const next = t.tokens[m.end];
  if (!next || next.breakBefore || !FOR_WORDS.has(next.key)) return m;
  let end = m.end + 1;
  // A cell or caption separator ends it too: "Reklam för Kraken | Äntligen ...".
  // An emoji too: "Urraíocht le Bitget 🍀 Úsáid an cód ...".
  const separated = (k: number): boolean => t.tokens[k]!.breakBefore || /[|·•\p{Extended_Pictographic}]/u.test(gapBefore(t, k));
  while (end < t.tokens.length && end < m.end + 4 && !separated(end)) end++;
  return end === t.tokens.length || separated(end) ? { ...m, end } : m;
}

/** "because", folded: one word, or two ("parce que", "för att"). */
const BECAUSE: ReadonlySet<string> = new Set(BECAUSE_WORDS.map(fold));
/** Token k starts a "because". */
function becauseAt(t: Tokenised, k: number): boolean {
  const a = t.tokens[k];
  const b = t.tokens[k + 1];
  return a !== undefined && (BECAUSE.has(a.key) || (b !== undefined && !b.breakBefore && BECAUSE.has(`${a.key} ${b.key}`)));
}

/** Words an aside after a closing label may have ("Anzeige, natürlich", "Ad, obviously lol"). */
const MAX_ASIDE_WORDS = 3;

/** "[Anzeige]", "Werbung:", "WERBUNG" alone on its line. */
function isLabel(t: Tokenised, label: PhraseMatch<Marker>, urls: number): boolean {
  const m = withFor(t, label);
  const before = gapBefore(t, m.start);
  const after = gapAfter(t, m.end - 1);
  // "Werbung-Kennzeichnungspflicht": a hyphen joining the next word makes a compound, not a label and its separator.
  const compound = /^[-‐]$/u.test(after) && m.end < t.tokens.length;
  // A colon after a noun in the middle of a sentence introduces what follows ("... кому адресована реклама: если ..."),
  // it labels nothing; a label before a colon opens its sentence or line ("Werbung: ...").
  const midSentence = m.start > 0 && !t.tokens[m.start]!.breakBefore && /^[ \t]*$/u.test(before) && t.tokens[m.start - 1]!.kind === 'word';
  const closer = firstNonSpace(after);
  if (OPENERS.has(lastNonSpace(before)) || (CLOSERS.has(closer) && !compound && !(closer === ':' && midSentence)) || DOT_AFTER.test(after)) return true;
  const text = t.text.slice(m.from, m.to);
  const lineStart = m.start === 0 || before.includes('\n');
  const lineEnd = m.end === t.tokens.length || after.includes('\n');
  // The label is a sentence of its own at the end of the post: "... bei Binance. Anzeige", "... USDT. Publicidad."
  const ownSentence = (m.start === 0 || t.tokens[m.start]!.breakBefore) && m.end === t.tokens.length && !/[\p{L}\p{N}]/u.test(after);
  if (ownSentence && m.start > 0) return true;
  // A sentence of its own anywhere: "... https://okx.com/join/X\nReklama. Není to investiční rada."
  const startsSentence = m.start === 0 || t.tokens[m.start]!.breakBefore;
  if (startsSentence && m.end < t.tokens.length && t.tokens[m.end]!.breakBefore && /^[\s]*[.!]/u.test(after)) return true;
  // A heading of its own ("Annonce", "Werbung" alone on a line) or closing a heading after a separator
  // ("3 | Partner dieser Ausgabe — Werbung"): newsletters and pages set their sponsor block off so.
  const ownBefore = gapBefore(t, label.start);
  const ownAfter = gapAfter(t, label.end - 1);
  const ownLineEnd = label.end === t.tokens.length || /^[^\p{L}\p{N}]*\n/u.test(ownAfter);
  // (Not a post that is only the word: it says nothing about a promotion.)
  const alone = t.tokens.length === label.end - label.start;
  if (!alone && ownLineEnd && (label.start === 0 || /\n[^\p{L}\p{N}]*$/u.test(ownBefore))) return true;
  // An ad library's header: "Biblioteca de anuncios · Publicidad" closing its line after a middle dot or bullet.
  if (ownLineEnd && label.end < t.tokens.length && (/\s[—–|]\s*$/u.test(ownBefore) || /[·•∙]\s*$/u.test(ownBefore))) return true;
  // Closing the post after a spaced dash or bar, in a post that gives a link or a code: "... /invite?ref=X – Werbung.".
  if (label.end === t.tokens.length && !/[\p{L}\p{N}]/u.test(ownAfter) && /\s[—–|]\s*$/u.test(ownBefore) && givesAccess(t, urls)) return true;
  // Or closing its sentence so, the post going on after it: "meghívó: https://... – Hirdetés. A ticket számom ...".
  if (/\s[—–|]\s*$/u.test(ownBefore) && /^\s*[.!]/u.test(ownAfter) && givesAccess(t, urls)) return true;
  // Set off by an emoji, in a post that gives a link or a code: opening its line ("Publicidad 📢 Código: X") or closing
  // the post ("Skriv BONUS så skickar jag länken 📩 Reklam"); posts use emoji where others put a colon or a full stop.
  const emojiAfter = /^\s*\p{Extended_Pictographic}/u.test(after);
  const emojiBefore = /\p{Extended_Pictographic}\uFE0F?\s*$/u.test(ownBefore);
  if (((lineStart && emojiAfter) || (emojiBefore && m.end === t.tokens.length && !/[\p{L}\p{N}]/u.test(after))) && givesAccess(t, urls)) return true;
  // Between separators: "hier registrieren – Werbung / Affiliate-Link", "Video | Anzeige | 12 min".
  if (/\s[—–|]\s*$/u.test(ownBefore) && /^\s*[/|]/u.test(ownAfter)) return true;
  // Opening the post's last sentence with a short aside after a comma: "... beim Sign-up eingeben. Werbung, obviously 😅".
  if (startsSentence && m.start > 0 && /^\s*,/u.test(after) && t.tokens.length - m.end <= MAX_ASIDE_WORDS && !t.tokens.slice(m.end + 1).some((tok) => tok.breakBefore)) return true;
  return isAllCaps(text) && text.length >= 4 && (lineStart || lineEnd);
}

/**
 * Closing the post right after its link: "Ingħaqad mat-tim tiegħi minn https://promote.mexc.com/r/X Reklam.". A link
 * ends its sentence without a full stop (one would be read as part of it), so the label after it stands alone.
 */
function closesAfterLink(t: Tokenised, m: PhraseMatch<Marker>, urls: readonly { start: number; end: number }[]): boolean {
  if (m.end !== t.tokens.length || /[\p{L}\p{N}]/u.test(gapAfter(t, m.end - 1))) return false;
  const from = t.tokens[m.start]!.start;
  const prevEnd = m.start > 0 ? t.tokens[m.start - 1]!.end : 0;
  return urls.some((u) => u.end > prevEnd && u.end <= from && /^\s+$/u.test(t.text.slice(u.end, from)));
}

/**
 * Opening its sentence with the reason after it: "Werbung weil affiliate", "reklama bo dostaje prowizje". Only in a
 * post that gives a link or a code: "Reklama bo wszędzie ją widać" talks about ads.
 */
function labelWithReason(t: Tokenised, m: PhraseMatch<Marker>, urls: number): boolean {
  if (!opensSentence(t, m) || m.end >= t.tokens.length || t.tokens[m.end]!.breakBefore || !becauseAt(t, m.end)) return false;
  return !/[\p{L}\p{N}]/u.test(gapAfter(t, m.end - 1)) && givesAccess(t, urls);
}

/** Tokens after a label's comma within which the author's pay statement starts ("Werbung, ich kriege dafür Provision"). */
const STATEMENT_REACH = 3;

/**
 * "Werbung, ich kriege dafür Provision.", "Reklama, dobivam nagradu za svaku registraciju.": a label opening its sentence,
 * a comma, then the author saying they are paid.
 */
function labelWithStatement(t: Tokenised, m: PhraseMatch<Marker>, statements: readonly RemunerationFinding[]): boolean {
  if (!opensSentence(t, m) || m.end >= t.tokens.length || t.tokens[m.end]!.breakBefore || !/^\s*[,;–—-]/u.test(gapAfter(t, m.end - 1))) return false;
  return statements.some((r) => r.kind === 'affiliate' && !r.needsAccess && r.start >= m.end && r.start - m.end <= STATEMENT_REACH && !t.tokens.slice(m.end, r.start + 1).some((tok) => tok.breakBefore));
}

/**
 * A label listed with another disclosure marker, in a post that gives a link or a code: "— link referral, pubblicità.",
 * "Annons i samarbete med Kraken", "Werbung / Affiliate-Link". Before the other marker the label opens its sentence; after
 * it, it ends its sentence.
 */
function besideMarker(t: Tokenised, m: PhraseMatch<Marker>, starts: ReadonlyMap<number, PhraseMatch<Marker>[]>, ends: ReadonlyMap<number, PhraseMatch<Marker>[]>, urls: number): boolean {
  if (!givesAccess(t, urls)) return false;
  const other = (list: readonly PhraseMatch<Marker>[] | undefined): boolean => (list ?? []).some((o) => o !== m && o.values.some((v) => v.role !== 'negation'));
  const after = gapAfter(t, m.end - 1);
  if (opensSentence(t, m) && m.end < t.tokens.length && !t.tokens[m.end]!.breakBefore && /^[\s,/]*$/u.test(after) && other(starts.get(m.end))) return true;
  const before = gapBefore(t, m.start);
  const endsSentence = m.end === t.tokens.length || t.tokens[m.end]!.breakBefore;
  return m.start > 0 && !t.tokens[m.start]!.breakBefore && /^\s*[,/]\s*$/u.test(before) && endsSentence && !/[\p{L}\p{N}]/u.test(after.split('\n')[0]!) && other(ends.get(m.start));
}

/** "Kyseessä on mainos", "Dies ist Werbung.", "C'est une pub", "To je reklama": the post called an ad, words folded. */
const THIS_WORDS: ReadonlySet<string> = new Set(['this', 'it', 'dies', 'das', 'es', 'ceci', 'c', 'cela', 'esto', 'eso', 'esta', 'este', 'questo', 'questa', 'isto', 'isso',
  'dit', 'dat', 'het', 'to', 'toto', 'tohle', 'det', 'detta', 'dette', 'tama', 'kyseessa', 'se', 'see', 'ez', 'acesta', 'aceasta', 'ovo', 'това', 'αυτο', 'tas', 'tai', 'dan', 'seo']);
const IS_WORDS: ReadonlySet<string> = new Set(['is', 'ist', 'est', 'es', 'e', 'jest', 'je', 'ar', 'er', 'on', 'este', 'е', 'ειναι', 'ir', 'yra', 'hu', 'hi', 'van']);
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'ein', 'eine', 'une', 'un', 'una', 'um', 'uma', 'een', 'en', 'ett', 'egy', 'o', 'de', 'la', 'del', 'di', 'du']);

function calledAnAd(t: Tokenised, m: PhraseMatch<Marker>): boolean {
  let k = m.start - 1;
  if (k >= 0 && ARTICLE_WORDS.has(t.tokens[k]!.key) && !t.tokens[k + 1]!.breakBefore) k--;
  if (k < 0 || !IS_WORDS.has(t.tokens[k]!.key) || t.tokens[k + 1]!.breakBefore) return false;
  // "Είναι διαφήμιση, παίρνω προμήθεια", "È pubblicità.": languages that drop the subject open the sentence with the verb.
  const dropped = k === 0 || t.tokens[k]!.breakBefore;
  // (Greek asks with ";".)
  if (dropped && (inQuestion(t.text, t.tokens[m.end - 1]!.end) || /^\s*[;\u037e]/u.test(gapAfter(t, m.end - 1)))) return false;
  if (!dropped && (k < 1 || !THIS_WORDS.has(t.tokens[k - 1]!.key) || (k - 1 > 0 && !t.tokens[k - 1]!.breakBefore))) return false;
  // The sentence ends with the label, or a comma goes on to another clause ("Kyseessä on mainos, ja saan provisiota").
  const e = withFor(t, m);
  return e.end === t.tokens.length || t.tokens[e.end]!.breakBefore || /^\s*[,;–—-]/u.test(gapAfter(t, e.end - 1));
}

/** The short tags that abbreviate "affiliate" ("aff", "affil", "afil"), unlike "ref", which may only name the link. */
const AFFILIATE_TAG = /^af(?:f|il)/iu;

/**
 * "Publi: ganho comissão", "adv | Facciamo i trade su ...", "spons. | Trgujemo ...": a short tag opening its
 * sentence, then a colon, a bar or a spaced dash, is a label too; so is an ad library's "Reklama · Bybit ..." (a
 * middle dot or bullet between the label and the advertiser).
 */
function colonLabel(t: Tokenised, m: PhraseMatch<Marker>): boolean {
  const after = gapAfter(t, m.end - 1);
  if (!/^\.?\s*(?:[:：|]|\s[·•∙]\s|\s[–—-]\s)/u.test(after)) return false;
  // "the fees are tiny. aff: app.example.xyz/join/X": a tag and its colon open the sentence after a full stop too.
  return opensSentence(t, m) || (m.start > 0 && /[.!?…]\s+$/u.test(gapBefore(t, m.start)) && /^\s*[:：]/u.test(after));
}

/**
 * The marker opens its sentence or line, or follows a label separator ("Reklama | bendradarbiavimas su X") or an emoji
 * ("okx.com/join/X 🎁 Werbung, ..."): posts set their parts off with emoji instead of full stops.
 */
function opensSentence(t: Tokenised, m: PhraseMatch<Marker>): boolean {
  return m.start === 0 || t.tokens[m.start]!.breakBefore || /[|\p{Extended_Pictographic}]\uFE0F?\s*$/u.test(gapBefore(t, m.start));
}

/** "📩 koostöö: name@mail.ee", "collab: DM": a cooperation noun heading a contact line asks for business, it discloses none. */
function contactLine(text: string, m: PhraseMatch<Marker>): boolean {
  const rest = text.slice(m.to, m.to + 80).split('\n')[0]!;
  return /^\s*[:：]/u.test(rest) && /@|e-?mail|\bdm\b|\bmail\b|kontakt|contact|inquir|booking/iu.test(rest);
}

/** "Usually", "often", "as a rule" in the EU languages, folded: a statement of what is usual, about others. */
const HABITUAL: ReadonlySet<string> = new Set([
  'usually', 'often', 'typically', 'generally', 'mostly', 'suele', 'suelen', 'normalmente', 'generalmente', 'meist', 'meistens', 'oft', 'häufig', 'souvent',
  'généralement', 'spesso', 'solitamente', 'geralmente', 'vaak', 'meestal', 'zwykle', 'często', 'obvykle', 'často', 'zvyčajne', 'oftast', 'ofta', 'ofte',
  'usein', 'yleensä', 'sageli', 'tavaliselt', 'gyakran', 'általában', 'adesea', 'deseori', 'obično', 'često', 'pogosto', 'običajno', 'често', 'обикновено',
  'συχνά', 'συνήθως', 'dažnai', 'paprastai', 'bieži', 'parasti', 'spiss', 'minic', 'ghnáth',
].map(fold));
/** How many tokens back a habitual word reaches ("suele estar patrocinada"). */
const HABITUAL_REACH = 3;


function isNegated(t: Tokenised, m: PhraseMatch<Marker>, language: string | null | undefined): boolean {
  const first = t.tokens[m.start];
  if (!first?.hash && correlativeBefore(t, m.start)) return true;
  // A hashtag stands alone: only a negator right before it counts ("not #ad"), not one earlier in the sentence.
  const window = first?.hash ? 1 : NEGATION_WINDOW;
  for (let k = 1; k <= window; k++) {
    const i = m.start - k;
    if (i < 0 || CLAUSE_BREAKS.test(gapBefore(t, i + 1))) return false;
    const tok = t.tokens[i];
    if (tok && isNegator(tok, language)) return true;
  }
  return false;
}

function pickLanguage(values: Marker[], hint: string | null | undefined): string | null {
  const langs = [...new Set(values.map((v) => v.language))];
  if (langs.length === 1) return langs[0] ?? null;
  if (hint && langs.includes(hint)) return hint;
  // English loanwords listed for other languages too ("Affiliate-Link"): without a hint, they are English.
  if (langs.includes('en')) return 'en';
  return null;
}

/**
 * Signs that a post speaks of a link of its own: a URL, a first-person word, a code word, or where the
 * link is ("in bio", "below"). A bare "affiliate link" in a post with none of them talks about affiliate
 * links in general (a report, an explainer nobody labelled as one), and discloses nothing of the author's pay.
 */
const LINK_PLACES: ReadonlySet<string> = new Set(LINK_PLACE_WORDS.map((w) => w.toLowerCase()));

/** A code word ("use code X", "koodia sauna") gives the reader a means of access too. */
/** "bio" with its case endings ("i bion", "biossa", "a bióban"); longer words starting so are others ("biology"). */
const isBio = (key: string): boolean => key.startsWith('bio') && key.length <= 7;

/** A link, a code word, or where the link is ("in bio"): the means of access a pay statement without a pay noun needs. */
function givesAccess(t: Tokenised, urls: number): boolean {
  if (urls > 0) return true;
  // A post's labels, reasons, neighbouring markers and statements ask in turn about the same tokens: the last answer is kept.
  if (t.tokens === accessTokens) return accessAnswer;
  accessAnswer = t.tokens.some((tok) => LINK_PLACES.has(tok.text.toLowerCase()) || CODE_WORD_KEYS.has(tok.key) || isBio(tok.key));
  accessTokens = t.tokens;
  return accessAnswer;
}
/** The token list givesAccess read last (token lists are never modified once built) and its answer. */
let accessTokens: readonly Token[] | null = null;
let accessAnswer = false;

function speaksOfOwnLink(t: Tokenised, urls: number): boolean {
  return urls > 0 || t.tokens.some((tok) => isFirstPerson(tok) || LINK_PLACES.has(tok.text.toLowerCase()) || CODE_WORD_KEYS.has(tok.key) || isBio(tok.key));
}

const OPENING_QUOTES = new Set(['"', "'", '“', '„', '«', '‘', '‚', '»', '‹', '「']);
const CLOSING_QUOTES = new Set(['"', "'", '”', '“', '»', '’', '‘', '«', '›', '」']);

/** The marker is wrapped in quotation marks, closing punctuation allowed inside ("„Werbung“", '"sponsored,"'). */
function quoted(text: string, from: number, to: number): boolean {
  if (!OPENING_QUOTES.has(text.charAt(from - 1))) return false;
  let i = to;
  while (i < text.length && i < to + 2 && /[.,;:!?]/.test(text.charAt(i))) i++;
  return CLOSING_QUOTES.has(text.charAt(i));
}

/** How far a quote may open before a statement and close after it, within its line ("\"we both get a bonus\" means ..."). */
const QUOTE_REACH = 40;
/**
 * The statement stands inside a quotation that starts before it and ends after it on its line: an explainer quoting what
 * promoters say, not the author saying it. A straight quote opens where an odd number of them precede it on the line.
 */
function insideQuotes(text: string, from: number, to: number): boolean {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const before = text.slice(Math.max(lineStart, from - QUOTE_REACH), from);
  const straight = (before.match(/"/gu) ?? []).length % 2 === 1;
  // Double quotes only: a single one is also an apostrophe ("I'm", "don't").
  const lastClose = Math.max(before.lastIndexOf('”'), before.lastIndexOf('」'));
  const lastOpen = Math.max(...['“', '„', '«', '»', '「'].map((q) => before.lastIndexOf(q)));
  if (!straight && lastOpen <= lastClose) return false;
  const after = text.slice(to, to + QUOTE_REACH).split('\n')[0]!;
  return /["”“»«」]/u.test(after);
}

const LABELLING: ReadonlySet<string> = new Set(LABELLING_WORDS.map(fold));
const REMOVAL: ReadonlySet<string> = new Set(REMOVAL_WORDS.map(fold));

const MEANS: ReadonlySet<string> = new Set(MEANS_WORDS.map(fold));
/** "this" before the post's noun ("this video", "dieses Video", "cette vidéo"): a sentence about the post itself. Folded. */
const POST_DEICTICS: ReadonlySet<string> = new Set([
  'this', 'dieses', 'diese', 'dieser', 'ce', 'cet', 'cette', 'este', 'esta', 'questo', 'questa', 'deze', 'dit', 'ten', 'tento', 'tato', 'toto', 'denna',
  'detta', 'denne', 'dette', 'tama', 'see', 'ez', 'acest', 'aceasta', 'αυτο', 'αυτη', 'този', 'тази', 'това', 'sis', 'sitas', 'dan', 'seo',
].map(fold));

/**
 * A test for "the marker's sentence holds a token that `holds` accepts", the sentences read once: a long sentence of
 * many markers costs no more.
 */
function sentencesHolding(t: Tokenised, holds: (tok: Token) => boolean): (m: PhraseMatch<Marker>) => boolean {
  const ids = sentenceIds(t);
  const found = new Set<number>();
  for (const tok of t.tokens) if (holds(tok)) found.add(ids[tok.index]!);
  return (m) => found.has(ids[m.start]!);
}

/** The marker's sentence speaks of the author or of this post (first person, "this"). */
const ownSentences = (t: Tokenised) => sentencesHolding(t, (tok) => isFirstPerson(tok) || POST_DEICTICS.has(tok.key));

/** A test for "a "means" word before the marker in its sentence"; the sentences are read once. */
function definedSentences(t: Tokenised): (m: PhraseMatch<Marker>) => boolean {
  const ids = sentenceIds(t);
  const firstMeans = new Map<number, number>();
  t.tokens.forEach((tok, i) => {
    if (MEANS.has(tok.key) && !firstMeans.has(ids[i]!)) firstMeans.set(ids[i]!, i);
  });
  return (m) => {
    const at = firstMeans.get(ids[m.start]!);
    return at !== undefined && at < m.start;
  };
}

/**
 * A test for "a removal word in the marker's sentence" ("Removed: referral link (Rule 5)" reports a link taken down).
 * The sentences holding one are found in a single pass, so many markers in one long sentence cost no more.
 */
const removalSentences = (t: Tokenised) => sentencesHolding(t, (tok) => REMOVAL.has(tok.key));
/**
 * "may", "can", "might be" in the EU languages, folded: the modal of a boilerplate line ("Some links may be affiliate
 * links", "Egyes linkek partnerlinkek lehetnek", "Osa linkeistä voi olla ...").
 */
const HEDGES: ReadonlySet<string> = new Set([
  'may', 'might', 'can', 'could', 'possibly', 'konnen', 'kann', 'konnten', 'moglicherweise', 'peuvent', 'peut', 'pourraient', 'pueden', 'puede', 'podrian',
  'podem', 'pode', 'possono', 'potrebbero', 'puo', 'kunnen', 'kan', 'voi', 'voivat', 'saattaa', 'saattavat', 'voivad', 'voib', 'lehetnek', 'lehet', 'moga', 'moze',
  'mohou', 'muze', 'mozu', 'lahko', 'mogu', 'pot', 'poate', 'μπορει', 'ενδεχεται', 'може', 'могат', 'gali', 'var', 'jistghu', 'jista', 'fheadfadh', 'mungkin',
]);
/** "some" of the boilerplate line ("Some links", "Einige Links", "Egyes linkek", "Някои от линковете"), folded. */
const SOME_WORDS: ReadonlySet<string> = new Set([
  'some', 'einige', 'manche', 'certains', 'certaines', 'quelques', 'algunos', 'algunas', 'alcuni', 'alcune', 'alguns', 'algumas', 'sommige', 'enkele', 'vissa',
  'nogle', 'noen', 'osa', 'jotkin', 'jotkut', 'monede', 'moned', 'egyes', 'nehany', 'niektore', 'niektorych', 'nektere', 'nekatere', 'nekateri', 'neki',
  'neke', 'unele', 'unii', 'καποιοι', 'καποια', 'ορισμενοι', 'ορισμενα', 'някои', 'dazas', 'dazi', 'kai', 'kurios', 'xi', 'roinnt', 'beberapa',
  // Irish says "among the links" ("i measc na nasc")
  'measc',
].map(fold));
/**
 * The marker's sentence is a hedged boilerplate line: "some" and "may" ("Some links may be affiliate links"), and
 * nothing of the author or of this post. (Tagalog "may komisyon ako" has "may" but no "some".)
 */
const hedgedSentences = (t: Tokenised): ((m: PhraseMatch<Marker>) => boolean) => {
  const hedged = sentencesHolding(t, (tok) => HEDGES.has(tok.key));
  const some = sentencesHolding(t, (tok) => SOME_WORDS.has(tok.key));
  const own = ownSentences(t);
  return (m) => hedged(m) && some(m) && !own(m);
};
const LABELLING_VERB: ReadonlySet<string> = new Set(LABELLING_VERBS.map(fold));
const ALTERNATIVES: ReadonlySet<string> = new Set(['or', 'vs', 'versus', 'oder', 'ou', 'o', 'of', 'albo', 'lub', 'czy', 'nebo', 'alebo', 'eller', 'tai', 'vai', 'vagy',
  'sau', 'ili', 'или', 'ή', 'arba', 'jew', 'oppure', 'ofwel']);
/** How many tokens back a labelling word or "without" reaches ("never labelled the videos as sponsored"). */
const LABELLING_WINDOW = 4;

/**
 * The marker names a label instead of using it: a labelling word or "without" shortly before it in its clause
 * ("zonder vermelding van #ad", "even when they add #ad", "never labelled the videos as sponsored"), or another
 * marker joined to it by "or"/"vs" ("#publi o «enlace de afiliado»", "#ad of #adv").
 */
/** Markers by the token they start at, so "X or Y" finds its partner without rescanning every marker. */
function byStart(all: readonly PhraseMatch<Marker>[]): Map<number, PhraseMatch<Marker>[]> {
  const out = new Map<number, PhraseMatch<Marker>[]>();
  for (const m of all) {
    if (m.values.some((v) => v.role === 'negation')) continue;
    const list = out.get(m.start);
    if (list) list.push(m);
    else out.set(m.start, [m]);
  }
  return out;
}

function namedLabel(t: Tokenised, m: PhraseMatch<Marker>, starts: ReadonlyMap<number, PhraseMatch<Marker>[]>, ends: ReadonlyMap<number, PhraseMatch<Marker>[]>): boolean {
  for (let k = 1; k <= LABELLING_WINDOW; k++) {
    const i = m.start - k;
    if (i < 0 || t.tokens[i + 1]!.breakBefore || /[;:|\n]/u.test(gapBefore(t, i + 1))) break;
    // A verb right before the label ("they add #ad"), not one before a link the label follows ("use qorvex.io/r/X #ad":
    // the masked link leaves a long gap).
    if (LABELLING.has(t.tokens[i]!.key) || (k === 1 && LABELLING_VERB.has(t.tokens[i]!.key) && gapBefore(t, m.start).length <= 3)) return true;
  }
  const joined = (a: PhraseMatch<Marker>, b: PhraseMatch<Marker>): boolean => {
    if (b.start - a.end !== 1) return false;
    const word = t.tokens[a.end]!;
    return ALTERNATIVES.has(word.key) && !word.breakBefore && !t.tokens[b.start]!.breakBefore;
  };
  // The partner is one word away: it ends where m's gap word starts, or starts just after m's gap word.
  const before = ends.get(m.start - 1) ?? [];
  const after = starts.get(m.end + 1) ?? [];
  return before.some((o) => o !== m && joined(o, m)) || after.some((o) => o !== m && joined(m, o));
}

/**
 * Question words opening a heading without its question mark: "How referral links work 🧵", "Wie Affiliate-Links
 * funktionieren". Folded. Not those that are also "as" or another word at a sentence's start (Spanish "como", Italian
 * "come", English "was", Romanian "cum", "mi" = Spanish "my").
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['how', 'what', 'why', 'wie', 'warum', 'comment', 'pourquoi', 'porque', 'cosa', 'perche', 'hoe', 'wat', 'waarom',
  'jak', 'czym', 'dlaczego', 'proc', 'preco', 'hur', 'vad', 'varfor', 'hvordan', 'hvad', 'hvorfor', 'miten', 'mita', 'miksi', 'kuidas', 'miks', 'hogyan', 'miert', 'kako',
  'zasto', 'zakaj', 'как', 'какво', 'защо', 'πως', 'γιατι', 'kapec', 'kaip', 'kodel', 'ghaliex', 'conas']);
/** Words a question word may stand before its marker ("How do referral links work", "What exactly are affiliate links"). */
const QUESTION_REACH = 3;

/** The marker's sentence opens with a question word a few words before it: a heading asks about the thing. */
function askedAbout(t: Tokenised, m: PhraseMatch<Marker>): boolean {
  for (let k = m.start - 1; k >= 0 && k >= m.start - QUESTION_REACH; k--) {
    const tok = t.tokens[k]!;
    if (t.tokens[k + 1]!.breakBefore || isFirstPerson(tok)) return false;
    if ((k === 0 || tok.breakBefore) && QUESTION_WORDS.has(tok.key)) return true;
  }
  return false;
}

/** The sentence going on from `pos` ends with a question mark. */
function inQuestion(text: string, pos: number): boolean {
  for (let i = pos; i < text.length && i < pos + 300; i++) {
    const c = text.charAt(i);
    if (c === '?' || c === '？') return true;
    if (c === '.' || c === '!' || c === '\n') return false;
  }
  return false;
}

export function detectDisclosures(input: TextInput, options: DisclosureOptions = {}): Disclosure[] {
  const { text, masked, t } = prepared(input);
  const statements = detectRemuneration(t, options.language);
  // The author saying they are paid ("ganho comissão") is a sign of a link of their own too.
  let own: boolean | null = statements.some((r) => r.kind === 'affiliate') ? true : null;
  const out: Disclosure[] = [];
  const seen = new Set<string>();
  /** Affiliate disclosures that are only a referral link's caption, outside brackets. */
  const captions = new Set<Disclosure>();
  const ctx = options.context;
  const abstract = ctx ? ctx.has('warning') || ctx.has('explainer') || ctx.has('report') : false;
  const all = markers.matchAll(t);
  const starts = byStart(all);
  const ends = new Map<number, PhraseMatch<Marker>[]>();
  for (const list of starts.values()) {
    for (const o of list) {
      // Grown in place (a copy per match before): nothing reads these lists until they are complete.
      const same = ends.get(o.end);
      if (same) same.push(o);
      else ends.set(o.end, [o]);
    }
  }
  const spans = codeSpans(text);
  let removedIn: ((m: PhraseMatch<Marker>) => boolean) | null = null;
  let hedgedIn: ((m: PhraseMatch<Marker>) => boolean) | null = null;
  let defined: ((m: PhraseMatch<Marker>) => boolean) | null = null;
  let ownSentence: ((m: PhraseMatch<Marker>) => boolean) | null = null;
  for (const m of all) {
    if (m.values.some((v) => v.role === 'negation')) continue;
    // `affiliate_link`, referral-link-parser: an identifier quoted from code, not the post's label.
    if (inSpans(spans, m.from, m.to) || inIdentifier(text, m.from, m.to)) continue;
    const marker = text.slice(m.from, m.to);
    const hashtag = t.tokens[m.start]?.hash ?? false;
    const accepted = m.values.filter((v) => {
      if (v.role === 'plain') return true;
      if (hashtag) return false; // the hashtag forms are listed separately as plain markers
      // Cooperation nouns are common words ("Parrainage, affiliation, partenariat : quelle différence ?"): as labels
      // they must open their sentence or line, or stand in brackets.
      // A short aside in brackets too: "(koostöö gate'iga)", "(Kooperation mit Qorvex)".
      if (v.role === 'label' && v.kind === 'paid_placement') {
        return !contactLine(text, m) && (isBracketed(t, m) || inShortBrackets(t, m) || (opensSentence(t, m) && (isLabel(t, m, masked.urls.length) || withFor(t, m) !== m)));
      }
      // A short affiliate tag counts in brackets: "Ref: https://..." captions a link, "(ref)" discloses it. "aff:" names
      // the author's pay whatever follows, so it is a label before a colon too.
      if (v.kind === 'affiliate') return isBracketed(t, m) || (AFFILIATE_TAG.test(marker) && colonLabel(t, m));
      if (v.role !== 'label') return isBracketed(t, m) || colonLabel(t, m);
      const urls = masked.urls.length;
      return isLabel(t, m, urls) || calledAnAd(t, m) || labelWithReason(t, m, urls) || labelWithStatement(t, m, statements) || besideMarker(t, m, starts, ends, urls) || closesAfterLink(t, m, masked.urls);
    });
    if (!accepted.length || isNegated(t, m, options.language)) continue;
    // „Werbung“, "affiliate link", «pub» in quotes: the word is named, not used (an explainer listing labels).
    if (quoted(text, m.from, m.to)) continue;
    // "without #ad", "labelled as sponsored", "#publi o «enlace de afiliado»", "'Sponsored' vs 'affiliate'": the label
    // is talked about as a label, not put on this post.
    if (namedLabel(t, m, starts, ends)) continue;
    // "Když vám influencer slibuje bonus za registraci, je to reklama": a sentence about what influencers do
    // (detect-context.ts) calls their posts ads; it labels nothing of this post.
    if (!hashtag && ctx?.aboutOthers(m.from)) continue;
    // "a fake 'affiliate manager' is offering a sponsored deal": a plain word inside a warning's, report's or
    // explainer's own sentence describes what others do.
    if (!hashtag && accepted.every((v) => v.role === 'plain') && ctx && (['warning', 'report', 'explainer'] as const).some((k) => ctx.inSentence(k, m.from))) continue;
    // A warning, report or explainer that gives the reader no code and no link of its own: its plain words describe
    // what others do ("accounts calling themselves ambassadors offer a paid partnership", "a sponsored trading account
    // is pay too"). Labels, brackets and hashtags are still put on the post, and so is a sentence about the author or
    // this post ("Beware of scams. This video is sponsored by X").
    const bare = abstract && !options.codeGiven && masked.urls.length === 0 && !hashtag;
    if (bare && accepted.every((v) => v.role === 'plain') && !(ownSentence ??= ownSentences(t))(m)) continue;
    // "Dat is reclame, geen advies" closing an FAQ on referral programmes: in a warning, report or explainer that gives
    // the reader no code and no link, "that is an ad" calls the scheme it explains an ad; it labels nothing of this post.
    if (bare && calledAnAd(t, m)) continue;
    // "News: HANFA reminds that paid signal channels are advertising": a label inside the sentence a report, warning or
    // explainer was found in, in a text giving no code and no link, is what others' posts are called.
    if (bare && (['warning', 'report', 'explainer'] as const).some((k) => ctx!.inSentence(k, m.from))) continue;
    // "An ambassador badge means the same: a paid partnership": an explainer defining the words.
    if (abstract && accepted.every((v) => v.role === 'plain') && (defined ??= definedSentences(t))(m)) continue;
    // "sponsored = the exchange paid for the segment": a definition of the word.
    if (/^\s*[=≈]/u.test(gapAfter(t, m.end - 1))) continue;
    // "Link affiliato o codice promo?", "What is an affiliate link?": a question asks about the thing, it
    // discloses nothing. Labels, brackets and hashtags are not questions.
    if (!hashtag && accepted.every((v) => v.role === 'plain') && (inQuestion(text, m.to) || askedAbout(t, m))) continue;
    // In an explainer, a report or a warning, even a hashtag in a question is asked about ("Ko nozīmē #reklāma?").
    if (abstract && inQuestion(text, m.to)) continue;
    // "una "reseña" con botón de registro suele estar patrocinada", "such reviews are usually sponsored": what posts of a
    // kind usually are, said of others, labels nothing of this post.
    if (!hashtag && accepted.every((v) => v.role === 'plain') && keyBeforeInSentence(t, m.start, HABITUAL_REACH, HABITUAL)) continue;
    const plainAffiliate = !hashtag && accepted.every((v) => v.kind === 'affiliate' && v.role === 'plain') && !isBracketed(t, m);
    // "(son enlaces de afiliado)": a short aside in brackets is the author's own note, also in an explainer.
    // An explainer's cue in a bio with links to firms ("crypto explained | Bybit → <link> | affiliate links") does not
    // make the label a word explained: the links it labels are there.
    if (plainAffiliate && !inShortBrackets(t, m) && ((abstract && !(options.firmLinks && options.firmLinks > 0)) || !(own ??= speaksOfOwnLink(t, masked.urls.length)))) continue;
    // "Some links may be affiliate links", "Einige Links können Affiliate-Links sein": a hedged boilerplate line under any
    // list of links (gear, books) says nothing of an exchange; it counts only where a link of the post goes to a firm of
    // the catalogue (options.firmLinks), which is what the hedge may be about.
    if (plainAffiliate && options.firmLinks === 0 && (hedgedIn ??= hedgedSentences(t))(m)) continue;
    // "post verwijderd – bevatte een verwijzingslink": a moderator's note on someone else's link (the post gives none).
    if (plainAffiliate && masked.urls.length === 0 && (removedIn ??= removalSentences(t))(m)) continue;
    const kind = accepted[0]!.kind!;
    const key = `${fold(marker)}\u0000${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const found: Disclosure = { marker, kind, language: pickLanguage(accepted, options.language) };
    const brand = options.sponsors?.length ? sponsorOfMarker(options.sponsors, m.from, m.to) : null;
    if (brand) found.brand = brand;
    // (Opening a bracket, "(Empfehlungslink, wir bekommen ...)", it is an aside about the link, not its caption.)
    if (plainAffiliate && accepted.every((v) => v.caption) && !inShortBrackets(t, m) && !/[([]\s*$/u.test(gapBefore(t, m.start))) captions.add(found);
    out.push(found);
  }
  // "Link di invito qui 👉 ... Collaborazione retribuita con OKX", "invite link: ... #ad": beside a label or a paid
  // partnership, the referral link's caption names the link the label already discloses; it is no affiliate of its own.
  if (captions.size && out.some((d) => d.kind !== 'affiliate') && out.every((d) => d.kind !== 'affiliate' || captions.has(d))) {
    for (let i = out.length - 1; i >= 0; i--) if (captions.has(out[i]!)) out.splice(i, 1);
  }
  // A page's own links marked paid in their HTML: <a href="..." rel="sponsored nofollow"> is how search engines ask
  // publishers to flag paid and affiliate links. Not where an explainer shows the markup (a code span, or abstract).
  if (!abstract && !out.some((d) => d.kind === 'sponsored')) {
    const rel = /rel\s*=/iu.test(text) ? REL_SPONSORED.exec(text) : null;
    if (rel && !inSpans(spans, rel.index, rel.index + rel[0].length)) out.push({ marker: rel[1]!, kind: 'sponsored', language: null });
  }
  // Pay stated in a sentence (detect-remuneration.ts), for kinds no marker gave. A report or explainer
  // may speak of "paid partnerships" of others; only the author's own "I get a commission" counts there. A post
  // still giving a code of its own (the promo detector drops explainers' examples) promotes: "Why do I still use X?
  // ... my code is Y. Spolupráca je platená."
  for (const r of statements) {
    if (out.some((d) => d.kind === r.kind) || (abstract && !options.codeGiven && (r.kind !== 'affiliate' || r.community))) continue;
    if (r.needsAccess && !options.codeGiven && !givesAccess(t, masked.urls.length)) continue;
    const from = t.tokens[r.start]!.start;
    const to = t.tokens[r.end - 1]!.end;
    if (quoted(text, from, to) || insideQuotes(text, from, to)) continue;
    // "kraken-eu-rewards[.]com": words of a name or a (defanged) domain, not a sentence.
    if (inIdentifier(text, from, to)) continue;
    // "Want the same fee rebate I get?": a question asks the reader, it states no pay (as for plain markers above).
    if (inQuestion(text, to)) continue;
    const marker = text.slice(from, to);
    out.push({ marker, kind: r.kind, language: options.language ?? null });
  }
  return out;
}
