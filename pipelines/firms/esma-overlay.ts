// Folds the ESMA registers into the catalogue. CASP entries that belong to a catalogued group
// become that group's EU entities; other CASPs become eu_authorised firms (a link to them is not a
// third-country solicitation). NCASP entries become non_compliant firms, or a notice on the
// catalogued firm they name. Matching is by LEI, entity name, website domain, then firm name/alias.
import { getDomain } from 'tldts';
import { firmSchema, type EuEntity, type Firm, type FirmInput } from './firm-schema.ts';
import { matchKeys, nameKey, slugify } from './name-match.ts';
import type { EsmaCaspEntry, EsmaNcaspEntry, EsmaOverlay, EsmaSource } from './esma-schema.ts';
import { formatIssues } from '../step-result.ts';

/** Site key of a register website: its host without "www.", so eu.aminagroup.com stays apart from the Swiss aminagroup.com. */
function siteKey(host: string): string {
  return host.replace(/^www\./, '');
}

function registrable(host: string): string {
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

class FirmIndex {
  private readonly byDomain = new Map<string, Firm>();
  private readonly byName = new Map<string, Firm>();
  private readonly byLei = new Map<string, Firm>();
  readonly ids = new Set<string>();

  constructor(readonly firms: Firm[]) {
    for (const f of firms) this.add(f);
  }

  add(f: Firm): void {
    this.ids.add(f.id);
    const domains = [...f.domains, ...f.mirrorDomains, ...f.euEntities.flatMap((e) => [...e.domains, ...(e.sharedDomains ?? [])])];
    for (const d of domains) if (!this.byDomain.has(registrable(d))) this.byDomain.set(registrable(d), f);
    // Catalogue names are curated whole names: index them as they are, without the register-side
    // expansion into parts and parentheticals.
    const keys = [f.name, ...f.aliases, ...f.euEntities.map((e) => e.name)].map(nameKey).filter((k) => k.length >= 3);
    for (const k of keys) if (!this.byName.has(k)) this.byName.set(k, f);
    for (const e of f.euEntities) if (e.lei && !this.byLei.has(e.lei)) this.byLei.set(e.lei, f);
  }

  match(entry: EsmaCaspEntry | EsmaNcaspEntry): Firm | undefined {
    if (entry.lei) {
      const f = this.byLei.get(entry.lei);
      if (f) return f;
    }
    for (const w of entry.websites) {
      const f = this.byDomain.get(w.domain);
      if (f) return f;
    }
    for (const k of matchKeys([entry.legalName, ...entry.commercialNames])) {
      const f = this.byName.get(k);
      if (f) return f;
    }
    return undefined;
  }

  uniqueId(prefix: string, name: string, line: number): string {
    const base = `${prefix}-${slugify(name) || `line-${line}`}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    return id;
  }
}

function kindFromServices(services: readonly string[]): Firm['kind'] {
  if (services.some((s) => s === 'b' || s === 'c' || s === 'd')) return 'exchange';
  if (services.some((s) => s === 'e' || s === 'g' || s === 'h' || s === 'i')) return 'broker';
  if (services.some((s) => s === 'a' || s === 'j')) return 'wallet';
  return 'other';
}

function addNote(firm: Firm, note: string): void {
  if (firm.notes?.includes(note)) return;
  firm.notes = firm.notes ? `${firm.notes} ${note}` : note;
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

function buildFirm(input: FirmInput, where: string): Firm {
  const parsed = firmSchema.safeParse(input);
  if (!parsed.success) throw new Error(`${where}: firm '${input.id}' derived from it is invalid: ${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}

function aliasesOf(entry: EsmaCaspEntry | EsmaNcaspEntry): string[] {
  const names = [...entry.commercialNames, ...entry.legalName.split('|')].map((n) => n.replace(/\uFFFD/g, '').replace(/\s+/g, ' ').trim());
  return [...new Set(names)].filter((n) => n.length >= 2);
}

function applyCasp(index: FirmIndex, entry: EsmaCaspEntry, source: EsmaSource): void {
  const where = `ESMA CASP register ${source.file} line ${entry.line}`;
  const sites = union([], entry.websites.map((w) => siteKey(w.host)));
  const firm = index.match(entry);
  if (!firm) {
    const name = entry.commercialNames[0] ?? entry.legalName;
    const created = buildFirm(
      {
        id: index.uniqueId('casp', name, entry.line),
        name,
        aliases: aliasesOf(entry),
        kind: kindFromServices(entry.services),
        status: 'eu_authorised',
        headquarters: entry.homeMemberState,
        euEntities: [toEntity(entry, sites, [])],
        notes: `Authorised CASP from the ESMA interim MiCA register (${where}; NCA: ${entry.competentAuthority}).`,
      },
      where,
    );
    index.firms.push(created);
    index.add(created);
    return;
  }
  // A site the group's third-country entity also uses stays third_country (see EuEntity.sharedDomains).
  const thirdCountry = new Set([...firm.domains, ...firm.mirrorDomains]);
  const shared = sites.filter((s) => thirdCountry.has(s));
  const own = sites.filter((s) => !thirdCountry.has(s));
  const fresh = toEntity(entry, own, shared);
  const legalKey = nameKey(entry.legalName);
  const existing = firm.euEntities.find((e) => (e.lei && e.lei === entry.lei) || (legalKey !== '' && nameKey(e.name) === legalKey));
  if (existing) {
    Object.assign(existing, {
      ...fresh,
      domains: union(existing.domains, fresh.domains),
      sharedDomains: union(existing.sharedDomains ?? [], shared),
    });
  } else {
    firm.euEntities.push(fresh);
  }
  index.add(firm);
}

function toEntity(entry: EsmaCaspEntry, domains: string[], shared: string[]): EuEntity {
  return {
    name: entry.legalName,
    lei: entry.lei,
    homeMemberState: entry.homeMemberState,
    passportedCountries: entry.passportedCountries,
    domains,
    ...(shared.length ? { sharedDomains: shared } : {}),
    source: 'esma_casp',
    authorisedOn: entry.authorisedOn,
  };
}

function ncaspNotice(entry: EsmaNcaspEntry, source: EsmaSource): string {
  const sites = entry.websites.map((w) => w.host).join(', ');
  const reason = entry.reason ? ` Reason: ${entry.reason}` : '';
  return (
    `ESMA NCASP register (${source.file} line ${entry.line}): ${entry.competentAuthority} (${entry.homeMemberState}) reported ` +
    `'${entry.commercialNames[0] ?? entry.legalName}'${sites ? ` (${sites})` : ''} on ${entry.decisionDate ?? 'an unstated date'} ` +
    `as providing crypto-asset services without MiCA authorisation.${reason}`
  );
}

function applyNcasp(index: FirmIndex, entry: EsmaNcaspEntry, source: EsmaSource, derived: Set<Firm>): void {
  const where = `ESMA NCASP register ${source.file} line ${entry.line}`;
  const domains = union([], entry.websites.map((w) => w.domain));
  const firm = index.match(entry);
  if (firm && derived.has(firm)) {
    // Same entity reported again (new clone domains): the watched firm collects them.
    firm.domains = union(firm.domains, domains);
    addNote(firm, ncaspNotice(entry, source));
    index.add(firm);
    return;
  }
  if (firm) {
    // A catalogued firm keeps its own domains: a register line may list a clone site using its brand.
    addNote(firm, ncaspNotice(entry, source));
    return;
  }
  const name = entry.commercialNames[0] ?? entry.legalName;
  const created = buildFirm(
    {
      id: index.uniqueId('ncasp', name, entry.line),
      name,
      aliases: aliasesOf(entry),
      kind: 'other',
      status: 'non_compliant',
      domains,
      notes: ncaspNotice(entry, source),
    },
    where,
  );
  index.firms.push(created);
  index.add(created);
  derived.add(created);
}

/** The catalogue firms with the overlay applied; the input firms are not modified. */
export function applyEsmaOverlay(firms: readonly Firm[], overlay: EsmaOverlay, today = new Date().toISOString().slice(0, 10)): Firm[] {
  const index = new FirmIndex(structuredClone([...firms]));
  if (overlay.casp) {
    for (const entry of overlay.casp.entries) {
      // A withdrawn authorisation no longer makes the entity's links EU-authorised.
      if (entry.authorisationEndsOn && entry.authorisationEndsOn <= today) continue;
      applyCasp(index, entry, overlay.casp.source);
    }
  }
  if (overlay.ncasp) {
    const derived = new Set<Firm>();
    for (const entry of overlay.ncasp.entries) applyNcasp(index, entry, overlay.ncasp.source, derived);
  }
  return index.firms;
}
