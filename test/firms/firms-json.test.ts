import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { getDomain } from 'tldts';
import { catalogueSchema, type Firm } from '../../pipelines/firms/firm-schema.ts';
import { DEFAULT_FIRMS_FILE } from '../../pipelines/firms/load-catalogue.ts';

const firms: Firm[] = catalogueSchema.parse(JSON.parse(readFileSync(DEFAULT_FIRMS_FILE, 'utf8'))).firms;

function ownedDomains(f: Firm): Set<string> {
  return new Set([...f.domains, ...f.mirrorDomains, ...f.euEntities.flatMap((e) => e.domains)]);
}

test('config/firms.json lists at least 60 real firms, none of them sample data', () => {
  assert.ok(firms.length >= 60, `only ${firms.length} firms`);
  assert.ok(firms.every((f) => !f.sample));
  const ids = new Set(firms.map((f) => f.id));
  assert.equal(ids.size, firms.length, 'ids are unique');
  for (const id of ['binance', 'bybit', 'okx', 'kucoin', 'bitget', 'mexc', 'gate', 'htx', 'bingx', 'cryptocom', 'kraken', 'coinbase',
    'bitvavo', 'phemex', 'bitmex', 'deribit', 'pionex', 'lbank', 'coinex', 'whitebit', 'bitfinex', 'xt', 'blofin', 'weex', 'toobit',
    'etoro', 'bitstamp', 'gemini', 'bitpanda', 'bitmart', 'poloniex', 'hyperliquid', 'bitso', 'cexio', 'ndax', 'novadax', 'bibox',
    'kwenta', 'gmx', 'tokok', 'binanceus', 'upbit', 'luno', 'indodax', 'tokocrypto', 'wazirx', 'paradex', 'drift']) {
    assert.ok(ids.has(id), `${id} is catalogued`);
  }
});

test('every referral format is on a host of that firm', () => {
  for (const f of firms) {
    const owned = ownedDomains(f);
    for (const r of f.referral) {
      const domain = getDomain(r.host) ?? r.host;
      assert.ok(owned.has(r.host) || owned.has(domain), `${f.id}: referral host ${r.host} is not one of ${[...owned].join(', ')}`);
    }
  }
});

test('third-country firms have their own domains; EU-only firms keep theirs on the EU entity', () => {
  for (const f of firms) {
    if (f.status === 'third_country') assert.ok(f.domains.length > 0, `${f.id} has third-country domains`);
    if (f.status === 'eu_authorised') {
      assert.deepEqual(f.domains, [], `${f.id}: an EU-only firm's sites must not look third-country`);
      assert.ok(f.euEntities.some((e) => e.domains.length > 0), `${f.id} has an EU entity with a site`);
    }
  }
});

test('no domain is claimed by two firms', () => {
  const seen = new Map<string, string>();
  for (const f of firms) {
    for (const d of ownedDomains(f)) {
      assert.equal(seen.get(d), undefined, `${d} is claimed by ${seen.get(d)} and ${f.id}`);
      seen.set(d, f.id);
    }
  }
});

test('the well-known referral formats are present', () => {
  const has = (id: string, host: string, path: string, param?: string) => {
    const f = firms.find((x) => x.id === id);
    assert.ok(
      f?.referral.some((r) => r.host === host && r.path === path && r.param === param),
      `${id}: ${host}${path}${param ? `?${param}=` : ''}`,
    );
  };
  has('binance', 'accounts.binance.com', '/register', 'ref');
  has('bybit', 'bybit.com', '/invite', 'ref');
  has('bybit', 'bybit.com', '/register', 'affiliate_id');
  has('okx', 'okx.com', '/join/:code');
  has('kucoin', 'kucoin.com', '/r/rf/:code');
  has('kucoin', 'kucoin.com', '/ucenter/signup', 'rcode');
  has('bitget', 'bitget.com', '/referral/register', 'clacCode');
  has('mexc', 'mexc.com', '/register', 'inviteCode');
  has('gate', 'gate.io', '/signup/:code');
  has('htx', 'htx.com', '/invite/en-us/1f', 'invite_code');
  has('bingx', 'bingx.com', '/invite/:code');
  has('cryptocom', 'crypto.com', '/app/:code');
  has('coinbase', 'coinbase.com', '/join/:code');
  has('phemex', 'phemex.com', '/register', 'referralCode');
  has('pionex', 'pionex.com', '/signUp', 'r');
});

test('EU entities carry the ESMA register data', () => {
  const bybitEu = firms.find((f) => f.id === 'bybit')?.euEntities[0];
  assert.equal(bybitEu?.name, 'Bybit EU GmbH');
  assert.equal(bybitEu?.homeMemberState, 'AT');
  assert.deepEqual(bybitEu?.domains, ['bybit.eu']);
  for (const f of firms) {
    for (const e of f.euEntities) assert.ok(e.lei && /^[A-Z0-9]{20}$/.test(e.lei), `${f.id}: ${e.name} has its LEI`);
  }
});
