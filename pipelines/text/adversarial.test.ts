// Hostile input: every detector must stay linear on ~100k characters built to trigger backtracking or
// quadratic rescans. Linearity is checked as a ratio (100k characters against 25k, best of five interleaved runs each)
// so a loaded machine slows both sides alike: linear work gives about 4, quadratic about 16. An absolute
// ceiling, generous for loaded CI machines, still catches a detector that is linear but pathologically slow.
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

const CEILING_MS = 5000;
const MAX_RATIO = 9;
// Below this the 100k run is too short for a ratio to mean anything (timer and GC noise dominate).
const MEASURABLE_MS = 60;
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

// Small and large runs interleaved, best of five each: on a loaded machine (other processes, a collection) a burst
// of slowness then falls on both sides alike instead of on the large runs only.
const RUNS = 5;
function bestOfInterleaved(run: (text: string) => unknown, small: string, large: string): [number, number] {
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let k = 0; k < RUNS; k++) {
    let t0 = performance.now();
    run(small);
    bestSmall = Math.min(bestSmall, performance.now() - t0);
    t0 = performance.now();
    run(large);
    bestLarge = Math.min(bestLarge, performance.now() - t0);
  }
  return [bestSmall, bestLarge];
}

for (const [name, run] of Object.entries(detectors)) {
  test(`${name} stays linear on 100k hostile characters`, () => {
    run('warm up'); // module-level matchers are built on first import; time only the scan
    const quarter = hostileTexts(25_000);
    for (const [kind, text] of Object.entries(hostileTexts())) {
      run(quarter[kind]!); // warm the paths this kind takes, so the first timed run is not the JIT's
      const [smallMs, ms] = bestOfInterleaved(run, quarter[kind]!, text);
      const small = Math.max(smallMs, 1);
      assert.ok(ms < CEILING_MS, `${name} on ${kind}: ${ms.toFixed(0)} ms`);
      if (ms < MEASURABLE_MS) continue;
      assert.ok(ms / small < MAX_RATIO, `${name} on ${kind}: ${ms.toFixed(0)} ms on 100k characters, ${small.toFixed(0)} ms on 25k (ratio ${(ms / small).toFixed(1)}, linear is about 4)`);
    }
  });
}
