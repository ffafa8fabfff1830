// The countries an ad is shown in, as an ad library's entry says it in text (issue 7, blind31): "Shown in: Ireland,
// Malta", "Angezeigt in: Deutschland, Österreich", "Εμφανίζεται σε: Τουρκία", "Á thaispeáint in: an Nigéir", often one
// segment of a metadata line ("Started running on ... · ID: ... · Shown in: Turkey · 90K–100K"). ESMA's Guideline 1
// annex counts an ad delivered to EU countries as targeting them; an ad delivered only outside the EU is a sign of a
// non-EU audience. Country names come from the runtime's ICU data (Intl.DisplayNames) in the EU languages and a few
// neighbours, so every country is named as the libraries name it, without a hand-written table.
import { fold } from './fold.ts';

/** Languages whose country names are read: the 24 EU official ones and the neighbours our corpora meet. */
const NAME_LANGUAGES = ['bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
  'no', 'nb', 'tr', 'uk', 'ru', 'sr', 'id', 'tl', 'sw'];

/**
 * Codes ICU still names that are no country today (East Germany "DD" is "Deutschland" in German, the USSR, ...) or
 * not one place (the UN, the euro area, pseudo-locales). "EU" stays: "Shown in: European Union" is the EU.
 */
const RETIRED: ReadonlySet<string> = new Set(['AN', 'BU', 'CS', 'DD', 'DY', 'FX', 'HV', 'NH', 'NT', 'QO', 'RH', 'SU', 'TP', 'UN', 'EZ', 'VD', 'XA', 'XB', 'YD', 'YU', 'ZR']);

let countryByName: ReadonlyMap<string, string> | null = null;
/**
 * Folded country name -> ISO 3166-1 alpha-2 code ("EU" for the Union), built on the first delivery label met (about
 * 0.1 s of ICU look-ups, which most runs never need).
 */
const countries = (): ReadonlyMap<string, string> => (countryByName ??= buildCountryNames());

function buildCountryNames(): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const language of NAME_LANGUAGES) {
    let names: Intl.DisplayNames;
    try {
      names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
    } catch {
      continue; // a runtime without that locale's data reads the others
    }
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        if (RETIRED.has(code)) continue;
        const name = names.of(code);
        if (!name || name === code) continue;
        const key = fold(name);
        // A name two countries share in some language keeps its first: rare, and never an EU/non-EU pair here.
        if (!out.has(key)) out.set(key, code);
        // "an Nigéir", "na hÍsiltíre": Irish writes the article before some names.
        const bare = key.replace(/^(?:an|na) (?:h)?/u, '');
        if (bare !== key && !out.has(bare)) out.set(bare, code);
      }
    }
  }
  return out;
}

/**
 * Folded stems of the label before the countries: shown, displayed, delivered, targeted, country, location, region,
 * market, audience, in the EU languages ("Angezeigt in", "Se muestra en", "Näytetään maissa", "Rodoma šalyse").
 */
const LABEL_STEM =
  /(?:^|\s)(?:shown|show|display|deliver|target|location|countr|region|market|audience|angezeigt|ausgespielt|land|lander|affich|diffus|pays|muestra|mostrad|mostrat|exibid|pais|paes|weergegeven|getoond|wyswietl|kraj|zobraz|vist|visas|visat|naytet|naidat|riik|megjelen|orszag|afisat|tar|εμφανιζ|προβαλ|χωρ|показ|държав|rodom|saly|rad|valst|prikaz|drzav|jintwer|pajjiz|thaispeain|tir|mostra|visual|vis|goster)/u;

/** Items of the country list. */
const ITEM_SEPARATOR = /\s*(?:,|;|\/|\s(?:and|und|et|y|e|en|og|och|ja|és|si|și|i|a|ir|un|και|и|agus)\s)\s*/u;

export interface AdDelivery {
  /** ISO codes of the countries listed, in order. */
  countries: string[];
  /** The segment as written ("Shown in: Ireland, Malta"). */
  detail: string;
  from: number;
  to: number;
}

// The last text read and its result: the EU-signal and non-EU-audience detectors and the indicators each ask for the
// same item's text in turn. Results are only read.
let lastText: string | null = null;
let lastResult: AdDelivery[] = [];

/** Every "shown in: <countries>" segment of the text whose whole value is a list of country names. */
export function adDeliveries(text: string): AdDelivery[] {
  if (!text.includes(':') && !text.includes('：')) return [];
  if (text === lastText) return lastResult;
  lastResult = read(text);
  lastText = text;
  return lastResult;
}

function read(text: string): AdDelivery[] {
  const out: AdDelivery[] = [];
  // From colon to colon (most texts have few, and a link's "https:" is skipped at once), rather than splitting the
  // whole text into segments: this runs for every item. The next colon of each kind is kept and searched again only
  // once passed (searching for both from every colon rescanned to the end for a kind the text lacks: quadratic).
  let ascii = text.indexOf(':');
  let wide = text.indexOf('：');
  while (ascii >= 0 || wide >= 0) {
    let colon: number;
    if (wide < 0 || (ascii >= 0 && ascii < wide)) {
      colon = ascii;
      ascii = text.indexOf(':', colon + 1);
    } else {
      colon = wide;
      wide = text.indexOf('：', colon + 1);
    }
    if (text.charCodeAt(colon + 1) === SLASH) continue;
    const from = segmentStart(text, colon);
    if (from < 0) continue;
    const label = fold(text.slice(from, colon).trim());
    if (label.length < 2 || !LABEL_STEM.test(label)) continue;
    const to = segmentEnd(text, colon + 1);
    if (to < 0) continue;
    const value = text.slice(colon + 1, to).trim().replace(/[.;]+$/u, '');
    if (value.length < 2 || value.length > MAX_VALUE_CHARS) continue;
    const items = value.split(ITEM_SEPARATOR).map((v) => fold(v.trim())).filter(Boolean);
    if (items.length === 0 || items.length > 40) continue;
    const codes = items.map((v) => countries().get(v));
    if (codes.some((c) => c === undefined)) continue;
    out.push({ countries: codes as string[], detail: text.slice(from, to).trim(), from, to });
  }
  return out;
}

const SLASH = 0x2f;
const MAX_LABEL_CHARS = 40;
const MAX_VALUE_CHARS = 300;

/**
 * Where the segment holding `at` starts: after a line break or a " · ", " • ", " | " separator; -1 when the label would
 * be longer than MAX_LABEL_CHARS. Bounded both ways, so a text of many colons costs linear time.
 */
function segmentStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) {
    if (at - i > MAX_LABEL_CHARS + 2) return -1;
    const c = text.charAt(i);
    if (c === '\n') return i + 1;
    if ((c === '·' || c === '•' || c === '|') && text.charAt(i + 1) === ' ' && text.charAt(i - 1) === ' ') return i + 2;
  }
  return 0;
}

/** Where the segment holding `from` ends: a line break or a separator; -1 past MAX_VALUE_CHARS. */
function segmentEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (i - from > MAX_VALUE_CHARS + 2) return -1;
    const c = text.charAt(i);
    if (c === '\n') return i;
    if ((c === '·' || c === '•' || c === '|') && text.charAt(i - 1) === ' ' && text.charAt(i + 1) === ' ') return i - 1;
  }
  return text.length;
}
