// Class 2 of issue 7: referral formats. Catalogued firms' path codes, short keys, codes beside other
// parameters, mirror domains and fragment routes; generic patterns for firms not in the catalogue;
// and "ref" in its other senses (git refs, attribution, plain words) staying out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { DEFAULT_FIRMS_FILE } from '../firms/load-catalogue.ts';
import { classifyUrl } from './classify-url.ts';

const catalogue = FirmCatalogue.fromJson(JSON.parse(readFileSync(DEFAULT_FIRMS_FILE, 'utf8')), DEFAULT_FIRMS_FILE);
const empty = new FirmCatalogue([]);

function expectReferral(cat: FirmCatalogue, cases: Array<[string, string | null, string]>): void {
  for (const [url, firmId, code] of cases) {
    const c = classifyUrl(url, cat);
    assert.deepEqual([c?.role, c?.firmId, c?.referralCode], ['referral', firmId, code], url);
  }
}

test('catalogue path codes: /futures/ref/, /reg-CODE, /signup/CODE/<tag>, partner subdomains, mirrors', () => {
  expectReferral(catalogue, [
    ['https://www.binance.me/en/futures/ref/zq7trader', 'binance', 'zq7trader'],
    ['https://www.deribit.com/reg-2231.9904', 'deribit', '2231.9904'],
    ['https://www.gate.io/signup/Qm3RtY8a/ab10?ref_type=103', 'gate', 'Qm3RtY8a'],
    ['https://www.gate.io/signup/Qm3RtY8a?ref_type=103', 'gate', 'Qm3RtY8a'],
    ['https://www.gate.io/ref/7730011', 'gate', '7730011'],
    ['https://partner.bitget.online/bg/K8PX2Q', 'bitget', 'K8PX2Q'],
    ['https://partner.bybitglobal.com/b/moonteam', 'bybit', 'moonteam'],
    ['https://www.okex.com/join/4410077', 'okx', '4410077'],
    ['https://www.bitmex.com/register/Zq81Lp', 'bitmex', 'Zq81Lp'],
    ['https://bingx.com/partner/qtrd/', 'bingx', 'qtrd'],
    ['https://platinum.crypto.com/r/zz81kdq2', 'cryptocom', 'zz81kdq2'],
  ]);
});

test('catalogue short keys and home-page codes: ?a=, ?r=, ?rcode=, ?refcode=, /sign?r=', () => {
  expectReferral(catalogue, [
    ['https://bitvavo.com/?a=11AA22BB33', 'bitvavo', '11AA22BB33'],
    ['http://www.bitmart.com/?r=kQ2wEr', 'bitmart', 'kQ2wEr'],
    ['https://www.kucoin.com/?rcode=Tt9Qw1', 'kucoin', 'Tt9Qw1'],
    ['https://www.bitfinex.com/?refcode=Ab12Cd34', 'bitfinex', 'Ab12Cd34'],
    ['https://www.pionex.com/en-US/sign?r=7yTgQw2e', 'pionex', '7yTgQw2e'],
    ['https://www.binance.com/?ref=77001234', 'binance', '77001234'],
    ['https://www.bybit.com/app/register?ref=qW3rt', 'bybit', 'qW3rt'],
  ]);
});

test('codes beside other parameters: the invite code wins over channel tags and link types', () => {
  expectReferral(catalogue, [
    ['https://www.bitget.com/expressly?languageType=0&channelCode=chan1&vipCode=v9k2', 'bitget', 'v9k2'],
    ['https://www.bitget.com/expressly?languageType=0&channelCode=chan1', 'bitget', 'chan1'],
    ['https://www.bitunix.com/register?inviteCode=ab12cd&vipCode=MYBONUS24', 'bitunix', 'MYBONUS24'],
    ['https://www.bitget.com/referral/register?from=referral&clacCode=QX7PL2', 'bitget', 'QX7PL2'],
  ]);
  expectReferral(empty, [
    ['https://exch.example/trading/signup?c=77kd9x&pid=referral', null, '77kd9x'],
    ['https://exch.example/account?from=referral&clacCode=QX7PL2', null, 'QX7PL2'],
    ['https://www.exch.example/account/register?flag=activity&channelId=600004321', null, '600004321'],
  ]);
});

test('mirror and former domains and fragment routes belong to the catalogued firm', () => {
  expectReferral(catalogue, [
    ['https://www.lbex.io/invite?icode=Q7QQ', 'lbank', 'Q7QQ'],
    ['https://bitmax.io/#/register?inviteCode=KK88LL99', 'ascendex', 'KK88LL99'],
    ['https://www.htx.co.si/invite/zh-cn/1g?invite_code=ab12c', 'htx', 'ab12c'],
    ['https://www.huobi.com/en-us/topic/invited/?invite_code=zz9q1', 'htx', 'zz9q1'],
  ]);
  const api = classifyUrl('https://api.huobi.pro/market/trade?symbol=ethusdt', catalogue);
  assert.deepEqual([api?.role, api?.firmId], ['firm_site', 'htx']);
  const plainAnchor = classifyUrl('https://bitmax.io/#section', catalogue);
  assert.equal(plainAnchor?.finalUrl, 'https://bitmax.io/', 'a plain anchor is still dropped');
});

test('exchanges the generic patterns must not guess: fixed path parts around the code, short keys, referral hosts, fragment routes', () => {
  expectReferral(catalogue, [
    // Path codes between fixed segments or after a fixed prefix in the same segment.
    ['https://cex.io/r/0/up7731002/0/', 'cexio', 'up7731002'],
    ['https://indodax.com/ref/lunarhodl/1', 'indodax', 'lunarhodl'],
    ['https://www.digifinex.com/en-ww/from/Kq8Zt2?channelCode=xYz9Ab', 'digifinex', 'Kq8Zt2'],
    ['https://www.digifinex.vip/en-ww/from/Kq8Zt2/5521****0931', 'digifinex', 'Kq8Zt2'],
    ['https://deeplink.omni.apex.exchange/AFF-4412', 'apex', '4412'],
    ['https://www.tokok.com/indexcode/QW7ER2TY', 'tokok', 'QW7ER2TY'],
    ['https://www.asterdex.com/en/referral/9c1Fa2', 'aster', '9c1Fa2'],
    // Short and unusual query keys on a firm's own pages.
    ['https://www.novadax.com.br/?s=solfan', 'novadax', 'solfan'],
    ['https://bitso.com/?ref=qzwx', 'bitso', 'qzwx'],
    ['https://www.bibox.com/signPage?id=55501234&lang=en', 'bibox', '55501234'],
    ['https://latoken.com/invite?r=k2v9abcd', 'latoken', 'k2v9abcd'],
    ['https://www.btse.com/ref?c=7Hq2Lm', 'btse', '7Hq2Lm'],
    ['https://www.btse.com/referral/pQ4xYz81', 'btse', 'pQ4xYz81'],
    ['https://www.delta.exchange/app/signup/?code=QWX7RP', 'delta', 'QWX7RP'],
    ['https://exmo.me/en/api_doc?ref=4400917', 'exmo', '4400917'],
    ['https://hitbtc.com/?ref_id=9f8e7d6c5b4a3', 'hitbtc', '9f8e7d6c5b4a3'],
    ['https://www.tokocrypto.com/account/signup?ref=Z9Y8X7W6', 'tokocrypto', 'Z9Y8X7W6'],
    // Referral hosts and short domains: the whole path is the code.
    ['https://one.ndax.io/Tq9LmZ', 'ndax', 'Tq9LmZ'],
    ['https://ref.bitbns.com/5550123', 'bitbns', '5550123'],
    ['https://b1.run/users/new?code=ZX81QWER', 'bigone', 'ZX81QWER'],
    ['https://w2.bibox365.com/login/register?invite_code=77Kq1z', 'bibox', '77Kq1z'],
    ['https://id.upbit.com/?ref=G55120', 'upbit', 'G55120'],
    ['https://www.binance.us/?ref=66120045', 'binanceus', '66120045'],
    // Single-page apps: the route and its code live in the fragment.
    ['https://app.gmx.io/#/trade/?ref=moonperps', 'gmx', 'moonperps'],
    ['https://app.mux.network/#/ref/perpking', 'mux', 'perpking'],
    ['https://kwenta.io/?ref=perpking', 'kwenta', 'perpking'],
    ['https://app.paradex.trade/r/degen42', 'paradex', 'degen42'],
    ['https://app.drift.trade/ref/solwhale', 'drift', 'solwhale'],
    ['https://backpack.exchange/join/madlad7', 'backpack', 'madlad7'],
    ['https://www.luno.com/invite/7QK2PX', 'luno', '7QK2PX'],
    ['https://wazirx.com/invite/r4nd0mx1', 'wazirx', 'r4nd0mx1'],
    ['https://www.probit.com/r/55501234', 'probit', '55501234'],
    ['https://www.coinspot.com.au/register?code=QWE7RT', 'coinspot', 'QWE7RT'],
  ]);
});

test("pages of those exchanges stay pages: a format's host is not a licence to read any path or word as a code", () => {
  const pages = [
    'https://one.ndax.io/markets',
    'https://one.ndax.io/login',
    'https://cex.io/r/0/',
    'https://cex.io/api',
    'https://bitso.com/api_info',
    'https://bitso.com/?ref=twitter',
    'https://kwenta.io/?ref=github',
    'https://app.gmx.io/#/trade',
    'https://app.gmx.io/#/trade/?ref=twitter',
    'https://indodax.com/ref/',
    'https://wazirx.com/invite/friends',
    'https://backpack.exchange/join/us',
    'https://app.tokocrypto.com/referral/program',
    'https://www.asterdex.com/en/referral',
    'https://www.bibox.com/signPage?lang=en',
    'https://deeplink.omni.apex.exchange/trade',
    'https://id.upbit.com/service_center/referral_program',
    'https://www.tokok.com/setcommend',
    'https://docs.delta.exchange',
    'https://www.luno.com/en/legal/rewards-and-promotions',
  ];
  for (const url of pages) {
    const c = classifyUrl(url, catalogue);
    assert.notEqual(c?.role, 'referral', `${url} -> ${c?.referralCode}`);
    assert.ok(c?.firmId, `${url} is still the firm's site`);
  }
});

test('generic patterns for firms not in the catalogue: code-named parameters, /ref/, /aff/, ref. subdomains', () => {
  expectReferral(empty, [
    ['https://exch.example/?ref_id=5a5d39a65d466', null, '5a5d39a65d466'],
    ['https://exch.example/?refcode=1x27vNkT', null, '1x27vNkT'],
    ['https://pro.exch.example/signup?affiliation_code=QSWA6G', null, 'QSWA6G'],
    ['https://exch.example/register?invite_code=1429193', null, '1429193'],
    ['https://exch.example/en/invitationRegister?inviterId=1867438', null, '1867438'],
    ['https://exch.example?referredByCode=zpa8kij4ouv', null, 'zpa8kij4ouv'],
    ['https://exch.example/signup?refuid=ID740EA6', null, 'ID740EA6'],
    ['https://auth.exch.example/ref/jHlbB4mIkdS1', null, 'jHlbB4mIkdS1'],
    ['https://exch.example/ref/satoshifan/1', null, 'satoshifan'],
    ['https://exch.example/Aff/63bfed10-e359-420c', null, '63bfed10-e359-420c'],
    ['https://ref.exch.example/1090961', null, '1090961'],
    ['https://exch.example/registration/22689', null, '22689'],
    ['https://exch.example/r/34608773', null, '34608773'],
    ['https://exch.example/users/new?code=D3LLBVFT', null, 'D3LLBVFT'],
    ['https://exch.example/?r=123788', null, '123788'],
    ['https://exch.example/exchange/?ref=57f5638d9cd7', null, '57f5638d9cd7'],
    ['https://www.exch.example/regGetCommission/N3JuT1R3bWx', null, 'N3JuT1R3bWx'],
    ['https://app.exch.example/#/ref/k9trader', null, 'k9trader'],
    ['https://partner.exch.example/d/Qq7Lp2', null, 'Qq7Lp2'],
    ['https://bonus.exch.example/MOON2024', null, 'MOON2024'],
  ]);
  // The same shapes on a catalogued firm's host count for that firm.
  expectReferral(catalogue, [['https://partner.blofin.com/d/Qq7Lp2', 'blofin', 'Qq7Lp2']]);
});

test('"ref" in other senses stays out: git refs, attribution labels, utm_medium=referral, plain words', () => {
  const notReferrals = [
    'https://exch.example/?ref=github',
    'https://exch.example/?ref=producthunt',
    'https://exch.example/?ref=producthunt.com',
    'https://exch.example/pricing?ref=github_readme',
    'https://exch.example/?utm_source=newsletter&utm_medium=referral',
    'https://exch.example/register?ref=main',
    'https://exch.example/signup?ref=twitter',
    'https://www.binance.com/?ref=twitter',
    'https://github.com/binance/binance-connector-python/tree/refs/heads/master',
    'https://github.com/BitonicNL/bl3p-api/tree/master/docs',
    'https://raw.githubusercontent.com/exch/sdk/refs/heads/main/README.md',
    'https://gitlab.com/exch/sdk/-/blob/main/README.md?ref_type=heads',
    'https://exch.example/invite/friends',
    'https://exch.example/referral/program',
    'https://exch.example/join/us',
    'https://exch.example/signup/email',
    'https://exch.example/register/success',
    'https://www.huobi.com/en-us/invite',
    'https://news.kucoin.com/en/referral-bonus-program/',
    'https://www.binance.com/en/activity/referral',
    'https://exch.example/?s=Bitcoin',
    'https://exch.example/i/developer',
    'https://lightning.exch.example/docs?lang=en',
    'https://exch.example/api/v1/depth?symbol=BNBBTC&limit=5',
    'https://www.poloniex.com/?utm_source=ccxt&utm_medium=web',
    'https://exch.example/invite/en-us',
    'https://exch.example/ref/latest',
    'https://exch.example/invite/accept',
    'https://exch.example/signup?ref=hp',
    'https://exch.example/signup?ref=homepage_hero',
    'https://partner.exch.example/terms',
    'https://partner.exch.example/docs/overview',
    'https://exch.example/docs/sdk?ref=v1.2.0',
    'https://bitbucket.org/exch/sdk/src/main/?ref=HEAD2024',
  ];
  for (const url of notReferrals) {
    const c = classifyUrl(url, catalogue);
    assert.notEqual(c?.role, 'referral', `${url} -> ${c?.referralCode}`);
  }
});
