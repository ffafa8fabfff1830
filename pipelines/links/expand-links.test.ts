// Shortener expander against a real local HTTP server on 127.0.0.1, plus a throwing fetch spy for
// every address that must never be contacted (those tests must not send a single packet).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { FirmCatalogue } from '../firms/catalogue.ts';
import type { EnrichedLink } from '../contracts/enriched-item.ts';
import { classifyUrl, createLinkExpander, expandItemLinks, metaRefreshTarget, type ExpandResult, type LinkExpander } from './expand-links.ts';

const sample = FirmCatalogue.fromJson(
  JSON.parse(readFileSync(new URL('../../config/sample-firms.json', import.meta.url), 'utf8')),
  'config/sample-firms.json',
);

const REFERRAL = 'https://www.qorvex.io/fr/register?ref=QX77';
let server: http.Server;
let base = '';
let port = 0;
const hits: string[] = [];
let bigBytesWritten = 0;
let bigClosed = false;

before(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    hits.push(`${req.method} ${path}`);
    const redirect = (status: number, location: string): void => {
      res.writeHead(status, { location });
      res.end();
    };
    switch (path) {
      case '/s/1': return redirect(301, '/s/2');
      case '/s/2': return redirect(302, `${base}/s/3`);
      case '/s/3': return redirect(307, REFERRAL);
      case '/head405':
        if (req.method === 'HEAD') { res.writeHead(405); res.end(); return; }
        return redirect(302, '/final');
      case '/meta':
        if (req.method === 'HEAD') { res.writeHead(405); res.end(); return; }
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<html><head><META HTTP-EQUIV="refresh" content="0; URL=${base}/final"></head></html>`);
        return;
      case '/final': res.writeHead(200, { 'content-type': 'text/html' }); res.end('ok'); return;
      case '/forbidden': res.writeHead(403); res.end(); return;
      case '/loop': return redirect(302, '/loop');
      case '/big': {
        if (req.method === 'HEAD') { res.writeHead(405); res.end(); return; }
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        res.on('close', () => { bigClosed = true; });
        const pump = (): void => {
          // Endless body, stopped only by the client going away (bounded by the close event).
          while (!res.destroyed && bigBytesWritten < 256 * 1024 * 1024) {
            bigBytesWritten += chunk.length;
            if (!res.write(chunk)) { res.once('drain', pump); return; }
          }
        };
        pump();
        return;
      }
      case '/hang': return; // never answers
      default: res.writeHead(404); res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** fetch for the local server; the firm's referral URL is answered in-process (no network here). */
const localFetch: typeof fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.startsWith('https://www.qorvex.io/')) return new Response(null, { status: 403 });
  return fetch(input, init);
};

/** Fetch that must never run: the guard has to refuse before any request. */
function spyFetch(): { calls: string[]; fetchImpl: typeof fetch } {
  const calls: string[] = [];
  const fetchImpl: typeof fetch = async (input) => {
    calls.push(String(input));
    throw new Error('network must not be touched');
  };
  return { calls, fetchImpl };
}

const opts = { maxRedirects: 5, timeoutMs: 3000, maxBytes: 64 * 1024 };

test('follows a redirect chain to a referral URL and reports every hop', async () => {
  const expand = createLinkExpander({ ...opts, allowPrivate: true, fetchImpl: localFetch });
  const r = await expand(`${base}/s/1`);
  assert.equal(r.error, undefined);
  assert.equal(r.finalUrl, REFERRAL);
  assert.deepEqual(r.hops, [`${base}/s/1`, `${base}/s/2`, `${base}/s/3`, REFERRAL]);
  assert.equal(r.status, 403, 'a 403 at the destination is still the destination');
  const c = classifyUrl(r.finalUrl, sample);
  assert.deepEqual([c?.role, c?.firmId, c?.referralCode], ['referral', 'qorvex', 'QX77']);
  assert.ok(hits.includes('HEAD /s/1') && !hits.includes('GET /s/1'), 'HEAD answered, no GET needed');
});

test('falls back to GET when HEAD is refused, and follows <meta refresh>', async () => {
  const expand = createLinkExpander({ ...opts, allowPrivate: true });
  const a = await expand(`${base}/head405`);
  assert.deepEqual([a.finalUrl, a.error], [`${base}/final`, undefined]);
  const b = await expand(`${base}/meta`);
  assert.deepEqual([b.finalUrl, b.error, b.hops.length], [`${base}/final`, undefined, 2]);
});

test('refuses loopback in every spelling without allowPrivate: the server gets no hit', async () => {
  const before = hits.length;
  const expand = createLinkExpander(opts);
  for (const url of [
    `${base}/s/1`,
    `http://localhost:${port}/s/1`,
    `http://0x7f000001:${port}/s/1`,
    `http://2130706433:${port}/s/1`,
    `http://0177.0.0.1:${port}/s/1`,
    `http://127.1:${port}/s/1`,
    `http://[::1]:${port}/s/1`,
    `http://[::ffff:127.0.0.1]:${port}/s/1`,
  ]) {
    const r = await expand(url);
    assert.match(r.error ?? '', /^refused/, url);
    assert.deepEqual(r.hops, [], url);
  }
  assert.equal(hits.length, before, 'no request reached the server');
});

test('refuses private, link-local, CGNAT, unspecified and mapped addresses before any request', async () => {
  const spy = spyFetch();
  const expand = createLinkExpander({ ...opts, fetchImpl: spy.fetchImpl });
  for (const url of [
    'http://10.0.0.1/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://192.168.1.1/',
    'http://172.16.0.1/',
    'http://0.0.0.0/',
    'http://[::]/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://[::ffff:a9fe:a9fe]/',
    'http://[64:ff9b::a00:1]/',
    'http://224.0.0.1/',
  ]) {
    const r = await expand(url);
    assert.match(r.error ?? '', /^refused/, url);
  }
  for (const url of ['ftp://example.com/x', 'file:///etc/passwd', 'javascript:alert(1)']) {
    assert.ok((await expand(url)).error, url);
  }
  assert.deepEqual(spy.calls, []);
});

test('refuses host names that resolve to a private address (any of them), and odd ports', async () => {
  const spy = spyFetch();
  const dns: Record<string, string[]> = {
    'evil.test': ['10.0.0.5'],
    'mixed.test': ['203.0.114.7', '127.0.0.1'],
    'v6.test': ['::1'],
    'public.test': ['203.0.114.7'],
  };
  const expand = createLinkExpander({ ...opts, fetchImpl: spy.fetchImpl, lookupImpl: async (h) => dns[h] ?? [] });
  for (const url of ['https://evil.test/', 'https://mixed.test/', 'https://v6.test/', 'https://public.test:6379/']) {
    assert.match((await expand(url)).error ?? '', /^refused/, url);
  }
  assert.match((await expand('https://nxdomain.test/')).error ?? '', /dns lookup failed/);
  assert.deepEqual(spy.calls, []);
});

test('a public hop that redirects to the metadata address is stopped at that redirect', async () => {
  const calls: string[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    calls.push(`${init?.method} ${String(input)}`);
    assert.equal(init?.redirect, 'manual');
    return new Response(null, { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
  };
  const expand = createLinkExpander({ ...opts, fetchImpl, lookupImpl: async () => ['203.0.114.7'] });
  const r = await expand('https://short.test/abc');
  assert.match(r.error ?? '', /^refused/);
  // Reported as where the link leads, but never requested.
  assert.equal(r.finalUrl, 'http://169.254.169.254/latest/meta-data/');
  assert.deepEqual(r.hops, ['https://short.test/abc']);
  assert.deepEqual(calls, ['HEAD https://short.test/abc']);
});

test('caps redirects on a loop', async () => {
  const before = hits.filter((h) => h.endsWith('/loop')).length;
  const expand = createLinkExpander({ ...opts, maxRedirects: 3, allowPrivate: true });
  const r = await expand(`${base}/loop`);
  assert.match(r.error ?? '', /too many redirects/);
  assert.equal(r.hops.length, 4);
  assert.equal(hits.filter((h) => h.endsWith('/loop')).length - before, 4);
});

test('caps bytes read from an endless body', async () => {
  const expand = createLinkExpander({ ...opts, maxBytes: 1000, timeoutMs: 5000, allowPrivate: true });
  const started = performance.now();
  const r = await expand(`${base}/big`);
  assert.equal(r.error, undefined);
  assert.equal(r.finalUrl, `${base}/big`);
  assert.ok(performance.now() - started < 2000, 'did not wait for the body to end');
  for (let i = 0; i < 50 && !bigClosed; i++) await new Promise((res) => setTimeout(res, 20));
  assert.ok(bigClosed, 'the connection was closed by the expander');
  assert.ok(bigBytesWritten < 64 * 1024 * 1024, `server wrote ${bigBytesWritten} bytes before the client left`);
});

test('caps total time against a server that never answers', async () => {
  const expand = createLinkExpander({ ...opts, timeoutMs: 300, allowPrivate: true });
  const started = performance.now();
  const r = await expand(`${base}/hang`);
  const ms = performance.now() - started;
  assert.match(r.error ?? '', /timed out/);
  assert.ok(ms < 2000, `took ${ms} ms`);
});

test('metaRefreshTarget reads the URL, ignores other meta tags and survives junk', () => {
  assert.equal(metaRefreshTarget('<meta charset="utf-8"><meta http-equiv="refresh" content="0;url=https://x.io/A?b=1">'), 'https://x.io/A?b=1');
  assert.equal(metaRefreshTarget('<meta name="x" content="url=nope">'), null);
  assert.equal(metaRefreshTarget('<meta'.repeat(20000)), null);
});

function link(over: Partial<EnrichedLink>): EnrichedLink {
  return {
    url: 'https://bit.ly/a', finalUrl: 'https://bit.ly/a', domain: 'bit.ly', host: 'bit.ly', firmId: null, entity: null,
    role: 'shortener', referralCode: null, genericReferral: false,
    geo: { tldCountry: null, pathLocale: null, langParam: null, appStoreCountry: null }, from: 'text', ...over,
  };
}

test('expandItemLinks expands shorteners only, re-classifies, keeps failures, dedupes destinations', async () => {
  const asked: string[] = [];
  const fake: LinkExpander = async (url): Promise<ExpandResult> => {
    asked.push(url);
    if (url === 'https://bit.ly/a' || url === 'https://t.co/b') return { finalUrl: REFERRAL, hops: [url, REFERRAL] };
    return { finalUrl: url, hops: [], error: 'refused: private address' };
  };
  const links = [
    link({ url: 'bit.ly/a', finalUrl: 'https://bit.ly/a', from: 'links' }),
    link({ url: 'https://t.co/b', finalUrl: 'https://t.co/b', host: 't.co', domain: 't.co' }),
    link({ url: 'https://bit.ly/bad', finalUrl: 'https://bit.ly/bad' }),
    link({ url: 'https://zyntra.com/', finalUrl: 'https://zyntra.com/', role: 'firm_site', firmId: 'zyntra', entity: 'third_country' }),
  ];
  const out = await expandItemLinks(links, fake, sample);
  assert.deepEqual(asked.sort(), ['https://bit.ly/a', 'https://bit.ly/bad', 'https://t.co/b']);
  assert.deepEqual(
    out.map((l) => [l.url, l.finalUrl, l.role, l.firmId, l.referralCode, l.from]),
    [
      ['bit.ly/a', REFERRAL, 'referral', 'qorvex', 'QX77', 'links'],
      ['https://bit.ly/bad', 'https://bit.ly/bad', 'shortener', null, null, 'text'],
      ['https://zyntra.com/', 'https://zyntra.com/', 'firm_site', 'zyntra', null, 'text'],
    ],
  );
  assert.equal(out[0]?.geo.pathLocale, 'fr');
});

test('expandItemLinks with the real expander and local server', async () => {
  const viaLocal: typeof fetch = async (input, init) => {
    const url = String(input).replace('https://bit.ly/', `${base}/`);
    return localFetch(url, init);
  };
  const expand = createLinkExpander({ ...opts, allowPrivate: true, fetchImpl: viaLocal });
  const [out] = await expandItemLinks([link({ url: 'https://bit.ly/s/1', finalUrl: 'https://bit.ly/s/1' })], expand, sample);
  assert.deepEqual([out?.role, out?.firmId, out?.referralCode, out?.url], ['referral', 'qorvex', 'QX77', 'https://bit.ly/s/1']);
});
