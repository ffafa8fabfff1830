// Every text detector over one item, sharing the work they have in common: the title and the text are
// masked and tokenised once each, and their join ("title\ntext", what the enricher analyses) is built
// from those parts instead of being prepared again. Results are those of calling the detectors one by
// one as pipelines/enrich/create-enricher.ts did (analyse-text.test.ts checks it on the sample data).
// Every detector reads the normalised text (normalise-text.ts: invisible and bidi characters out,
// NFKC, look-alike letters folded), links included: the enricher passes normaliseItem(item) to the
// links step. The item keeps its text as written (evidence); what detectors quote (promo code
// contexts, details) is the normalised text, and the disguise itself is reported in `obfuscations`.
import type { Disclosure, EuSignal, FirmMention, LanguageResult, Logo, NonEuSignal, Obfuscation, Offer, Phone, PromoCode } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { detectContext, type ContextFinding } from './detect-context.ts';
import { detectDisclosures } from './detect-disclosures.ts';
import { detectEuSignals } from './detect-eu-signals.ts';
import { detectLanguage } from './detect-language.ts';
import { detectNonEuAudience, detectNonEuLocation } from './detect-non-eu-audience.ts';
import { detectPhones } from './detect-phones.ts';
import { findObfuscations, type ObfuscationField } from './find-obfuscation.ts';
import { createFirmMatcher } from './firm-matcher.ts';
import { createMentionDetector, type MentionInput } from './mention-detector.ts';
import { normaliseText, type NormalisedText } from './normalise-text.ts';
import { joinPrepared, prepareText, type PreparedText } from './prepare.ts';
import { createPromoDetector } from './promo-detector.ts';
import { namedSponsors } from './sponsor-brand.ts';
import { vocabularyLanguage } from './vocabulary-language.ts';
import { EU_LANGUAGE_MIN_CONFIDENCE, EU_LANGUAGE_WORDS } from '../indicators/derive-indicators.ts';

export interface TextAnalysis {
  language: LanguageResult;
  promoCodes: PromoCode[];
  offers: Offer[];
  disclosures: Disclosure[];
  /** Mentions in the item's own fields (not yet those via its links' domains). */
  firmMentions: FirmMention[];
  logos: Logo[];
  phones: Phone[];
  euSignals: EuSignal[];
  /** Signs of a non-EU audience in the post, and a non-EU place in the author's location or bio. */
  nonEuSignals: NonEuSignal[];
  obfuscations: Obfuscation[];
  /** Warnings, explainers, reports and expiry notices found in the text (detect-context.ts). */
  context: Array<Pick<ContextFinding, 'kind' | 'marker'>>;
}

interface NormalisedItem<T extends MentionInput> {
  item: T;
  /** Normalised fields with their edits, for the obfuscation report (only fields that changed). */
  text: NormalisedText;
  title: NormalisedText | null;
  description: NormalisedText | null;
  name: NormalisedText | null;
}

/** Normalised author names and bios: like their prepared forms (AUTHOR_CACHE below), the same for every item of the author; only read. Cleared when full. */
const NORMALISED_AUTHOR_FIELDS = new Map<string, NormalisedText>();

function normalisedAuthorField(value: string): NormalisedText {
  let n = NORMALISED_AUTHOR_FIELDS.get(value);
  if (n === undefined) {
    if (NORMALISED_AUTHOR_FIELDS.size >= 4000) NORMALISED_AUTHOR_FIELDS.clear();
    NORMALISED_AUTHOR_FIELDS.set(value, (n = normaliseText(value)));
  }
  return n;
}

/**
 * Each item is normalised once, though the links step and the text analyser both read it (one after the
 * other: the last item normalised is kept, under the item and its normalised form). A WeakMap of every
 * item did this before; setting an entry per item cost more, GC included, than the normalisation.
 */
let lastNormalised: NormalisedItem<MentionInput> | null = null;
let lastOriginal: object | null = null;

function normalisedOf<T extends MentionInput>(item: T): NormalisedItem<T> {
  if (lastNormalised !== null && (item === lastOriginal || item === lastNormalised.item)) return lastNormalised as NormalisedItem<T>;
  const text = normaliseText(item.text);
  const title = item.title ? normaliseText(item.title) : null;
  const description = item.author?.description ? normalisedAuthorField(item.author.description) : null;
  const name = item.author?.name ? normalisedAuthorField(item.author.name) : null;
  const media = item.media?.map(normalisedMedia);
  const changed =
    text.edits.length > 0 || (title?.edits.length ?? 0) > 0 || (description?.edits.length ?? 0) > 0 || (name?.edits.length ?? 0) > 0 ||
    (media ?? []).some((m, k) => m.altText !== item.media?.[k]?.altText || m.ocrText !== item.media?.[k]?.ocrText);
  const out: NormalisedItem<T> = {
    item: changed
      ? {
          ...item,
          text: text.text,
          title: title ? title.text : item.title,
          author: item.author ? { ...item.author, location: item.author.location ? normaliseText(item.author.location).text : item.author.location, description: description ? description.text : item.author.description, name: name ? name.text : item.author.name } : item.author,
          media,
        }
      : item,
    text,
    title,
    description,
    name,
  };
  lastNormalised = out;
  lastOriginal = item;
  return out;
}

/**
 * A media entry with its alt and OCR text normalised: `{ ...m, altText, ocrText }`, the same keys in the
 * same order, built with Object.assign (V8 copies parsed items' objects with a spread followed by
 * properties on a slow path: see create-enricher.ts).
 */
function normalisedMedia<M extends NonNullable<MentionInput['media']>[number]>(m: M): M {
  const out = Object.assign({}, m);
  out.altText = m.altText ? normaliseText(m.altText).text : m.altText;
  out.ocrText = m.ocrText ? normaliseText(m.ocrText).text : m.ocrText;
  return out;
}

/** The item as every detector reads it (normalise-text.ts); the same object for an item that needs no change. */
export function normaliseItem<T extends MentionInput>(item: T): T {
  return normalisedOf(item).item;
}

/**
 * The item, and the firms its links point to (they and the mentioned firms are the item's firms: a
 * promo code near no firm name goes to the item's firm when there is exactly one).
 */
export type TextAnalyser = (item: MentionInput, linkFirmIds: readonly string[]) => TextAnalysis;

/**
 * Prepared author names, bios and locations: an author posts many items with the same ones, and a PreparedText
 * is never modified once built, so items share it. Cleared when full.
 */
const AUTHOR_CACHE = new Map<string, PreparedText>();
const AUTHOR_CACHE_SIZE = 4000;

function preparedAuthorField(value: string): PreparedText {
  let p = AUTHOR_CACHE.get(value);
  if (p === undefined) {
    if (AUTHOR_CACHE.size >= AUTHOR_CACHE_SIZE) AUTHOR_CACHE.clear();
    AUTHOR_CACHE.set(value, (p = prepareText(value)));
  }
  return p;
}

/**
 * detectNonEuLocation of an author's location and bio, by their text: like the prepared fields above,
 * the same for every item of the author. The signals are only read. Cleared when full.
 */
const AUTHOR_PLACES = new Map<string, NonEuSignal[]>();

function authorPlaces(location: string | null | undefined, bio: string | null | undefined): NonEuSignal[] {
  // Empty and missing fields are both skipped by detectNonEuLocation; the length prefix keeps keys unambiguous.
  const place = location || '';
  const key = `${place.length}:${place}${bio || ''}`;
  let found = AUTHOR_PLACES.get(key);
  if (found === undefined) {
    if (AUTHOR_PLACES.size >= AUTHOR_CACHE_SIZE) AUTHOR_PLACES.clear();
    AUTHOR_PLACES.set(key, (found = detectNonEuLocation(location ? preparedAuthorField(location) : null, bio ? preparedAuthorField(bio) : null)));
  }
  return found;
}

/**
 * detectPhones reads only numbers written internationally ('+' or '00' first; no default country is
 * passed here): a text with neither holds none, and is not copied and scanned (most posts and bios).
 */
function mayHoldPhone(masked: string): boolean {
  return masked.includes('+') || masked.includes('00');
}

/**
 * The link firms, then the mentioned ones, each once in first-seen order. Usually a handful: a linear
 * search then, no Set and spreads per item; a Set past that (hostile items with hundreds of links).
 */
function distinctFirms(linkFirmIds: readonly string[], mentions: readonly FirmMention[]): string[] {
  if (linkFirmIds.length + mentions.length > 16) return [...new Set([...linkFirmIds, ...mentions.map((m) => m.firmId)])];
  const out: string[] = [];
  for (const id of linkFirmIds) if (!out.includes(id)) out.push(id);
  for (const m of mentions) if (!out.includes(m.firmId)) out.push(m.firmId);
  return out;
}

/** `list` (a fresh array of the caller's) with `more` appended. */
function withAll<T>(list: T[], more: readonly T[]): T[] {
  for (const x of more) list.push(x);
  return list;
}

/**
 * Regional languages of EU countries that are no EU official language (Luxembourgish, Catalan, Galician, Basque,
 * Frisian): identifiers reach for them on short posts in a neighbouring official language, so the post's promotion
 * words are read as for an unsure guess. Their own posts name no official language's words and keep no nexus.
 */
const REGIONAL_LANGUAGES: ReadonlySet<string> = new Set(['lb', 'ca', 'gl', 'eu', 'fy']);

export function createTextAnalyser(catalogue: FirmCatalogue): TextAnalyser {
  const detectMentions = createMentionDetector(catalogue);
  const detectPromos = createPromoDetector(catalogue);
  const matchFirms = createFirmMatcher(catalogue);

  return (original, linkFirmIds) => {
    const n = normalisedOf(original);
    const item = n.item;
    const body = prepareText(item.text);
    const title = item.title ? prepareText(item.title) : null;
    // What the detectors read: the title and the text, on separate lines.
    const all = title ? joinPrepared(title, body) : body;
    const bio = item.author?.description ? preparedAuthorField(item.author.description) : null;
    const name = item.author?.name ? preparedAuthorField(item.author.name) : null;
    const { firmMentions, logos } = detectMentions(item, { text: body, title, name, description: bio });
    const itemFirms = distinctFirms(linkFirmIds, firmMentions);
    const context = detectContext(all);
    const sponsors = namedSponsors(all.t, matchFirms(all.t));
    const { promoCodes, offers } = detectPromos(all, itemFirms, context, sponsors);
    // Phones are also read from the author's bio; masking never crosses the newline between them.
    const bioMasked = bio ? bio.masked.text : '';
    const fields: ObfuscationField[] = [];
    if (n.text.edits.length) fields.push({ name: 'text', normalised: n.text, prepared: body });
    if (title && n.title?.edits.length) fields.push({ name: 'title', normalised: n.title, prepared: title });
    if (bio && n.description?.edits.length) fields.push({ name: 'author bio', normalised: n.description, prepared: bio });
    if (name && n.name?.edits.length) fields.push({ name: 'author name', normalised: n.name, prepared: name });
    const language = detectLanguage(all);
    const euSignals = detectEuSignals(all, matchFirms);
    // Too short for a confident language, but its promotion words are one EU language's (vocabulary-language.ts).
    // So is one read as a regional language of an EU country ("Bitget code: x. Gesponsord." as Luxembourgish).
    const unsure = language.confidence < EU_LANGUAGE_MIN_CONFIDENCE || (!!language.code && REGIONAL_LANGUAGES.has(language.code));
    const vocabulary = unsure ? vocabularyLanguage(all.t) : null;
    if (vocabulary) euSignals.push({ code: EU_LANGUAGE_WORDS, country: null, detail: `${vocabulary.language}: ${vocabulary.words.join(', ')}` });
    const disclosures = detectDisclosures(all, { context, codeGiven: promoCodes.length > 0, language: language.code, sponsors, firmLinks: linkFirmIds.length });
    // "Partenariat rémunéré avec OKX. Dans cette vidéo je vous explique comment j'utilise leur carte ... [link]": a paid or
    // affiliate post that explains the firm's product and gives the way in is the firm's promotion, not an explainer.
    const promotes = disclosures.some((d) => !d.brand) && (linkFirmIds.length > 0 || promoCodes.some((p) => p.firmId));
    return {
      language,
      promoCodes,
      offers,
      disclosures,
      firmMentions,
      logos,
      phones: mayHoldPhone(all.masked.text) || mayHoldPhone(bioMasked) ? detectPhones({ masked: { text: `${all.masked.text}\n${bioMasked}`, urls: [] } }) : [],
      euSignals,
      nonEuSignals: withAll(detectNonEuAudience(all), authorPlaces(item.author?.location, item.author?.description)),
      obfuscations: fields.length ? findObfuscations(fields, promoCodes, matchFirms, catalogue) : [],
      context: context.findings.filter((f) => !(promotes && f.kind === 'explainer')).map(({ kind, marker }) => ({ kind, marker })),
    };
  };
}
