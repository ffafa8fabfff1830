// Text detectors of the enrichment step: pure functions over a post's text.
export { detectLanguage, languageSample, MIN_LETTERS } from './detect-language.ts';
export { createPromoDetector, codeAfter, isCodeLike, type PromoDetector, type PromoResult } from './promo-detector.ts';
export { findOffers, amountAt, type OfferSpan } from './detect-offers.ts';
export { detectDisclosures, type DisclosureOptions } from './detect-disclosures.ts';
export { detectPhones, type PhoneOptions } from './detect-phones.ts';
export { detectEuSignals } from './detect-eu-signals.ts';
export { createMentionDetector, type MentionDetector, type MentionInput, type MentionResult } from './mention-detector.ts';
export { createFirmMatcher, isAmbiguousAlias, type FirmHit, type FirmMatcher } from './firm-matcher.ts';
export { maskUrls, urlHost, type MaskedText, type UrlSpan } from './mask-urls.ts';
export { tokenise, snippet, type Token, type Tokenised } from './tokenise.ts';
export { PhraseMatcher, parsePhrase, type PhraseMatch } from './phrase-matcher.ts';
export { fold } from './fold.ts';
export { createTextAnalyser, normaliseItem, type TextAnalyser, type TextAnalysis } from './analyse-text.ts';
export { normaliseText, type NormalisedText, type TextEdit } from './normalise-text.ts';
export { prepareText, joinPrepared, type PreparedText, type TextInput } from './prepare.ts';
export { type PhoneInput } from './detect-phones.ts';
export { type PreparedFields } from './mention-detector.ts';
