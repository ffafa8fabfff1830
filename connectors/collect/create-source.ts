// The one registration table of platform sources: a collection's platform picks its source, built
// from the configuration (credentials from the environment only, base URLs for proxies and tests).
import type { Config } from '../../infra/config/load-config.ts';
import type { Collection, CollectPlatform } from './collections-file.ts';
import { CollectError } from './collect-errors.ts';
import { createPlatformHttp } from './platform-http.ts';
import type { Source } from './run-collection.ts';
import { createXSource } from '../x/x-source.ts';
import { createYoutubeSource } from '../youtube/youtube-source.ts';
import { createMetaSource } from '../meta-ads/meta-source.ts';
import { createTiktokSource } from '../tiktok-ads/tiktok-source.ts';
import { createTelegramSource } from '../telegram/telegram-source.ts';

/** Environment variables each platform needs; a collection whose platform lacks one fails alone. */
export const CREDENTIALS: Record<CollectPlatform, ReadonlyArray<keyof Config>> = {
  x: ['X_BEARER_TOKEN'],
  youtube: ['YOUTUBE_API_KEY'],
  meta_ads: ['META_ACCESS_TOKEN'],
  tiktok_ads: ['TIKTOK_CLIENT_KEY', 'TIKTOK_CLIENT_SECRET'],
  telegram: [],
};

export function missingCredentials(platform: CollectPlatform, config: Config): string[] {
  return CREDENTIALS[platform].filter((k) => !config[k]);
}

export function createSource(collection: Collection, config: Config): Source {
  const missing = missingCredentials(collection.platform, config);
  if (missing.length) throw new CollectError('auth', `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set: collection ${collection.name} (${collection.platform}) cannot run`);
  switch (collection.platform) {
    case 'x':
      return createXSource({ bearerToken: config.X_BEARER_TOKEN!, baseUrl: config.X_API_URL });
    case 'youtube':
      return createYoutubeSource({ apiKey: config.YOUTUBE_API_KEY!, baseUrl: config.YOUTUBE_API_URL });
    case 'meta_ads':
      return createMetaSource({ accessToken: config.META_ACCESS_TOKEN!, baseUrl: config.META_GRAPH_URL, version: config.META_GRAPH_VERSION, http: createPlatformHttp({ trustedOrigins: [config.META_GRAPH_URL] }) });
    case 'tiktok_ads':
      return createTiktokSource({ clientKey: config.TIKTOK_CLIENT_KEY!, clientSecret: config.TIKTOK_CLIENT_SECRET!, baseUrl: config.TIKTOK_API_URL, http: createPlatformHttp({ trustedOrigins: [config.TIKTOK_API_URL] }) });
    case 'telegram':
      return createTelegramSource({ baseUrl: config.TELEGRAM_WEB_URL, http: createPlatformHttp({ trustedOrigins: [config.TELEGRAM_WEB_URL] }) });
  }
}
