// Shared fixtures for the text detector tests: the bundled sample firms plus two real-world-style
// firms whose names are ordinary words, to exercise the ambiguous-alias rule.
import { readFileSync } from 'node:fs';
import type { NormalizedItem } from '../contracts/item.ts';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { detectContext } from './detect-context.ts';
import { detectDisclosures } from './detect-disclosures.ts';
import { prepareText } from './prepare.ts';
import { createPromoDetector } from './promo-detector.ts';

const sample = JSON.parse(readFileSync(new URL('../../config/sample-firms.json', import.meta.url), 'utf8')) as { firms: unknown[] };

export const catalogue = FirmCatalogue.fromJson(
  {
    version: 1,
    firms: [
      ...sample.firms,
      { id: 'kraken-like', name: 'Kraken', aliases: ['Kraken', 'Kraken Pro'], status: 'third_country', domains: ['kraken-like.test'], handles: { x: ['krakenlike'] }, hashtags: ['krakenlike'] },
      { id: 'gate-like', name: 'Gate', aliases: ['Gate', 'Gate.io'], status: 'third_country', domains: ['gate-like.test'] },
      { id: 'xt-like', name: 'XT', aliases: ['XT'], status: 'third_country' },
    ],
  },
  'test fixture',
);

const detectPromo = createPromoDetector(catalogue);

/** The promo codes a text gives, read with its context (warnings, explainers, expiries) as the pipeline does. */
export function promoCodesIn(text: string): string[] {
  const p = prepareText(text);
  return detectPromo(p, [], detectContext(p)).promoCodes.map((c) => c.code);
}

/** The disclosure kinds of a text, read with its context, sorted. */
export function disclosureKindsIn(text: string): string[] {
  const p = prepareText(text);
  return detectDisclosures(p, { context: detectContext(p) }).map((d) => d.kind).sort();
}

/** Adversarial inputs of about 100k characters for the time-bound tests. */
export function hostileTexts(n = 100_000): Record<string, string> {
  const fill = (unit: string): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  return {
    letters: fill('a'),
    digits: fill('0'),
    plus: fill('+0'),
    punctuation: fill(')]:.'),
    words: fill('code promo use my code '),
    codes: fill('promo code: '),
    hashtags: fill('#ad #not #sponsored '),
    negations: fill('not not not sponsored '),
    dots: fill('a.'),
    urls: fill('http://a.b/c?d=e '),
    amounts: fill('€1 100 € 5,000 USDT up to 20% fees -'),
    phones: fill('+33 6 12 34 56 78 '),
    colons: fill(' :'),
    mixed: fill('Qorvex Kraken @qorvex #qorvex Europe for French users SEPA iDEAL '),
    nospace: fill('aB1_'),
    accents: fill('é\u0301ß'),
  };
}

/** A post of `handle` with `text`, for tests that enrich whole items. */
export function postItem(text: string, handle = 'someone'): NormalizedItem {
  return {
    id: `x:${handle}`, platform: 'x', kind: 'post', publishedAt: '2026-03-01T10:00:00Z', collectedAt: '2026-03-02T10:00:00Z',
    author: { id: handle, handle }, links: [], media: [], metrics: {}, source: { connector: 'test', watchlistIds: [] }, evidence: { sha256: 'b'.repeat(64) },
    text,
  };
}
