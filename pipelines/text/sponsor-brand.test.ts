// A creator's sponsor that the catalogue does not know (decision 0054): "sponsored by" names it, and the disclosure and
// the codes of its paragraph are that brand's, not the crypto firm the post names in passing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEnricher } from '../enrich/create-enricher.ts';
import { createFirmMatcher } from './firm-matcher.ts';
import { namedSponsors } from './sponsor-brand.ts';
import { catalogue, postItem } from './test-fixtures.ts';
import { tokenise } from './tokenise.ts';

const sponsors = (text: string): string[] => {
  const t = tokenise(text);
  return namedSponsors(t, createFirmMatcher(catalogue)(t)).map((s) => s.brand);
};

test('the name after "sponsored by" is a sponsor when the catalogue does not know it', () => {
  assert.deepEqual(sponsors('This video is sponsored by ShieldLane VPN. Code TRAVELSAFE.'), ['ShieldLane VPN']);
  assert.deepEqual(sponsors('Cette vidéo est sponsorisée par DormiPlus, les matelas.'), ['DormiPlus']);
  assert.deepEqual(sponsors('Dieses Video wird gesponsert von Schlafgut.'), ['Schlafgut']);
  // A catalogue firm, a lower-case word, a name on the next line: no sponsor of another brand.
  assert.deepEqual(sponsors('This video is sponsored by Qorvex. Code QX7.'), []);
  assert.deepEqual(sponsors('sponsored by my own savings, lol'), []);
  assert.deepEqual(sponsors('Sponsored by\nQorvex'), []);
});

test("a sponsor's code and disclosure are the brand's, not the crypto firm named in another paragraph", () => {
  const enrich = createEnricher({ catalogue, now: () => new Date('2026-03-02T10:00:00Z') });
  const item = (text: string) => postItem(text, 'lea_fr');
  const e = enrich(item('Cette vidéo est sponsorisée par DormiPlus, les matelas de mon dos : -15 % avec le code DORMI15.\n\nSinon, oui, j\'ai vu les retraits suspendus chez Qorvex ce week-end.')).enrichment;
  assert.deepEqual(e.promoCodes.map((c) => [c.code, c.firmId, c.brand]), [['DORMI15', null, 'DormiPlus']]);
  assert.deepEqual(e.disclosures.map((d) => [d.kind, d.brand]), [['sponsored', 'DormiPlus']]);
  assert.ok(!e.indicators.some((i) => i.code === 'promo_code' || i.code === 'disclosure'), 'neither is put on Qorvex');
  // The firm's own sponsorship stays the firm's.
  const own = enrich(item('Cette vidéo est sponsorisée par Qorvex : code QX7 pour les frais réduits.')).enrichment;
  assert.deepEqual(own.promoCodes.map((c) => [c.code, c.firmId, c.brand]), [['QX7', 'qorvex', undefined]]);
  assert.ok(own.indicators.some((i) => i.code === 'disclosure' && i.firmId === 'qorvex'));
});
