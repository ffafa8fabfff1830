// Time bounds on hostile input: every detector must stay linear on ~100k characters built to
// trigger backtracking or quadratic rescans. The ceiling is generous (1 s) so CI noise does not flake.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectDisclosures } from './detect-disclosures.ts';
import { detectEuSignals } from './detect-eu-signals.ts';
import { detectLanguage } from './detect-language.ts';
import { detectPhones } from './detect-phones.ts';
import { maskUrls } from './mask-urls.ts';
import { createMentionDetector } from './mention-detector.ts';
import { createPromoDetector } from './promo-detector.ts';
import { catalogue, hostileTexts } from './test-fixtures.ts';

const CEILING_MS = 1000;
const promo = createPromoDetector(catalogue);
const mentions = createMentionDetector(catalogue);

const detectors: Record<string, (text: string) => unknown> = {
  maskUrls,
  detectLanguage,
  promo: (t) => promo(t, ['qorvex']),
  detectDisclosures,
  detectPhones,
  detectPhonesNational: (t) => detectPhones(t, { defaultCountry: 'FR' }),
  detectEuSignals,
  mentions: (t) => mentions({ text: t, title: t.slice(0, 1000), media: [{ ocrText: t.slice(0, 10_000), altText: t.slice(0, 4096) }] }),
};

for (const [name, run] of Object.entries(detectors)) {
  test(`${name} stays under ${CEILING_MS} ms on 100k hostile characters`, () => {
    run('warm up'); // module-level matchers are built on first import; time only the scan
    for (const [kind, text] of Object.entries(hostileTexts())) {
      const t0 = performance.now();
      run(text);
      const ms = performance.now() - t0;
      assert.ok(ms < CEILING_MS, `${name} on ${kind}: ${ms.toFixed(0)} ms`);
    }
  });
}
