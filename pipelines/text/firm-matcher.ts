// Finds firms in tokenised text: catalogue aliases (one trie for all firms), @handles and #hashtags.
// Shared by the mention detector and the promo detector (which attributes a code to the nearest firm).
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { fold, startsUpper } from './fold.ts';
import { PhraseMatcher, parsePhrase } from './phrase-matcher.ts';
import { AMBIGUOUS_ALIASES, CONTEXT_WINDOW, CRYPTO_CONTEXT_WORDS, MODEL_WORDS_AFTER, OTHER_MAKERS } from './phrases/firm-context.ts';
import { FIRM_NAME_ENDINGS, MIN_INFLECTED_ALIAS } from './phrases/firm-inflections.ts';
import { OTHER_CODE_QUALIFIERS } from './phrases/promo-phrases.ts';
import { anyIn, positionsOf } from './positions.ts';
import type { Tokenised } from './tokenise.ts';
import { CODE_WORD_KEYS } from './code-word-keys.ts';
import { speaksOfSoftware } from './software-sense.ts';

export interface FirmHit {
  firmId: string;
  via: 'text' | 'handle' | 'hashtag';
  /** Token range [start, end). */
  start: number;
  end: number;
}

interface AliasValue {
  firmId: string;
  ambiguous: boolean;
  /** The alias as the catalogue writes it, for the capitalisation check. */
  written: string;
  /** Set on the stem entry of a one-word alias: the folded alias, which a case ending may follow. */
  inflectedFrom?: string;
}

export type FirmMatcher = (t: Tokenised) => FirmHit[];

/** More letters of other scripts (Greek, Cyrillic) than Latin ones: a Latin word in it stands out as a name. */
function mostlyNonLatin(text: string): boolean {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x370 && c <= 0x4ff) other++;
  }
  return other > latin;
}

export function isAmbiguousAlias(alias: string): boolean {
  const words = parsePhrase(alias);
  if (words.length !== 1) return AMBIGUOUS_ALIASES.has(fold(alias));
  const key = words[0]?.key ?? '';
  return AMBIGUOUS_ALIASES.has(key) || key.length <= 2;
}

/**
 * One matcher per catalogue, and its hits kept per token list: the mention detector, the promo detector
 * and the obfuscation report scan the same text (an item without a title is analysed as its body alone),
 * and hits depend only on the tokens and the catalogue. Callers never modify the returned hits.
 */
const MATCHERS = new WeakMap<FirmCatalogue, FirmMatcher>();

export function createFirmMatcher(catalogue: FirmCatalogue): FirmMatcher {
  let matcher = MATCHERS.get(catalogue);
  if (!matcher) {
    const scan = buildFirmMatcher(catalogue);
    // Kept with the token list (tokenise.ts), for this matcher only.
    const owner = {};
    matcher = (t) => {
      const kept = t.firmHits;
      if (kept && kept.owner === owner && kept.tokens === t.tokens) return kept.hits;
      const hits = scan(t);
      t.firmHits = { tokens: t.tokens, owner, hits };
      return hits;
    };
    MATCHERS.set(catalogue, matcher);
  }
  return matcher;
}

const OTHER_CODE_KEYS: ReadonlySet<string> = new Set(OTHER_CODE_QUALIFIERS);
/** "code for weex", "kod na gate", "codice per weex": a preposition between the code word and the name. Folded. */
const FOR_FIRM: ReadonlySet<string> = new Set(['for', 'on', 'at', 'per', 'para', 'pour', 'fur', 'na', 'pro', 'voor', 'dla', 'za', 'bei', 'op', 'pa', 'til']);

/** The token before [start, end) or the one after it is a code word, in the same sentence ("code for <name>" too). */
function besideCodeWord(t: Tokenised, start: number, end: number): boolean {
  const before = t.tokens[start - 1];
  const after = t.tokens[end];
  if (before !== undefined && !t.tokens[start]!.breakBefore && CODE_WORD_KEYS.has(before.key)) return true;
  if (before !== undefined && !t.tokens[start]!.breakBefore && FOR_FIRM.has(before.key) && !before.breakBefore && CODE_WORD_KEYS.has(t.tokens[start - 2]?.key ?? '')
    && !(start > 2 && !t.tokens[start - 2]!.breakBefore && OTHER_CODE_KEYS.has(t.tokens[start - 3]!.key))) return true;
  return after !== undefined && !after.breakBefore && CODE_WORD_KEYS.has(after.key);
}

/**
 * Firm names that are one plain word and never an ordinary one ("bybit", "kucoin", "okx"), folded, with their firm: what
 * a hashtag may start with and what a name spelt with digits for letters may stand for.
 */
function plainNames(catalogue: FirmCatalogue): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const firm of catalogue.firms) {
    for (const alias of [firm.name, ...firm.aliases]) {
      const key = fold(alias);
      if (/^[a-z][a-z0-9]{2,}$/u.test(key) && !isAmbiguousAlias(alias)) out.set(key, firm.id);
    }
  }
  return out;
}

/** Letters left after the name for a hashtag to stand for the firm ("#bitgetcz", "#kucoinportugal"). */
const MIN_HASHTAG_TAIL = 2;

/** The plain names (at least three letters each) by their first three, the longest first. */
function byFirstThree(names: ReadonlyMap<string, string>): ReadonlyMap<string, ReadonlyArray<readonly [name: string, firmId: string]>> {
  const out = new Map<string, Array<readonly [string, string]>>();
  for (const [name, firmId] of names) {
    const key = name.slice(0, 3);
    const list = out.get(key);
    if (list) list.push([name, firmId]);
    else out.set(key, [[name, firmId]]);
  }
  // A stable sort: names of equal length are different, so at most one of them starts a tag.
  for (const list of out.values()) list.sort((a, b) => b[0].length - a[0].length);
  return out;
}

/**
 * The firm whose name a hashtag starts with, the longest name first ("#bybitcopytrading"). Only the
 * names sharing the tag's first three letters can start it: those are tried, not every name.
 */
function prefixOf(names: ReturnType<typeof byFirstThree>, tag: string): string | undefined {
  if (tag.length < 3 + MIN_HASHTAG_TAIL) return undefined;
  const list = names.get(tag.slice(0, 3));
  if (list === undefined) return undefined;
  for (const [name, firmId] of list) if (tag.length >= name.length + MIN_HASHTAG_TAIL && tag.startsWith(name)) return firmId;
  return undefined;
}

/** Digits written for the letters they look like ("B1nance", "Byb1t", "Kuc0in"), as posts dodge a platform's filters. */
const LOOK_ALIKE_DIGITS: Readonly<Record<string, string>> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't' };
/** Shorter names spelt with a digit are codes more often than names ("0KX", "B1T"). */
const MIN_DIGIT_SPELT_NAME = 5;

/**
 * Only a-z and 0-9, with at least one of each: /\d/, /^[a-z0-9]+$/ and /[a-z]/ in one pass over the
 * characters instead of three regexps per word token (/\d/ is [0-9], with the u flag too).
 */
function lettersAndDigits(key: string): boolean {
  let digit = false;
  let letter = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digit = true;
    else if (c >= 0x61 && c <= 0x7a) letter = true;
    else return false;
  }
  return digit && letter;
}

/** The firm a word with letters and digits spells once its digits are read as letters. */
function digitsForLetters(names: ReadonlyMap<string, string>, key: string): string | undefined {
  if (key.length < MIN_DIGIT_SPELT_NAME || !lettersAndDigits(key)) return undefined;
  const read = key.replace(/\d/gu, (d) => LOOK_ALIKE_DIGITS[d] ?? d);
  return read !== key && !/\d/u.test(read) ? names.get(read) : undefined;
}

/**
 * "Google Gemini", "Gemini CLI", "Gemini-3-Flash": a software maker's name right before an ambiguous alias, or a model
 * or tool word (a version number between allowed) right after it, in the same sentence: another maker's product.
 */
function otherMakers(t: Tokenised, start: number, end: number): boolean {
  const before = t.tokens[start - 1];
  if (before && !t.tokens[start]!.breakBefore && OTHER_MAKERS.has(before.key)) return true;
  for (let k = end; k < end + 3 && k < t.tokens.length; k++) {
    const tok = t.tokens[k]!;
    if (tok.breakBefore) return false;
    if (MODEL_WORDS_AFTER.has(tok.key)) return true;
    if (!/^\d+(?:\.\d+)?$/u.test(tok.text)) return false;
  }
  return false;
}

/** Context words that are software words too: in a post about programming "code" and "app" say nothing of crypto. */
const SOFTWARE_SENSE_CONTEXT: ReadonlySet<string> = new Set(['code', 'app']);

/** Token positions of the crypto context words; in a text that names programming, not "code" and "app" (software-sense.ts). */
function cryptoContext(context: PhraseMatcher<true>, t: Tokenised): number[] {
  const all = positionsOf(context, t);
  return speaksOfSoftware(t) ? all.filter((p) => !SOFTWARE_SENSE_CONTEXT.has(t.tokens[p]!.key)) : all;
}

/** Endings that make a plural of an ordinary word ("Cryptos", "Strikes", "Gates"): never an ambiguous firm name's case. */
const PLURAL_ENDINGS: ReadonlySet<string> = new Set(['s', 'es']);

function buildFirmMatcher(catalogue: FirmCatalogue): FirmMatcher {
  const aliases = new PhraseMatcher<AliasValue>();
  for (const firm of catalogue.firms) {
    for (const alias of new Set([firm.name, ...firm.aliases])) {
      const value = { firmId: firm.id, ambiguous: isAmbiguousAlias(alias), written: alias };
      aliases.add(alias, value);
      // "Bybitissä", "Binancen": the name with a case ending glued on. A stem entry finds the
      // candidates; only a known ending (phrases/firm-inflections.ts) makes one a mention. An ambiguous
      // name inflects too ("Krakenis", "na Gateu") under its own rule (capital, crypto context), but never
      // with a plural's ending: "Cryptos", "Strikes", "Ledgers" are words, not the firms.
      const words = parsePhrase(alias);
      const key = words[0]?.key ?? '';
      if (words.length === 1 && !words[0]!.stem && key.length >= MIN_INFLECTED_ALIAS && /^\p{L}+$/u.test(key)) {
        aliases.add(`${alias}*`, { ...value, inflectedFrom: key });
      }
    }
  }
  const context = new PhraseMatcher<true>(CRYPTO_CONTEXT_WORDS.map((w) => [w, true] as const));
  const names = plainNames(catalogue);
  const namesByStart = byFirstThree(names);

  return (t: Tokenised): FirmHit[] => {
    const hits: FirmHit[] = [];
    let contextPositions: number[] | null = null;
    let otherScript: boolean | null = null;

    // The symbols are read once for the text, and a token no alias starts with is passed over without
    // a call into the matcher (most tokens).
    const tokens = t.tokens;
    const symbols = aliases.symbolsOf(t);
    for (let i = 0; i < tokens.length; ) {
      const tok = tokens[i]!;
      if (tok.at) {
        const firm = catalogue.byHandle(tok.text);
        if (firm) hits.push({ firmId: firm.id, via: 'handle', start: i, end: i + 1 });
        i++;
        continue;
      }
      if (tok.hash) {
        const firmId = catalogue.byHashtag(tok.text)?.id ?? prefixOf(namesByStart, tok.key);
        if (firmId) {
          hits.push({ firmId, via: 'hashtag', start: i, end: i + 1 });
          i++;
          continue;
        }
      }
      const m = aliases.mayStartAt(symbols, i) ? aliases.matchWith(t, symbols, i) : null;
      if (!m) {
        const firmId = !tok.at && tok.kind === 'word' ? digitsForLetters(names, tok.key) : undefined;
        if (firmId) hits.push({ firmId, via: 'text', start: i, end: i + 1 });
        i++;
        continue;
      }
      for (const v of m.values) {
        if (v.inflectedFrom !== undefined) {
          const ending = tok.key.slice(v.inflectedFrom.length);
          if (!FIRM_NAME_ENDINGS.has(ending) || (v.ambiguous && PLURAL_ENDINGS.has(ending))) continue;
        }
        if (v.ambiguous) {
          const first = t.tokens[m.start]!;
          // In a Greek or Cyrillic post a Latin word is a name, however it is written ("Κωδικός για gate;").
          // Right beside a code word ("codice gate: ciao99", "gate kod") the name is the firm's, however written.
          const cased = first.text === v.written || startsUpper(first.text) || (otherScript ??= mostlyNonLatin(t.text)) || besideCodeWord(t, m.start, m.end);
          if (!cased || otherMakers(t, m.start, m.end)) continue;
          contextPositions ??= cryptoContext(context, t);
          if (!anyIn(contextPositions, m.start - CONTEXT_WINDOW, m.end - 1 + CONTEXT_WINDOW)) continue;
        }
        hits.push({ firmId: v.firmId, via: tok.hash ? 'hashtag' : 'text', start: m.start, end: m.end });
      }
      i = m.end;
    }
    return hits;
  };
}
