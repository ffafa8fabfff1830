// A second look where eld picks among close relatives: Croatian, Serbian (Latin script) and Slovene;
// Danish and Norwegian; Czech and Slovak. eld's n-gram scores for these stay within hundredths of each
// other, and on a short post the wrong one often wins (measured on eval/corpora/language.jsonl:
// Serbian read as Croatian, Norwegian as Danish, Slovak as Czech). Where one of them is not an EU
// official language the EU-language nexus flips with the choice. Words only one language of the group
// writes (phrases/relative-markers.ts) decide when they clearly point elsewhere than eld.
import { letterAt } from './chars.ts';
import { fold } from './fold.ts';
import {
  BULGARIAN_MARKERS, COUNTRY_HINTS, CROATIAN_MARKERS, CZECH_MARKERS, DANISH_MARKERS, GREEKLISH_MARKERS, INDONESIAN_MARKERS, IRISH_MARKERS, MALAY_MARKERS, NORWEGIAN_MARKERS, NOT_CROATIAN_EKAVIAN, NOT_SLOVENE, SERBIAN_LATIN_MARKERS,
  RUSSIAN_MARKERS, SERBIAN_DA_MODALS, SLOVAK_MARKERS, SLOVENE_MARKERS,
} from './phrases/relative-markers.ts';

type Group = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Each language's markers; with `typedBare`, also their forms typed without accents ("neni", "dakujem"; fold()) where no
 * other language of the group writes that form with or without accents ("prave" is Czech "právě" and Slovak
 * "práve"). Only for Czech and Slovak: the bare forms of the South Slavic markers are everyday words of a relative
 * (Serbian "šta" typed "sta" is Slovene "sta", measured on bench:language).
 */
function group(entries: Array<[string, readonly string[]]>, typedBare = false): Group {
  if (!typedBare) return new Map(entries.map(([code, words]) => [code, new Set(words)]));
  const all = new Map<string, Set<string>>();
  for (const [code, words] of entries) for (const w of words) for (const f of [w, fold(w)]) all.set(f, (all.get(f) ?? new Set()).add(code));
  return new Map(entries.map(([code, words]) => [code, new Set([...words, ...words.map(fold).filter((f) => all.get(f)!.size === 1)])]));
}

const GROUPS: readonly Group[] = [
  group([['hr', CROATIAN_MARKERS], ['sr', SERBIAN_LATIN_MARKERS], ['sl', SLOVENE_MARKERS]]),
  group([['da', DANISH_MARKERS], ['no', NORWEGIAN_MARKERS]]),
  group([['cs', CZECH_MARKERS], ['sk', SLOVAK_MARKERS]], true),
  group([['id', INDONESIAN_MARKERS], ['ms', MALAY_MARKERS]]),
  group([['bg', BULGARIAN_MARKERS], ['ru', RUSSIAN_MARKERS]]),
];

/** The group of each language that has one (the first listing it, as GROUPS.find would): one look-up per post. */
const GROUP_OF: ReadonlyMap<string, Group> = new Map([...GROUPS].reverse().flatMap((g) => [...g.keys()].map((code) => [code, g] as const)));

/**
 * Per group, each marker word's languages in the group's order: a word is looked up once, not once per language
 * (closeRelative counts in that order, so its ties break as they did).
 */
const LANGUAGES_OF_WORD: ReadonlyMap<Group, ReadonlyMap<string, readonly string[]>> = new Map(
  GROUPS.map((g) => {
    const byWord = new Map<string, string[]>();
    for (const [lang, words] of g) for (const w of words) byWord.set(w, [...(byWord.get(w) ?? []), lang]);
    return [g, byWord] as const;
  }),
);

const IRISH = new Set(IRISH_MARKERS);
const ACUTE = /[áéíóú]/iu;
const GRAVE = /[àèìòù]/iu;
const ECLIPSIS = /(?:^|\s)(?:bhf|gc|dt|mb|nd|bp)[aeiouáéíóú]/iu;

/** Irish for a text CLD3 calls Scottish Gaelic, when its spelling is Irish (acute accents, eclipsis, Irish words) and never Scottish. */
export function irishNotScottish(sample: string): boolean {
  if (GRAVE.test(sample)) return false;
  if (ACUTE.test(sample) || ECLIPSIS.test(sample)) return true;
  for (const w of lowerWords(sample)) if (IRISH.has(w)) return true;
  return false;
}

/**
 * Irish lenition writes an h after a word's first consonant ("maidin mhaith, a chairde": maith, cairde): the lenited
 * form of an Irish word is Irish too.
 */
const lenited = (w: string): string[] => (/^[bcdfgmpst][^h]/u.test(w) ? [w, w[0] + 'h' + w.slice(1)] : [w]);
/** Irish words no other language we meet writes ("é", "sé", "sí" are Portuguese and Spanish words too), and their lenited forms. */
const IRISH_OWN = new Set([...IRISH_MARKERS.filter((w) => w !== 'é' && w !== 'sé' && w !== 'sí'), 'seo', 'aon', 'agus', 'duine', 'níos', 'dtí'].flatMap(lenited));
/** Eclipsis only Irish writes (not "mb-", "nd-": Swahili words start so). */
const IRISH_ECLIPSIS = /^(?:bhf|gc|dt|bp)[aeiouáéíóú]/u;

/** Irish words and eclipsed words in the sample, each counted once: eld has no Irish model and reads Irish as French. */
export function irishSigns(sample: string): number {
  return distinctWords(sample, (w) => IRISH_OWN.has(w) || IRISH_ECLIPSIS.test(w));
}

/** The sample's words as read last: identify() asks up to ten questions of one sample, each about its words. */
let lastSample: string | null = null;
let lastLower = '';
let lastWords: readonly string[] = [];

/** The sample lower-cased (cached for the sample last asked about). */
export function lowerSample(sample: string): string {
  if (sample !== lastSample) read(sample);
  return lastLower;
}

/** The sample's words (runs of \p{L} in the lower-cased sample), in order: lower-cased and split once per sample, not per question. */
export function lowerWords(sample: string): readonly string[] {
  if (sample !== lastSample) read(sample);
  return lastWords;
}

function read(sample: string): void {
  lastLower = sample.toLowerCase();
  lastWords = letterRuns(lastLower);
  lastSample = sample;
}

/** s.match(/\p{L}+/gu) (or []) by a table scan (chars.ts), without a match object per word. */
function letterRuns(s: string): string[] {
  const out: string[] = [];
  const n = s.length;
  for (let i = 0; i < n; ) {
    let len = letterAt(s, i);
    if (len === 0) {
      i++;
      continue;
    }
    const start = i;
    do i += len;
    while (i < n && (len = letterAt(s, i)) !== 0);
    out.push(s.slice(start, i));
  }
  return out;
}

/** How many distinct words of the sample (lower-cased) pass `test`: "two of its own words say Maltese". */
export function distinctWords(sample: string, test: (word: string) => boolean): number {
  // Words that pass are few (marker words): a Set only once one does.
  let seen: Set<string> | null = null;
  for (const w of lowerWords(sample)) if (test(w)) (seen ??= new Set()).add(w);
  return seen ? seen.size : 0;
}

const EKAVIAN = new Set(NOT_CROATIAN_EKAVIAN);
const DA_MODALS = new Set(SERBIAN_DA_MODALS);
/** "morao sam da": the auxiliary between a past modal and its "da". */
const AUXILIARIES = new Set(['sam', 'si', 'je', 'smo', 'ste', 'su']);
const EKAVIAN_PARTICIPLE = /^\p{L}{2,}[^aeiou]eo$/u;
const NOT_PARTICIPLES = new Set(['video', 'stereo', 'rodeo', 'romeo', 'cameo']);

/** A clear lead: more than nothing, and twice the other (0 counts as losing to any). */
const leads = (a: number, b: number): boolean => a > 0 && a >= 2 * b;

/**
 * Croatian, Serbian and Slovene in two steps: Croatian against the ekavian pair (their own words and the ones they
 * share), then Serbian against Slovene on the words only one of them writes. Shared words alone keep eld's choice
 * between the two, or say Serbian when eld said Croatian.
 */
function southSlavic(code: string, words: readonly string[], g: Group): string | null {
  let hr = 0;
  let sr = 0;
  let sl = 0;
  let shared = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (g.get('hr')!.has(w)) hr++;
    // Serbian "da li" asks where Croatian says "je li", "moram da završim" where it says "moram završiti"; ekavian past participles end in -eo ("razumeo", "hteo"),
    // Croatian ones in -io ("razumio"), Slovene ones in -el ("razumel").
    if (g.get('sr')!.has(w) || (w === 'da' && (words[i + 1] === 'li' || DA_MODALS.has(words[i - 1] ?? '') || (AUXILIARIES.has(words[i - 1] ?? '') && DA_MODALS.has(words[i - 2] ?? '')))) || (EKAVIAN_PARTICIPLE.test(w) && !NOT_PARTICIPLES.has(w))) sr++;
    if (g.get('sl')!.has(w)) sl++;
    if (EKAVIAN.has(w)) shared++;
  }
  const ekavian = sr + sl + shared;
  if (leads(hr, ekavian)) return 'hr';
  if (!leads(ekavian, hr)) return null;
  if (leads(sl, sr)) return 'sl';
  if (leads(sr, sl)) return 'sr';
  return sr === 0 && sl === 0 ? (code === 'sl' ? 'sl' : 'sr') : null;
}

const BULGARIAN = new Set(BULGARIAN_MARKERS);
/** Cyrillic letters Serbian writes and Bulgarian does not. */
const SERBIAN_CYRILLIC = /[ђћљњџјЂЋЉЊЏЈ]/u;

/** A Bulgarian word in a Cyrillic post with no letter only Serbian writes: eld's Serbian is Bulgarian. */
export function bulgarianNotSerbian(sample: string): boolean {
  return !SERBIAN_CYRILLIC.test(sample) && distinctWords(sample, (w) => BULGARIAN.has(w)) > 0;
}

const NOT_SL = new Set(NOT_SLOVENE);
const SL = new Set(SLOVENE_MARKERS);

/** A word Croatian and Serbian write and Slovene does not, and no Slovene word: the post is Croatian or Serbian. */
export function notSlovene(sample: string): boolean {
  let not = false;
  for (const w of lowerWords(sample)) {
    if (SL.has(w)) return false;
    if (NOT_SL.has(w)) not = true;
  }
  return not;
}

/** The language the marker words point to, when eld's answer belongs to a group; null to keep eld's. */
export function closeRelative(code: string, sample: string): string | null {
  const g = GROUP_OF.get(code);
  if (!g) return null;
  if (g.has('hr')) return southSlavic(code, lowerWords(sample), g);
  const counts = new Map<string, number>();
  const languagesOf = LANGUAGES_OF_WORD.get(g)!;
  for (const w of lowerWords(sample)) {
    const langs = languagesOf.get(w);
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  const [first, second] = ranked;
  // Only a clear lead overrides eld: markers of one language only, or twice as many as the next.
  if (!first || (second && first[1] < 2 * second[1])) return null;
  return first[0];
}

const GREEKLISH = new Set(GREEKLISH_MARKERS);
/** Distinct Greeklish words needed, and their least share of the words. */
const GREEKLISH_MIN_WORDS = 3;
const GREEKLISH_MIN_SHARE = 0.2;

/**
 * Greek written in Latin letters ("paidia opoios thelei na anoiksei ..."): eld has no model for it and answers
 * anything at low confidence. Three distinct Greeklish words or more, a fifth of the words at least: the share of
 * them (0..1), else 0.
 */
export function greeklishShare(sample: string): number {
  const words = lowerWords(sample);
  if (!words.length) return 0;
  const hits = words.filter((w) => GREEKLISH.has(w));
  const share = hits.length / words.length;
  return new Set(hits).size >= GREEKLISH_MIN_WORDS && share >= GREEKLISH_MIN_SHARE ? share : 0;
}

/** Hashtag words and top-level domains, each pointing to one language (COUNTRY_HINTS). */
const HINTS: ReadonlyMap<string, string> = new Map(Object.entries(COUNTRY_HINTS).flatMap(([lang, words]) => words.map((w) => [w, lang] as const)));

/** Place names of six letters or more, folded: a word of the text may name them inflected ("u Beogradu", "w Krakowie"). */
const MIN_PLACE = 6;
/**
 * The place names by their first MIN_PLACE letters, in HINTS order: a word starting with a name starts with those,
 * so one look-up replaces a scan of every name for every hint word (two per word of the text).
 */
const PLACES_BY_START: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const h of HINTS.keys()) {
    if (h.length < MIN_PLACE) continue;
    const start = h.slice(0, MIN_PLACE);
    const list = out.get(start);
    if (list) list.push(h);
    else out.set(start, [h]);
  }
  return out;
})();
/** Stems longer than the name by two letters at most ("beogradu", "zagrebom"); never a two-letter domain or a short word. */
function placeInflected(word: string): string | undefined {
  if (word.length < MIN_PLACE) return undefined;
  const places = PLACES_BY_START.get(word.slice(0, MIN_PLACE));
  if (places === undefined) return undefined;
  for (const p of places) if (word.length - p.length <= 2 && word.length >= p.length && word.startsWith(p)) return HINTS.get(p);
  return undefined;
}

/**
 * When no marker word decides between close relatives: the language of the group that the post's hashtags and link
 * domains point to, if they point to one only; else null. `hints` holds folded hashtag words and top-level domains.
 */
export function hintedRelative(code: string, hints: () => Iterable<string>): string | null {
  const g = GROUP_OF.get(code);
  // Gathering the hints reads the whole text: only for a language that has relatives.
  if (!g) return null;
  let found: string | null = null;
  for (const h of hints()) {
    const lang = HINTS.get(h) ?? placeInflected(h);
    if (!lang || !g.has(lang)) continue;
    if (found && found !== lang) return null;
    found = lang;
  }
  return found;
}
