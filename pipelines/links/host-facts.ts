// Facts about a host that follow from the host name alone (registrable domain, ccTLD country, the
// built-in host lists). Hosts repeat a lot across items, so each is worked out once and cached.
import { getDomain, getDomainWithoutSuffix } from 'tldts';
import { NON_FIRM_BRANDS, NON_FIRM_DOMAINS, hostInDomains, isAppStoreHost, isLinkHubHost, isShortenerHost } from './host-lists.ts';
import { tldCountry } from './tld-country.ts';

export interface HostFacts {
  /** Registrable domain, private-suffix aware (newfirm.vercel.app is its own domain, not "vercel.app"). */
  domain: string | null;
  tldCountry: string | null;
  shortener: boolean;
  linkHub: boolean;
  appStore: boolean;
  /** Platforms and marketplaces that are never the promoted firm (generic invite patterns do not fire). */
  nonFirm: boolean;
}

/** Hosts remembered; beyond this the oldest entry goes, so hostile input with unique hosts stays bounded. */
export const HOST_CACHE_SIZE = 10_000;

const cache = new Map<string, HostFacts>();

function isNonFirmHost(host: string): boolean {
  if (hostInDomains(host, NON_FIRM_DOMAINS)) return true;
  const brand = getDomainWithoutSuffix(host);
  return brand !== null && NON_FIRM_BRANDS.has(brand);
}

/** Facts for a lower-case host as WHATWG URL gives it. */
export function hostFacts(host: string): HostFacts {
  let facts = cache.get(host);
  if (facts) return facts;
  facts = {
    domain: getDomain(host, { allowPrivateDomains: true }),
    tldCountry: tldCountry(host),
    shortener: isShortenerHost(host),
    linkHub: isLinkHubHost(host),
    appStore: isAppStoreHost(host),
    nonFirm: isNonFirmHost(host),
  };
  if (cache.size >= HOST_CACHE_SIZE) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(host, facts);
  return facts;
}
