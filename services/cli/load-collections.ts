// COLLECTIONS_FILE as the collect commands use it: a collection naming a watchlist gets the
// watchlist's query translated to its platform's search (connectors/collect/collection-watchlists.ts).
import { loadCollections } from '../../connectors/collect/collections-file.ts';
import { resolveCollectionWatchlists, type ResolvedCollections } from '../../connectors/collect/collection-watchlists.ts';
import type { CliContext } from './context.ts';

export function collectionsWithWatchlists(ctx: Pick<CliContext, 'config' | 'catalogue' | 'watchlists'>, opts: { mustExist?: boolean } = {}): ResolvedCollections {
  const collections = loadCollections(ctx.config.COLLECTIONS_FILE, opts);
  // WATCHLISTS_FILE is read only when a collection names a watchlist.
  const watchlists = collections.some((c) => c.watchlist) ? ctx.watchlists() : [];
  return resolveCollectionWatchlists(collections, watchlists, ctx.catalogue, { collections: ctx.config.COLLECTIONS_FILE, watchlists: ctx.config.WATCHLISTS_FILE });
}
