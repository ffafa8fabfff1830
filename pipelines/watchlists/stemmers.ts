// Per-language stemming for watchlist terms, with natural's stemmers (Porter/Snowball family) where
// natural has one for an EU/EEA language. Elsewhere the fallback is folding alone: the word must match
// as written (minus case and accents), and analysts write `word*` to catch its endings. A wrong stemmer
// is worse than none (it merges unrelated words), so no language borrows another's.
import { createRequire } from 'node:module';
import { foldWord } from './fold-word.ts';

interface NaturalStemmer {
  stem(token: string): string;
}

// The stemmer index only, not natural's main entry, which loads classifiers, WordNet and storage back-ends.
const require = createRequire(import.meta.url);
const natural = require('natural/lib/natural/stemmers/index.js') as Record<string, NaturalStemmer>;

const BY_LANGUAGE: Record<string, NaturalStemmer | undefined> = {
  en: natural.PorterStemmer,
  fr: natural.PorterStemmerFr,
  de: natural.PorterStemmerDe,
  es: natural.PorterStemmerEs,
  it: natural.PorterStemmerIt,
  pt: natural.PorterStemmerPt,
  nl: natural.PorterStemmerNl,
  sv: natural.PorterStemmerSv,
  // Norwegian: EEA, not an EU official language, but ads target Norway.
  no: natural.PorterStemmerNo,
  nb: natural.PorterStemmerNo,
};

/** Languages with a stemmer; every other language is matched on folded words. */
export const STEMMED_LANGUAGES = Object.keys(BY_LANGUAGE).filter((l) => BY_LANGUAGE[l]);

const CACHE_SIZE = 50_000;
const cache = new Map<string, string>();

/**
 * The folded stem of a folded word in a language, or null when the language has no stemmer. Stems
 * shorter than 3 letters are refused (null): they would merge short words ("in", "ist").
 */
export function stemOf(word: string, lang: string | null | undefined): string | null {
  if (!lang) return null;
  const stemmer = BY_LANGUAGE[lang];
  if (!stemmer || word.length < 4 || !/^\p{L}+$/u.test(word)) return null;
  const key = `${lang}\u0000${word}`;
  let s = cache.get(key);
  if (s === undefined) {
    try {
      s = foldWord(stemmer.stem(word));
    } catch {
      // A stemmer bug on odd input must not stop matching: the folded word is its own stem.
      s = word;
    }
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(key, s);
  }
  return s.length >= 3 ? s : null;
}
