// A code that belongs to someone else (issue 7): a friend's code the author signed up with ("hab mich mit dem Code X
// von einem Kumpel angemeldet"), or his, her or their code in a post about another person ("his code X earns him 40 %
// of your fees"). The author offers neither; the promo detector drops it unless the author also calls it theirs or
// tells the reader to enter it.
import { PhraseMatcher } from './phrase-matcher.ts';
import { FRIEND_WORDS, INVITE_STEMS, THIRD_PERSON_POSSESSIVES, YOUR_POSSESSIVES } from './phrases/others-code-phrases.ts';
import type { Tokenised } from './tokenise.ts';

type Role = 'friend' | 'invite' | 'your' | 'theirs';
const roles = new PhraseMatcher<Role>([
  ...FRIEND_WORDS.map((w) => [w, 'friend'] as const),
  ...INVITE_STEMS.map((w) => [w, 'invite'] as const),
  ...YOUR_POSSESSIVES.map((w) => [w, 'your'] as const),
  ...THIRD_PERSON_POSSESSIVES.map((w) => [w, 'theirs'] as const),
]);

/** How far before the code's phrase, and after the code, a friend may stand ("a friend gave me her Bybit code X"). */
const FRIEND_BEFORE = 6;
const FRIEND_AFTER = 4;
/** How far before the code word a third person's possessive may stand ("his \"favourite exchange\" code X"). */
const POSSESSIVE_BEFORE = 4;
/** "from" before a handle right after the code ("code FROSTY10 from @frostbite_calls"): another account's code. Folded. */
const FROM_WORDS: ReadonlySet<string> = new Set(['from', 'by', 'von', 'vom', 'de', 'du', 'di', 'da', 'dal', 'van', 'od', 'iz', 'fran', 'fra', 'z', 'ze', 'apo', 'от', 'nuo', 'no']);

/**
 * For one text: whether the code whose phrase is tokens [start, end) (the code word to the code) is someone else's. A
 * friend stands near it in its sentence, not as someone the reader invites ("invite a friend", "your friend"); or a
 * third person's possessive stands before the code word. The words are found once per text.
 */
/** Friend words that, right after the code word, name the kind of code ("codice amico"), folded. */
const FRIEND_CODE_NAMES: ReadonlySet<string> = new Set(['amico', 'amigo', 'amiga', 'ami', 'amie']);
const CODE_NOUNS: ReadonlySet<string> = new Set(['codice', 'codigo', 'code', 'cod', 'codi']);

export function othersCodeIn(t: Tokenised): (start: number, end: number) => boolean {
  let found: Map<number, Role[]> | null = null;
  const at = (k: number, role: Role): boolean => (found ??= new Map(roles.matchAll(t).map((m) => [m.start, m.values]))).get(k)?.includes(role) ?? false;
  return (start, end) => {
    const tokens = t.tokens;
    const first = Math.max(0, start - FRIEND_BEFORE);
    let from = start;
    while (from > first && !tokens[from]!.breakBefore) from--;
    let to = end;
    while (to < Math.min(tokens.length, end + FRIEND_AFTER) && !tokens[to]!.breakBefore) to++;
    // "from" and a handle right after the code (rules end the phrase before the code, at it or just past it).
    for (let j = Math.max(start + 1, end - 1); j <= end + 1 && j + 1 < tokens.length; j++) {
      if (FROM_WORDS.has(tokens[j]!.key) && tokens[j + 1]!.at && !tokens[j]!.breakBefore && !tokens[j + 1]!.breakBefore) return true;
    }
    for (let k = from; k < to; k++) {
      if (k >= start - POSSESSIVE_BEFORE && k < start + 1 && at(k, 'theirs')) return true;
      if (!at(k, 'friend')) continue;
      // "codice amico", "código amigo", "code ami": the friend as the name of the code (an invite code), not its owner.
      if (FRIEND_CODE_NAMES.has(tokens[k]!.key) && CODE_NOUNS.has(tokens[k - 1]?.key ?? '')) continue;
      const invited = [k - 1, k - 2, k - 3].some((j) => j >= from && (at(j, 'invite') || at(j, 'your')));
      if (!invited) return true;
    }
    return false;
  };
}
