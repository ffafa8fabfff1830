// The enricher's watchlist step: every item watchlist run on one item, the hits recorded on it
// (`enrichment.watchlistHits`). Case watchlists (those comparing a level) are left to the alerts
// service and search, which see cases. With no watchlists the step costs nothing.
import type { WatchlistHit } from '../contracts/enriched-item.ts';
import { leaves } from './query-ast.ts';
import { evaluateQuery, indexDocument } from './evaluate-query.ts';
import { itemDocument, type WatchItem } from './watch-document.ts';
import type { Watchlist } from './watchlists-file.ts';

export type WatchlistMatcher = (item: WatchItem, lang: string | null) => WatchlistHit[];

export function createWatchlistMatcher(watchlists: readonly Watchlist[]): WatchlistMatcher | null {
  const onItems = watchlists.filter((w) => !w.onCases);
  if (!onItems.length) return null;
  // `watchlist:NAME` reads other watchlists' hits on the same item, so those run in a second pass
  // (they see the first pass's hits; a watchlist naming another second-pass one sees nothing of it).
  const refersToOthers = (w: Watchlist) => leaves(w.ast).some((l) => l.kind === 'field' && l.field === 'watchlist');
  const first = onItems.filter((w) => !refersToOthers(w));
  const second = onItems.filter(refersToOthers);
  return (item, lang) => {
    const doc = itemDocument(item, lang);
    const ix = indexDocument(doc);
    const hits: WatchlistHit[] = [];
    for (const pass of [first, second]) {
      for (const w of pass) {
        const m = evaluateQuery(w.ast, ix);
        if (m.matched) hits.push({ watchlist: w.name, terms: m.terms, positions: m.positions });
      }
      for (const h of hits) doc.watchlists.add(h.watchlist);
    }
    return hits;
  };
}
