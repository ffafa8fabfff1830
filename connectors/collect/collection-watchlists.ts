// A collection that names a watchlist searches with the watchlist's query, translated to the
// platform's syntax (translate-watchlist.ts), in addition to its own literal terms. Resolved when
// the collections are loaded, so a wrong name or an untranslatable watchlist stops the collection
// run with the collection named, and everything downstream (sources, cursors keyed by query) sees
// ordinary search terms.
import type { FirmCatalogue } from '../../pipelines/firms/catalogue.ts';
import type { Watchlist } from '../../pipelines/watchlists/watchlists-file.ts';
import { CollectionsFileError, type Collection } from './collections-file.ts';
import { translateWatchlist, TranslationError, type Translation } from './translate-watchlist.ts';

export interface ResolvedCollections {
  collections: Collection[];
  /** Per collection naming a watchlist: what is searched, and what could not be. */
  translations: Map<string, Translation & { watchlist: string }>;
}

export function resolveCollectionWatchlists(
  collections: readonly Collection[],
  watchlists: readonly Watchlist[],
  catalogue: FirmCatalogue | undefined,
  files: { collections: string; watchlists: string },
): ResolvedCollections {
  const problems: string[] = [];
  const translations = new Map<string, Translation & { watchlist: string }>();
  const out = collections.map((c): Collection => {
    if (!c.watchlist) return c;
    const w = watchlists.find((x) => x.name === c.watchlist);
    if (!w) {
      const known = watchlists.length ? `defined: ${watchlists.map((x) => x.name).join(', ')}` : 'none is defined';
      problems.push(`${files.collections}: collection "${c.name}": no watchlist "${c.watchlist}" in ${files.watchlists} (${known})`);
      return c;
    }
    try {
      const t = translateWatchlist(w, c.platform, catalogue);
      translations.set(c.name, { ...t, watchlist: w.name });
      return withSearches(c, t.searches);
    } catch (e) {
      if (!(e instanceof TranslationError)) throw e;
      problems.push(`${files.collections}: collection "${c.name}" (${c.platform}): ${e.message}`);
      return c;
    }
  });
  if (problems.length) throw new CollectionsFileError(problems);
  return { collections: out, translations };
}

/** The collection with the translated searches after its own terms (duplicates dropped: they key cursors). */
function withSearches(c: Collection, searches: string[]): Collection {
  const add = (own: string[]) => [...new Set([...own, ...searches])];
  switch (c.platform) {
    case 'x':
      return { ...c, search: add(c.search) };
    case 'youtube':
      return { ...c, search: [...c.search, ...searches.filter((q) => !c.search.some((s) => s.q === q)).map((q) => ({ q }))] };
    case 'meta_ads':
      return { ...c, searchTerms: add(c.searchTerms) };
    case 'tiktok_ads':
      return { ...c, searchTerms: add(c.searchTerms) };
    case 'telegram':
      return c;
  }
}
