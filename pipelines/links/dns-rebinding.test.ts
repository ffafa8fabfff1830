// Issue 6, class 7: DNS rebinding in link expansion. The address was checked once and each request
// resolved the host again, so a name server could answer "public" to the check and "127.0.0.1" to
// the connection. Now every hop connects only to the addresses that were checked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetch as undiciFetch } from 'undici';
import { createLinkExpander } from './expand-links.ts';
import { pinnedAgent, UncheckedHostError } from '../../infra/http/pinned-agent.ts';

// Two loopback addresses stand for "the public address the guard approved" (127.0.0.1) and "the
// internal address a rebinding answer would send us to" (127.0.0.2, refused by the test's guard).
const CHECKED = '127.0.0.1';
const REBOUND = '127.0.0.2';
const HOST = 'short.rebind.test';

let port = 0;
const hits: Record<string, string[]> = { [CHECKED]: [], [REBOUND]: [] };
const servers: Server[] = [];

function serve(address: string): Promise<void> {
  const server = createServer((req, res) => {
    hits[address]!.push(`${req.method} ${req.headers.host} ${req.url}`);
    if (req.url === '/s/1') {
      res.writeHead(301, { location: `http://${HOST}:${port}/s/2` });
      res.end();
    } else if (req.url === '/s/2') {
      res.writeHead(302, { location: 'https://www.example-exchange.test/register?ref=PINNED1' });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  servers.push(server);
  return new Promise((resolve) => server.listen(port, address, () => {
    port = (server.address() as AddressInfo).port;
    resolve();
  }));
}

before(async () => {
  await serve(CHECKED);
  await serve(REBOUND); // same port on the other loopback address
});

after(async () => {
  for (const s of servers) {
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }
});

test('DNS rebinding: each hop connects to the checked address, resolved once, never to a later answer', async () => {
  const lookups: string[] = [];
  const expand = createLinkExpander({
    maxRedirects: 5,
    timeoutMs: 3000,
    maxBytes: 4096,
    allowAnyPort: true,
    isBlocked: (a) => a === REBOUND,
    // The first answer for each hop is the approved address; any later answer would be the rebound
    // one. The system resolver knows nothing of HOST, so a request that reaches a server at all got
    // there through the pinned address.
    lookupImpl: async (host) => {
      lookups.push(host);
      return lookups.length % 2 === 1 ? [CHECKED] : [REBOUND];
    },
  });
  const r = await expand(`http://${HOST}:${port}/s/1`);
  // Hop 1 resolves (answer 1: checked). Hop 2 resolves again (answer 2: rebound) and is refused
  // before any request: the guard sees what the connection would use.
  assert.deepEqual(lookups, [HOST, HOST]);
  assert.equal(r.error, `refused: ${HOST} resolves to private or reserved address ${REBOUND}`);
  assert.deepEqual(hits[REBOUND], [], 'the rebound address never received a request');
  assert.ok(hits[CHECKED]!.length >= 1 && hits[CHECKED]!.every((h) => h.includes(`${HOST}:${port} /s/1`)), hits[CHECKED]!.join('; '));
  assert.equal(r.finalUrl, `http://${HOST}:${port}/s/2`, 'the refused hop is reported unvisited');
});

test('DNS rebinding: a chain whose every answer passes the check is followed through the pinned addresses', async () => {
  hits[CHECKED]!.length = 0;
  let calls = 0;
  const expand = createLinkExpander({
    maxRedirects: 5,
    timeoutMs: 3000,
    maxBytes: 4096,
    allowAnyPort: true,
    isBlocked: (a) => a === REBOUND,
    lookupImpl: async (host) => {
      calls++;
      // The destination exchange is not contacted in this test: refusing it ends the chain there.
      return host === HOST ? [CHECKED] : [REBOUND];
    },
  });
  const r = await expand(`http://${HOST}:${port}/s/1`);
  assert.equal(calls, 3, 'one lookup per hop, by the guard only');
  assert.equal(r.finalUrl, 'https://www.example-exchange.test/register?ref=PINNED1');
  assert.equal(hits[CHECKED]!.filter((h) => h.startsWith('HEAD')).length, 2);
  assert.deepEqual(hits[REBOUND], []);
});

test('DNS rebinding: the pinned dispatcher refuses any host it was not given', async () => {
  const agent = pinnedAgent(HOST, [CHECKED]);
  try {
    const ok = await undiciFetch(`http://${HOST}:${port}/nothing`, { dispatcher: agent });
    assert.equal(ok.status, 404);
    await assert.rejects(
      undiciFetch(`http://other.rebind.test:${port}/`, { dispatcher: agent }),
      (e: Error) => (e.cause as Error | undefined) instanceof UncheckedHostError,
    );
  } finally {
    await agent.destroy();
  }
});
