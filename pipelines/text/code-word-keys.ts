// The one-word code words ("code", "kód", "koodi", "referral"...), folded: the key set the promo detector, the firm
// matcher, the disclosure detector and the journalist-bio reader test tokens against. Built once, here.
import { fold } from './fold.ts';
import { BARE_CODE_WORDS, CODE_WORD_FORMS } from './phrases/promo-phrases.ts';

export const CODE_WORD_KEYS: ReadonlySet<string> = new Set([...BARE_CODE_WORDS, ...CODE_WORD_FORMS].filter((w) => !w.includes(' ')).map(fold));
