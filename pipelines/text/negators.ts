// Is this token a negator ("not", "nicht", "bez" ...)? One answer for the disclosure, remuneration and context
// detectors. The list (phrases/disclosure-phrases.ts NEGATORS) is matched folded, so a word of one language can
// fold onto another language's negator: Hungarian "után" (after) onto Swedish "utan" (without), and Danish, Dutch,
// Swedish and Norwegian "nu" (now) is Romanian "nu" (not). Both turned "a kód után jutalékot kapok" and "nu får jeg
// provision" into denials.
import { fold } from './fold.ts';
import { NEGATOR_ONLY_IN, NEGATORS, NOT_NEGATOR_IN, NOT_NEGATOR_SPELLINGS } from './phrases/disclosure-phrases.ts';
import { keyBeforeInSentence, type Token, type Tokenised } from './tokenise.ts';

const KEYS: ReadonlySet<string> = new Set(NEGATORS.map(fold));
const OTHER_SPELLINGS: ReadonlySet<string> = new Set(NOT_NEGATOR_SPELLINGS);
const ONLY_IN: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(NEGATOR_ONLY_IN).map(([w, langs]) => [fold(w), new Set(langs)]));
const OTHER_WORD_IN: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(NOT_NEGATOR_IN).map(([w, langs]) => [fold(w), new Set(langs)]));

/**
 * `language`: the post's language when known; where the word means something else in it, it negates nothing.
 * `except`: keys that do not count here (the context detector leaves out the "t" of "don't").
 */
export function isNegator(tok: Token, language?: string | null, except?: string): boolean {
  const only = ONLY_IN.get(tok.key);
  if (only) return !!language && only.has(language);
  if (!KEYS.has(tok.key) || tok.key === except) return false;
  // A spelling that is another language's word: the accents tell them apart (Dutch "géén" is "geen" stressed).
  if (tok.key !== tok.text && OTHER_SPELLINGS.has(tok.text.toLowerCase())) return false;
  return !(language && OTHER_WORD_IN.get(tok.key)?.has(language));
}

/**
 * "Neither ... nor" in the EU languages, folded: "Нито Binance, нито друга борса ми плаща", "Varken Bybit eller någon annan
 * betalar mig" deny what the clause names, however far back in the sentence (commas between the parts).
 */
const CORRELATIVES: ReadonlySet<string> = new Set(['neither', 'nor', 'нито', 'varken', 'hverken', 'weder', 'ni', 'ani', 'nici', 'niti', 'nedz', 'nei', 'μητε', 'ουτε'].map(fold));
/** How many tokens back in its sentence a correlative negator reaches. */
const CORRELATIVE_WINDOW = 8;

/** A "neither"/"nor" word up to CORRELATIVE_WINDOW tokens before token `start`, in its sentence. */
export function correlativeBefore(t: Tokenised, start: number): boolean {
  return keyBeforeInSentence(t, start, CORRELATIVE_WINDOW, CORRELATIVES);
}
