// Enriched item: the message on rs.items.enriched = normalized item + enrichment.
import { z } from 'zod';
import { itemSchema } from './item.ts';

export const LINK_ROLES = ['referral', 'firm_site', 'app_store', 'shortener', 'link_hub', 'other'] as const;

export const enrichedLinkSchema = z.object({
  url: z.string(),
  finalUrl: z.string(),
  domain: z.string().nullable(),
  /** Host as written (lower case), e.g. accounts.binance.com */
  host: z.string().nullable(),
  firmId: z.string().nullable(),
  /** Which entity of the firm's group the link leads to: an EU-authorised entity is a counter-indication. */
  entity: z.enum(['third_country', 'eu_authorised']).nullable(),
  role: z.enum(LINK_ROLES),
  referralCode: z.string().nullable(),
  /** True when the referral code was recognised by a generic invite pattern, not by the firm's catalogue format. */
  genericReferral: z.boolean().default(false),
  geo: z.object({
    tldCountry: z.string().nullable(),
    pathLocale: z.string().nullable(),
    langParam: z.string().nullable().default(null),
    appStoreCountry: z.string().nullable().default(null),
  }),
  /** Where the link was found: text, platform link field, author profile, ad snapshot, media alt text. */
  from: z.enum(['text', 'links', 'title', 'author', 'ad', 'media', 'image']).default('text'),
});

export const promoCodeSchema = z.object({
  code: z.string(),
  firmId: z.string().nullable(),
  context: z.string(),
  /**
   * A brand the catalogue does not know, which the text gives as the code's owner ("Kod do Zondy: ZONDAMAX"), as written.
   * Such a code has no firmId and is not put on any other firm the item names.
   */
  brand: z.string().optional(),
});
export const offerSchema = z.object({
  kind: z.enum(['signup_bonus', 'deposit_bonus', 'fee_discount', 'giveaway', 'invite_on_request']),
  firmId: z.string().nullable(),
  detail: z.string(),
});
export const disclosureSchema = z.object({
  marker: z.string(),
  kind: z.enum(['sponsored', 'affiliate', 'paid_placement']),
  language: z.string().nullable().default(null),
  /**
   * A sponsor the catalogue does not know, which the text names with the marker ("sponsorisée par DormiPlus"), as written.
   * Such a disclosure is that brand's: it is put on no firm the item names.
   */
  brand: z.string().optional(),
});
export const firmMentionSchema = z.object({
  firmId: z.string(),
  via: z.enum(['text', 'handle', 'hashtag', 'domain', 'logo', 'ocr']),
});
export const regionSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
/** A logo: labelled upstream (score 1, no region) or detected by the media stage (calibrated score, region in the decoded image). */
export const logoSchema = z.object({
  firmId: z.string(),
  mediaUrl: z.string().nullable(),
  score: z.number(),
  /** Local file of an import (media[].path), when the image had no URL. */
  path: z.string().optional(),
  region: regionSchema.optional(),
});
/** One image the media stage looked at (issue 11): its SHA-256 is evidence beside the item's own hash. */
export const mediaEvidenceSchema = z.object({
  url: z.string().optional(),
  path: z.string().optional(),
  sha256: z.string().optional(),
  /** Sniffed from the first bytes, never taken from the Content-Type header. */
  format: z.string().optional(),
  width: z.number().int().optional(),
  height: z.number().int().optional(),
  bytes: z.number().int().optional(),
  /** Text read in the image (OCR), as read. */
  text: z.string().optional(),
  /** Why the image was skipped (refused address, too large, not an image...); the text enrichment stands. */
  error: z.string().optional(),
});
export const phoneSchema = z.object({ e164: z.string(), country: z.string().nullable(), eu: z.boolean() });
export const euSignalSchema = z.object({ code: z.string(), country: z.string().nullable(), detail: z.string() });
export const indicatorSchema = z.object({
  code: z.string(),
  guideline: z.string(),
  firmId: z.string().nullable(),
  detail: z.string(),
  /** Counter-indications lower a case's score (G2 §21 own-initiative review, §17 education, EU entity link). */
  counter: z.boolean().default(false),
  country: z.string().nullable().default(null),
});
/** Signs of a non-EU audience (non-EU currency or payment method, audience phrase, author's location): counter to the EU nexus. */
export const nonEuSignalSchema = z.object({
  code: z.enum(['non_eu_currency', 'non_eu_payment', 'non_eu_audience', 'non_eu_location']),
  country: z.string().nullable(),
  /** The matched text as written. */
  detail: z.string(),
});
/** Text disguised inside a link, promo code or firm name (zero-width, bidi, styled or look-alike letters): a sign of intent. */
export const obfuscationSchema = z.object({
  kind: z.enum(['invisible', 'bidi', 'styled', 'homoglyph', 'reversed']),
  entity: z.enum(['link', 'promo_code', 'firm_name']),
  /** The entity as the detectors read it, after normalisation. */
  value: z.string(),
  firmId: z.string().nullable(),
  /** Which characters, inside what, in which field and where (character position in the original field). */
  detail: z.string(),
});
/** Context that reverses promotion words: a scam warning, an explainer, a report, an expiry notice. */
export const contextFindingSchema = z.object({ kind: z.enum(['warning', 'explainer', 'report', 'expired']), marker: z.string() });
/** A watchlist that matched the item: the terms of its query that matched, and where (character offsets in the field as written). */
export const watchlistHitSchema = z.object({
  watchlist: z.string(),
  terms: z.array(z.string()),
  positions: z.array(z.object({ term: z.string(), field: z.string(), start: z.number().int(), end: z.number().int() })).default([]),
});

export const languageSchema = z.object({
  code: z.string().nullable(),
  confidence: z.number(),
  euOfficial: z.boolean(),
});

export const enrichmentSchema = z.object({
  language: languageSchema,
  links: z.array(enrichedLinkSchema),
  promoCodes: z.array(promoCodeSchema),
  offers: z.array(offerSchema).default([]),
  disclosures: z.array(disclosureSchema),
  firmMentions: z.array(firmMentionSchema),
  logos: z.array(logoSchema),
  phones: z.array(phoneSchema),
  euSignals: z.array(euSignalSchema),
  nonEuSignals: z.array(nonEuSignalSchema).default([]),
  obfuscations: z.array(obfuscationSchema).default([]),
  /** Addition to the design guide: why codes or disclosures were set aside (optional for older messages). */
  context: z.array(contextFindingSchema).optional(),
  indicators: z.array(indicatorSchema),
  /** Images fetched and analysed by the media stage (MEDIA_ANALYSIS=true); absent until it ran. */
  media: z.array(mediaEvidenceSchema).optional(),
  watchlistHits: z.array(watchlistHitSchema),
  /** Author identity used for cases: `<platform>:<handle or id>` lower-cased. */
  personKey: z.string(),
  enrichedAt: z.string(),
});

export const enrichedItemSchema = itemSchema.extend({ enrichment: enrichmentSchema });

export type EnrichedLink = z.infer<typeof enrichedLinkSchema>;
export type PromoCode = z.infer<typeof promoCodeSchema>;
export type Offer = z.infer<typeof offerSchema>;
export type Disclosure = z.infer<typeof disclosureSchema>;
export type FirmMention = z.infer<typeof firmMentionSchema>;
export type WatchlistHit = z.infer<typeof watchlistHitSchema>;
export type Logo = z.infer<typeof logoSchema>;
export type MediaEvidence = z.infer<typeof mediaEvidenceSchema>;
export type Phone = z.infer<typeof phoneSchema>;
export type EuSignal = z.infer<typeof euSignalSchema>;
export type NonEuSignal = z.infer<typeof nonEuSignalSchema>;
export type Obfuscation = z.infer<typeof obfuscationSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type LanguageResult = z.infer<typeof languageSchema>;
export type Enrichment = z.infer<typeof enrichmentSchema>;
export type EnrichedItem = z.infer<typeof enrichedItemSchema>;
