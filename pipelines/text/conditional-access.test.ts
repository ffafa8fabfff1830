// Signal groups, copy trading and "DM me for the code" (issue 7, blind27): how access is traded for a sign-up, and the
// words that look like codes there. Each test pins one class with examples written here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findUrls } from '../links/extract-urls.ts';
import { createTextAnalyser } from './analyse-text.ts';
import { detectContext } from './detect-context.ts';
import { catalogue, disclosureKindsIn, postItem, promoCodesIn } from './test-fixtures.ts';

test('code words of Norwegian and Swedish referral schemes announce a code', () => {
  assert.deepEqual(promoCodesIn('Bli med i gruppa: registrer deg på Qorvex med vervekoden FJORD22 og send meg UID'), ['FJORD22']);
  assert.deepEqual(promoCodesIn('Öppna ett Qorvex-konto med hänvisningskoden MALMO7 så får du kursen'), ['MALMO7']);
});

test('a word folded onto an English one is not it: Czech "máte" (you have) is no "mate" whose code it would be', () => {
  assert.deepEqual(promoCodesIn('Qorvex: s kódem ZIMA50 máte první nákup bez poplatku.'), ['ZIMA50']);
  assert.deepEqual(promoCodesIn("Signed up on Qorvex with my mate's code PUB42 last year"), []);
});

test('a word the reader is to send to get the code is no code; one written into the sign-up form is', () => {
  assert.deepEqual(promoCodesIn('Chcete kód na Qorvex? Napište mi „CHCI" do zpráv a pošlu vám ho.'), []);
  assert.deepEqual(promoCodesIn('Qorvex-koodi yksityisviestillä: kirjoita ”KOODI”, niin lähetän sen.'), []);
  assert.deepEqual(promoCodesIn('Qorvex: comment "GROUP" below and I will send you the invite'), []);
  assert.deepEqual(promoCodesIn('Qorvex: scríobh "tonnta" sa bhosca don chód nuair a chláraíonn tú.'), ['tonnta']);
});

test('the pay of a forum, a site or the author "also" earning is a disclosure; "Publi." closing a post is a label', () => {
  assert.deepEqual(disclosureKindsIn('Forum dostaje prowizję od Qorvex za każde polecone konto.'), ['affiliate']);
  assert.deepEqual(disclosureKindsIn('Full transparency: I also earn a cut of the fees of everyone who joins through my code.'), ['affiliate']);
  assert.deepEqual(disclosureKindsIn('Regístrate en Qorvex con mi enlace qorvex.io/i/TORO y deposita 50 USDT. Publi.'), ['sponsored']);
  assert.deepEqual(disclosureKindsIn('Me gusta la publi de Qorvex en la tele'), []);
  const analyse = createTextAnalyser(catalogue);
  const danish = analyse(postItem('Brug koden KASPER10 på Qorvex ved oprettelse. Jeg tjener kommission på dem, der tilmelder sig.'), []);
  assert.deepEqual(danish.disclosures.map((d) => d.kind), ['affiliate']);
});

test('a link cut at the line end before its query parameter takes the parameter back', () => {
  assert.deepEqual(findUrls('eller linket https://qorvex.io/register?\nref=NORD5 tak'), ['https://qorvex.io/register?ref=NORD5']);
});

test('explainers of how groups are paid, and "what is ...?" in Finnish, are context; a post about its own links is not', () => {
  const kinds = (text: string): string[] => detectContext(text).findings.map((f) => f.kind);
  assert.deepEqual(kinds('Så tjänar kanalerna pengar: de får en andel av dina handelsavgifter via börsens program.'), ['explainer']);
  assert.deepEqual(kinds('Mitä on signaaliryhmä? Ryhmä jakaa kauppaideoita maksua vastaan.'), ['explainer']);
  assert.deepEqual(kinds('Disclosure: this page earns a share of trading fees from accounts opened via these links.'), []);
  assert.deepEqual(kinds('Komisija za hartije od vrednosti upozorila je na grupe sa signalima.'), ['report']);
});

test('a product without a seed phrase is no warning about one', () => {
  assert.deepEqual(detectContext('Card wallet: no seed phrase to write down, tap to sign.').findings, []);
  assert.deepEqual(detectContext('Never type your seed phrase into a website.').findings.map((f) => f.kind), ['warning']);
});
