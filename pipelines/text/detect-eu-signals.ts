// Signals that content targets EU clients (ESMA reverse-solicitation guidelines): euro amounts, SEPA,
// national payment methods, EU country names, demonyms in audience phrases ("for French users"), and
// the EU or Europe as an audience. `detail` is always the matched text as written.
import type { EuSignal } from '../contracts/enriched-item.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import {
  AUDIENCE_NOUNS, AUDIENCE_PREPOSITIONS, COUNTRY_NAMES, DEMONYMS, EU_AUDIENCE_PHRASES, EU_DEMONYMS, EURO_WORDS, PAYMENT_METHODS,
} from './phrases/eu-phrases.ts';
import { clauseIds, firstIn, positionsOf, sentenceIds, sentenceWindow } from './positions.ts';
import { prepared, type TextInput } from './prepare.ts';
import { adDeliveries } from './ad-delivery.ts';
import { isEuCountry } from '../links/eu-countries.ts';
import type { Token, Tokenised } from './tokenise.ts';

interface Signal {
  code: string;
  country: string | null;
}

/** Names, EU phrases and payment methods: count wherever they appear. */
const named = new PhraseMatcher<Signal>();
for (const [country, names] of Object.entries(COUNTRY_NAMES)) for (const n of names) named.add(n, { code: 'eu_country_mention', country });
for (const p of EU_AUDIENCE_PHRASES) named.add(p, { code: 'eu_audience', country: 'EU' });
for (const [p, code, country] of PAYMENT_METHODS) named.add(p, { code, country });

/** Demonyms: count only in an audience phrase. */
const demonyms = new PhraseMatcher<Signal>();
for (const [country, words] of Object.entries(DEMONYMS)) for (const w of words) demonyms.add(w, { code: 'eu_country_mention', country });
for (const w of EU_DEMONYMS) demonyms.add(w, { code: 'eu_audience', country: 'EU' });

const audienceNouns = new PhraseMatcher<true>(AUDIENCE_NOUNS.map((w) => [w, true] as const));
const prepositions = new PhraseMatcher<true>(AUDIENCE_PREPOSITIONS.map((w) => [w, true] as const));
const euroWords = new Set(EURO_WORDS);

function isEuro(x: Token | undefined): boolean {
  return !!x && ((x.kind === 'sym' && x.text === '€') || (x.kind === 'word' && euroWords.has(x.key)));
}

/** "€100", "100 €", "100 EUR", "100,50 €", "EUR 100": returns the end token (exclusive) or -1. */
function euroAmountAt(t: Tokenised, i: number): number {
  const tok = t.tokens[i] as Token;
  const next = t.tokens[i + 1];
  if (tok.kind === 'num') return isEuro(next) && !next?.breakBefore ? i + 2 : -1;
  // (The number first: most tokens are followed by none, and are not looked up among the euro words.)
  if (next?.kind === 'num' && isEuro(tok) && !next.breakBefore && (tok.kind === 'sym' || tok.text === tok.text.toUpperCase())) return i + 2;
  return -1;
}

/** EuSignal code of an ad delivered to an EU country, read from an ad library's text (derive-indicators: geo_targeted_ad). */
export const AD_DELIVERY = 'ad_delivery';

/** Adds a signal unless the same one (same code, country and text) is already in. */
function push(out: EuSignal[], seen: Set<string>, text: string, code: string, country: string | null, from: number, to: number): void {
  const detail = text.slice(from, to);
  const key = `${code}\u0000${country}\u0000${detail.toLowerCase()}`;
  if (seen.has(key)) return;
  seen.add(key);
  out.push({ code, country, detail });
}

/**
 * A sentence that keeps EU readers out ("not available to residents of the European Union", "quem tá em Portugal não
 * consegue usar", "my EU viewers should look elsewhere"): the places it names are who the offer is NOT for, no nexus.
 * Only availability denied or an exclusion: "no fees for French users" still addresses the French.
 */
const EXCLUSION = new RegExp(
  // The letter check once before the alternatives, not once in each: the same positions match, ~5x faster
  // (V8 tried each alternative's lookbehind at every position).
  String.raw`(?<!\p{L})(?:` +
  [
    String.raw`(?:not|no|nicht|non|pas|não|nao|niet|nie|inte|ikke|ei|nu|ne)\s+(?:\p{L}+\s+){0,2}(?:available|disponible|disponíve[lis]*|disponivel|disponibile|verfügbar|erhältlich|beschikbaar|dostępn\p{L}*|dostupn\p{L}*|tillgänglig|tilgængelig|tilgjengelig|saatavilla|elérhető|disponibil)`,
    // "not for anyone in Europe", "ce n'est pas pour l'Europe", "no es para Europa", "nicht für EU-Bürger".
    String.raw`(?:not|nicht|pas|não|nao|niet|nie|inte|ikke|non|no|ne|nem)\s+(?:(?:is|es|è|é|ist|est|e|jest|är|er|je|on)\s+)?(?:for|für|fur|pour|para|pra|per|voor|dla|pro|för|til|pentru|za|για|gia)(?!\p{L})`,
    // Romanian "nu e pentru România", "nu este valabil în UE" (not "nu" alone: Danish and Swedish "now").
    String.raw`nu\s+(?:(?:e|este|sunt)\s+)?(?:\p{L}+\s+)?(?:pentru|valabil\p{L}*|disponibil\p{L}*)(?!\p{L})`,
    // "Não vale pra Portugal", "no es válido en España", "not valid in the EU", "nu e valabil în UE", "nicht gültig in der EU".
    String.raw`(?:not|nicht|pas|não|nao|niet|nie|inte|ikke|non|no|ne)\s+(?:\p{L}+\s+){0,2}(?:vale|valid\p{L}*|válid\p{L}*|gültig|geldig|ważn\p{L}*|platn\p{L}*|valabil\p{L}*|giltig|gyldig|voimassa)\s+(?:\p{L}+\s+){0,1}(?:for|für|fur|pour|para|pra|per|voor|dla|pro|för|til|pentru|in|en|em|na|no|în|im|w|v|i)(?!\p{L})`,
    // "no lo recomiendo para Europa", "not recommended for EU users", "ich empfehle es nicht für Deutschland".
    String.raw`(?:not|no|nicht|non|pas|não|nao|niet|nie)\s+(?:\p{L}+\s+){0,2}(?:recommend\p{L}*|recomiend\p{L}*|recomend\p{L}*|recomand\p{L}*|empfehl\p{L}*|empfohlen|recommand\p{L}*|consigli\p{L}*|raccomand\p{L}*|aanbevol\p{L}*|aanraden|polecam\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:for|für|fur|pour|para|per|voor|dla|pro)(?!\p{L})`,
    String.raw`(?:empfehle|recommande)\s+(?:\p{L}+\s+){0,2}(?:nicht|pas)\s+(?:\p{L}+\s+){0,2}(?:für|fur|pour)(?!\p{L})`,
    // "Cette offre ne concerne pas l'Europe", "does not apply to EU residents".
    String.raw`(?:concerne(?:nt)?\s+pas|(?:doesn't|does not|do not|don't)\s+apply|gilt\s+nicht|gelten\s+nicht|no\s+(?:se\s+)?aplica|non\s+riguarda|não\s+se\s+aplica|geldt\s+niet|nie\s+dotyczy)(?!\p{L})`,
    // "Dall'Italia non usatelo", "wer in der EU wohnt, bitte nicht", "don't use it from France": readers told not to use the offer.
    String.raw`(?:not|don't|do\s+not|nicht|non|no|não|nao|niet|nie|ne|inte|ikke|ei)\s+(?:\p{L}+\s+)?(?:use|using|usa|usar|usare|usate|usatelo|usatela|usarlo|usem?|usen|uses|uséis|useis|usalo|utilise[rz]?|nutz\p{L}*|benutz\p{L}*|verwend\p{L}*|gebruik\p{L}*|używaj\p{L}*|użyj\p{L}*|používej\p{L}*|používaj\p{L}*|använd\p{L}*|brug|bruk)(?!\p{L})`,
    String.raw`n['’]?\s*(?:l['’]\s*)?utilisez\s+pas(?!\p{L})`,
    String.raw`(?:bitte\s+nicht|please\s+don't|per\s+favore\s+no|s'il\s+vous\s+plaît\s+non|por\s+favor\s+no)(?=\s*[,.;:!?)]|\s*$)`,
    // "it won't show up for you", "no funciona con cuentas de España", "funktioniert nicht in Österreich".
    String.raw`(?:(?:won't|will\s+not|doesn't|does\s+not|don't|do\s+not|isn't|is\s+not)\s+(?:\p{L}+\s+)?(?:work|show|appear)|no\s+funciona|não\s+funciona|nao\s+funciona|ne\s+(?:fonctionne|marche)\s+pas|funktioniert\s+nicht|nie\s+działa|non\s+funziona|werkt\s+niet|nefunguje|nu\s+funcționează|ne\s+deluje|ne\s+radi|не\s+работи|δεν\s+λειτουργεί|nem\s+működik|ei\s+toimi|ei\s+tööta|neveikia|nedarbojas|fungerar\s+inte|virker\s+ikke)(?!\p{L})`,
    // "Grønland er ikke med i EU", "not in the EU", "nicht in der EU": the place named is outside.
    String.raw`(?:not|ikke|inte|nicht|pas|no|não|niet|nie|ne|ei|nem)\s+(?:\p{L}+\s+){0,2}(?:in|i|med\s+i|part\s+of|dans|en|em|na|w|v|im|in\s+der)\s+(?:the\s+|l['’]\s*|la\s+|der\s+|de\s+)?(?:EU|UE|EEA|EWR|European\s+Union|Union\s+européenne)(?!\p{L})`,
    // "(hors UE)", "outside the EU", "außerhalb der EU", "fuera de la UE": the offer is for elsewhere.
    String.raw`(?:hors|outside(?:\s+of)?(?:\s+the)?|au(?:ß|ss)erhalb(?:\s+der)?|fuera\s+de(?:\s+la)?|fora\s+da|al\s+di\s+fuori\s+dell['’]|fuori(?:\s+dall['’])?|buiten(?:\s+de)?|poza|mimo|utanför|uden\s+for|în\s+afara|izvan|zunaj|извън|εκτός(?:\s+της)?|lasmuigh\s+den)\s*(?:l['’]\s*)?(?:UE|EU|EEA|Europe|Europa|ЕС|ΕΕ|AE)(?!\p{L})`,
    // "(pas l'Europe, désolé)", "not the EU!", "nicht die EU.": the EU named only to be left out.
    String.raw`(?:not|pas|nicht|non|no|não|nao|niet|nie|nu|ne)\s+(?:l['’]\s*|la\s+|le\s+|the\s+|die\s+|der\s+|el\s+|a\s+|o\s+)?(?:Europe|Europa|EU|UE|EEA|EWR)(?=\s*[,.;:!?)]|\s*$)`,
    // "Neplatí na Slovensku", "Gäller inte i Sverige", "Δεν ισχύει για Ελλάδα", "not valid in Ireland": the offer left out there.
    String.raw`(?:neplatí|neplati|не\s+важи|не\s+е\s+валидн\p{L}*|negalioja|gäller\s+inte|gælder\s+ikke|gjelder\s+ikke|ei\s+koske|ei\s+päde|ei\s+kehti|nav\s+spēkā|mhux\s+validu|δεν\s+ισχύει|nem\s+érvényes|ní\s+bhaineann|not\s+valid|not\s+available|nicht\s+gültig|pas\s+valable|non\s+valable|no\s+(?:es\s+)?válid[oa]|no\s+vale|non\s+(?:è\s+)?valid[oa]|non\s+vale|não\s+(?:é\s+)?válid[oa]|não\s+vale|niet\s+geldig|nie\s+obowiązuje|nu\s+(?:este|e)\s+valabil\p{L}*|ne\s+vrijedi|ne\s+velja)(?!\p{L})`,
    String.raw`(?:can't|cannot|can not|não consegue\p{L}*|nao consegue\p{L}*|não pode\p{L}*|no pueden?|ne peu(?:t|vent)|können nicht|kann nicht|non possono|non può|kunnen niet|look elsewhere|are excluded|is excluded|ausgeschlossen|exclu[se]?s?|excluid[oa]s?|esclus[ie])(?!\p{L})`,
  ].join('|') +
  ')',
  'iu',
);

/**
 * A necessary condition of EXCLUSION, tested first (about its cost; one sentence in ten passes): after a
 * non-letter, the words each of its alternatives must begin with. The negators of the alternatives that open with one
 * ("not", "nie", "do not", "don't" ...) are one list followed by a space; the others are kept to a prefix of what they
 * require. Same flags, so case folds alike: whatever sentence EXCLUSION matches, this matches too.
 */
const MAY_EXCLUDE = new RegExp(
  [
    String.raw`(?<!\p{L})(?:`,
    String.raw`(?:not|no|nicht|non|pas|não|nao|niet|nie|inte|ikke|ei|nu|ne|nem|don't|do|empfehle|recommande|doesn't|gilt|gelten|geldt|bitte|please|s'il|won't|isn't|funktioniert|werkt|не|δεν|fungerar|virker)\s`,
    String.raw`|concerne|does not|n['’]?\s*(?:l['’]\s*)?utilisez|per\s+favore|por\s+favor|will\s+not|does\s+not|is\s+not|nefunguje|neveikia|nedarbojas`,
    String.raw`|hors|outside|au(?:ß|ss)erhalb|fuera\s+de|fora\s+da|al\s+di\s+fuori|fuori|buiten|poza|mimo|utanför|uden\s+for|în\s+afara|izvan|zunaj|извън|εκτός|lasmuigh\s+den`,
    String.raw`|neplat|negalioja|gäller|gælder|gjelder|nav\s|mhux|ní\s|δεν\s`,
    String.raw`|can't|cannot|can not|können nicht|kann nicht|kunnen niet|look elsewhere|are excluded|is excluded|ausgeschlossen|exclu|esclus)`,
  ].join(''),
  'iu',
);

/**
 * `firmsIn` finds the catalogue's firms in the text: "Europe" or "EU" right after a firm's name is that firm's EU entity
 * ("OKX Europe", "Bybit EU"), not an audience. Asked only when such a phrase is there.
 */
/**
 * Portuguese "malta" is "folks" ("a malta cá de casa", "Malta de Luanda!"): written in lower case, or followed by "de",
 * "do" or "da" and a capitalised name, it is no country.
 */
function portugueseMalta(text: string, tok: Token): boolean {
  if (tok.key !== 'malta') return false;
  return tok.text === 'malta' || /^[ \t]+d[eoa][ \t]+\p{Lu}/u.test(text.slice(tok.end, tok.end + 8));
}

export function detectEuSignals(input: TextInput, firmsIn?: (t: Tokenised) => readonly { end: number }[]): EuSignal[] {
  const { text, t } = prepared(input);
  let firmEnds: Set<number> | null = null;
  const afterFirm = (k: number): boolean =>
    !!firmsIn && k > 0 && /^[ \t]+$/.test(text.slice(t.tokens[k - 1]!.end, t.tokens[k]!.start)) && (firmEnds ??= new Set(firmsIn(t).map((h) => h.end))).has(k);
  const out: EuSignal[] = [];
  const seen = new Set<string>();
  let sentences: Int32Array | null = null;
  /** Sentences (by id) that keep EU readers out, found lazily: most posts name no EU place at all. */
  const excluded = new Map<number, boolean>();
  const excludes = (k: number): boolean => {
    const ids = (sentences ??= sentenceIds(t));
    const id = ids[k]!;
    let known = excluded.get(id);
    if (known === undefined) {
      let a = k;
      while (a > 0 && ids[a - 1] === id) a--;
      let b = k;
      while (b + 1 < t.tokens.length && ids[b + 1] === id) b++;
      const sentence = text.slice(t.tokens[a]!.start, t.tokens[b]!.end);
      known = MAY_EXCLUDE.test(sentence) && EXCLUSION.test(sentence);
      excluded.set(id, known);
    }
    return known;
  };

  /**
   * EU countries a sentence leaves out ("Nabídka neplatí v ČR"): the post's other words for them ("Pro nás Čechy, co
   * žijeme v Thajsku") address people from there living elsewhere, no audience in that country.
   */
  const left = new Set<string>();
  const taken = new Uint8Array(t.tokens.length);
  for (const m of named.matchAll(t)) {
    const v = m.values[0] as Signal;
    for (let k = m.start; k < m.end; k++) taken[k] = 1;
    if ((v.code === 'eu_country_mention' || v.code === 'eu_audience') && excludes(m.start)) {
      if (v.country) left.add(v.country);
      continue;
    }
    if (v.code === 'eu_audience' && afterFirm(m.start)) continue;
    if (v.country === 'MT' && portugueseMalta(text, t.tokens[m.start]!)) continue;
    push(out, seen, text, v.code, v.country, m.from, m.to);
  }

  for (let i = 0; i < t.tokens.length; i++) {
    const end = euroAmountAt(t, i);
    if (end < 0) continue;
    push(out, seen, text, 'eur_amount', null, (t.tokens[i] as Token).start, (t.tokens[end - 1] as Token).end);
    i = end - 1;
  }

  // Clauses, not sentences: in "Nutzer, French fries" the noun belongs to another clause.
  let ids: Int32Array | null = null;
  let nouns: number[] | null = null;
  let preps: number[] | null = null;
  for (const m of demonyms.matchAll(t)) {
    if (taken[m.start]) continue;
    nouns ??= positionsOf(audienceNouns, t);
    const [lo, hi] = sentenceWindow((ids ??= clauseIds(t)), m.start, m.end, 2, 2);
    // Detail spans the audience phrase ("French users", "utilisateurs français", "pour les Français").
    let from = -1;
    let to = -1;
    const before = firstIn(nouns, lo, m.start - 1);
    const after = firstIn(nouns, m.end, hi);
    if (before >= 0) from = before;
    else if (after >= 0) to = after;
    else {
      // "pour les Français", "für Deutsche": a preposition shortly before, and the demonym ends the phrase.
      preps ??= positionsOf(prepositions, t);
      const [plo] = sentenceWindow(ids, m.start, m.end, 3, 0);
      const next = t.tokens[m.end];
      const endsPhrase = !next || next.breakBefore || next.kind !== 'word' || /[,;:!?)]/.test(text.slice(t.tokens[m.end - 1]!.end, next.start));
      const prep = endsPhrase ? firstIn(preps, plo, m.start - 1) : -1;
      if (prep < 0) continue;
      from = prep;
    }
    const v = m.values[0] as Signal;
    if (excludes(m.start)) {
      if (v.country) left.add(v.country);
      continue;
    }
    push(out, seen, text, v.code, v.country, from >= 0 ? t.tokens[from]!.start : m.from, to >= 0 ? t.tokens[to]!.end : m.to);
  }
  // An ad library's "Shown in: Ireland, Malta": each EU country the ad is delivered to (ad-delivery.ts).
  for (const d of adDeliveries(text)) for (const c of d.countries) if (isEuCountry(c) || c === 'EU') push(out, seen, text, AD_DELIVERY, c, d.from, d.to);
  return left.size === 0 ? out : out.filter((x) => !(x.country && left.has(x.country) && (x.code === 'eu_country_mention' || x.code === 'eu_audience')));
}
