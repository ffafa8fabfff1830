// What every command needs: validated config, a logger, the catalogue and the scoring rules.
import { loadConfig, type Config } from '../../infra/config/load-config.ts';
import { createLogger, type Logger } from '../../infra/log/logger.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import type { FirmCatalogue } from '../../pipelines/firms/catalogue.ts';
import { loadScoring, type ScoringConfig } from '../../pipelines/cases/scoring-config.ts';
import { dataDir } from '../runtime/adapters.ts';

export interface CliContext {
  config: Config;
  log: Logger;
  catalogue: FirmCatalogue;
  scoring: ScoringConfig;
  dataDir: string;
}

export function cliContext(opts: { data?: string }, env: NodeJS.ProcessEnv = process.env): CliContext {
  const config = loadConfig({ ...env, ...(opts.data ? { DATA_DIR: opts.data } : {}) });
  const log = createLogger(config.LOG_LEVEL);
  const dir = dataDir(config);
  const catalogue = loadCatalogue({ firmsFile: config.FIRMS_FILE, dataDir: dir, includeSample: true });
  const scoring = loadScoring(config.SCORING_FILE);
  return { config, log, catalogue, scoring, dataDir: dir };
}
