// Issue 6, class 6: secrets in URLs. `ES_URL`, `KIBANA_URL` and `--kibana` with `user:pass@` were
// logged and printed in errors. Every URL is stripped of credentials before it is logged or printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { redactSecretsInText, redactUrl, splitUrlCredentials } from '../../infra/log/redact-url.ts';
import { createLogger } from '../../infra/log/logger.ts';
import { loadConfig, redactConfig } from '../../infra/config/load-config.ts';
import { rsmon } from '../helpers/cli.ts';

const SECRET = 'pa55-w0rd-XYZ';

test('secrets in URLs: userinfo and credential query values are masked, the rest of the URL is kept', () => {
  assert.equal(redactUrl(`https://elastic:${SECRET}@es.example:9200/`), 'https://***@es.example:9200/');
  assert.equal(redactUrl(`smtp://mailer:${SECRET}@smtp.example:587`), 'smtp://***@smtp.example:587');
  assert.equal(
    redactUrl(`https://www.googleapis.com/youtube/v3/search?part=snippet&key=${SECRET}&q=bybit%20code`),
    'https://www.googleapis.com/youtube/v3/search?part=snippet&key=***&q=bybit%20code',
  );
  assert.equal(
    redactUrl(`https://graph.facebook.com/v21.0/ads_archive?access_token=${SECRET}&after=QVFIUk`),
    'https://graph.facebook.com/v21.0/ads_archive?access_token=***&after=QVFIUk',
  );
  // A referral link keeps its code: that is evidence, not a credential.
  assert.equal(redactUrl('https://accounts.binance.com/register?ref=ABC123'), 'https://accounts.binance.com/register?ref=ABC123');
  assert.equal(redactUrl('not a url'), 'not a url');
});

test('secrets in URLs: free text (error messages, stacks) is cleaned wherever a URL appears in it', () => {
  const msg = `request to http://admin:${SECRET}@10.0.0.5:5601/api/x failed; next: https://h/p?x=1&access_token=${SECRET}#f; header Bearer ${SECRET}0000`;
  const out = redactSecretsInText(msg);
  assert.ok(!out.includes(SECRET), out);
  assert.match(out, /http:\/\/\*\*\*@10\.0\.0\.5:5601\/api\/x/);
  assert.match(out, /access_token=\*\*\*#f/);
  assert.match(out, /Bearer \*\*\*/);
});

test('secrets in URLs: credentials leave the URL so a client can send them as a header', () => {
  assert.deepEqual(splitUrlCredentials(`http://kb%40user:${SECRET}@127.0.0.1:5601/`), {
    url: 'http://127.0.0.1:5601/',
    username: 'kb@user',
    password: SECRET,
  });
  assert.deepEqual(splitUrlCredentials('http://127.0.0.1:5601'), { url: 'http://127.0.0.1:5601' });
});

test('secrets in URLs: the configuration as logged holds no credential of ES_URL or KIBANA_URL', () => {
  const config = loadConfig({ ES_URL: `https://elastic:${SECRET}@es:9200`, KIBANA_URL: `https://kb:${SECRET}@kb:5601`, SMTP_URL: `smtp://u:${SECRET}@m:25` });
  const logged = JSON.stringify(redactConfig(config));
  assert.ok(!logged.includes(SECRET), logged);
  assert.match(logged, /https:\/\/\*\*\*@es:9200/);
});

test('secrets in URLs: the logger masks them in messages, fields, nested objects and errors', () => {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      out += chunk.toString('utf8');
      cb();
    },
  });
  const log = createLogger('info', 'test', sink);
  const url = `http://elastic:${SECRET}@es:9200`;
  log.info(`connecting to ${url}`);
  log.warn({ node: url, nested: { list: [url] } }, 'store');
  log.error(new Error(`connect ECONNREFUSED ${url}`), 'failed');
  log.error({ err: new Error(`GET ${url}/_bulk?api_key=${SECRET}`) }, 'failed again');
  const lines = out.trim().split('\n');
  assert.equal(lines.length, 4);
  assert.ok(!out.includes(SECRET), out);
  const errLine = JSON.parse(lines[2]!) as { err?: { message?: string; stack?: string }; msg?: string };
  assert.equal(errLine.msg, 'failed');
  assert.match(errLine.err?.message ?? '', /ECONNREFUSED http:\/\/\*\*\*@es:9200/);
});

async function fakeKibana(): Promise<{ url: string; seen: IncomingMessage[]; close(): Promise<void> }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ success: true, successCount: 3, errors: [] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => new Promise((r) => server.close(() => r())) };
}

test('secrets in URLs: `dashboards import --kibana` with user:pass@ sends them as Basic auth and never prints them', async () => {
  const kb = await fakeKibana();
  try {
    const withCreds = kb.url.replace('http://', `http://analyst:${SECRET}@`);
    const r = await rsmon(['dashboards', 'import', '--kibana', withCreds], { LOG_LEVEL: 'debug' });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!(r.stdout + r.stderr).includes(SECRET), r.stdout + r.stderr);
    assert.match(r.stdout, /imported 3 saved objects into http:\/\/127\.0\.0\.1:\d+\//);
    assert.equal(kb.seen.length, 1);
    assert.equal(kb.seen[0]!.headers.authorization, `Basic ${Buffer.from(`analyst:${SECRET}`).toString('base64')}`);
  } finally {
    await kb.close();
  }
});

test('secrets in URLs: an unreachable KIBANA_URL or ES_URL with credentials fails without printing them', async () => {
  // Port 1 on loopback: nothing listens, the connection is refused at once.
  const kb = await rsmon(['dashboards', 'import'], { KIBANA_URL: `http://analyst:${SECRET}@127.0.0.1:1`, LOG_LEVEL: 'debug' });
  assert.notEqual(kb.code, 0);
  assert.match(kb.stderr, /cannot reach Kibana/);
  assert.ok(!(kb.stdout + kb.stderr).includes(SECRET), kb.stderr);

  const es = await rsmon(['cases'], { STORE: 'elasticsearch', ES_URL: `http://elastic:${SECRET}@127.0.0.1:1`, LOG_LEVEL: 'debug' });
  assert.notEqual(es.code, 0);
  assert.match(es.stderr, /ECONNREFUSED|elasticsearch/i);
  assert.ok(!(es.stdout + es.stderr).includes(SECRET), es.stderr);
});
