// `rsmon dashboards import --kibana URL`: Kibana saved objects through the saved-objects import API.
import { loadConfig } from '../../infra/config/load-config.ts';
import { importDashboards, type KibanaAuth } from '../../dashboards/kibana/import-dashboards.ts';
import { redactUrl, splitUrlCredentials } from '../../infra/log/redact-url.ts';

export async function dashboardsImportCommand(opts: { kibana?: string; file?: string }): Promise<void> {
  const config = loadConfig(process.env);
  const given = opts.kibana ?? config.KIBANA_URL;
  if (!given) throw new Error('no Kibana URL: pass --kibana URL or set KIBANA_URL');
  // fetch refuses a URL with `user:pass@`, and nothing may print it: the credentials leave the URL
  // here and travel only as a header. The environment's credentials, when set, win.
  const { url: kibanaUrl, username, password } = splitUrlCredentials(given);
  const auth: KibanaAuth | undefined = config.KIBANA_API_KEY
    ? { apiKey: config.KIBANA_API_KEY }
    : config.KIBANA_USERNAME && config.KIBANA_PASSWORD
      ? { username: config.KIBANA_USERNAME, password: config.KIBANA_PASSWORD }
      : username !== undefined
        ? { username, password: password ?? '' }
        : undefined;
  const res = await importDashboards({ kibanaUrl, file: opts.file, auth, indexPrefix: config.ES_INDEX_PREFIX });
  process.stdout.write(`imported ${res.successCount} saved objects into ${redactUrl(kibanaUrl)}\n`);
}
