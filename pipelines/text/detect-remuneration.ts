// Disclosures made as a statement rather than a label: the author says they are paid ("Ich bekomme
// dafür eine Provision", "a ja prowizję", "prowizja dla mnie") or that the post is a paid cooperation in
// words that inflect and move ("Spolupráca je platená", "placenou spolupráci", "Plaćeni oglas"). The
// parts are matched separately and paired inside one clause, a few tokens apart, so case endings and
// inserted words ("dafür", "z neho") do not break them. A negator before the pair ("I don't get any
// commission", "nicht bezahlt") cancels it.
import { withLatinForms } from './phrases/latin-forms.ts';
import type { DisclosureKind } from './phrases/disclosure-phrases.ts';
import { SHARE_WORDS } from './phrases/context-phrases.ts';
import { FEE_WORDS } from './phrases/promo-phrases.ts';
import {
  AD_NOUNS, BECAUSE_WORDS, COMMUNITY_NOUNS, DATIVE_ME, ME_TOO, PER_SIGNUP, COMMUNITY_RECEIVE_VERBS, POST_NOUNS, CONTAIN_VERBS, COOPERATION_NOUNS, EARN_FROM_IT, FIRST_PERSON, FOR_ME, PAID_WORDS,
  PRONOUN_PARTICLES, RECEIVE_VERBS, RECIPROCAL_WORDS, REMUNERATION_NOUNS, BONUS_NOUNS, ROLE_NOUNS, AMBASSADOR_NOUNS, AM_WORDS, TRIP_NOUNS, PAY_VERBS, VIDEO_NOUNS,
} from './phrases/remuneration-phrases.ts';
import { correlativeBefore, isNegator } from './negators.ts';
import { POSSESSIVE_KEYS } from './detect-context.ts';
import { fold } from './fold.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { clauseIds } from './positions.ts';
import type { Tokenised } from './tokenise.ts';

type Part =
  | 'receive' | 'noun' | 'forMe' | 'pronoun' | 'coop' | 'paid' | 'ad' | 'post' | 'reciprocal' | 'earnsFromIt' | 'because' | 'contain' | 'community' | 'gets' | 'perSignup' | 'meToo' | 'bonus' | 'role' | 'ambassador' | 'am' | 'trip' | 'pays' | 'video';

/** Parts whose Greek and Cyrillic phrases are also matched in Latin letters (phrases/latin-forms.ts). */
const LATIN_TOO: ReadonlySet<Part> = new Set(['receive', 'noun', 'paid', 'coop']);
const parts = new PhraseMatcher<Part>();
for (const [list, part] of [
  [RECEIVE_VERBS, 'receive'], [REMUNERATION_NOUNS, 'noun'], [FOR_ME, 'forMe'], [FIRST_PERSON, 'pronoun'],
  [COOPERATION_NOUNS, 'coop'], [PAID_WORDS, 'paid'], [AD_NOUNS, 'ad'], [POST_NOUNS, 'post'], [RECIPROCAL_WORDS, 'reciprocal'], [EARN_FROM_IT, 'earnsFromIt'], [BECAUSE_WORDS, 'because'], [CONTAIN_VERBS, 'contain'],
  [COMMUNITY_NOUNS, 'community'], [COMMUNITY_RECEIVE_VERBS, 'gets'], [PER_SIGNUP, 'perSignup'], [ME_TOO, 'meToo'], [BONUS_NOUNS, 'bonus'],
  [ROLE_NOUNS, 'role'], [AMBASSADOR_NOUNS, 'ambassador'], [AM_WORDS, 'am'], [TRIP_NOUNS, 'trip'], [PAY_VERBS, 'pays'], [VIDEO_NOUNS, 'video'],
] as const) {
  // Pay words of Greek and Bulgarian also as posts type them in Latin letters ("polu4avam komisiona"); not the small
  // words (pronouns, "for me"), whose Latin forms are other languages' words (Bulgarian "аз" is Hungarian "az").
  for (const p of LATIN_TOO.has(part) ? withLatinForms(list) : list) parts.add(p, part);
}
const particles: ReadonlySet<string> = new Set(PRONOUN_PARTICLES.map(fold));
/** Parts that are a statement alone, without a second part. */
const STANDALONE: ReadonlySet<Part> = new Set(['earnsFromIt', 'perSignup', 'meToo', 'pays', 'paid']);
const dativeMe: ReadonlySet<string> = new Set(DATIVE_ME.map(fold));
/** "krijg je een bonus", "får du en bonus": a verb that says "I get" alone says "you get" before these. */
const SECOND_PERSON: ReadonlySet<string> = new Set(['je', 'jij', 'du', 'you', 'tu', 'ty', 'te', 'sie', 'ihr', 'jullie', 'ni', 'dere']);
/** Dutch "je" (you) is "is" in Czech, Slovak, Slovene and Croatian ("můj odkaz je <link> a oba dostaneme bonus") and "I" in French. */
const DUTCH_YOU = 'je';
/** "en krijg tot 50 euro bonus": forms that are also the imperative; the author's only after "ik"/"ich". */
const IMPERATIVE_ALIKE: ReadonlySet<string> = new Set(['krijg', 'ontvang', 'verdien', 'bekomm']);
const I_PRONOUNS: ReadonlySet<string> = new Set(['ik', 'ich']);
/** The receive verb at [start, end) says the author gets the bonus, not the reader. */
function authorsBonus(t: Tokenised, start: number, end: number): boolean {
  if (SECOND_PERSON.has(t.tokens[end]?.key ?? '')) return false;
  return end - start > 1 || !IMPERATIVE_ALIKE.has(t.tokens[start]!.key) || I_PRONOUNS.has(t.tokens[start - 1]?.key ?? '');
}
/**
 * "we both get a bonus", "saame mõlemad boonust", "primim amândoi un bonus": one sign-up rewards the reader and the author,
 * so the author is paid per sign-up, which Guideline 2 counts as remuneration (decision 0054). Not "you both" (two
 * readers) and not "both ... and" ("a bonus on both spot and futures").
 */
const BOTH_WORDS: ReadonlySet<string> = new Set([
  'both', 'beide', 'beiden', 'allebei', 'molemad', 'molemmat', 'abi', 'abu', 'oba', 'obaja', 'oboje', 'obaj', 'mindketten', 'amandoi', 'ambos', 'entrambi',
  'dois', 'begge', 'bada', 'bagge', 'двамата', 'δυο', 'beirt', 'araon', 'tnejn', 'deux', 'ikimiz',
].map(fold));
/** "both X and Y": the conjunction after "both" (only words that are "and" in every language we read). */
const AND_WORDS: ReadonlySet<string> = new Set(['and', 'und', 'et', 'es', 'og', 'och', 'ja', 'και', 'agus'].map(fold));
/** Tokens between a "both" word and the bonus noun, before it ("we both get a bonus") or after it ("bonus for us both"). */
const BOTH_BEFORE = 3;
const BOTH_AFTER = 2;
/** "you both get", "I får begge en bonus" (Danish and Norwegian "I" is "you"): the readers, two words back at most. */
function readersBoth(t: Tokenised, k: number, language: string | null | undefined): boolean {
  for (let j = Math.max(0, k - 2); j < k; j++) {
    const tok = t.tokens[j]!;
    // "Si te registras, ambos ganamos": a "you" before a comma is another clause's.
    if (/[,;:.!?]/u.test(t.text.slice(tok.end, t.tokens[k]!.start))) continue;
    if (tok.key === DUTCH_YOU && language !== 'nl') continue;
    if (SECOND_PERSON.has(tok.key) || (tok.text === 'I' && (language === 'da' || language === 'no'))) return true;
  }
  return false;
}

/** The "both" word's token index near the bonus noun at [start, end), or -1. */
function bothRewarded(t: Tokenised, clause: Int32Array, start: number, end: number, language: string | null | undefined): number {
  for (let k = Math.max(0, start - BOTH_BEFORE - 1); k < Math.min(t.tokens.length, end + BOTH_AFTER); k++) {
    if (!BOTH_WORDS.has(t.tokens[k]!.key) || clause[k] !== clause[start] || readersBoth(t, k, language)) continue;
    let conjunction = false;
    for (let j = k + 1; j <= k + 3 && j < t.tokens.length && clause[j] === clause[k]; j++) if (AND_WORDS.has(t.tokens[j]!.key)) conjunction = true;
    if (!conjunction) return k;
  }
  return -1;
}

/** An emoji between two words: posts set sentences off with them ("fără spații 😄 Eu primesc comision"). */
const EMOJI = /\p{Extended_Pictographic}/u;
/**
 * What a community may be paid: a share or the fees ("a cut of fees", "en del af gebyrerne"). Its own matcher: fee
 * words in the parts' one would take tokens ("comissão") from the pay nouns' stems.
 */
const shares = new PhraseMatcher<true>([...SHARE_WORDS, ...FEE_WORDS].map((w) => [w, true] as const));

/** Tokens a verb may stand before its noun ("I get a small commission", "bekomme dafür eine Provision"). */
const VERB_REACH = 5;
/** Tokens between "paid" and its noun, either order ("Spolupráca je platená"). */
const PAIR_REACH = 2;
/** Tokens between a receive-verb and "too"/"myself" ("I get €10 too", "ik krijg er zelf ook"). */
const RECIPROCAL_REACH = 3;
/** "I", whose paying is no sponsor's ("I paid my own flight"). Folded. */
const I_WORDS: ReadonlySet<string> = new Set(['i', 'ich', 'je', 'yo', 'io', 'eu', 'ik', 'ja', 'jag', 'jeg', 'mina', 'en', 'εγω', 'аз', 'jaz', 'es', 'as', 'jien', 'me'].map(fold));
/**
 * "betalte min billet", "they paid for my flight": the trip is the author's ("my" before it) and someone else paid
 * (no "I" just before "paid"). "trip paid by card" and "I paid my own flight" are not a sponsor's.
 */
function paidForMe(t: Tokenised, paid: { start: number }, trip: { start: number }): boolean {
  if (!POSSESSIVE_KEYS.has(t.tokens[trip.start - 1]?.key ?? '')) return false;
  for (let k = Math.max(0, paid.start - 2); k < paid.start; k++) if (I_WORDS.has(t.tokens[k]!.key)) return false;
  return true;
}

/** Tokens between "I am" and the ambassador title ("I'm in their ambassador programme", "Olen KuCoinin lähettiläs"). */
const AM_REACH = 3;
/** Tokens between a pay verb and what it pays for ("płaci za ten film", "pays me for this video"). */
const PAYS_REACH = 3;

/**
 * "me" right after the pay verb at h ("pays me", "betaler mig", "płaci mi") or right before it ("mi platí", "ми плаща"),
 * in its clause, and no amount or percent after it ("pays me 5 % on USDC" is a yield, not a sponsor): the token range
 * of verb and "me", else null.
 */
function paysMe(t: Tokenised, clause: Int32Array, h: Hit): { start: number; end: number } | null {
  // The receive phrases hold some of these already ("pays me", "betaler mig"): the hit is verb and "me".
  if (h.part === 'receive') {
    const next = t.tokens[h.end];
    return next && clause[h.end] === clause[h.start] && (next.kind === 'num' || next.kind === 'sym') ? null : { start: h.start, end: h.end };
  }
  const after = t.tokens[h.end];
  const before = t.tokens[h.start - 1];
  const meAfter = after !== undefined && clause[h.end] === clause[h.start] && dativeMe.has(after.key);
  const meBefore = before !== undefined && clause[h.start - 1] === clause[h.start] && dativeMe.has(before.key);
  if (!meAfter && !meBefore) return null;
  const end = meAfter ? h.end + 1 : h.end;
  const next = t.tokens[end];
  if (next && clause[end] === clause[h.start] && (next.kind === 'num' || next.kind === 'sym')) return null;
  return { start: meBefore ? h.start - 1 : h.start, end };
}

const payVerbKeys: ReadonlySet<string> = new Set(PAY_VERBS.filter((v) => !v.includes(' ') && !v.endsWith('*')).map(fold));
/** A receive phrase that is a pay verb and "me" ("pays me", "betaler mig"). */
function payVerbAndMe(t: Tokenised, h: Hit): boolean {
  return h.part === 'receive' && h.end - h.start === 2 && payVerbKeys.has(t.tokens[h.start]!.key) && dativeMe.has(t.tokens[h.start + 1]!.key);
}

/** How far back a negator reaches from the first part of a pair. */
const NEGATION_REACH = 3;

export interface RemunerationFinding {
  kind: DisclosureKind;
  /** Token range [start, end) of the statement. */
  start: number;
  end: number;
  /**
   * Said without a pay noun ("I get €10 too", "ik verdien er aan"): pay only if the post gives a link or a code
   * to earn it with (detect-disclosures.ts checks); "I get 5% APY too" is the author's yield.
   */
  needsAccess?: true;
  /** The one paid is a community ("the server gets a cut of fees"): the author's only where nothing says the post reports on others. */
  community?: true;
}

interface Hit {
  part: Part;
  start: number;
  end: number;
}

const MAX_REACH = Math.max(VERB_REACH, PAIR_REACH, RECIPROCAL_REACH, 1);

/** `language`: the post's, when known (a word that negates in one language may not in another: negators.ts). */
export function detectRemuneration(t: Tokenised, language?: string | null): RemunerationFinding[] {
  const hits: Hit[] = parts.matchAll(t).map((m) => ({ part: m.values[0]!, start: m.start, end: m.end }));
  if (!hits.length) return bothPaid(t, language);
  if (hits.length < 2 && !STANDALONE.has(hits[0]!.part) && hits[0]!.part !== 'bonus' && !payVerbAndMe(t, hits[0]!)) return bothPaid(t, language);
  const clause = clauseIds(t);
  const out: RemunerationFinding[] = [];
  const negated = (start: number, end: number): boolean => {
    if (correlativeBefore(t, start)) return true;
    for (let i = Math.max(0, start - NEGATION_REACH); i < end; i++) {
      // A negator before an emoji belongs to the sentence the emoji closed.
      if (i < start && EMOJI.test(t.text.slice(t.tokens[i]!.end, t.tokens[start]!.start))) continue;
      if (clause[i] === clause[start] && isNegator(t.tokens[i]!, language)) return true;
    }
    return false;
  };
  const push = (kind: DisclosureKind, start: number, end: number, needsAccess = false, community = false): void => {
    if (negated(start, end)) return;
    out.push({ kind, start, end, ...(needsAccess ? { needsAccess: true as const } : {}), ...(community ? { community: true as const } : {}) });
  };
  for (let a = 0; a < hits.length; a++) {
    const h = hits[a]!;
    if (h.part === 'earnsFromIt') push('affiliate', h.start, h.end, true);
    // "we both get a bonus", "mindketten bónuszt kapunk": the author's reward for the reader's sign-up.
    if (h.part === 'bonus') {
      const both = bothRewarded(t, clause, h.start, h.end, language);
      if (both >= 0) push('affiliate', Math.min(both, h.start), Math.max(both + 1, h.end), true);
    }
    // "(y a mí también)": the aside must end its clause.
    if (h.part === 'meToo' && (h.end === t.tokens.length || clause[h.end] !== clause[h.start])) push('affiliate', h.start, h.end, true);
    // "Kraken pays me", "MEXC betaler mig.", "KuCoin mi plaća", "BingX ми плаща": a firm paying the author ("me" right
    // before or after the verb). Not "pays me 5 %": a yield.
    // ("pays me a commission", "pays me per sign-up" are the affiliate statements of other rules.)
    const paysFor = (): boolean => hits.some((x) => (x.part === 'noun' || x.part === 'bonus' || x.part === 'perSignup') && x.start >= h.end && x.start - h.end <= VERB_REACH && clause[x.start] === clause[h.start]);
    if ((h.part === 'pays' || h.part === 'paid' || payVerbAndMe(t, h)) && !paysFor()) {
      const me = paysMe(t, clause, h);
      if (me) push('sponsored', me.start, me.end);
    }
    // "Za každou registraci mi Gate něco pošle", "per ogni iscrizione mi arriva qualcosa": a first-person object after it.
    if (h.part === 'perSignup') {
      for (let k = h.end; k < t.tokens.length && k <= h.end + PAIR_REACH && clause[k] === clause[h.start]; k++) {
        if (dativeMe.has(t.tokens[k]!.key)) {
          push('affiliate', h.start, k + 1, true);
          break;
        }
      }
    }
    for (let b = a + 1; b < hits.length; b++) {
      const g = hits[b]!;
      if (clause[g.start] !== clause[h.start]) break;
      const gap = g.start - h.end;
      // Hits come in start order: past the longest reach no later hit can pair with h either. Without this a
      // long clause of markers costs quadratic time.
      if (gap > MAX_REACH) break;
      if (h.part === 'receive' && g.part === 'noun' && gap <= VERB_REACH) push('affiliate', h.start, g.end);
      // "jutalékot kapok", "provizi dostávám": the noun first, the verb right after it.
      else if (h.part === 'noun' && g.part === 'receive' && gap <= PAIR_REACH) push('affiliate', h.start, g.end);
      else if (h.part === 'noun' && g.part === 'forMe' && gap <= PAIR_REACH) push('affiliate', h.start, g.end);
      // "I get a small bonus", "jeg får en lille bonus, når I opretter jer": the author's bonus (a reader's is "you get").
      else if (h.part === 'receive' && g.part === 'bonus' && gap <= VERB_REACH && authorsBonus(t, h.start, h.end)) push('affiliate', h.start, g.end, true);
      // "I get €10 too", "jeg får selv en bonus": rewarded alongside the reader.
      else if (h.part === 'receive' && g.part === 'reciprocal' && gap <= RECIPROCAL_REACH) push('affiliate', h.start, g.end, true);
      // "jeg får en lille bonus for hver af jer", "for every sign-up I get": paid per reader, whatever the reward is called.
      else if (gap <= VERB_REACH && ((h.part === 'receive' && g.part === 'perSignup') || (h.part === 'perSignup' && g.part === 'receive'))) push('affiliate', h.start, g.end, true);
      else if (h.part === 'pronoun' && g.part === 'noun' && (gap === 0 || (gap === 1 && particles.has(t.tokens[h.end]!.key)))) push('affiliate', h.start, g.end);
      else if (gap <= PAIR_REACH && ((h.part === 'paid' && g.part === 'coop') || (h.part === 'coop' && g.part === 'paid'))) push('paid_placement', h.start, g.end);
      else if (gap <= PAIR_REACH && ((h.part === 'paid' && g.part === 'ad') || (h.part === 'ad' && g.part === 'paid'))) push('sponsored', h.start, g.end);
      // "Gemini betalte min billet", "the flights were paid": the firm paid the author's way to its event.
      else if (gap <= PAIR_REACH && ((h.part === 'paid' && g.part === 'trip') || (h.part === 'trip' && g.part === 'paid')) && paidForMe(t, h.part === 'paid' ? h : g, h.part === 'trip' ? h : g)) push('sponsored', h.start, g.end);
      // "a paid role", "rol plătit", "fizetett szerepkör": a paid ambassador's or partner's position.
      else if (gap <= PAIR_REACH && ((h.part === 'paid' && g.part === 'role') || (h.part === 'role' && g.part === 'paid'))) push('paid_placement', h.start, g.end);
      // "I'm a Bitget ambassador", "Είμαι πρέσβειρα της Bitget", "Bitget nagykövet vagyok": the author holds the title.
      else if ((h.part === 'am' && g.part === 'ambassador' && gap <= AM_REACH) || (h.part === 'ambassador' && g.part === 'am' && gap <= 1)) push('paid_placement', h.start, g.end);
      // "OKX płaci za ten film", "BingX maksab selle video eest", "KuCoin moka už šį įrašą": a firm paying for the post.
      else if ((h.part === 'pays' || payVerbAndMe(t, h)) && (g.part === 'post' || g.part === 'video') && gap <= PAYS_REACH) push('sponsored', h.start, g.end);
      // "plačana objava", "objava je plačana", "betalt inlägg": a post is a common noun, so only next to "paid" (or one copula between).
      else if (gap <= 1 && ((h.part === 'paid' && g.part === 'post') || (h.part === 'post' && g.part === 'paid'))) push('sponsored', h.start, g.end);
      // "Video vsebuje oglaševanje", "Este vídeo contém publicidade": the post says it contains advertising.
      else if (h.part === 'contain' && g.part === 'ad' && gap <= PAIR_REACH) push('sponsored', h.start, g.end);
      // "Das Video enthält eine Kooperation", "Bu video iş birliği içerir" (the verb last): it contains a paid cooperation.
      else if (gap <= PAIR_REACH && ((h.part === 'contain' && g.part === 'coop') || (h.part === 'coop' && g.part === 'contain'))) push('paid_placement', h.start, g.end);
      // "the server (treasury) gets a cut of fees", "serveren får en del af gebyrerne": the author's community paid.
      // The verb first: Irish "Faigheann an cainéal coimisiún", German and Dutch after a fronted phrase ("Für jede
      // Anmeldung erhält der Kanal eine Provision").
      else if (gap <= 1 && ((h.part === 'community' && g.part === 'gets') || (h.part === 'gets' && g.part === 'community'))) {
        const near = (x: { start: number }): boolean => x.start >= g.end && clause[x.start] === clause[h.start] && x.start - g.end <= VERB_REACH;
        const pay = hits.slice(b + 1).find((x) => x.part === 'noun' && near(x)) ?? shares.matchAll(t).find(near);
        if (pay) push('affiliate', h.start, pay.end, false, true);
      }
      // "reklama bo dostaje prowizje", "Werbung, weil ich Provision bekomme": the ad's reason names the author's pay.
      else if (h.part === 'ad' && g.part === 'because' && gap === 0) {
        const pay = hits.slice(b + 1).find((x) => clause[x.start] === clause[h.start] && x.part === 'noun' && x.start - g.end <= VERB_REACH);
        if (pay) push('affiliate', h.start, pay.end);
      }
    }
  }
  return out.length ? out : bothPaid(t, language);
}

/** An amount of money: "25 dollar", "$20", "10 USDT", "20 €" (the text right after a "both" word, a word or two on). */
const MONEY_AFTER = /^[^\S\n]*(?:\p{L}+[^\S\n]+){0,2}?(?:[$€£][^\S\n]?\d|\d[\d.,]*[^\S\n]?(?:[$€£]|usdt|usdc|usd|eur|euro|euros|eura|eurot|dollar\p{L}*|dolar\p{L}*|btc)(?![\p{L}\d]))/iu;

/**
 * What both may get besides a bonus: a coupon, a reward, "something" ("we krijgen er allebei wat aan"), trading without
 * fees ("los dos operamos sin comisiones"). Folded stems, read a few words after the "both" word.
 */
const BOTH_REWARDS = /^(?:coupon|cupon|kupon|voucher|gutschein|buono|reward|recompens|ricompens|belohnung|nagrod|odmen|cashback|wat|something|etwas|algo|qualcosa|quelque|cos|neco|nieco|btc|bitcoin|usdt)$/u;
/** "without" before a fee word: trading without fees is the reward ("sin comisiones", "without fees"). Folded. */
const WITHOUT_WORDS: ReadonlySet<string> = new Set(['without', 'sin', 'ohne', 'sans', 'senza', 'sem', 'zonder', 'bez', 'zero', 'no']);
const FEE_WORD = /^(?:fee|fees|comision|comisiones|commission|commissions|commissioni|gebuhr|gebuhren|frais|taxa|taxas|kosten|prowizj|poplatk|komisij)/u;
/** Words a reward may stand after the "both" word ("gives us both a bit of BTC", "we both trade the first €1,000 without fees"). */
const BOTH_REWARD_REACH = 6;
/** "los dos", "las dos", "os dois": "the two" as "both". */
const TWO_AFTER_ARTICLE: ReadonlySet<string> = new Set(['dos', 'dois', 'duas']);
const ARTICLES_OF_TWO: ReadonlySet<string> = new Set(['los', 'las', 'os', 'as']);

/** "los dos ganamos", "ganhamos os dois": a first-person plural verb (Spanish and Portuguese -mos) at j. */
const weVerb = (t: Tokenised, j: number): boolean => /mos$/u.test(t.tokens[j]?.key ?? '');
/** The bonus nouns of BONUS_NOUNS as folded stems. */
const BONUS_STEM = /^(?:bonus|boonus|bonuks|bonusz|μπονους|бонус|bonas)/u;
/** Earning verbs beside a "both" word ("ganamos los dos", "we both earn", "wir verdienen beide"): folded stems. */
const EARN_STEM = /^(?:earn|gan[ah]|verdien|guadagn|gagn|zarab|vydel|zarob|castig|ansaitse|teenime|nopeln|uzdirb|κερδιζ|печел|tjen|tjan)/u;

/**
 * "faighimid beirt 25 dollar má chláraíonn tú", "wir bekommen beide 20 €", "(we krijgen er allebei wat aan)": both
 * rewarded with an amount, a coupon, "something" or free trading instead of a bonus noun. Only where no other
 * statement was found (a cheap pass over the "both" words).
 */
function bothPaid(t: Tokenised, language: string | null | undefined): RemunerationFinding[] {
  let clause: Int32Array | null = null;
  for (let k = 0; k < t.tokens.length; k++) {
    const tok = t.tokens[k]!;
    // "los dos ganamos", "ganhamos os dois": "the two" is "both" beside a first-person plural verb ("los dos primeros
    // días" is not).
    const both = BOTH_WORDS.has(tok.key) || (TWO_AFTER_ARTICLE.has(tok.key) && ARTICLES_OF_TWO.has(t.tokens[k - 1]?.key ?? '') && (weVerb(t, k + 1) || weVerb(t, k - 2)));
    if (!both || readersBoth(t, k, language)) continue;
    let rewarded = MONEY_AFTER.test(t.text.slice(tok.end, tok.end + 40));
    clause ??= clauseIds(t);
    // "referral bonus dostaneme obaja": the bonus named a few words before the "both" word; "ganamos los dos", "we both
    // earn": the verb is the reward.
    for (let j = Math.max(0, k - BOTH_BEFORE - 1); !rewarded && j < k; j++) rewarded = clause[j] === clause[k] && BONUS_STEM.test(t.tokens[j]!.key);
    for (const j of [k - 2, k - 1, k + 1]) rewarded ||= clause[j] === clause[k] && EARN_STEM.test(t.tokens[j]?.key ?? '');
    for (let j = k + 1; !rewarded && j < t.tokens.length && j <= k + BOTH_REWARD_REACH && clause[j] === clause[k]; j++) {
      const key = t.tokens[j]!.key;
      rewarded = BOTH_REWARDS.test(key) || (WITHOUT_WORDS.has(key) && FEE_WORD.test(t.tokens[j + 1]?.key ?? ''));
    }
    if (!rewarded) continue;
    // "both ... and": the conjunction, as for the bonus noun.
    if (t.tokens.slice(k + 1, k + 4).some((x) => AND_WORDS.has(x.key))) continue;
    return [{ kind: 'affiliate', start: k, end: k + 1, needsAccess: true }];
  }
  return [];
}
