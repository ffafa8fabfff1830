// Writes one soliciting post, video or ad from a plan, and records which indicators it put in,
// so the ground truth states exactly what is in the data (not what we hoped to put there).
import type { Person, SamplePlatform } from './cast.ts';
import { appLinks, firm, firmName, hashtagOf, homepage, referralLink } from './firm-links.ts';
import { euro, type Lang } from './langs.ts';
import { SOLICIT } from './phrases-solicit.ts';
import type { Rng } from './prng.ts';
import type { SolicitPlan } from './solicit-plans.ts';

export interface Composed {
  text: string;
  title?: string;
  logo?: { firmId: string; altText: string; ocrText?: string };
  ad?: { targets: string[]; payer: string; beneficiary: string; caption?: string };
  tags: Set<string>;
}

const LOGO_ALT: Partial<Record<Lang, string>> = {
  fr: "Logo {firm} et capture d'écran de mon portefeuille",
  de: '{firm}-Logo und Screenshot meines Depots',
  it: 'Logo {firm} con la schermata del mio portafoglio',
  en: '{firm} logo with a screenshot of my portfolio',
};

const fill = (s: string, vars: Record<string, string>): string => s.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? `{${k}}`);
const ucfirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const EU_TARGETS = new Set(['AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK']);

/**
 * `index` is the item's position within its plan and platform: the first items are made to carry the
 * plan's distinctive signals so that every planned signal appears at least once in the data.
 */
export function composeSolicit(plan: SolicitPlan, who: Person, platform: SamplePlatform, lang: Lang, index: number, rng: Rng): Composed {
  const pack = SOLICIT[lang];
  const tags = new Set<string>();
  const name = plan.genericName ?? firmName(plan.firm);
  const catalogued = !plan.firm.startsWith('domain:');
  const vars: Record<string, string> = { firm: name, code: plan.code, bonus: euro(lang, plan.bonus), payment: rng.pick(pack.rails), phone: plan.phone ?? '' };
  if (lang !== 'en') tags.add('eu_language');

  const link = (): string => {
    tags.add('referral_link');
    if (!catalogued) return plan.genericLink ?? '';
    const built = referralLink(plan.firm, plan.code, plan.locale, rng, platform);
    if (built.localized) tags.add('country_tld_or_path');
    return built.url;
  };
  const sentence = (list: string[], tag?: string): string => {
    if (tag) tags.add(tag);
    return fill(rng.pick(list), vars);
  };

  const wantCode = index === 0 || rng.chance(0.75);
  const wantBonus = rng.chance(0.55);
  // A firm outside the catalogue can only be recognised through its link, so its posts always carry it.
  const wantLink = !catalogued || index === 0 || !wantCode || rng.chance(0.8);
  const wantPayment = Boolean(plan.payment) && (index === 1 || rng.chance(0.3));
  const wantPhone = Boolean(plan.phone) && (index === 1 || rng.chance(0.3));
  const wantCountry = Boolean(plan.countryMention) && (index === 2 || rng.chance(0.25));
  const wantApp = Boolean(plan.app) && catalogued && (index === 2 || rng.chance(0.25));
  const wantHome = catalogued && rng.chance(0.12);
  const wantDisclosure = index === 0 || rng.chance(0.8);
  const wantLogo = Boolean(plan.logo) && platform !== 'telegram' && (index === 0 || rng.chance(0.3));

  const offer = (): string | null => {
    const code = wantCode ? sentence(pack.code, 'promo_code') : null;
    const bonus = wantBonus ? sentence(pack.bonus, 'promo_offer') : null;
    if (code && bonus) return `${code} (${bonus}).`;
    if (code) return `${code}.`;
    if (bonus) return `${ucfirst(bonus)} 🎁`;
    return null;
  };
  const extras = (): string[] => {
    const out: string[] = [];
    if (wantPayment) out.push(sentence(pack.payment, 'eu_payment'));
    if (wantPhone) out.push(sentence(pack.phone, 'eu_phone'));
    if (wantCountry) out.push(sentence(pack.country, 'eu_country_mention'));
    if (wantApp) {
      tags.add('app_link');
      out.push(`📱 ${rng.pick(appLinks(plan.firm, who.country ?? 'fr', lang))}`);
    }
    if (wantHome) {
      tags.add('firm_site_link');
      const local = plan.locale && rng.chance(0.5) ? plan.locale : undefined;
      if (local) tags.add('country_tld_or_path');
      out.push(`🌐 ${homepage(plan.firm, local)}`);
    }
    return out;
  };
  const disclosure = (): string | null => (wantDisclosure ? sentence(pack.disclosures, 'disclosure') : null);
  const logo = (): Composed['logo'] => {
    if (!wantLogo || !catalogued) return undefined;
    tags.add('logo');
    return { firmId: plan.firm, altText: fill(LOGO_ALT[lang] ?? LOGO_ALT.en ?? '', vars), ocrText: name.toUpperCase() };
  };

  if (platform === 'meta_ads') {
    const targets = plan.adTargets ?? [];
    if (targets.some((c) => EU_TARGETS.has(c))) tags.add('geo_targeted_ad');
    const body = [sentence(pack.adBodies)];
    if (body[0]?.includes(plan.code)) tags.add('promo_code');
    if (body[0]?.includes(vars.bonus ?? '')) tags.add('promo_offer');
    if (wantLink) body.push(fill(rng.pick(pack.cta), { link: link() }));
    if (wantPayment) body.push(sentence(pack.payment, 'eu_payment'));
    const d = rng.chance(0.5) ? disclosure() : null;
    if (d) body.push(d);
    return {
      text: body.join('\n'),
      title: `${name} – ${euro(lang, plan.bonus)}`,
      logo: logo(),
      ad: {
        targets,
        payer: who.name,
        beneficiary: index === 1 && plan.adBeneficiary ? plan.adBeneficiary : who.name,
        caption: catalogued ? firm(plan.firm).domains[0]?.toUpperCase() : plan.firm.slice('domain:'.length).toUpperCase(),
      },
      tags,
    };
  }

  const hook = sentence(pack.hooks);
  const lines = [hook];
  const o = offer();
  if (o) lines.push(o);
  if (wantLink || !o) lines.push(fill(rng.pick(pack.cta), { link: link() }));
  lines.push(...extras());
  const disc = disclosure();
  const tagsLine = rng.chance(0.4) && catalogued ? `#${hashtagOf(plan.firm)} #crypto` : '';

  if (platform === 'youtube') {
    const chapters = `00:00 Intro\n0${rng.int(1, 3)}:${rng.int(10, 59)} ${name}\n${rng.int(10, 14)}:${rng.int(10, 59)} FAQ`;
    const desc = [lines.join('\n'), [disc, tagsLine].filter(Boolean).join(' '), chapters].filter(Boolean).join('\n\n');
    return { text: desc, title: sentence(pack.titles), logo: logo(), tags };
  }
  const tail = [disc, tagsLine].filter(Boolean).join(' ');
  const sep = platform === 'telegram' ? '\n\n' : rng.chance(0.5) ? '\n' : ' ';
  return { text: [lines.join(sep), tail].filter(Boolean).join(sep === ' ' ? ' ' : '\n'), logo: logo(), tags };
}
