// What every command needs: validated config, a logger, the catalogue and the scoring rules.
import { resolve } from 'node:path';
import { loadConfig, type Config } from '../../infra/config/load-config.ts';
import { createLogger, type Logger } from '../../infra/log/logger.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import type { FirmCatalogue } from '../../pipelines/firms/catalogue.ts';
import { loadScoring, type ScoringConfig } from '../../pipelines/cases/scoring-config.ts';
import { dataDir } from '../runtime/adapters.ts';
import { existingDataDir } from './read-data-dir.ts';
import { loadWatchlists, type Watchlist } from '../../pipelines/watchlists/watchlists-file.ts';

export interface CliContext {
  config: Config;
  log: Logger;
  catalogue: FirmCatalogue;
  scoring: ScoringConfig;
  dataDir: string;
  /** The user named the data directory (--data or DATA_DIR) rather than taking the default. */
  dataDirNamed: boolean;
  /** WATCHLISTS_FILE, read on first use (commands that do not match items never read it). */
  watchlists: () => Watchlist[];
}

/**
 * `access: 'read'` for commands that only read the data directory: it is never created, and one
 * named by --data or DATA_DIR must exist (read-data-dir.ts).
 */
export function cliContext(opts: { data?: string }, env: NodeJS.ProcessEnv = process.env, access: 'write' | 'read' = 'write'): CliContext {
  const config = loadConfig({ ...env, ...(opts.data ? { DATA_DIR: opts.data } : {}) });
  const log = createLogger(config.LOG_LEVEL);
  const named = Boolean(opts.data || env.DATA_DIR);
  const dir = access === 'read' ? existingDataDir(config, named) : dataDir(config);
  const catalogue = loadCatalogue({ firmsFile: config.FIRMS_FILE, dataDir: dir, includeSample: true });
  const scoring = loadScoring(config.SCORING_FILE);
  return { config, log, catalogue, scoring, dataDir: dir ?? resolve(config.DATA_DIR), dataDirNamed: named, watchlists: lazyWatchlists(config, env) };
}

/** For commands that read only config files (watchlists list|show|validate): no data directory, no catalogue. */
export function configContext(opts: { data?: string }, env: NodeJS.ProcessEnv = process.env): Pick<CliContext, 'config' | 'watchlists'> {
  const config = loadConfig({ ...env, ...(opts.data ? { DATA_DIR: opts.data } : {}) });
  return { config, watchlists: lazyWatchlists(config, env) };
}

/** WATCHLISTS_FILE read once, on first use; a file named explicitly must exist. */
function lazyWatchlists(config: Config, env: NodeJS.ProcessEnv): () => Watchlist[] {
  let watchlists: Watchlist[] | undefined;
  return () => (watchlists ??= loadWatchlists(config.WATCHLISTS_FILE, { mustExist: Boolean(env.WATCHLISTS_FILE) }));
}
