// The alerts part of the pipeline wiring, from the validated config: rules from ALERTS_FILE, mail
// to SMTP_URL or to .eml files under the data directory.
import { loadAlertRules } from '../../pipelines/alerts/alert-rules.ts';
import type { PipelineDeps } from '../runtime/pipeline.ts';
import type { CliContext } from './context.ts';

/** Rule names of watchlists are checked against WATCHLISTS_FILE, so a misspelt name fails at start, not silently. */
export function alertsOptions(ctx: Pick<CliContext, 'config' | 'dataDir' | 'watchlists'>): NonNullable<PipelineDeps['alerts']> {
  const config = ctx.config;
  const dataDir = ctx.dataDir;
  return {
    rules: loadAlertRules(config.ALERTS_FILE, { watchlists: ctx.watchlists().map((w) => w.name), watchlistsFile: config.WATCHLISTS_FILE }),
    smtpUrl: config.SMTP_URL || undefined,
    from: config.ALERT_FROM,
    defaultTo: config.ALERT_TO ? config.ALERT_TO.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
    dataDir,
  };
}
