// In-memory index over the firm catalogue: the lookups every enricher needs, built once.
import { catalogueSchema, type Firm } from './firm-schema.ts';
import { formatIssues } from '../step-result.ts';

export interface DomainMatch {
  firm: Firm;
  entity: 'third_country' | 'eu_authorised';
}

export class FirmCatalogue {
  readonly firms: readonly Firm[];
  private readonly byIdMap = new Map<string, Firm>();
  private readonly byDomainMap = new Map<string, DomainMatch>();
  private readonly byHandleMap = new Map<string, Firm>();
  private readonly byHashtagMap = new Map<string, Firm>();

  constructor(firms: Firm[]) {
    this.firms = firms;
    for (const firm of firms) {
      this.byIdMap.set(firm.id, firm);
      for (const d of [...firm.domains, ...firm.mirrorDomains]) this.byDomainMap.set(d, { firm, entity: 'third_country' });
      for (const e of firm.euEntities) for (const d of e.domains) this.byDomainMap.set(d, { firm, entity: 'eu_authorised' });
      for (const list of Object.values(firm.handles)) {
        for (const h of list) this.byHandleMap.set(normaliseHandle(h), firm);
      }
      for (const t of firm.hashtags) this.byHashtagMap.set(t.toLowerCase().replace(/^#/, ''), firm);
    }
  }

  byId(id: string): Firm | undefined {
    return this.byIdMap.get(id);
  }

  /** Firm owning a host: exact host first, then each parent domain (accounts.binance.com -> binance.com). */
  byHost(host: string): DomainMatch | undefined {
    let h = host.toLowerCase().replace(/\.$/, '');
    for (;;) {
      const m = this.byDomainMap.get(h);
      if (m) return m;
      const dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) return undefined;
      h = h.slice(dot + 1);
    }
  }

  byHandle(handle: string): Firm | undefined {
    return this.byHandleMap.get(normaliseHandle(handle));
  }

  byHashtag(tag: string): Firm | undefined {
    return this.byHashtagMap.get(tag.toLowerCase().replace(/^#/, ''));
  }

  static fromJson(json: unknown, source: string): FirmCatalogue {
    const parsed = catalogueSchema.safeParse(json);
    if (!parsed.success) throw new Error(`firm catalogue ${source}: ${formatIssues(parsed.error.issues)}`);
    return new FirmCatalogue(parsed.data.firms);
  }
}

export function normaliseHandle(h: string): string {
  return h.trim().toLowerCase().replace(/^@/, '');
}
