import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadCatalogue } from '../firms/load-catalogue.ts';
import { createEnricher } from './create-enricher.ts';
import { createLinkExpansion } from './link-expansion.ts';
import type { NormalizedItem } from '../contracts/item.ts';

const catalogue = loadCatalogue({});

test('with expansion on, a shortened link is followed and the item gets the referral indicator it hides', async () => {
  let hits = 0;
  const server = createServer((req, res) => {
    hits++;
    res.writeHead(301, { location: 'https://qorvex.io/fr/register?ref=HIDDEN7' }).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  try {
    // The shortener is a local server standing in for bit.ly; qorvex.io itself is never contacted
    // (its lookup fails here), and the expander keeps the last hop it reached.
    const expand = createLinkExpansion(catalogue, {
      maxRedirects: 3, timeoutMs: 3000, maxBytes: 4096, allowPrivate: true,
      lookupImpl: async (host) => (host === 'bit.ly' ? ['127.0.0.1'] : Promise.reject(new Error(`no network for ${host}`))),
      fetchImpl: (input, init) => fetch(String(input).replace('http://bit.ly/', `http://127.0.0.1:${port}/`), init),
    });
    const item: NormalizedItem = {
      id: 'x:42', platform: 'x', kind: 'post', publishedAt: '2026-05-01T00:00:00Z', collectedAt: '2026-05-01T00:00:00Z',
      author: { id: 'a', handle: 'someone_fr' }, text: 'Inscris-toi sur Qorvex: http://bit.ly/3abcDEF', links: [], media: [], metrics: {},
      source: { connector: 't', watchlistIds: [] }, evidence: { sha256: 'a'.repeat(64) },
    };
    const enrich = createEnricher({ catalogue });
    const without = enrich(item);
    assert.ok(!without.enrichment.indicators.some((i) => i.code === 'referral_link'));
    const withExpansion = enrich(item, await expand(item));
    assert.ok(hits >= 1, 'the shortener was not asked');
    const ref = withExpansion.enrichment.links.find((l) => l.role === 'referral');
    assert.equal(ref?.firmId, 'qorvex');
    assert.equal(ref?.referralCode, 'HIDDEN7');
    assert.ok(withExpansion.enrichment.indicators.some((i) => i.code === 'referral_link' && i.firmId === 'qorvex'));
  } finally {
    server.close();
  }
});
