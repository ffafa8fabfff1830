// Every text detector over one item, sharing the work they have in common: the title and the text are
// masked and tokenised once each, and their join ("title\ntext", what the enricher analyses) is built
// from those parts instead of being prepared again. Results are those of calling the detectors one by
// one as pipelines/enrich/create-enricher.ts did (analyse-text.test.ts checks it on the sample data).
import type { Disclosure, EuSignal, FirmMention, LanguageResult, Logo, Offer, Phone, PromoCode } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { detectContext, type ContextFinding } from './detect-context.ts';
import { detectDisclosures } from './detect-disclosures.ts';
import { detectEuSignals } from './detect-eu-signals.ts';
import { detectLanguage } from './detect-language.ts';
import { detectPhones } from './detect-phones.ts';
import { createMentionDetector, type MentionInput } from './mention-detector.ts';
import { joinPrepared, prepareText, type PreparedText } from './prepare.ts';
import { createPromoDetector } from './promo-detector.ts';

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
  /** Warnings, explainers, reports and expiry notices found in the text (detect-context.ts). */
  context: Array<Pick<ContextFinding, 'kind' | 'marker'>>;
}

/**
 * The item, and the firms its links point to (they and the mentioned firms are the item's firms: a
 * promo code near no firm name goes to the item's firm when there is exactly one).
 */
export type TextAnalyser = (item: MentionInput, linkFirmIds: readonly string[]) => TextAnalysis;

/**
 * Prepared author names and bios: an author posts many items with the same ones, and a PreparedText
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

export function createTextAnalyser(catalogue: FirmCatalogue): TextAnalyser {
  const detectMentions = createMentionDetector(catalogue);
  const detectPromos = createPromoDetector(catalogue);

  return (item, linkFirmIds) => {
    const body = prepareText(item.text);
    const title = item.title ? prepareText(item.title) : null;
    // What the detectors read: the title and the text, on separate lines.
    const all = title ? joinPrepared(title, body) : body;
    const bio = item.author?.description ? preparedAuthorField(item.author.description) : null;
    const name = item.author?.name ? preparedAuthorField(item.author.name) : null;
    const { firmMentions, logos } = detectMentions(item, { text: body, title, name, description: bio });
    const itemFirms = [...new Set([...linkFirmIds, ...firmMentions.map((m) => m.firmId)])];
    const context = detectContext(all);
    const { promoCodes, offers } = detectPromos(all, itemFirms, context);
    // Phones are also read from the author's bio; masking never crosses the newline between them.
    const bioMasked = bio ? bio.masked.text : '';
    return {
      language: detectLanguage(all),
      promoCodes,
      offers,
      disclosures: detectDisclosures(all, { context }),
      firmMentions,
      logos,
      phones: detectPhones({ masked: { text: `${all.masked.text}\n${bioMasked}`, urls: [] } }),
      euSignals: detectEuSignals(all),
      context: context.findings.map(({ kind, marker }) => ({ kind, marker })),
    };
  };
}
