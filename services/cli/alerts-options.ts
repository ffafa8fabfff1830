// The alerts part of the pipeline wiring, from the validated config: rules from ALERTS_FILE, mail
// to SMTP_URL or to .eml files under the data directory.
import type { Config } from '../../infra/config/load-config.ts';
import { loadAlertRules } from '../../pipelines/alerts/alert-rules.ts';
import type { PipelineDeps } from '../runtime/pipeline.ts';

export function alertsOptions(config: Config, dataDir: string): NonNullable<PipelineDeps['alerts']> {
  return {
    rules: loadAlertRules(config.ALERTS_FILE),
    smtpUrl: config.SMTP_URL || undefined,
    from: config.ALERT_FROM,
    defaultTo: config.ALERT_TO ? config.ALERT_TO.split(',').map((s) => s.trim()).filter(Boolean) : undefined,
    dataDir,
  };
}
