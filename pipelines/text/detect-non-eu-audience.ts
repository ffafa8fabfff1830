// Signs that content addresses a non-EU audience (docs/decisions/0018): amounts in non-EU currencies
// ("₱500", "R$ 50", "20,000 NGN"), non-EU payment methods (GCash, UPI, Pix, M-Pesa ...), non-EU
// countries and demonyms in audience phrases ("for Filipino users", "para brasileiros"), in-group words
// ("mga kababayan"), and a non-EU place in the author's location or bio. They are counter-signals to
// the EU nexus, shown in the case with the text they rest on (`detail` is the matched text as written).
import type { NonEuSignal } from '../contracts/enriched-item.ts';
import { fold } from './fold.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { AUDIENCE_NOUNS, AUDIENCE_PREPOSITIONS, DEMONYMS } from './phrases/eu-phrases.ts';
import {
  CURRENCY_CODES, CURRENCY_SIGNS, CURRENCY_WORDS_AFTER, LOCATION_LABELS, NON_EU_AUDIENCE_WORDS, NON_EU_CITIES, NON_EU_NAMES, NON_EU_PAYMENT_METHODS,
} from './phrases/non-eu-phrases.ts';
import { clauseIds, firstIn, positionsOf, sentenceWindow } from './positions.ts';
import { adDeliveries } from './ad-delivery.ts';
import { prepared, type TextInput } from './prepare.ts';
import type { Tokenised } from './tokenise.ts';

interface Phrase {
  /** payment: counts anywhere; word: an in-group audience word, anywhere; name: only in an audience phrase. */
  kind: 'payment' | 'word' | 'name';
  country: string;
}
/** One matcher, one pass over the tokens, for the three lists. */
const phrases = new PhraseMatcher<Phrase>();
for (const [p, country] of NON_EU_PAYMENT_METHODS) phrases.add(p, { kind: 'payment', country });
for (const [p, country] of NON_EU_AUDIENCE_WORDS) phrases.add(p, { kind: 'word', country });
for (const [country, list] of Object.entries(NON_EU_NAMES)) for (const n of list) phrases.add(n, { kind: 'name', country });
const places = new PhraseMatcher<string>();
for (const [country, list] of Object.entries(NON_EU_NAMES)) for (const n of list) places.add(n, country);
for (const [country, list] of Object.entries(NON_EU_CITIES)) for (const n of list) places.add(n, country);
// The EU's own demonyms name an audience too when a non-EU place follows: the diaspora ("Българите в Молдова").
const audienceNouns = new PhraseMatcher<true>([...AUDIENCE_NOUNS, ...Object.values(DEMONYMS).flat()].map((w) => [w, true] as const));
/** "solo México", "only UK", "nur Schweiz": an offer limited to a place names its audience, as "for" does. */
const ONLY_WORDS = ['only', 'só', 'solo', 'sólo', 'solamente', 'nur', 'seulement', 'uniquement', 'apenas', 'somente', 'soltanto', 'alleen', 'tylko', 'jen', 'csak', 'doar', 'samo', 'vain', 'ainult', 'tikai', 'tik', 'endast', 'kun', 'μόνο', 'само'];
const prepositions = new PhraseMatcher<true>([...AUDIENCE_PREPOSITIONS, ...ONLY_WORDS].map((w) => [w, true] as const));

const SIGN_COUNTRY = new Map(CURRENCY_SIGNS.map(([s, c]) => [s, c]));
/** Longest sign first, so "GH₵" wins over "₵" and "MX$" over a bare "$". */
const SIGNS = [...SIGN_COUNTRY.keys()].sort((a, b) => b.length - a.length);
/**
 * The last character of every sign: an amount whose previous character (or, after one space, the one before it) is none
 * of them has no sign before it, and SIGNS is not walked (most amounts; the walk tested each sign twice per amount).
 * An empty sign would end every text: none is listed, and with one the walk is never skipped.
 */
const SIGN_LAST: ReadonlySet<number> = new Set(SIGNS.map((s) => s.charCodeAt(s.length - 1)));
const ANY_EMPTY_SIGN = SIGNS.some((s) => s.length === 0);
/** Whether a sign may end at `at` (`space`: or at `at - 1`, a space following it). Never false when one does. */
function maySignEnd(mt: string, at: number, space: boolean): boolean {
  if (ANY_EMPTY_SIGN || SIGN_LAST.has(mt.charCodeAt(at - 1))) return true;
  return space && mt.charCodeAt(at - 1) === 0x20 && SIGN_LAST.has(mt.charCodeAt(at - 2));
}
/** Amounts: digits with group separators. Signs and codes are looked for right around each (digits are rare in a post). */
const AMOUNT = /\d[\d.,]*\d|\d/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CODE_BEFORE = /(?:^|[^\p{L}\p{N}])([A-Z]{3}) ?$/u;
const CODE_AFTER = /^ ?([A-Z]{3})(?![\p{L}\p{N}])/u;
/** A currency word right after the amount ("5.000 dinara", "100 KM"). */
const WORD_AFTER = /^ ?(\p{L}+)(?![\p{L}\p{N}])/u;
/**
 * Whether mt[i] is A-Z, or a space and the next character in direction `step` is: what CODE_BEFORE (step -1, at the end
 * of the characters before an amount) and CODE_AFTER (step 1, right after it) need first. Outside the text: false.
 */
function upperAfterSpace(mt: string, i: number, step: 1 | -1): boolean {
  let c = mt.charCodeAt(i);
  if (c === 0x20) c = mt.charCodeAt(i + step);
  return c >= 0x41 && c <= 0x5a;
}
/** False only when WORD_AFTER cannot match at i: the first character after an optional space is ASCII but no letter. */
function mayStartWord(mt: string, i: number): boolean {
  let c = mt.charCodeAt(i);
  if (c === 0x20) c = mt.charCodeAt(i + 1);
  if (Number.isNaN(c)) return false;
  return c >= 0x80 || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
/** Regional-indicator flag pairs ("🇳🇬"): the two letters are the country code. */
const FLAG = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/gu;
const EU_AND_EEA = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO', 'EU',
]);

/** Single-character signs of non-EU currencies (₦ ₱ ₹ ₺ ₽ ₴ ₩ ₫ ₵ ₨), found with or without an amount. */
const LONE_SIGN_LIST = CURRENCY_SIGNS.map(([sign]) => sign).filter((sign) => sign.length === 1 && sign.charCodeAt(0) >= 0x20a0 && sign.charCodeAt(0) <= 0x20cf);
const LONE_SIGN_CHARS = new RegExp(`[${LONE_SIGN_LIST.join('')}]`);
const LONE_SIGNS = new RegExp(`[${LONE_SIGN_LIST.join('')}]`, 'g');
const VOCATIVE_MARK = /^\s*[!,:]/;
/** A flag right after a name ("Brasileiros 🇧🇷:"). */
const FLAG_AFTER = /^\s*(?:[\u{1F1E6}-\u{1F1FF}]{2}\s*)+/u;

/**
 * A plural demonym opening a sentence and followed by "!", "," or ":" addresses the reader's country; so does a
 * country heading the post before a colon ("Venezuela 🇻🇪: ...", "Angola:"). A flag may stand before the mark.
 */
function isVocative(t: Tokenised, text: string, start: number, end: number, to: number): boolean {
  const first = t.tokens[start];
  const last = t.tokens[end - 1];
  if (!first || !last || (start > 0 && !first.breakBefore)) return false;
  const after = text.slice(to, to + 40).replace(FLAG_AFTER, '');
  if (start === 0 && /^\s*[:：]/u.test(after)) return true;
  // The post opens with the place, then a flag or up to two words before a comma, colon or "!": "Suriname 🇸🇷 mi
  // famiri, ...", "Curaçao en Aruba, ...", "Abidjan, on est ensemble".
  if (start === 0 && (FLAG_AFTER.test(text.slice(to, to + 12)) || /^(?:[ \t]+[\p{L}'’]+){0,2}[ \t]*[,:!：]/u.test(after))) return true;
  return last.key.endsWith('s') && VOCATIVE_MARK.test(after);
}

/** The two letters of a regional-indicator pair ("🇳🇬" -> "NG"). */
function flagCountry(m: RegExpMatchArray): string {
  return String.fromCharCode(0x41 + m[1]!.codePointAt(0)! - 0x1f1e6, 0x41 + m[2]!.codePointAt(0)! - 0x1f1e6);
}

function push(out: NonEuSignal[], seen: Set<string>, code: NonEuSignal['code'], country: string | null, detail: string): void {
  const key = `${code}\u0000${country}\u0000${detail.toLowerCase()}`;
  if (seen.has(key)) return;
  seen.add(key);
  out.push({ code, country, detail });
}

/** Signs in a post's text (title and text). */
export function detectNonEuAudience(input: TextInput): NonEuSignal[] {
  const { text, masked, t } = prepared(input);
  const out: NonEuSignal[] = [];
  const seen = new Set<string>();
  // Amounts are read from the masked text: digits inside a URL are no price.
  const mt = masked.text;
  for (const m of mt.matchAll(AMOUNT)) {
    const at = m.index;
    const end = at + m[0].length;
    // Part of a longer token ("ARM64", "x2"): no amount.
    if (at > 0 && LETTER_OR_DIGIT.test(mt.charAt(at - 1)) && !(maySignEnd(mt, at, false) && SIGNS.some((s) => mt.endsWith(s, at)))) continue;
    const before = mt.slice(Math.max(0, at - 5), at);
    const sign = maySignEnd(mt, at, true) ? SIGNS.find((s) => before.endsWith(s) || before.endsWith(`${s} `)) : undefined;
    if (sign) {
      const from = before.endsWith(sign) ? at - sign.length : at - sign.length - 1;
      // Signs that are letters ("Rp", "RM") must not end a longer word ("ARM 64").
      if (from === 0 || !LETTER_OR_DIGIT.test(mt.charAt(from - 1))) {
        push(out, seen, 'non_eu_currency', SIGN_COUNTRY.get(sign) ?? null, mt.slice(from, end));
        continue;
      }
    }
    // Each regexp below is run only when the character it needs first is there (most amounts have no code or word).
    const codeBefore = upperAfterSpace(mt, at - 1, -1) ? CODE_BEFORE.exec(before)?.[1] : undefined;
    if (codeBefore && CURRENCY_CODES[codeBefore]) {
      push(out, seen, 'non_eu_currency', CURRENCY_CODES[codeBefore] ?? null, mt.slice(at - codeBefore.length - (before.endsWith(' ') ? 1 : 0), end));
      continue;
    }
    const codeAfter = upperAfterSpace(mt, end, 1) ? CODE_AFTER.exec(mt.slice(end, end + 5))?.[1] : undefined;
    if (codeAfter && CURRENCY_CODES[codeAfter]) {
      push(out, seen, 'non_eu_currency', CURRENCY_CODES[codeAfter] ?? null, mt.slice(at, end + codeAfter.length + (mt.charAt(end) === ' ' ? 1 : 0)));
      continue;
    }
    const wordAfter = mayStartWord(mt, end) ? WORD_AFTER.exec(mt.slice(end, end + 12))?.[1] : undefined;
    const wordCountry = wordAfter === undefined ? undefined : CURRENCY_WORDS_AFTER[wordAfter];
    if (wordAfter && wordCountry) push(out, seen, 'non_eu_currency', wordCountry, mt.slice(at, end + wordAfter.length + (mt.charAt(end) === ' ' ? 1 : 0)));
  }
  // A currency sign that is only a currency sign ("fund with ₦ via P2P") counts without an amount; signs
  // made of letters or of "$" ("Rp", "RM", "C$") need one, they are parts of words and prices elsewhere.
  if (out.length === 0 && LONE_SIGN_CHARS.test(mt)) {
    for (const m of mt.matchAll(LONE_SIGNS)) push(out, seen, 'non_eu_currency', SIGN_COUNTRY.get(m[0]) ?? null, m[0]);
  }
  // Names and demonyms only in an audience phrase: "for Filipino users", "Nigerian traders", "para brasileiros".
  let ids: Int32Array | null = null;
  let nouns: number[] | null = null;
  let preps: number[] | null = null;
  const matches = phrases.matchAll(t);
  for (const m of matches) {
    const v = m.values[0] as Phrase;
    if (v.kind === 'payment') push(out, seen, 'non_eu_payment', v.country, text.slice(m.from, m.to));
  }
  for (const m of matches) {
    const v = m.values[0] as Phrase;
    if (v.kind === 'word') push(out, seen, 'non_eu_audience', v.country, text.slice(m.from, m.to));
  }
  for (const m of matches) {
    const v = m.values[0] as Phrase;
    if (v.kind !== 'name') continue;
    ids ??= clauseIds(t);
    nouns ??= positionsOf(audienceNouns, t);
    preps ??= positionsOf(prepositions, t);
    // "users in the Philippines": the noun may stand three tokens before.
    const [lo, hi] = sentenceWindow(ids, m.start, m.end, 3, 2);
    const noun = firstIn(nouns, lo, hi);
    const [plo] = sentenceWindow(ids, m.start, m.end, 3, 0);
    const prep = firstIn(preps, plo, m.start - 1);
    if (noun < 0 && prep < 0) {
      // Or addressed by name: "Nigerians! use my code", "Filipinos, ..." opening a sentence.
      if (isVocative(t, text, m.start, m.end, m.to)) push(out, seen, 'non_eu_audience', v.country, text.slice(m.from, m.to));
      continue;
    }
    const from = Math.min(prep >= 0 ? prep : m.start, noun >= 0 ? noun : m.start);
    const to = Math.max(m.end - 1, noun >= 0 ? noun : m.end - 1);
    push(out, seen, 'non_eu_audience', v.country, text.slice(t.tokens[from]!.start, t.tokens[to]!.end));
  }
  // A non-EU flag in the post's first line, with no EU flag there: whom the post greets ("UK peeps 🇬🇧", "Češi v
  // Londýně 🇬🇧"). Not the US flag: US market news ("🇺🇸 CPI tonight") heads posts for every audience.
  const firstLine = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n'));
  // (A flag's letters are astral characters, U+1F1E6 to U+1F1FF: a line without their high surrogate has none to look for.)
  if (firstLine.length < 400 && firstLine.includes('\uD83C')) {
    const flags = [...firstLine.matchAll(FLAG)].map((m) => [m[0], flagCountry(m)] as const);
    if (!flags.some(([, c]) => EU_AND_EEA.has(c))) for (const [flag, c] of flags) {
      // Beside the place it stands for ("Venezuela 🇻🇪:") the flag says nothing more.
      if (c !== 'US' && c !== 'UN' && !out.some((o) => o.code === 'non_eu_audience' && o.country === c)) push(out, seen, 'non_eu_audience', c, flag);
    }
  }
  // An ad library's "Shown in: Turkey" (ad-delivery.ts, any EU language): delivered only outside the EU and the EEA.
  for (const d of adDeliveries(text)) {
    if (d.countries.some((c) => EU_AND_EEA.has(c) || c === 'EU')) continue;
    for (const c of d.countries) push(out, seen, 'non_eu_audience', c, d.detail);
  }
  // "Localização: Brasil", "Location: Lagos, Nigeria": an ad library's or a listing's location field.
  if (text.includes(':') || text.includes('：')) {
    for (const line of locationLines(text)) {
      if (!LOCATION_LABEL_KEYS.has(fold(line[1]!.trim()))) continue;
      const value = line[2]!;
      const at = line.index + line[0].length - value.length;
      for (const m of places.matchAll(prepared(value).t)) push(out, seen, 'non_eu_audience', m.values[0] ?? null, text.slice(at, at + value.length).trim());
    }
  }
  return out;
}

const LOCATION_LABEL_KEYS: ReadonlySet<string> = new Set(LOCATION_LABELS.map(fold));
/** A line "<label>: <value>", the label of one to three words. */
const LOCATION_LINE = /^[ \t]*([\p{L} ]{2,30}?)[ \t]*[:：][ \t]*([^\n]{1,80})$/gmu;
/** LOCATION_LINE tried at one place (sticky). */
const LOCATION_LINE_AT = new RegExp(LOCATION_LINE.source, 'muy');

/** The line terminators "^" and "$" see in a multiline pattern. */
function isLineBreak(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/**
 * text.matchAll(LOCATION_LINE), found by trying the pattern only at the start of each line holding a colon, where the
 * search of the text tried every position. A match starts a line ("^"), and its label and the spaces around it hold no
 * colon and no line break: a line without a colon has none. A value may run on past a "\r" (it excludes only "\n"), so a
 * line starting inside the last match is not tried, as the text's search resumes after it. Linear: each character is
 * scanned once, each line tried once.
 */
function locationLines(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let lineStart = 0;
  let scanned = 0;
  let tried = -1;
  let resume = 0;
  let ascii = text.indexOf(':');
  let wide = text.indexOf('：');
  while (ascii >= 0 || wide >= 0) {
    const colon = ascii < 0 ? wide : wide < 0 ? ascii : Math.min(ascii, wide);
    if (colon === ascii) ascii = text.indexOf(':', colon + 1);
    else wide = text.indexOf('：', colon + 1);
    for (; scanned < colon; scanned++) if (isLineBreak(text.charCodeAt(scanned))) lineStart = scanned + 1;
    if (lineStart === tried || lineStart < resume) continue;
    tried = lineStart;
    LOCATION_LINE_AT.lastIndex = lineStart;
    const m = LOCATION_LINE_AT.exec(text);
    if (m) {
      out.push(m);
      resume = m.index + m[0].length;
    }
  }
  return out;
}

/** A non-EU place the author gives: the location field, a flag or a country or city in the bio. */
export function detectNonEuLocation(location: TextInput | null | undefined, bio: TextInput | null | undefined): NonEuSignal[] {
  const out: NonEuSignal[] = [];
  const seen = new Set<string>();
  for (const field of [location, bio]) {
    if (!field) continue;
    const p = prepared(field);
    for (const m of p.text.matchAll(FLAG)) {
      const code = flagCountry(m);
      if (!EU_AND_EEA.has(code) && code !== 'UN') push(out, seen, 'non_eu_location', code, m[0]);
    }
    for (const m of places.matchAll(p.t)) push(out, seen, 'non_eu_location', m.values[0] ?? null, p.text.slice(m.from, m.to));
  }
  return out;
}
