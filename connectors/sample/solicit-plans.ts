// Person × firm pairs that solicit EU clients, and how each one does it. The generator turns a plan
// into posts; the ground truth is then computed from what the posts actually contain.
import type { SamplePlatform } from './cast.ts';

export interface SolicitPlan {
  person: string;
  /** Catalogue firm id, or "domain:<registrable domain>" for a firm outside the catalogue. */
  firm: string;
  code: string;
  counts: Partial<Record<SamplePlatform, number>>;
  /** Locale path segment used in some links (/fr/, /de-de/): an EU nexus by itself. */
  locale?: string;
  phone?: string;
  logo?: boolean;
  app?: boolean;
  payment?: boolean;
  countryMention?: boolean;
  /** Meta ads: ISO alpha-2 target countries. */
  adTargets?: string[];
  /** Meta ads: beneficiary named in the disclaimer when it is not the influencer. */
  adBeneficiary?: string;
  /** Invite link of a firm outside the catalogue (found only by generic patterns). */
  genericLink?: string;
  genericName?: string;
  bonus: number;
  reason: string;
}

export const SOLICIT_PLANS: SolicitPlan[] = [
  { person: 'lucie', firm: 'qorvex', code: 'LUCIE50', counts: { x: 8, youtube: 2, meta_ads: 2 }, locale: 'fr', phone: '+33 6 39 98 42 17',
    logo: true, app: true, payment: true, countryMention: true, adTargets: ['FR', 'BE', 'LU'], bonus: 50,
    reason: 'French-language posts, videos and ads with Qorvex referral links (some under /fr/), promo code, euro bonus, SEPA, French WhatsApp number, logo and #pub disclosure' },
  { person: 'lucie', firm: 'moonvale', code: 'LUCIE', counts: { x: 2 }, bonus: 20,
    reason: 'Two French posts with a Moonvale referral link and code; fewer signals than her Qorvex campaign' },
  { person: 'max', firm: 'zyntra', code: 'MAX100', counts: { x: 6, telegram: 5 }, locale: 'de-de', phone: '+49 1512 3456789', logo: true, payment: true, countryMention: true, bonus: 100,
    reason: 'German posts and Telegram channel with Zyntra invite links under /de-de/, "mit meinem Code MAX100", #werbung/#anzeige, SEPA and a German WhatsApp number' },
  { person: 'max', firm: 'brisklane', code: 'MAX', counts: { x: 3 }, bonus: 30,
    reason: 'German posts with Brisklane invite links and code' },
  { person: 'piotr', firm: 'moonvale', code: 'PIOTR20', counts: { x: 5, youtube: 2 }, locale: 'pl', phone: '+48 512 345 678', payment: true, countryMention: true, bonus: 20,
    reason: 'Polish posts and videos with Moonvale join links under /pl/, "kod promocyjny PIOTR20", #reklama / płatna współpraca, BLIK' },
  { person: 'giulia', firm: 'tradelyx', code: 'GIULIA', counts: { x: 4, meta_ads: 3 }, locale: 'it', logo: true, payment: true, countryMention: true,
    adTargets: ['IT'], adBeneficiary: 'Tradelyx Ltd', bonus: 25,
    reason: 'Italian posts and Meta ads targeting Italy with Tradelyx referral links under /it/, promo code, #adv; one ad paid for Tradelyx Ltd' },
  { person: 'alvaro', firm: 'nebulix', code: 'ALVARO', counts: { youtube: 3, x: 4 }, locale: 'es', phone: '+34 612 345 678', payment: true, countryMention: true, bonus: 40,
    reason: 'Spanish videos and posts with Nebulix affiliate links under /es/, "código promocional ALVARO", #publi, SEPA/Bizum, Spanish WhatsApp number' },
  { person: 'jansen', firm: 'qorvex', code: 'JANSEN', counts: { x: 5, telegram: 3 }, locale: 'nl', app: true, payment: true, countryMention: true, bonus: 30,
    reason: 'Dutch posts and Telegram with Qorvex referral links under /nl/, app links, promocode, iDEAL, "betaalde samenwerking"/#spon' },
  { person: 'anna', firm: 'halvora', code: 'ANNA', counts: { x: 3, youtube: 1 }, locale: 'sv', payment: true, countryMention: true, bonus: 25,
    reason: 'Swedish posts and a video with invite links to halvora.com (the third-country entity, not halvora.eu), kampanjkod, "reklam", Swish' },
  { person: 'mads', firm: 'moonvale', code: 'MADS25', counts: { x: 3 }, payment: true, countryMention: true, bonus: 25,
    reason: 'Danish posts with Moonvale join links, "rabatkode MADS25", "annonce", MobilePay' },
  { person: 'joana', firm: 'zyntra', code: 'JOANA', counts: { x: 3, meta_ads: 2 }, locale: 'pt-pt', payment: true, countryMention: true, adTargets: ['PT'], bonus: 30,
    reason: 'Portuguese posts and Meta ads targeting Portugal with Zyntra invite links under /pt-pt/, promo code, #publicidade, MB WAY' },
  { person: 'petr', firm: 'brisklane', code: 'PETR', counts: { telegram: 5, x: 3 }, locale: 'cs', phone: '+420 601 234 567', payment: true, countryMention: true, bonus: 20,
    reason: 'Czech Telegram channel and posts with Brisklane invite links under /cs/, promo kód, #reklama, Czech WhatsApp number' },
  { person: 'andrei', firm: 'tradelyx', code: 'ANDREI', counts: { x: 3, youtube: 1 }, locale: 'ro', payment: true, countryMention: true, bonus: 25,
    reason: 'Romanian posts and a video with Tradelyx referral links under /ro/, cod promoțional, #publicitate' },
  { person: 'bxl', firm: 'nebulix', code: 'BXL', counts: { meta_ads: 4, x: 3 }, locale: 'nl', payment: true, countryMention: true, adTargets: ['BE', 'NL', 'FR', 'LU'], bonus: 35,
    reason: 'Belgian page running Dutch/French Meta ads targeting BE, NL, FR, LU with Nebulix affiliate links, plus posts' },
  { person: 'sophie', firm: 'halvora', code: 'SOPHIE', counts: { x: 4, telegram: 3 }, locale: 'de-at', countryMention: true, logo: true, bonus: 50,
    reason: 'Austrian German posts and Telegram with halvora.com invite links under /de-at/, code, #werbung, Halvora logo' },
  { person: 'nate', firm: 'qorvex', code: 'NATE', counts: { meta_ads: 4 }, adTargets: ['DE', 'FR', 'IT', 'ES', 'NL'], bonus: 50,
    reason: 'English-language Meta ads paid by a UK creator, geo-targeted at DE, FR, IT, ES, NL with reach in each, Qorvex referral link and euro bonus' },
  { person: 'seamus', firm: 'domain:vexaprime.io', code: 'VX42', counts: { x: 3 }, payment: true, countryMention: true, bonus: 50,
    genericLink: 'https://www.vexaprime.io/register?inviteCode=VX42', genericName: 'VexaPrime',
    reason: 'Irish posts with a generic invite link to vexaprime.io, a firm not in the catalogue: found only by generic referral patterns; euro bonus, SEPA, #ad' },
];
