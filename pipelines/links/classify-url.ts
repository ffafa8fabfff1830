// One URL -> role, firm, referral code and geo hints. The enricher and the shortener expander both
// call this, so a link classifies the same whether it was found expanded or expanded later.
import type { FirmCatalogue } from '../firms/catalogue.ts';
import type { Firm } from '../firms/firm-schema.ts';
import type { EnrichedLink } from '../contracts/enriched-item.ts';
import { parseAppStoreLink } from './app-store.ts';
import { matchFirmReferral } from './firm-referral.ts';
import { matchGenericReferral } from './generic-referral.ts';
import { geoHints } from './geo-hints.ts';
import { hostFacts } from './host-facts.ts';
import { hostCatalogueFacts, linkIndex, nameKey } from './catalogue-index.ts';
import { normaliseUrl } from './normalise-url.ts';
import { viewOf } from './url-view.ts';
import { affiliateWrapper, isAffiliateNetworkDomain } from './affiliate-networks.ts';
import { innerUrl, MAX_UNWRAP_DEPTH } from './unwrap-url.ts';

/** Everything of an EnrichedLink that follows from the URL alone ("url" and "from" are the caller's). */
export type ClassifiedUrl = Omit<EnrichedLink, 'url' | 'from'>;

type Entity = EnrichedLink['entity'];

/** Entity when only the firm is known (an app): the firm's own status decides. */
function entityOfFirm(firm: Firm): Entity {
  return firm.status === 'eu_authorised' ? 'eu_authorised' : 'third_country';
}

/**
 * Classify one URL against the catalogue. Returns null for anything that is not an http(s) URL.
 * Precedence: app store > firm's catalogued referral format > firm domain (generic invite pattern
 * there is still a referral) > shortener > link hub > generic invite pattern on an unknown host > other.
 * Firm domains win over the built-in host lists because the catalogue is the more specific source.
 */
export function classifyUrl(url: string, catalogue: FirmCatalogue): ClassifiedUrl | null {
  return classifyWrapped(url, catalogue, 0);
}

/**
 * Wrapped links: the wrapper's own classification wins when it is a referral (a firm's invite link
 * that also names a page to open afterwards); otherwise the wrapped URL is classified, and when the
 * wrapper is an affiliate network and the wrapped URL a firm's, the link is the affiliate's referral
 * for that firm, coded by the affiliate id. App deep links (non-http schemes) count by their web target.
 */
function classifyWrapped(url: string, catalogue: FirmCatalogue, depth: number): ClassifiedUrl | null {
  const own = classifyPlain(url, catalogue);
  if (depth >= MAX_UNWRAP_DEPTH || own?.role === 'referral' || own?.role === 'app_store') return own;
  const inner = innerUrl(url.trim());
  if (!inner) return own ? (networkSubdomainReferral(url, own, catalogue) ?? own) : own;
  const target = classifyWrapped(inner, catalogue, depth + 1);
  if (!target) return own;
  if (target.firmId && target.role !== 'referral') {
    const wrapper = normaliseUrl(url);
    const network = wrapper ? affiliateWrapper(viewOf(wrapper)) : null;
    if (network) return { ...target, role: 'referral', referralCode: network.affiliateId, genericReferral: true };
  }
  return target;
}

/**
 * Networks also give a firm its own tracking subdomain (kraken.pxf.io/c/<affiliate>/...): with no
 * wrapped URL, the subdomain naming a catalogued firm makes the link that firm's affiliate referral.
 */
function networkSubdomainReferral(url: string, own: ClassifiedUrl, catalogue: FirmCatalogue): ClassifiedUrl | null {
  if (!isAffiliateNetworkDomain(own.domain)) return null;
  const normalised = normaliseUrl(url);
  if (!normalised) return null;
  const view = viewOf(normalised);
  const network = affiliateWrapper(view);
  if (!network || !network.affiliateId) return null;
  const label = view.host.slice(0, Math.max(0, view.host.length - network.network.length - 1)).split('.').pop() ?? '';
  const firm = label ? linkIndex(catalogue).byName.get(nameKey(label)) : undefined;
  if (!firm) return null;
  const entity = firm.status === 'eu_authorised' ? 'eu_authorised' : 'third_country';
  return { ...own, role: 'referral', firmId: firm.id, entity, referralCode: network.affiliateId, genericReferral: true };
}

function classifyPlain(url: string, catalogue: FirmCatalogue): ClassifiedUrl | null {
  const normalised = normaliseUrl(url);
  if (!normalised) return null;
  const view = viewOf(normalised);
  const host = view.host;
  // Host facts (registrable domain, host lists) and the catalogue's view of the host are cached per host.
  const facts = hostFacts(host);
  const base: ClassifiedUrl = {
    finalUrl: normalised.href,
    domain: facts.domain,
    host,
    firmId: null,
    entity: null,
    role: 'other',
    referralCode: null,
    genericReferral: false,
    geo: { tldCountry: null, pathLocale: null, langParam: null, appStoreCountry: null },
  };

  const app = parseAppStoreLink(view, catalogue);
  if (app) {
    return {
      ...base,
      role: 'app_store',
      firmId: app.firm?.id ?? null,
      entity: app.firm ? entityOfFirm(app.firm) : null,
      geo: geoHints(view, app.country),
    };
  }
  const geo = geoHints(view, null);
  const owner = hostCatalogueFacts(catalogue, host).owner;

  const formatMatch = matchFirmReferral(view, catalogue);
  if (formatMatch) {
    const entity = owner && owner.firm.id === formatMatch.firm.id ? owner.entity : entityOfFirm(formatMatch.firm);
    return { ...base, geo: formatMatch.firstSegmentIsFormat ? { ...geo, pathLocale: null } : geo, role: 'referral', firmId: formatMatch.firm.id, entity, referralCode: formatMatch.code };
  }
  if (owner) {
    const code = matchGenericReferral(view, { firmHost: true });
    return code
      ? { ...base, geo, role: 'referral', firmId: owner.firm.id, entity: owner.entity, referralCode: code, genericReferral: true }
      : { ...base, geo, role: 'firm_site', firmId: owner.firm.id, entity: owner.entity };
  }
  if (facts.shortener) return { ...base, geo, role: 'shortener' };
  if (facts.linkHub) return { ...base, geo, role: 'link_hub' };
  if (!facts.nonFirm) {
    const code = matchGenericReferral(view);
    // "partner.bitget.site/bg/CODE": a two-segment path whose second segment is the code has a fixed prefix first, no
    // locale (a mirror of a firm's "partner.<host>/bg/:code" format, not Bulgarian).
    const prefixed = code !== null && view.segments.length === 2 && view.segments[1] === code;
    if (code) return { ...base, geo: prefixed ? { ...geo, pathLocale: null } : geo, role: 'referral', referralCode: code, genericReferral: true };
  }
  return { ...base, geo };
}
