// Function words of the EU official languages, folded as token keys are: a plain word in a code slot that is
// one of them ("pui codul înainte de KYC", "type it before you verify") is never the code. Our own short lists
// (phrases/stop-words.ts) are joined by the stopwords-iso collection, which covers 23 of the 24 languages
// (not Maltese) with a few hundred words each, where ours had twenty for some. See docs/decisions/0039.
import { createRequire } from 'node:module';
import { fold } from './fold.ts';
import { STOP_WORD_INDEX } from './phrases/stop-words.ts';

const EU_LANGUAGES = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];

/**
 * Words the collection lists that people do use as plain-word codes, or that are code vocabulary handled
 * elsewhere: kept out so "use code welcome" or "kod: nova" still yields its code.
 */
const NOT_FUNCTION_WORDS: ReadonlySet<string> = new Set(['welcome', 'free', 'hello', 'best', 'top', 'first', 'new', 'nova', 'mar', 'sea', 'hej', 'moi', 'bonus', 'promo']);

const require = createRequire(import.meta.url);
const collection = require('stopwords-iso/stopwords-iso.json') as Record<string, string[] | undefined>;

export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...STOP_WORD_INDEX,
  ...EU_LANGUAGES.flatMap((l) => collection[l] ?? []).map(fold).filter((w) => w.length > 0 && !/\s/.test(w) && !NOT_FUNCTION_WORDS.has(w)),
]);
