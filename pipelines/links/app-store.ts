// App-store links (G2 §20: app links are a means of access). The store URL names the app, which the
// catalogue maps to a firm, and often the storefront country (apps.apple.com/fr/..., Play's gl=FR).
import type { FirmCatalogue } from '../firms/catalogue.ts';
import type { Firm } from '../firms/firm-schema.ts';
import { linkIndex, normaliseIosAppId } from './catalogue-index.ts';
import { APPLE_APP_STORE_HOSTS, GOOGLE_PLAY_HOSTS } from './host-lists.ts';
import { paramValue, type UrlView } from './url-view.ts';

export interface AppStoreLink {
  store: 'apple' | 'google';
  appId: string | null;
  /** Storefront country, upper case, or null when the URL names none. */
  country: string | null;
  firm: Firm | null;
}

const TWO_LETTERS = /^[a-zA-Z]{2}$/;

export function parseAppStoreLink(view: UrlView, catalogue: FirmCatalogue): AppStoreLink | null {
  const idx = linkIndex(catalogue);
  if (APPLE_APP_STORE_HOSTS.has(view.host)) {
    // apps.apple.com/fr/app/qorvex/id1600000001: storefront first, the id segment last.
    const first = view.segments[0] ?? '';
    const country = TWO_LETTERS.test(first) ? first.toUpperCase() : null;
    let appId: string | null = null;
    for (const seg of view.segments) {
      if (seg.toLowerCase().startsWith('id')) appId = normaliseIosAppId(seg) ?? appId;
    }
    appId ??= normaliseIosAppId(paramValue(view, 'id') ?? '');
    return { store: 'apple', appId, country, firm: (appId && idx.iosApps.get(appId)) || null };
  }
  if (GOOGLE_PLAY_HOSTS.has(view.host)) {
    // play.google.com/store/apps/details?id=io.qorvex.app&gl=FR&hl=fr
    const pkg = paramValue(view, 'id');
    const appId = pkg && pkg.length <= 255 ? pkg : null;
    const gl = paramValue(view, 'gl') ?? '';
    const country = TWO_LETTERS.test(gl) ? gl.toUpperCase() : null;
    return { store: 'google', appId, country, firm: (appId && idx.androidApps.get(appId.toLowerCase())) || null };
  }
  return null;
}
