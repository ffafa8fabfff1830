import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { importEsmaFile } from '../../pipelines/firms/esma-import.ts';
import { esmaOverlayPath, readEsmaOverlay } from '../../pipelines/firms/esma-store.ts';
import { CASP_FILE, NCASP_FILE, noEsmaFiles, tempDir } from './esma-files.ts';

const CASP_HEADER =
  'ae_competentAuthority,ae_homeMemberState,ae_lei_name,ae_lei,ae_lei_cou_code,ae_commercial_name,ae_address,ae_website,' +
  'ae_website_platform,ac_authorisationNotificationDate,ac_authorisationEndDate,ac_serviceCode,ac_serviceCode_cou,ac_comments,ac_lastupdate';
const NCASP_HEADER =
  'ae_competentAuthority,ae_homeMemberState,ae_lei_name,ae_lei,ae_lei_cou_code,ae_commercial_name,ae_website,ae_infrigment,ae_reason,' +
  'ae_decision_date,ae_comments,ae_lastupdate';

test('real CASP file: 150 rows, all imported, Bybit EU GmbH read field by field', { skip: noEsmaFiles }, async () => {
  const dir = tempDir();
  const res = await importEsmaFile(CASP_FILE, dir);
  assert.equal(res.kind, 'casp');
  assert.equal(res.rows, 150);
  assert.equal(res.imported, 150);
  assert.deepEqual(res.errors, []);
  const overlay = readEsmaOverlay(dir);
  assert.ok(overlay?.casp);
  assert.equal(overlay.casp.source.encoding, 'utf-8');
  const bybit = overlay.casp.entries.find((e) => e.legalName === 'Bybit EU GmbH');
  assert.ok(bybit, 'Bybit EU GmbH is in the CASP register');
  assert.equal(bybit.line, 2);
  assert.equal(bybit.homeMemberState, 'AT');
  assert.equal(bybit.lei, '5299005V5GBSN2A4C303');
  assert.deepEqual(bybit.commercialNames, ['Bybit']);
  assert.deepEqual(bybit.websites, [{ url: 'www.bybit.eu', host: 'www.bybit.eu', domain: 'bybit.eu' }]);
  assert.equal(bybit.authorisedOn, '2025-05-28');
  assert.deepEqual(bybit.services, ['a', 'c', 'd', 'f', 'j']);
  assert.equal(bybit.passportedCountries.length, 28);
  assert.ok(bybit.passportedCountries.includes('DE') && bybit.passportedCountries.includes('NO'));
  assert.ok(!bybit.passportedCountries.includes('AT'), 'the home state is not in its own passport list');
});

test('real CASP file: the registers\' quirks are repaired or reported', { skip: noEsmaFiles }, async () => {
  const dir = tempDir();
  const res = await importEsmaFile(CASP_FILE, dir);
  const entries = readEsmaOverlay(dir)?.casp?.entries ?? [];
  const byName = (n: string) => entries.find((e) => e.legalName === n);
  // 'https.//coinbase.com' in the register.
  assert.deepEqual(byName('Coinbase Luxembourg S.A.')?.websites.map((w) => w.domain), ['coinbase.com']);
  // A quoted website cell spanning two lines: the record starts on line 91.
  const paysafe = byName('Paysafe Payment Solutions Limited.');
  assert.equal(paysafe?.line, 91);
  assert.deepEqual(paysafe?.websites.map((w) => w.domain), ['skrill.com', 'neteller.com']);
  // Empty home state: taken from the LEI country, with a warning naming the line and field.
  assert.equal(byName('Cryptonow GmbH')?.homeMemberState, 'AT');
  assert.ok(res.warnings.some((w) => w.line === 4 && w.reason.includes('ae_homeMemberState')));
  // "EL" is the EU's code for Greece; the catalogue uses ISO.
  assert.ok(entries.every((e) => !e.passportedCountries.includes('EL')));
  // A page title where the URL should be is reported, not imported as a domain.
  assert.ok(res.warnings.some((w) => w.line === 28 && w.reason.startsWith("ae_website: 'N26")));
  assert.deepEqual(byName('N26 Bank SE')?.websites, []);
});

test('real NCASP file: 101 rows, websites split and normalised', { skip: noEsmaFiles }, async () => {
  const dir = tempDir();
  const res = await importEsmaFile(NCASP_FILE, dir);
  assert.equal(res.kind, 'ncasp');
  assert.equal(res.rows, 101);
  assert.equal(res.imported, 101);
  assert.deepEqual(res.errors, []);
  const entries = readEsmaOverlay(dir)?.ncasp?.entries ?? [];
  const dobibo = entries.find((e) => e.line === 2);
  assert.deepEqual(dobibo?.websites.map((w) => w.domain), ['dobibo.com', 'dobibo1.com', 'dobibo2.com']);
  assert.equal(dobibo?.decisionDate, '2025-02-12');
  const mexc = entries.find((e) => e.commercialNames.includes('MEXC'));
  assert.equal(mexc?.homeMemberState, 'NL');
  assert.match(mexc?.reason ?? '', /without the required MiCAR license/);
  // 'ttps://cryptoin24.io' in the register.
  assert.ok(entries.some((e) => e.websites.some((w) => w.host === 'cryptoin24.io')));
});

test('the register type comes from the header, not the file name', { skip: noEsmaFiles }, async () => {
  const dir = tempDir();
  const misnamed = join(dir, 'NCASP-really-casp.csv');
  copyFileSync(CASP_FILE, misnamed);
  assert.equal((await importEsmaFile(misnamed, dir)).kind, 'casp');
});

test('importing both registers accumulates; re-importing writes the same bytes', { skip: noEsmaFiles }, async () => {
  const dir = tempDir();
  await importEsmaFile(CASP_FILE, dir);
  await importEsmaFile(NCASP_FILE, dir);
  const first = readFileSync(esmaOverlayPath(dir), 'utf8');
  const overlay = readEsmaOverlay(dir);
  assert.equal(overlay?.casp?.entries.length, 150);
  assert.equal(overlay?.ncasp?.entries.length, 101);
  await importEsmaFile(CASP_FILE, dir);
  await importEsmaFile(NCASP_FILE, dir);
  assert.equal(readFileSync(esmaOverlayPath(dir), 'utf8'), first);
});

test('a Windows-1252 file is detected and decoded', async () => {
  const dir = tempDir();
  const file = join(dir, 'ncasp-cp1252.csv');
  const csv =
    `${NCASP_HEADER}\r\n` +
    'Autorité des marchés financiers (AMF),FR,Société Crypto Élite,,,Crypto Élite – Café,https://www.crypto-elite.fr,No,None,03/12/2025,Prix en €,09/12/2025\r\n';
  writeFileSync(file, iconv.encode(csv, 'windows-1252'));
  const res = await importEsmaFile(file, dir);
  assert.deepEqual(res.errors, []);
  const overlay = readEsmaOverlay(dir);
  assert.equal(overlay?.ncasp?.source.encoding, 'windows-1252');
  const entry = overlay?.ncasp?.entries[0];
  assert.equal(entry?.competentAuthority, 'Autorité des marchés financiers (AMF)');
  assert.equal(entry?.legalName, 'Société Crypto Élite');
  assert.deepEqual(entry?.commercialNames, ['Crypto Élite – Café']);
  assert.equal(entry?.comments, 'Prix en €');
  assert.equal(entry?.websites[0]?.domain, 'crypto-elite.fr');
});

test('a UTF-8 BOM is stripped and does not break header detection', async () => {
  const dir = tempDir();
  const file = join(dir, 'bom.csv');
  writeFileSync(file, `\uFEFF${NCASP_HEADER}\r\nCONSOB,IT,Ünïcode Ltd,,,Ünïcode,https://unicode.example,No,None,01/02/2025,,02/02/2025\r\n`);
  const res = await importEsmaFile(file, dir);
  assert.equal(res.imported, 1);
  assert.equal(readEsmaOverlay(dir)?.ncasp?.source.encoding, 'utf-8');
  assert.equal(readEsmaOverlay(dir)?.ncasp?.entries[0]?.legalName, 'Ünïcode Ltd');
});

test('bad records are reported by line and field; the rest still import', async () => {
  const dir = tempDir();
  const file = join(dir, 'casp-bad.csv');
  const ok = (name: string, extra = '') =>
    `FMA,AT,${name} GmbH,,AT,${name},"Street 1, Vienna",https://${name.toLowerCase()}.example,,01/02/2025,,a. custody | c. exchange,DE|FR,${extra},01/02/2025`;
  const lines = [
    CASP_HEADER,
    ok('Alpha'),
    // line 3: an unquoted comma in the address shifts every later column
    'FMA,AT,Beta GmbH,,AT,Beta,Street 1, Vienna,https://beta.example,,01/02/2025,,a. custody,DE,,01/02/2025',
    // line 4: no name at all
    'FMA,AT,,,AT,,Street,https://nameless.example,,01/02/2025,,a. custody,DE,,01/02/2025',
    // line 5: a home state that is not an EEA state, and no LEI country to fall back on
    'FMA,XX,Gamma GmbH,,,Gamma,Street,https://gamma.example,,01/02/2025,,a. custody,DE,,01/02/2025',
    // line 6: an impossible date only drops that cell
    ok('Delta').replace('01/02/2025,,a.', '31/02/2025,,a.'),
    ',,,,,,,,,,,,,,',
  ];
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  const res = await importEsmaFile(file, dir);
  assert.equal(res.rows, 5);
  assert.equal(res.imported, 2);
  assert.deepEqual(res.errors.map((e) => e.line), [3, 4, 5]);
  assert.match(res.errors[0]?.reason ?? '', /expected 15 fields, found 16/);
  assert.match(res.errors[1]?.reason ?? '', /ae_lei_name and ae_commercial_name are both empty/);
  assert.match(res.errors[2]?.reason ?? '', /ae_homeMemberState 'XX' is not an EEA Member State/);
  assert.ok(res.warnings.some((w) => w.line === 6 && w.reason.includes("ac_authorisationNotificationDate: '31/02/2025'")));
  const delta = readEsmaOverlay(dir)?.casp?.entries.find((e) => e.legalName === 'Delta GmbH');
  assert.equal(delta?.authorisedOn, null);
});

test('an unclosed quote is reported at the line where its record starts', async () => {
  const dir = tempDir();
  const file = join(dir, 'ncasp-quote.csv');
  const row = (n: string) => `CONSOB,IT,${n},,,${n},https://${n.toLowerCase()}.example,No,None,01/02/2025,,02/02/2025`;
  writeFileSync(file, [NCASP_HEADER, row('One'), 'CONSOB,IT,"Two,,,Two,https://two.example,No,None,01/02/2025,,02/02/2025'].join('\n'));
  const res = await importEsmaFile(file, dir);
  assert.equal(res.imported, 1);
  assert.equal(res.errors.length, 1);
  assert.equal(res.errors[0]?.line, 3);
  assert.match(res.errors[0]?.reason ?? '', /Quote Not Closed/i);
});

test('a file that is no ESMA register is refused with its columns named', async () => {
  const dir = tempDir();
  const file = join(dir, 'other.csv');
  writeFileSync(file, 'name,website\nFoo,foo.example\n');
  await assert.rejects(importEsmaFile(file, dir), /neither an ESMA CASP nor an NCASP register \(columns: name, website\)/);
});
