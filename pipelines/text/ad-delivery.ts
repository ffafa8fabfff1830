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

/** Folded country name -> ISO 3166-1 alpha-2 code ("EU" for the Union), built once. */
const COUNTRY_BY_NAME: ReadonlyMap<string, string> = (() => {
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
})();

/**
 * Folded stems of the label before the countries: shown, displayed, delivered, targeted, country, location, region,
 * market, audience, in the EU languages ("Angezeigt in", "Se muestra en", "Näytetään maissa", "Rodoma šalyse").
 */
const LABEL_STEM =
  /(?:^|\s)(?:shown|show|display|deliver|target|location|countr|region|market|audience|angezeigt|ausgespielt|land|lander|affich|diffus|pays|muestra|mostrad|mostrat|exibid|pais|paes|weergegeven|getoond|wyswietl|kraj|zobraz|vist|visas|visat|naytet|naidat|riik|megjelen|orszag|afisat|tar|εμφανιζ|προβαλ|χωρ|показ|държав|rodom|saly|rad|valst|prikaz|drzav|jintwer|pajjiz|thaispeain|tir|mostra|visual|vis|goster)/u;

/** Segments of a metadata line: " · ", " • ", " | ". */
const SEGMENT = /\s[·•|]\s|\n/u;
/** "Label: value" in a segment; the label of up to five words. */
const LABELLED = /^\s*([^:：\n]{2,40}?)\s*[:：]\s*(.{2,300}?)\s*$/u;
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
  let at = 0;
  for (const part of text.split(SEGMENT)) {
    const from = text.indexOf(part, at);
    at = from + part.length;
    if (part.length > 360 || !part.includes(':') && !part.includes('：')) continue;
    const m = LABELLED.exec(part);
    if (!m || !LABEL_STEM.test(fold(m[1]!))) continue;
    const items = m[2]!.replace(/[.;]+$/u, '').split(ITEM_SEPARATOR).map((s) => fold(s.trim())).filter(Boolean);
    if (items.length === 0 || items.length > 40) continue;
    const countries = items.map((s) => COUNTRY_BY_NAME.get(s));
    if (countries.some((c) => c === undefined)) continue;
    out.push({ countries: countries as string[], detail: part.trim(), from, to: from + part.length });
  }
  return out;
}
