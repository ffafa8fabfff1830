// Affiliate networks: a firm that pays affiliates through a network gets links on the network's
// host, with the affiliate's id there and the firm's page wrapped inside (awin1.com/cread.php?
// awinaffid=ID&ued=<firm url>, prf.hn/click/camref:ID/destination:<firm url>). Such a link is the
// affiliate's referral for the wrapped firm; the id is what the firm's affiliate records know.
import { getDomain } from 'tldts';
import { paramValue, type UrlView } from './url-view.ts';

type IdReader = (view: UrlView) => string | undefined;

const param = (name: string): IdReader => (view) => paramValue(view, name);

/** Registrable domain of the network -> where its links carry the affiliate id. */
const NETWORKS: ReadonlyMap<string, IdReader> = new Map<string, IdReader>([
  ['awin1.com', param('awinaffid')],
  ['linksynergy.com', param('id')],
  ['shareasale.com', param('u')],
  ['tradedoubler.com', param('a')],
  ['skimresources.com', param('id')],
  ['go2cloud.org', param('aff_id')],
  // Partnerize: /click/camref:ID/destination:...
  ['prf.hn', (view) => view.segments.find((s) => s.startsWith('camref:'))?.slice(7)],
  // impact.com tracking domains: /c/<affiliate id>/<ad id>/<campaign id>
  ...['sjv.io', 'pxf.io', '7eer.net', 'evyy.net', 'ojrq.net', 'i203.net', 'mkr3.net'].map(
    (d): [string, IdReader] => [d, (view) => (view.segments[0] === 'c' ? view.segments[1] : undefined)],
  ),
  // CJ: /click-<publisher id>-<ad id>
  ...['anrdoezrs.net', 'dpbolvw.net', 'jdoqocy.com', 'kqzyfj.com', 'tkqlhce.com', 'emjcd.com'].map(
    (d): [string, IdReader] => [d, (view) => /^click-([0-9]+)-[0-9]+$/.exec(view.segments[0] ?? '')?.[1]],
  ),
]);

/** Registrable domain (as hostFacts gives it) of a known affiliate network. */
export function isAffiliateNetworkDomain(domain: string | null): boolean {
  return domain !== null && NETWORKS.has(domain);
}

export interface AffiliateWrapper {
  network: string;
  /** The affiliate's id on the network, or null when the link does not show it. */
  affiliateId: string | null;
}

/** The network a wrapper link belongs to, with the affiliate id; null when the host is no known network. */
export function affiliateWrapper(view: UrlView): AffiliateWrapper | null {
  const domain = getDomain(view.host, { allowPrivateDomains: true });
  const read = domain ? NETWORKS.get(domain) : undefined;
  if (!domain || !read) return null;
  const id = read(view);
  return { network: domain, affiliateId: id && /^[A-Za-z0-9_.:-]{1,64}$/.test(id) ? id : null };
}
