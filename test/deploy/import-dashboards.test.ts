// The dashboard importer against a local HTTP server that answers like Kibana's saved objects import
// API (documented success, per-object errors, 400 and 401 bodies). Asserts what Kibana requires of the
// request: POST, overwrite=true, kbn-xsrf, multipart/form-data with the NDJSON as the `file` part.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DashboardImportError, DEFAULT_NDJSON_FILE, importDashboards } from '../../dashboards/kibana/import-dashboards.ts';
import { tempDir } from '../helpers/cli.ts';

interface Captured {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  parts: Array<{ name: string; filename: string | null; contentType: string | null; body: string }>;
}

/** Minimal multipart/form-data parser: enough to check the part name, filename and content. */
function parseMultipart(contentType: string, raw: Buffer): Captured['parts'] {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  assert.ok(m, `no boundary in content-type "${contentType}"`);
  const boundary = `--${m[1] ?? m[2]}`;
  const text = raw.toString('utf8');
  const parts: Captured['parts'] = [];
  for (const chunk of text.split(boundary).slice(1)) {
    if (chunk.startsWith('--')) break; // closing delimiter
    const sep = chunk.indexOf('\r\n\r\n');
    const head = chunk.slice(0, sep);
    const body = chunk.slice(sep + 4).replace(/\r\n$/, '');
    const disp = /content-disposition:[^\r\n]*/i.exec(head)?.[0] ?? '';
    parts.push({
      name: /name="([^"]*)"/.exec(disp)?.[1] ?? '',
      filename: /filename="([^"]*)"/.exec(disp)?.[1] ?? null,
      contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? null,
      body,
    });
  }
  return parts;
}

type Reply = { status: number; body: unknown };

describe('importDashboards against a Kibana-like server', () => {
  let server: Server;
  let url: string;
  let reply: Reply;
  let captured: Captured[] = [];

  before(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks);
        const ct = req.headers['content-type'] ?? '';
        captured.push({
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          parts: ct.startsWith('multipart/form-data') ? parseMultipart(ct, raw) : [],
        });
        res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const ndjson = readFileSync(DEFAULT_NDJSON_FILE, 'utf8');
  const objectCount = ndjson.trim().split('\n').length;

  it('posts the bundled NDJSON as multipart `file` with kbn-xsrf and overwrite=true', async () => {
    captured = [];
    reply = { status: 200, body: { success: true, successCount: objectCount, successResults: [] } };
    const result = await importDashboards({ kibanaUrl: `${url}/`, auth: { username: 'elastic', password: 'secret' } });
    assert.deepEqual(result, { success: true, successCount: objectCount, errors: [] });

    assert.equal(captured.length, 1);
    const req = captured[0]!;
    assert.equal(req.method, 'POST');
    assert.equal(req.url, '/api/saved_objects/_import?overwrite=true');
    assert.equal(req.headers['kbn-xsrf'], 'true');
    assert.match(req.headers['content-type'] ?? '', /^multipart\/form-data; boundary=/);
    assert.equal(req.headers.authorization, `Basic ${Buffer.from('elastic:secret').toString('base64')}`);
    assert.equal(req.parts.length, 1);
    const part = req.parts[0]!;
    assert.equal(part.name, 'file');
    assert.match(part.filename ?? '', /\.ndjson$/, 'Kibana refuses a file part without the .ndjson extension');
    assert.equal(part.body, ndjson);
  });

  it('sends an API key as `Authorization: ApiKey` and rewrites data view titles for another prefix', async () => {
    captured = [];
    reply = { status: 200, body: { success: true, successCount: objectCount } };
    await importDashboards({ kibanaUrl: url, auth: { apiKey: 'a2V5' }, indexPrefix: 'prod-rs-' });
    const req = captured[0]!;
    assert.equal(req.headers.authorization, 'ApiKey a2V5');
    const titles = req.parts[0]!.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; attributes: { title: string } })
      .filter((o) => o.type === 'index-pattern')
      .map((o) => o.attributes.title)
      .sort();
    assert.deepEqual(titles, ['prod-rs-cases*', 'prod-rs-items*']);
  });

  it('imports another file when given one', async () => {
    captured = [];
    const file = join(tempDir('rsmon-kibana-'), 'one.ndjson');
    writeFileSync(file, '{"id":"x","type":"index-pattern","attributes":{"title":"rs-x*"},"references":[]}\n');
    reply = { status: 200, body: { success: true, successCount: 1 } };
    const result = await importDashboards({ kibanaUrl: url, file });
    assert.equal(result.successCount, 1);
    assert.equal(captured[0]!.parts[0]!.body, readFileSync(file, 'utf8'));
    assert.equal(captured[0]!.headers.authorization, undefined);
  });

  const perObjectErrors = {
    success: false,
    successCount: 1,
    errors: [
      {
        id: 'rsmon-dashboard-eu-nexus',
        type: 'dashboard',
        title: 'EU nexus',
        meta: { title: 'EU nexus', icon: 'dashboardApp' },
        error: { type: 'missing_references', references: [{ type: 'visualization', id: 'rsmon-vis-gone' }] },
      },
      { id: 'rsmon-vis-x', type: 'visualization', meta: { title: 'x' }, error: { type: 'unknown', message: 'Saved object [visualization/rsmon-vis-x] is invalid', statusCode: 400 } },
    ],
  };

  it('throws on per-object errors, naming each object and why', async () => {
    reply = { status: 200, body: perObjectErrors };
    await assert.rejects(importDashboards({ kibanaUrl: url }), (e: unknown) => {
      assert.ok(e instanceof DashboardImportError);
      assert.equal(e.status, 200);
      assert.match(e.message, /refused 2/);
      assert.match(e.message, /dashboard rsmon-dashboard-eu-nexus: missing_references: visualization\/rsmon-vis-gone/);
      assert.match(e.message, /visualization rsmon-vis-x: unknown: Saved object \[visualization\/rsmon-vis-x\] is invalid/);
      assert.equal(e.errors.length, 2);
      return true;
    });
  });

  it('returns per-object errors instead when allowErrors is set', async () => {
    reply = { status: 200, body: perObjectErrors };
    const result = await importDashboards({ kibanaUrl: url, allowErrors: true });
    assert.equal(result.success, false);
    assert.equal(result.successCount, 1);
    assert.deepEqual(result.errors[0], {
      id: 'rsmon-dashboard-eu-nexus',
      type: 'dashboard',
      error: 'missing_references: visualization/rsmon-vis-gone',
    });
  });

  it('throws with the HTTP status and Kibana message on 400', async () => {
    reply = { status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'Invalid file extension .txt' } };
    await assert.rejects(importDashboards({ kibanaUrl: url }), (e: unknown) => {
      assert.ok(e instanceof DashboardImportError);
      assert.equal(e.status, 400);
      assert.match(e.message, /HTTP 400: Invalid file extension \.txt/);
      return true;
    });
  });

  it('throws with a credentials hint on 401', async () => {
    reply = { status: 401, body: { statusCode: 401, error: 'Unauthorized', message: '[security_exception]: unable to authenticate user [elastic]' } };
    await assert.rejects(importDashboards({ kibanaUrl: url, auth: { username: 'elastic', password: 'wrong' } }), (e: unknown) => {
      assert.ok(e instanceof DashboardImportError);
      assert.equal(e.status, 401);
      assert.match(e.message, /HTTP 401: \[security_exception\]: unable to authenticate user \[elastic\]/);
      assert.match(e.message, /credentials/);
      assert.doesNotMatch(e.message, /wrong/, 'the password never appears in the error');
      return true;
    });
  });

  it('says which URL it could not reach', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await assert.rejects(importDashboards({ kibanaUrl: `http://127.0.0.1:${port}` }), (e: unknown) => {
      assert.ok(e instanceof DashboardImportError);
      assert.equal(e.status, null);
      assert.match(e.message, new RegExp(`cannot reach Kibana at http://127\\.0\\.0\\.1:${port}: ECONNREFUSED`));
      return true;
    });
  });

  it('uses the injected fetch', async () => {
    let seen: string | null = null;
    const fetchImpl = (async (input: string | URL | Request) => {
      seen = String(input);
      return new Response(JSON.stringify({ success: true, successCount: 3 }), { status: 200 });
    }) as typeof fetch;
    const result = await importDashboards({ kibanaUrl: 'http://kibana:5601', fetchImpl });
    assert.equal(seen, 'http://kibana:5601/api/saved_objects/_import?overwrite=true');
    assert.equal(result.successCount, 3);
  });
});
