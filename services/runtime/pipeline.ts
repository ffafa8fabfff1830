// Wires the consuming services to the ports: the same code runs all-in-one (`rsmon run`) or
// one service per process (`rsmon service NAME`).
import type { Bus } from '../../infra/ports/bus.ts';
import type { Store } from '../../infra/ports/store.ts';
import type { Logger } from '../../infra/log/logger.ts';
import type { FirmCatalogue } from '../../pipelines/firms/catalogue.ts';
import type { ScoringConfig } from '../../pipelines/cases/scoring-config.ts';
import { createEnricher } from '../../pipelines/enrich/create-enricher.ts';
import { createLinkExpansion } from '../../pipelines/enrich/link-expansion.ts';
import type { Config } from '../../infra/config/load-config.ts';
import { createEnrichService } from '../enrich/enrich-service.ts';
import { createCasesService } from '../cases/cases-service.ts';
import { createIndexService } from '../index/index-service.ts';
import { createAlertsService } from '../alerts/alerts-service.ts';
import { createMailerService } from '../mailer/mailer-service.ts';
import { createMailTransport } from '../../infra/mail/mail-transport.ts';
import type { AlertRule } from '../../pipelines/alerts/alert-rules.ts';
import type { Watchlist } from '../../pipelines/watchlists/watchlists-file.ts';
import { createMediaService } from '../media/media-service.ts';
import { createImageAnalysers, type ImageAnalysers } from '../../pipelines/media/analysers.ts';
import type { UrlGuardOptions } from '../../infra/http/url-guard.ts';
import { ALL_GROUPS } from './consumer-groups.ts';
import type { ConsumingService } from './consuming-service.ts';

export type ServiceName = 'enrich' | 'cases' | 'index' | 'alerts' | 'mailer' | 'media';
export const SERVICE_NAMES: ServiceName[] = ['enrich', 'cases', 'index', 'alerts', 'mailer'];

export interface PipelineDeps {
  bus: Bus;
  store: Store;
  log: Logger;
  catalogue: FirmCatalogue;
  scoring: ScoringConfig;
  maxBatch?: number;
  /** Link expansion settings; expansion runs only when LINK_EXPANSION is true. */
  config?: Pick<Config, 'LINK_EXPANSION' | 'LINK_EXPANSION_MAX_REDIRECTS' | 'LINK_EXPANSION_TIMEOUT_MS' | 'LINK_EXPANSION_MAX_BYTES'> &
    Partial<Pick<Config, 'MEDIA_ANALYSIS' | 'MEDIA_MAX_BYTES' | 'MEDIA_MAX_PIXELS' | 'MEDIA_MAX_REDIRECTS' | 'MEDIA_TIMEOUT_MS' | 'MEDIA_LOCAL_DIR'>>;
  /** Alert rules (ALERTS_FILE) and where mail goes; without them the alerts service has no rules and mail goes to .eml files. */
  alerts?: { rules: AlertRule[]; smtpUrl?: string; from: string; defaultTo?: string[]; dataDir: string };
  /** WATCHLISTS_FILE: item watchlists fill `watchlistHits` in enrich; case watchlists are read by the alert rules. */
  watchlists?: readonly Watchlist[];
  /** Media stage analysers (default: the logo detector and OCR reader, loaded when the service starts); tests give their own. */
  analysers?: ImageAnalysers;
  /** Tests only: URL guard options of the media stage (a loopback test server). */
  mediaGuard?: UrlGuardOptions;
}

/** The media service joins the default set only when MEDIA_ANALYSIS is on (issue 11). */
export function defaultServiceNames(config: PipelineDeps['config']): ServiceName[] {
  return config?.MEDIA_ANALYSIS ? [...SERVICE_NAMES, 'media'] : SERVICE_NAMES;
}

export function createServices(deps: PipelineDeps, names: ServiceName[] = defaultServiceNames(deps.config)): ConsumingService[] {
  return names.map((name) => {
    switch (name) {
      case 'enrich':
        return createEnrichService({
          bus: deps.bus,
          log: deps.log.child({ service: 'enrich' }),
          enrich: createEnricher({ catalogue: deps.catalogue, watchlists: deps.watchlists }),
          expandLinks: deps.config?.LINK_EXPANSION
            ? createLinkExpansion(deps.catalogue, {
                maxRedirects: deps.config.LINK_EXPANSION_MAX_REDIRECTS,
                timeoutMs: deps.config.LINK_EXPANSION_TIMEOUT_MS,
                maxBytes: deps.config.LINK_EXPANSION_MAX_BYTES,
              })
            : undefined,
          maxBatch: deps.maxBatch,
        });
      case 'cases':
        return createCasesService({ bus: deps.bus, store: deps.store, catalogue: deps.catalogue, scoring: deps.scoring, log: deps.log.child({ service: 'cases' }) });
      case 'index':
        return createIndexService({ bus: deps.bus, store: deps.store, log: deps.log.child({ service: 'index' }) });
      case 'alerts':
        return createAlertsService({ bus: deps.bus, store: deps.store, rules: deps.alerts?.rules ?? [], watchlists: deps.watchlists ?? [], log: deps.log.child({ service: 'alerts' }) });
      case 'mailer':
        return createMailerService({
          bus: deps.bus,
          store: deps.store,
          transport: createMailTransport({ smtpUrl: deps.alerts?.smtpUrl, dataDir: deps.alerts?.dataDir ?? './data' }),
          from: deps.alerts?.from ?? 'rsmon@localhost',
          defaultTo: deps.alerts?.defaultTo,
          log: deps.log.child({ service: 'mailer' }),
        });
      case 'media': {
        const c = deps.config;
        return createMediaService({
          bus: deps.bus,
          log: deps.log.child({ service: 'media' }),
          enrich: createEnricher({ catalogue: deps.catalogue, watchlists: deps.watchlists }),
          catalogue: deps.catalogue,
          analysers: deps.analysers ?? (() => createImageAnalysers({ firmIds: deps.catalogue.firms.map((f) => f.id) })),
          options: {
            maxBytes: c?.MEDIA_MAX_BYTES ?? 10_000_000,
            maxPixels: c?.MEDIA_MAX_PIXELS ?? 40_000_000,
            maxRedirects: c?.MEDIA_MAX_REDIRECTS ?? 3,
            timeoutMs: c?.MEDIA_TIMEOUT_MS ?? 15_000,
            localDir: c?.MEDIA_LOCAL_DIR,
            guard: deps.mediaGuard,
          },
          maxBatch: deps.maxBatch,
        });
      }
    }
  });
}

/**
 * Resolves when every consumer group has committed everything in its topic, twice in a row
 * (a service may publish downstream between two looks).
 */
/** Waits until the groups (default: all) have read everything, twice in a row. */
export async function waitForDrain(bus: Bus, opts: { pollMs?: number; timeoutMs?: number; groups?: ReadonlyArray<{ group: string; topic: string }> } = {}): Promise<void> {
  const pollMs = opts.pollMs ?? 100;
  const deadline = Date.now() + (opts.timeoutMs ?? 30 * 60_000);
  let quiet = 0;
  while (quiet < 2) {
    if (Date.now() > deadline) throw new Error('pipeline did not drain in time');
    let lag = 0;
    for (const g of opts.groups ?? ALL_GROUPS) lag += await bus.lag(g.group, g.topic);
    quiet = lag === 0 ? quiet + 1 : 0;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}
