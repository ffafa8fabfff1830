// Whether a token is the author speaking of themselves ("I", "me", "my", "mein", "mój" ...): a bare
// "affiliate link" beside one is the author's own (detect-disclosures.ts), and "a share of your fees"
// beside one is the author's pay, not an explanation (detect-context.ts). One list and one rule for both.
import { POSSESSIVES } from './phrases/context-phrases.ts';
import { FIRST_PERSON, FIRST_PERSON_WORDS } from './phrases/remuneration-phrases.ts';
import type { Token } from './tokenise.ts';

/**
 * Compared lower-cased but not folded: short function words collide once accents go (Czech "má" = has,
 * French "ma" = my), and "ja" is "I" in Polish but "if" in Latvian and "yes" in German, so it is left out; so is
 * French "mes" (my), the Spanish and Catalan "month" ("3.000 euros al mes").
 */
const AMBIGUOUS: ReadonlySet<string> = new Set(['ja', 'mes']);
const WORDS: ReadonlySet<string> = new Set([...POSSESSIVES, ...FIRST_PERSON, ...FIRST_PERSON_WORDS].map((w) => w.toLowerCase()).filter((w) => !AMBIGUOUS.has(w)));

export function isFirstPerson(tok: Token): boolean {
  // "EU" in capitals is the Union, not Portuguese or Romanian "eu" (I): "exclusive EU bonus", "EU users".
  if (tok.text === 'EU') return false;
  return tok.text === 'I' || WORDS.has(tok.text.toLowerCase());
}
