// Offers (ESMA Guideline 2 §20 promotional deals): named offers ("welcome bonus", "Willkommensbonus"),
// amounts next to a bonus word ("€100 bonus", "100 USDT bonus"), "up to 5000 USDT" in a sign-up
// sentence, and percentages next to fee and discount words ("20% fee discount", "-20% sur les frais").
import { PhraseMatcher } from './phrase-matcher.ts';
import {
  BONUS_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, DEPOSIT_WORDS, DISCOUNT_WORDS, FEE_WORDS, FIRST_DEPOSIT_PHRASES, OFFER_PHRASES, ON_REQUEST_ACCESS, ON_REQUEST_CHANNELS,
  SIGNUP_WORDS, UP_TO_PHRASES,
  type OfferKind,
} from './phrases/promo-phrases.ts';
import { anyIn, positionsOf, sentenceIds, sentenceWindow } from './positions.ts';
import { isNegator } from './negators.ts';
import { questionAt } from './question-end.ts';
import type { Token, Tokenised } from './tokenise.ts';

export interface OfferSpan {
  kind: OfferKind;
  /** Token range [start, end). */
  start: number;
  end: number;
}

const matcherOf = (words: readonly string[]) => new PhraseMatcher<true>(words.map((w) => [w, true] as const));

const named = new PhraseMatcher<OfferKind>();
for (const byKind of Object.values(OFFER_PHRASES)) {
  for (const [kind, phrases] of Object.entries(byKind) as Array<[OfferKind, readonly string[]]>) {
    for (const p of phrases) named.add(p, kind);
  }
}
const bonus = matcherOf(BONUS_WORDS);
const deposit = matcherOf(DEPOSIT_WORDS);
const signup = matcherOf(SIGNUP_WORDS);
const upTo = matcherOf(UP_TO_PHRASES);
const firstDeposit = matcherOf(FIRST_DEPOSIT_PHRASES);
const fee = matcherOf(FEE_WORDS);
const discount = matcherOf(DISCOUNT_WORDS);
const currencyWords = new Set(CURRENCY_WORDS);
/** "100usdt", "5000USDT": number and ticker written together. */
const GLUED_AMOUNT = /^\d+(?:[.,]\d+)?([a-z]{3,4})$/;

const isCurrency = (tok: Token | undefined): boolean =>
  !!tok && ((tok.kind === 'sym' && CURRENCY_SYMBOLS.has(tok.text)) || (tok.kind === 'word' && currencyWords.has(tok.key)));

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Amount at token i: "€100", "100 €", "100 USDT", "100USDT". Returns its end (exclusive) or -1. */
export function amountAt(t: Tokenised, i: number): number {
  const tok = t.tokens[i];
  if (!tok) return -1;
  const next = t.tokens[i + 1];
  if (tok.kind === 'sym' && CURRENCY_SYMBOLS.has(tok.text) && next?.kind === 'num') return i + 2;
  if (tok.kind === 'num' && isCurrency(next)) return i + 2;
  // The regex only for words starting with a digit: it is run on every word token otherwise.
  if (tok.kind === 'word' && tok.key.length <= 24 && isAsciiDigit(tok.key.charCodeAt(0))) {
    const m = GLUED_AMOUNT.exec(tok.key);
    if (m && currencyWords.has(m[1] ?? '')) return i + 1;
  }
  return -1;
}

const MINUS = new Set(['-', '−', '–']);
const channels = matcherOf(ON_REQUEST_CHANNELS);
const access = matcherOf(ON_REQUEST_ACCESS);
/** How far from the channel word the thing handed out may stand, in its sentence. */
const ON_REQUEST_REACH = 8;

/**
 * "DM-ben küldöm a Bybit bónuszt", "write BONUS in the comments and I send my link in DM": the means of access handed
 * out on request. Not in a question ("did anyone get a bonus link by DM?") nor with a negator ("never DM a link").
 */
function onRequest(t: Tokenised, out: OfferSpan[]): void {
  const found = channels.matchAll(t);
  if (found.length === 0) return;
  const ids = sentenceIds(t);
  const things = positionsOf(access, t);
  for (const m of found) {
    const [lo, hi] = sentenceWindow(ids, m.start, m.end, ON_REQUEST_REACH, ON_REQUEST_REACH);
    if (!anyIn(things, lo, hi)) continue;
    let negated = false;
    for (let k = lo; k <= hi && !negated; k++) negated = isNegator(t.tokens[k]!, null, 't');
    const last = t.tokens[hi]!;
    if (negated || questionAt(t.text, last.end)) continue;
    out.push({ kind: 'invite_on_request', start: m.start, end: m.end });
    return;
  }
}

export function findOffers(t: Tokenised): OfferSpan[] {
  const out: OfferSpan[] = [];
  for (const m of named.matchAll(t)) for (const kind of m.values) out.push({ kind, start: m.start, end: m.end });

  let ids: Int32Array | null = null;
  let bonusAt: number[] | null = null;
  let depositAt: number[] | null = null;
  let signupAt: number[] | null = null;
  let feeAt: number[] | null = null;
  let discountAt: number[] | null = null;
  let upToEnds: Set<number> | null = null;
  let firstDepositAt: number[] | null = null;

  for (let i = 0; i < t.tokens.length; i++) {
    const tok = t.tokens[i] as Token;
    const end = amountAt(t, i);
    if (end > 0) {
      bonusAt ??= positionsOf(bonus, t);
      const [lo, hi] = sentenceWindow((ids ??= sentenceIds(t)), i, end, 3, 3);
      if (anyIn(bonusAt, lo, hi)) {
        depositAt ??= positionsOf(deposit, t);
        const [dlo, dhi] = sentenceWindow(ids, i, end, 6, 6);
        out.push({ kind: anyIn(depositAt, dlo, dhi) ? 'deposit_bonus' : 'signup_bonus', start: i, end });
      } else if (anyIn((firstDepositAt ??= positionsOf(firstDeposit, t)), lo - 1, hi + 1)) {
        out.push({ kind: 'deposit_bonus', start: i, end });
      } else {
        upToEnds ??= new Set(upTo.matchAll(t).map((m) => m.end));
        if (upToEnds.has(i)) {
          signupAt ??= positionsOf(signup, t);
          const [slo, shi] = sentenceWindow(ids, i, end, 12, 12);
          if (anyIn(signupAt, slo, shi) || anyIn(bonusAt, slo, shi)) out.push({ kind: 'signup_bonus', start: i, end });
        }
      }
      i = end - 1;
      continue;
    }
    const next = t.tokens[i + 1];
    if (tok.kind === 'num' && next?.kind === 'sym' && next.text === '%') {
      feeAt ??= positionsOf(fee, t);
      const [lo, hi] = sentenceWindow((ids ??= sentenceIds(t)), i, i + 2, 4, 4);
      if (!anyIn(feeAt, lo, hi)) continue;
      discountAt ??= positionsOf(discount, t);
      const gap = t.text.slice(Math.max(0, tok.start - 2), tok.start).trim();
      if (anyIn(discountAt, lo, hi) || MINUS.has(gap.charAt(gap.length - 1))) out.push({ kind: 'fee_discount', start: i, end: i + 2 });
    }
  }
  onRequest(t, out);
  return out.sort((a, b) => a.start - b.start);
}
