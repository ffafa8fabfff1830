// Every indicator the pipeline can raise, with the paragraph of the ESMA guidelines
// (ESMA35-1872330276-2030) it rests on. A case's explanation is built from this table, so a
// supervisor can check each flag against the text.
//  - acting: a sign that the person acts on the firm's behalf (Guideline 2, §18-22)
//  - nexus: a sign that the promotion is aimed at EU clients (Guideline 1 annex; Section 6 §36)
//  - counter: a sign against solicitation (§17 education, §21 own-initiative review, EU entity)

export type IndicatorGroup = 'acting' | 'nexus' | 'counter';

export interface IndicatorDef {
  guideline: string;
  group: IndicatorGroup;
  label: string;
}

export const INDICATORS = {
  firm_site_link: { guideline: 'G2 §20', group: 'acting', label: 'website: directs the audience to the firm\'s website' },
  referral_link: { guideline: 'G2 §20', group: 'acting', label: 'means of access: referral link' },
  app_link: { guideline: 'G2 §20', group: 'acting', label: 'means of access: app link' },
  promo_code: { guideline: 'G2 §20', group: 'acting', label: 'promotional deal: promo code' },
  promo_offer: { guideline: 'G2 §20', group: 'acting', label: 'promotional deal: bonus or fee discount' },
  logo: { guideline: 'G2 §20', group: 'acting', label: 'logo: displays the firm\'s logo' },
  disclosure: { guideline: 'G2 §20', group: 'acting', label: 'remuneration: sponsorship or affiliate disclosure' },
  obfuscated_text: { guideline: 'S6 §34', group: 'acting', label: 'disguise: link, promo code or firm name hidden with invisible or look-alike characters' },
  eu_language: { guideline: 'G1 annex', group: 'nexus', label: 'EU language: content in an EU official language other than English' },
  country_tld_or_path: { guideline: 'G1 annex', group: 'nexus', label: 'country TLD or path: link localised for an EU country or language' },
  geo_targeted_ad: { guideline: 'G1 annex', group: 'nexus', label: 'geo-targeted ad: ad delivered to EU countries' },
  eu_phone: { guideline: 'S6 §36', group: 'nexus', label: 'EU phone or domain: phone number with an EU country code' },
  eu_based_person: { guideline: 'G2 annex', group: 'nexus', label: 'EU-based influencer: the person gives an EU country' },
  eu_payment: { guideline: 'G1 §14', group: 'nexus', label: 'EU payment: euro amounts, SEPA or national payment methods' },
  eu_country_mention: { guideline: 'G1 §14', group: 'nexus', label: 'EU audience: names EU countries or EU users' },
  educational_only: { guideline: 'G1 §17', group: 'counter', label: 'educational content naming the firm, without link or code' },
  own_initiative_review: { guideline: 'G2 §21', group: 'counter', label: 'own-initiative review: no link, code or disclosure' },
  eu_entity_link: { guideline: 'G1 annex', group: 'counter', label: 'links to the group\'s EU-authorised entity, not its third-country entity' },
  eu_authorised_firm: { guideline: 'MiCA Art. 61', group: 'counter', label: 'the firm is itself an EU-authorised CASP: promoting it in the EU is not reverse solicitation' },
  non_eu_audience: { guideline: 'G1 annex', group: 'counter', label: 'non-EU audience: non-EU currency, payment method, audience or author location' },
  warning_notice: { guideline: 'G1 §17', group: 'counter', label: 'warning or report: warns about scams or reports on promotions; its codes and links are not offers' },
  mention_only: { guideline: 'G1 §14', group: 'counter', label: 'mentions the firm without link, code or disclosure' },
} as const satisfies Record<string, IndicatorDef>;

export type IndicatorCode = keyof typeof INDICATORS;

export function indicatorDef(code: string): IndicatorDef {
  const def = (INDICATORS as Record<string, IndicatorDef>)[code];
  if (!def) throw new Error(`unknown indicator code "${code}"`);
  return def;
}
