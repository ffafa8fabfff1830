// Imports our saved objects through Kibana's saved objects import API
// (POST /api/saved_objects/_import?overwrite=true, multipart `file`, `kbn-xsrf` header). Overwrite
// makes the import idempotent: re-running `rsmon dashboards import` after an upgrade replaces the
// dashboards by their stable ids instead of creating copies.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DEFAULT_INDEX_PREFIX } from './kibana-objects.ts';
import { redactUrl } from '../../infra/log/redact-url.ts';

export const DEFAULT_NDJSON_FILE = fileURLToPath(new URL('./rsmon.ndjson', import.meta.url));

export type KibanaAuth = { username: string; password: string } | { apiKey: string };

export interface ImportDashboardsOptions {
  kibanaUrl: string;
  /** NDJSON of saved objects; default the bundled dashboards/kibana/rsmon.ndjson. */
  file?: string;
  auth?: KibanaAuth;
  fetchImpl?: typeof fetch;
  /** ES_INDEX_PREFIX of the deployment: data view titles are rewritten from `rs-` to it. */
  indexPrefix?: string;
  /** Return per-object errors in the result instead of throwing (default: throw). */
  allowErrors?: boolean;
  /** Per-request timeout; default 60 s. */
  timeoutMs?: number;
}

export interface ImportDashboardsResult {
  success: boolean;
  successCount: number;
  errors: Array<{ id: string; type: string; error: string }>;
}

/** Why the import failed: HTTP status (when Kibana answered), Kibana's message, per-object errors. */
export class DashboardImportError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly errors: ImportDashboardsResult['errors'] = [],
  ) {
    super(message);
    this.name = 'DashboardImportError';
  }
}

/** Kibana's per-object error, as documented for the import API. */
interface KibanaObjectError {
  id?: string;
  type?: string;
  title?: string;
  meta?: { title?: string };
  error?: { type?: string; message?: string; references?: Array<{ type?: string; id?: string }> };
}

function describeObjectError(e: KibanaObjectError): string {
  const err = e.error ?? {};
  if (err.type === 'missing_references') {
    const refs = (err.references ?? []).map((r) => `${r.type}/${r.id}`).join(', ');
    return `missing_references: ${refs || '(none listed)'}`;
  }
  return [err.type ?? 'error', err.message].filter(Boolean).join(': ');
}

/** Data view titles in the NDJSON are written for the default prefix; a deployment may use another. */
export function rewriteIndexPrefix(ndjson: string, prefix: string): string {
  if (prefix === DEFAULT_INDEX_PREFIX) return ndjson;
  if (!/^[a-z0-9_-]*$/.test(prefix)) throw new Error(`invalid index prefix "${prefix}"`);
  return ndjson
    .split('\n')
    .map((line) => {
      if (!line.trim()) return line;
      const obj = JSON.parse(line) as { type?: string; attributes?: { title?: unknown } };
      const title = obj.attributes?.title;
      if (obj.type !== 'index-pattern' || typeof title !== 'string' || !title.startsWith(DEFAULT_INDEX_PREFIX)) return line;
      obj.attributes!.title = prefix + title.slice(DEFAULT_INDEX_PREFIX.length);
      return JSON.stringify(obj);
    })
    .join('\n');
}

function authHeader(auth: KibanaAuth | undefined): Record<string, string> {
  if (!auth) return {};
  if ('apiKey' in auth) return { authorization: `ApiKey ${auth.apiKey}` };
  return { authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` };
}

/** Kibana's error body is `{ statusCode, error, message }`; a proxy in front may answer with anything. */
function kibanaMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: unknown };
    if (typeof body.message === 'string') return body.message;
    if (typeof body.error === 'string') return body.error;
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.trim().slice(0, 500) || '(empty body)';
}

export async function importDashboards(opts: ImportDashboardsOptions): Promise<ImportDashboardsResult> {
  const file = opts.file ?? DEFAULT_NDJSON_FILE;
  const doFetch = opts.fetchImpl ?? fetch;
  let ndjson = await readFile(file, 'utf8');
  if (opts.indexPrefix !== undefined) ndjson = rewriteIndexPrefix(ndjson, opts.indexPrefix);

  const base = opts.kibanaUrl.replace(/\/+$/, '');
  const url = `${base}/api/saved_objects/_import?overwrite=true`;
  const form = new FormData();
  // Kibana checks the part's filename extension (.ndjson) before it reads the content.
  form.append('file', new Blob([ndjson], { type: 'application/ndjson' }), 'rsmon.ndjson');

  let res: Response;
  try {
    res = await doFetch(url, {
      method: 'POST',
      // fetch sets the multipart content-type with its boundary from the FormData body.
      headers: { 'kbn-xsrf': 'true', ...authHeader(opts.auth) },
      body: form,
      signal: AbortSignal.timeout(opts.timeoutMs ?? 60_000),
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new DashboardImportError(`cannot reach Kibana at ${redactUrl(base)}: ${cause?.code ?? cause?.message ?? (e as Error).message}`, null);
  }

  const text = await res.text();
  if (!res.ok) {
    const hint = res.status === 401 || res.status === 403 ? ' (check the Kibana credentials and their saved-objects privileges)' : '';
    throw new DashboardImportError(`Kibana import failed: HTTP ${res.status}: ${kibanaMessage(text)}${hint}`, res.status);
  }

  let body: { success?: boolean; successCount?: number; errors?: KibanaObjectError[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new DashboardImportError(`Kibana import answered HTTP ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`, res.status);
  }
  const errors = (body.errors ?? []).map((e) => ({ id: e.id ?? '?', type: e.type ?? '?', error: describeObjectError(e) }));
  const result: ImportDashboardsResult = {
    success: body.success === true && errors.length === 0,
    successCount: body.successCount ?? 0,
    errors,
  };
  if (!result.success && !opts.allowErrors) {
    const list = errors.map((e) => `${e.type} ${e.id}: ${e.error}`).join('; ');
    throw new DashboardImportError(
      `Kibana imported ${result.successCount} objects but refused ${errors.length}: ${list || '(no errors listed, success=false)'}`,
      res.status,
      errors,
    );
  }
  return result;
}
