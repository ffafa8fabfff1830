import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FIRMS_FILE, loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { importEsmaFile } from '../../pipelines/firms/esma-import.ts';
import { CASP_FILE, NCASP_FILE, noEsmaFiles, tempDir } from './esma-files.ts';

async function importedDataDir(): Promise<string> {
  const dir = tempDir();
  await importEsmaFile(CASP_FILE, dir);
  await importEsmaFile(NCASP_FILE, dir);
  return dir;
}

test('without an overlay: firms.json plus the sample firms', () => {
  const c = loadCatalogue({ dataDir: tempDir() });
  assert.ok(c.byId('binance'));
  assert.equal(c.byId('qorvex')?.sample, true);
  assert.equal(loadCatalogue({ includeSample: false }).byId('qorvex'), undefined);
  assert.equal(c.byHost('bybit.eu')?.entity, 'eu_authorised');
  assert.equal(c.byHost('accounts.binance.com')?.firm.id, 'binance');
});

test('ESMA CASP entries become EU entities of the matching group', { skip: noEsmaFiles }, async () => {
  const c = loadCatalogue({ dataDir: await importedDataDir() });
  const eu = c.byHost('bybit.eu');
  assert.equal(eu?.firm.id, 'bybit');
  assert.equal(eu?.entity, 'eu_authorised');
  const global = c.byHost('www.bybit.com');
  assert.equal(global?.firm.id, 'bybit');
  assert.equal(global?.entity, 'third_country');

  const bybitEu = c.byId('bybit')?.euEntities.find((e) => e.name === 'Bybit EU GmbH');
  assert.equal(bybitEu?.source, 'esma_casp');
  assert.equal(bybitEu?.homeMemberState, 'AT');
  assert.equal(bybitEu?.passportedCountries.length, 28);
  assert.equal(c.byId('bybit')?.euEntities.length, 1, 'the catalogue entity and the register entry are one entity');

  // Matched by name although the register misspells it ("e Toro"), and by the repaired 'https.//coinbase.com'.
  assert.ok(c.byId('etoro')?.euEntities.some((e) => e.name === 'eToro (Europe) Ltd' && e.source === 'esma_casp'));
  assert.ok(c.byId('coinbase')?.euEntities.some((e) => e.name === 'Coinbase Luxembourg S.A.'));
  // Kraken's two Irish CASPs, one listed as "Kraken Digital Asset Exchange (“Kraken”)" with lost quote characters.
  assert.equal(c.byId('kraken')?.euEntities.length, 2);
  // Bitpanda's three CASPs (AT, DE, MT) all land on the one firm.
  assert.deepEqual(c.byId('bitpanda')?.euEntities.map((e) => e.homeMemberState).sort(), ['AT', 'DE', 'MT']);
});

test('a site shared by the group and its EU entity stays third_country', { skip: noEsmaFiles }, async () => {
  const c = loadCatalogue({ dataDir: await importedDataDir() });
  assert.equal(c.byHost('www.okx.com')?.entity, 'third_country');
  const okxEu = c.byId('okx')?.euEntities.find((e) => e.name === 'OKX Europe Limited');
  assert.deepEqual(okxEu?.sharedDomains, ['okx.com']);
  assert.equal(c.byHost('www.gate.com')?.entity, 'third_country');
});

test('CASPs that match no catalogued firm become eu_authorised firms', { skip: noEsmaFiles }, async () => {
  const c = loadCatalogue({ dataDir: await importedDataDir() });
  const tr = c.byHost('traderepublic.com');
  assert.equal(tr?.firm.status, 'eu_authorised');
  assert.equal(tr?.entity, 'eu_authorised');
  assert.deepEqual(tr?.firm.domains, [], 'an EU-only firm has no third-country domains');
  // EUWAX AG is listed twice: one firm, one entity.
  const euwax = c.firms.filter((f) => f.euEntities.some((e) => e.name === 'EUWAX AG'));
  assert.equal(euwax.length, 1);
  assert.equal(euwax[0]?.euEntities.length, 1);
  // A Swiss group's EU subsidiary on a subdomain does not claim the group's whole domain.
  assert.equal(c.byHost('eu.aminagroup.com')?.entity, 'eu_authorised');
  assert.equal(c.byHost('aminagroup.com'), undefined);
});

test('NCASP websites become non_compliant firms; a catalogued firm gets the notice', { skip: noEsmaFiles }, async () => {
  const c = loadCatalogue({ dataDir: await importedDataDir() });
  const dobibo = c.byHost('dobibo2.com');
  assert.equal(dobibo?.firm.status, 'non_compliant');
  assert.equal(dobibo?.entity, 'third_country');
  // Reported twice (lines 2 and 69) with different sites: one watched firm with all of them.
  assert.equal(c.byHost('dbbddrb.com')?.firm.id, dobibo?.firm.id);
  assert.equal(c.byHost('clients.cryptoin24.com')?.firm.status, 'non_compliant');
  // A clone site borrowing a brand in its name is its own firm, not HTX.
  assert.notEqual(c.byHost('m.htxcoin-az.com')?.firm.id, 'htx');

  const mexc = c.byHost('www.mexc.com');
  assert.equal(mexc?.firm.id, 'mexc');
  assert.equal(mexc?.firm.status, 'third_country');
  assert.match(mexc?.firm.notes ?? '', /ESMA NCASP register \(NCASP20260209\.csv line 101\).*AFM/);

  const nonCompliant = c.firms.filter((f) => f.status === 'non_compliant');
  const ncaspHosts = nonCompliant.flatMap((f) => f.domains);
  assert.ok(nonCompliant.length >= 90, `expected ~97 distinct NCASP entities, got ${nonCompliant.length}`);
  assert.equal(new Set(ncaspHosts).size, ncaspHosts.length, 'no domain is claimed twice');
});

test('loading is independent of the working directory', () => {
  const cwd = process.cwd();
  try {
    process.chdir(tempDir());
    assert.ok(loadCatalogue({}).byId('bybit'));
  } finally {
    process.chdir(cwd);
  }
});

test('a validation error names the file, the firm and the field', () => {
  const dir = tempDir();
  const file = join(dir, 'firms.json');
  const json = JSON.parse(readFileSync(DEFAULT_FIRMS_FILE, 'utf8')) as { firms: Array<Record<string, unknown>> };
  const i = json.firms.findIndex((f) => f.id === 'kucoin');
  json.firms[i] = { ...json.firms[i], domains: ['KuCoin.COM'] };
  writeFileSync(file, JSON.stringify(json));
  assert.throws(
    () => loadCatalogue({ firmsFile: file }),
    (err: Error) => err.message.includes(file) && err.message.includes(`firm 'kucoin' (firms[${i}]): domains.0: must be a lower-case host name`),
  );
});

test('duplicate ids across files and referral hosts outside the firm are refused', () => {
  const dir = tempDir();
  const dup = join(dir, 'dup.json');
  writeFileSync(dup, JSON.stringify({ version: 1, firms: [{ id: 'qorvex', name: 'Other', status: 'third_country', domains: ['other-qorvex.com'] }] }));
  assert.throws(() => loadCatalogue({ firmsFile: dup }), /sample-firms\.json: firm id 'qorvex' is already used in .*dup\.json/);

  const stray = join(dir, 'stray.json');
  const firm = { id: 'strayx', name: 'StrayX', status: 'third_country', domains: ['strayx.com'], referral: [{ host: 'other.com', path: '/r/:code' }] };
  writeFileSync(stray, JSON.stringify({ version: 1, firms: [firm] }));
  assert.throws(() => loadCatalogue({ firmsFile: stray }), /firm 'strayx': referral\.0\.host 'other\.com' is not under one of the firm's domains/);
});

test('a corrupt overlay is an error naming it', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'firms'));
  writeFileSync(join(dir, 'firms', 'esma.json'), '{"version":2}');
  assert.throws(() => loadCatalogue({ dataDir: dir }), /ESMA overlay .*esma\.json: version/);
});
