// The language of a post's promotion words, for posts too short for a language identifier: "mexc koodi:
// lapland" is three words, and eld reads it as Estonian with no confidence, yet "koodi" is Finnish alone
// among the code words and disclosure labels of the EU languages. Words listed for one EU language only
// (phrases/promo-phrases.ts CODE_PHRASES, phrases/disclosure-phrases.ts) name that language; a post whose
// such words all point to one non-English EU language uses it (ESMA Guideline 1 annex), which the case
// shows with the words themselves.
import { DISCLOSURE_PHRASES } from './phrases/disclosure-phrases.ts';
import { CODE_PHRASES } from './phrases/promo-phrases.ts';
import { EU_OFFICIAL_LANGUAGES } from './phrases/languages.ts';
import { parsePhrase } from './phrase-matcher.ts';
import type { Tokenised } from './tokenise.ts';

/** Shorter words are too often shared or loanwords ("kod", "ad"). */
const MIN_LENGTH = 4;

/**
 * Languages whose code words and labels are listed for detection only (Norwegian, Icelandic, Catalan, Serbian,
 * Macedonian, Belarusian, Turkish, Albanian). As evidence here they would cancel EU words they share ("reklama",
 * "promocional") and leave short Slovak or Croatian posts with no language at all; longer posts in them are told
 * apart by the language identifier. Russian and Ukrainian stay in: "код" is their word as much as Bulgarian's.
 */
const NEIGHBOURS: ReadonlySet<string> = new Set(['no', 'is', 'ca', 'sr', 'mk', 'be', 'tr', 'sq', 'id', 'ms']);

const WORD_LANGUAGE: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const langsOf = new Map<string, Set<string>>();
  const note = (lang: string, phrase: string) => {
    for (const w of parsePhrase(phrase)) {
      if (w.stem || w.key.length < MIN_LENGTH) continue;
      let s = langsOf.get(w.key);
      if (!s) langsOf.set(w.key, (s = new Set()));
      s.add(lang);
    }
  };
  for (const [lang, phrases] of Object.entries(CODE_PHRASES)) if (!NEIGHBOURS.has(lang)) for (const p of phrases) note(lang, p);
  for (const [lang, lists] of Object.entries(DISCLOSURE_PHRASES)) {
    if (NEIGHBOURS.has(lang)) continue;
    for (const list of [lists.sponsored, lists.affiliate, lists.paid_placement, lists.labels]) for (const p of list ?? []) note(lang, p);
  }
  const out = new Map<string, ReadonlySet<string>>();
  for (const [word, langs] of langsOf) {
    // English loanwords ("promo", "affiliate") and words shared with a non-EU language ("код") drop out;
    // "koodi" (Finnish and Estonian) stays: either way an EU language.
    if ([...langs].every((l) => l !== 'en' && EU_OFFICIAL_LANGUAGES.has(l))) out.set(word, langs);
  }
  return out;
})();

export interface VocabularyLanguage {
  /** The language, or the EU languages the words are shared by ("et/fi"). */
  language: string;
  /** The words as written in the post. */
  words: string[];
}

/** The non-English EU language(s) all of the post's promotion words belong to, or null (none, or no common one). */
export function vocabularyLanguage(t: Tokenised): VocabularyLanguage | null {
  let languages: string[] | null = null;
  const words: string[] = [];
  for (const tok of t.tokens) {
    const langs = WORD_LANGUAGE.get(tok.key);
    if (!langs) continue;
    languages = (languages ?? [...langs]).filter((l: string) => langs.has(l));
    if (languages.length === 0) return null;
    if (!words.includes(tok.text)) words.push(tok.text);
  }
  return languages ? { language: [...languages].sort().join('/'), words } : null;
}
