// What a watchlist query is matched against: the searchable text fields of an item (or case), cut
// into tokens, and the facts the field predicates read (firms, language, countries, platform, level).
// Built from stored or in-flight JSON alike, so it reads fields defensively.
import type { Case } from '../contracts/case.ts';
import type { CaseLevel } from './query-ast.ts';
import { foldWord } from './fold-word.ts';
import { tokeniseForWatch, type WatchToken } from './tokenise-document.ts';

export interface WatchField {
  name: string;
  readonly tokens: WatchToken[];
  /** Language for stemming, when it differs from the document's (a case's evidence items). */
  lang?: string | null;
}

export interface WatchDocument {
  fields: WatchField[];
  /** Language of the text, for stemming and `lang:` (ISO 639-1). */
  lang: string | null;
  /** Every language the document is in (a case: its evidence items' languages). */
  langs: Set<string>;
  firms: Set<string>;
  countries: Set<string>;
  platforms: Set<string>;
  /** Folded handles of the author(s), without "@". */
  handles: Set<string>;
  watchlists: Set<string>;
  /** Only cases have a level. */
  level: CaseLevel | null;
}

/** The parts of an item a query reads; stored items, enriched items and raw items all fit. */
export interface WatchItem {
  platform?: string;
  text?: string | null;
  title?: string | null;
  author?: { handle?: string | null; name?: string | null; description?: string | null } | null;
  links?: Array<{ url?: string | null; expandedUrl?: string | null }> | null;
  media?: Array<{ altText?: string | null; ocrText?: string | null }> | null;
  ad?: { pageName?: string | null; payer?: string | null; beneficiary?: string | null } | null;
  enrichment?: {
    language?: { code?: string | null } | null;
    firmMentions?: Array<{ firmId: string }> | null;
    links?: Array<{ firmId?: string | null; expandedUrl?: string | null; url?: string | null }> | null;
    logos?: Array<{ firmId: string }> | null;
    euSignals?: Array<{ country?: string | null }> | null;
    watchlistHits?: Array<{ watchlist?: string; watchlistId?: string }> | null;
  } | null;
}

/** A field whose text is cut into tokens on first use: a query that fails on language or firm never tokenises. */
function field(name: string, text: string | null | undefined): WatchField | null {
  if (!text) return null;
  let tokens: WatchToken[] | undefined;
  return {
    name,
    get tokens() {
      return (tokens ??= tokeniseForWatch(text));
    },
  };
}

const handleKey = (h: string) => foldWord(h.replace(/^@/u, ''));

export function itemDocument(item: WatchItem, lang?: string | null): WatchDocument {
  const e = item.enrichment ?? {};
  const code = lang !== undefined ? lang : (e.language?.code ?? null);
  const fields: WatchField[] = [];
  const add = (name: string, parts: Array<string | null | undefined>) => {
    const f = field(name, parts.length === 1 ? parts[0] : parts.filter(Boolean).join('\n'));
    if (f) fields.push(f);
  };
  add('text', [item.text]);
  add('title', [item.title]);
  if (item.media?.length) add('media', item.media.flatMap((m) => [m.altText, m.ocrText]));
  if (item.ad) add('ad', [item.ad.pageName, item.ad.payer, item.ad.beneficiary]);
  if (item.links?.length) add('links', item.links.flatMap((l) => [l.url, l.expandedUrl]));
  const firms = new Set<string>();
  for (const m of e.firmMentions ?? []) firms.add(m.firmId);
  for (const l of e.links ?? []) if (l.firmId) firms.add(l.firmId);
  for (const l of e.logos ?? []) firms.add(l.firmId);
  const countries = new Set<string>();
  for (const s of e.euSignals ?? []) if (s.country) countries.add(s.country.toUpperCase());
  const handles = new Set<string>();
  if (item.author?.handle) handles.add(handleKey(item.author.handle));
  const watchlists = new Set<string>();
  for (const h of e.watchlistHits ?? []) {
    const name = h.watchlist ?? h.watchlistId;
    if (name) watchlists.add(name);
  }
  return {
    fields,
    lang: code,
    langs: new Set(code ? [code] : []),
    firms,
    countries,
    platforms: new Set(item.platform ? [item.platform] : []),
    handles,
    watchlists,
    level: null,
  };
}

/**
 * A case as a document: the firm and person, the indicator details, and the text of the evidence
 * items given (the caller bounds how many). Language and country predicates read the case's EU nexus.
 */
export function caseDocument(c: Case, evidence: WatchItem[] = []): WatchDocument {
  const fields = [
    field('firm', c.firm.name),
    field('person', [c.person.handle, c.person.name].filter(Boolean).join('\n')),
    field('indicators', c.indicators.flatMap((i) => i.details).join('\n')),
  ].filter((f): f is WatchField => f !== null);
  const docs = evidence.map((it) => itemDocument(it));
  docs.forEach((d, i) => {
    for (const f of d.fields) fields.push({ name: `evidence.${i}.${f.name}`, lang: d.lang, get tokens() { return f.tokens; } });
  });
  const langs = new Set(c.euNexus.languages.map((l) => l.code));
  for (const d of docs) for (const l of d.langs) langs.add(l);
  const watchlists = new Set<string>();
  for (const d of docs) for (const w of d.watchlists) watchlists.add(w);
  return {
    fields,
    lang: null,
    langs,
    firms: new Set([c.firmId]),
    countries: new Set(c.euNexus.countries.map((x) => x.country.toUpperCase())),
    platforms: new Set([c.person.platform]),
    handles: new Set(c.person.handle ? [handleKey(c.person.handle)] : []),
    watchlists,
    level: c.level,
  };
}
