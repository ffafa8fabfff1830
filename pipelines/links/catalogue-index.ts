// Link-specific lookups over the firm catalogue (referral formats by host, app ids), built once per
// catalogue instance and cached, so a reloaded catalogue gets a fresh index without any wiring.
import type { DomainMatch, FirmCatalogue } from '../firms/catalogue.ts';
import type { Firm, ReferralFormat } from '../firms/firm-schema.ts';

export interface FormatEntry {
  firm: Firm;
  format: ReferralFormat;
  /** Template split into segments; ":code" marks the code segment. */
  template: string[];
}

export interface LinkIndex {
  formatsByHost: Map<string, FormatEntry[]>;
  /** Apple numeric app id (no "id" prefix) -> firm. */
  iosApps: Map<string, Firm>;
  /** Android package name -> firm. */
  androidApps: Map<string, Firm>;
  /** Firm id and aliases, lower-case letters and digits only ("crypto.com" -> "cryptocom") -> firm. */
  byName: Map<string, Firm>;
  /** Per-host lookups, filled on demand (see hostCatalogueFacts). */
  hosts: Map<string, HostCatalogueFacts>;
}

/** What the catalogue says about one host. */
export interface HostCatalogueFacts {
  /** Firm owning the host or a parent domain (catalogue.byHost). */
  owner: DomainMatch | undefined;
  /** Referral formats whose host is this host or a parent of it, most specific host first. */
  formats: readonly FormatEntry[];
}

/** Hosts remembered per catalogue; beyond this the oldest entry goes (hostile input stays bounded). */
export const HOST_FACTS_CACHE_SIZE = 10_000;

const cache = new WeakMap<FirmCatalogue, LinkIndex>();

export function linkIndex(catalogue: FirmCatalogue): LinkIndex {
  let idx = cache.get(catalogue);
  if (idx) return idx;
  idx = { formatsByHost: new Map(), iosApps: new Map(), androidApps: new Map(), byName: new Map(), hosts: new Map() };
  for (const firm of catalogue.firms) {
    for (const name of [firm.id, ...firm.aliases]) {
      const key = nameKey(name);
      if (key.length >= 3 && !idx.byName.has(key)) idx.byName.set(key, firm);
    }
    for (const format of firm.referral) {
      const list = idx.formatsByHost.get(format.host) ?? [];
      list.push({ firm, format, template: format.path.split('/').filter(Boolean) });
      idx.formatsByHost.set(format.host, list);
    }
    for (const id of firm.apps.ios) {
      const digits = normaliseIosAppId(id);
      if (digits) idx.iosApps.set(digits, firm);
    }
    for (const pkg of firm.apps.android) idx.androidApps.set(pkg.toLowerCase(), firm);
  }
  cache.set(catalogue, idx);
  return idx;
}

/** Catalogue facts for a lower-case host without trailing dot (as normaliseUrl gives it), cached. */
export function hostCatalogueFacts(catalogue: FirmCatalogue, host: string): HostCatalogueFacts {
  const idx = linkIndex(catalogue);
  let facts = idx.hosts.get(host);
  if (facts) return facts;
  const formats: FormatEntry[] = [];
  let h = host;
  for (;;) {
    const list = idx.formatsByHost.get(h);
    if (list) formats.push(...list);
    const dot = h.indexOf('.');
    if (dot < 0) break;
    h = h.slice(dot + 1);
  }
  facts = { owner: catalogue.byHost(host), formats };
  if (idx.hosts.size >= HOST_FACTS_CACHE_SIZE) {
    const oldest = idx.hosts.keys().next();
    if (!oldest.done) idx.hosts.delete(oldest.value);
  }
  idx.hosts.set(host, facts);
  return facts;
}

/** "id1600000001" or "1600000001" -> "1600000001"; anything else -> null. */
export function normaliseIosAppId(id: string): string | null {
  const s = id.toLowerCase().startsWith('id') ? id.slice(2) : id;
  return s.length > 0 && s.length <= 15 && /^[0-9]+$/.test(s) ? s : null;
}

/** "Crypto.com" -> "cryptocom", "crypto-com" -> "cryptocom": how a firm's name appears in a host label. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
