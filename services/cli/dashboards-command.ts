// `rsmon dashboards import --kibana URL`: Kibana saved objects through the saved-objects import API.
import { loadConfig } from '../../infra/config/load-config.ts';
import { importDashboards, type KibanaAuth } from '../../dashboards/kibana/import-dashboards.ts';

export async function dashboardsImportCommand(opts: { kibana?: string; file?: string }): Promise<void> {
  const config = loadConfig(process.env);
  const kibanaUrl = opts.kibana ?? config.KIBANA_URL;
  if (!kibanaUrl) throw new Error('no Kibana URL: pass --kibana URL or set KIBANA_URL');
  // Credentials only from the environment, never from the command line (shell history, ps).
  const auth: KibanaAuth | undefined = config.KIBANA_API_KEY
    ? { apiKey: config.KIBANA_API_KEY }
    : config.KIBANA_USERNAME && config.KIBANA_PASSWORD
      ? { username: config.KIBANA_USERNAME, password: config.KIBANA_PASSWORD }
      : undefined;
  const res = await importDashboards({ kibanaUrl, file: opts.file, auth, indexPrefix: config.ES_INDEX_PREFIX });
  process.stdout.write(`imported ${res.successCount} saved objects into ${kibanaUrl}\n`);
}
