// A code that belongs to someone else (issue 7): a friend's code the author signed up with ("hab mich mit dem Code X
// von einem Kumpel angemeldet"), or his, her or their code in a post about another person ("his code X earns him 40 %
// of your fees"). The author offers neither; the promo detector drops it unless the author also calls it theirs or
// tells the reader to enter it.
import { fold } from './fold.ts';
import { FRIEND_WORDS, INVITE_STEMS, THIRD_PERSON_POSSESSIVES, YOUR_POSSESSIVES } from './phrases/others-code-phrases.ts';
import type { Tokenised } from './tokenise.ts';

/** Exact keys, and stems (entries ending in *) checked by prefix. */
function wordSet(words: readonly string[]): (key: string) => boolean {
  const exact = new Set(words.filter((w) => !w.endsWith('*')).map(fold));
  const stems = words.filter((w) => w.endsWith('*')).map((w) => fold(w.slice(0, -1)));
  return (key) => exact.has(key) || stems.some((s) => key.startsWith(s));
}
const isFriend = wordSet(FRIEND_WORDS);
const isInvite = wordSet(INVITE_STEMS);
const isYour = wordSet(YOUR_POSSESSIVES);
const isTheirs = wordSet(THIRD_PERSON_POSSESSIVES);

/** How far before the code's phrase, and after the code, a friend may stand ("a friend gave me her Bybit code X"). */
const FRIEND_BEFORE = 6;
const FRIEND_AFTER = 4;
/** How far before the code word a third person's possessive may stand ("his \"favourite exchange\" code X"). */
const POSSESSIVE_BEFORE = 4;

/**
 * Tokens [start, end) hold the code's phrase (the code word to the code). True when a friend stands near it, in its
 * sentence, not as someone the reader invites ("invite a friend", "your friend"); or a third person's possessive
 * stands before the code word.
 */
export function someoneElsesCode(t: Tokenised, start: number, end: number): boolean {
  const tokens = t.tokens;
  const first = Math.max(0, start - FRIEND_BEFORE);
  let from = start;
  while (from > first && !tokens[from]!.breakBefore) from--;
  let to = end;
  while (to < Math.min(tokens.length, end + FRIEND_AFTER) && !tokens[to]!.breakBefore) to++;
  for (let k = from; k < to; k++) {
    const key = tokens[k]!.key;
    if (k >= start - POSSESSIVE_BEFORE && k < start + 1 && isTheirs(key)) return true;
    if (!isFriend(key)) continue;
    const invited = [k - 1, k - 2, k - 3].some((j) => j >= from && (isInvite(tokens[j]!.key) || isYour(tokens[j]!.key)));
    if (!invited) return true;
  }
  return false;
}
