// The one-word code words ("code", "kód", "koodi", "referral"...), folded: the key set the promo detector, the firm
// matcher, the disclosure detector and the journalist-bio reader test tokens against. Built once, here.
import { fold } from './fold.ts';
import type { Tokenised } from './tokenise.ts';
import { BARE_CODE_WORDS, CODE_WORD_FORMS } from './phrases/promo-phrases.ts';

export const CODE_WORD_KEYS: ReadonlySet<string> = new Set([...BARE_CODE_WORDS, ...CODE_WORD_FORMS].filter((w) => !w.includes(' ')).map(fold));

/**
 * Whether a text names a promo code word: texts that do are read as promoters' by the link-less context rules (a
 * how-heading, a channel's header emoji). A code word beside "QR" ("the QR code in the corner", "código QR", "kod QR")
 * names no promo code.
 */
export function namesCodeWord(t: Tokenised): boolean {
  return t.tokens.some((tok, k) => CODE_WORD_KEYS.has(tok.key) && t.tokens[k - 1]?.key !== 'qr' && t.tokens[k + 1]?.key !== 'qr');
}
