// The evaluation harness on a small fixture corpus with exact figures: the scoring itself must be right
// before any figure it prints is believed.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadScoring } from '../cases/scoring-config.ts';
import { createEnricher } from '../enrich/create-enricher.ts';
import { loadCatalogue } from '../firms/load-catalogue.ts';
import { classifyUrl } from '../links/classify-url.ts';
import { scoreLinks, type UrlRow } from './eval-links.ts';
import { compareKeys, ratios } from './metrics.ts';
import { parseJsonLines, postRowSchema } from './posts-corpus.ts';
import { FIXTURE } from './test-fixture.ts';
import { scorePosts } from './score-posts.ts';

const catalogue = loadCatalogue({ includeSample: false });
const deps = { enrich: createEnricher({ catalogue }), scoring: loadScoring(), catalogue };

test('multiset comparison and ratios: empty denominators are null, not a flattering 1', () => {
  assert.deepEqual(compareKeys(['A', 'A', 'B'], ['A', 'C']), { tp: 1, fp: 1, fn: 2 });
  assert.deepEqual(ratios({ tp: 0, fp: 0, fn: 0 }), { precision: null, recall: null, f1: null });
  assert.deepEqual(ratios({ tp: 1, fp: 1, fn: 0 }), { precision: 0.5, recall: 1, f1: 2 / 3 });
});

test('posts are scored per split with exact counts: a label the text does not bear is a miss', () => {
  const dev = scorePosts(FIXTURE, 'dev', deps);
  assert.equal(dev.posts, 3);
  assert.deepEqual(dev.detectors.promo_code!.total, { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(dev.detectors.disclosure!.total, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(dev.detectors.context!.total, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(dev.contextWithAccess, []);
  assert.deepEqual(dev.cases.map((c) => [c.post, c.level, c.ok]), [['p2', 'none', true]]);
  assert.deepEqual(dev.misses.map((m) => [m.post, m.detector]), [['p3', 'promo_code']]);
  const heldout = scorePosts(FIXTURE, 'heldout', deps);
  assert.equal(heldout.posts, 1);
  assert.deepEqual(heldout.detectors.promo_code!.byKey.get('de'), { tp: 1, fp: 0, fn: 0 });
  assert.equal(scorePosts(FIXTURE, 'all', deps).posts, 4);
});

const SOURCE = 'https://github.com/example/repo/blob/HEAD/README.md';

test('URL corpus: referral recall, false referrals and right codes are counted', () => {
  const rows: UrlRow[] = [
    { url: 'https://accounts.binance.com/register?ref=ABC123', firm: 'binance', referral: true, code: 'ABC123', split: 'dev', source: SOURCE },
    { url: 'https://www.binance.com/en/markets', firm: 'binance', referral: false, code: null, split: 'dev', source: SOURCE },
    { url: 'https://www.okx.com/join/OKX42', firm: 'okx', referral: true, code: 'WRONG', split: 'dev', source: SOURCE },
    { url: 'https://www.bybit.com/en/', firm: 'bybit', referral: false, code: null, split: 'heldout', source: SOURCE },
  ];
  const s = scoreLinks(rows, 'dev', (u) => classifyUrl(u, catalogue));
  assert.deepEqual([s.rows, s.referrals, s.nonReferrals, s.falseReferrals, s.rightCode], [3, 2, 1, 0, 1]);
  assert.deepEqual(s.referral.total, { tp: 2, fp: 0, fn: 0 });
  assert.deepEqual(s.misses.map((m) => m.why), ['code OKX42, want WRONG']);
});

test('a bad corpus line is reported with its number and field, the others are kept', () => {
  const text = `${JSON.stringify(FIXTURE[0])}\n{"id":"x"}\nnot json\n`;
  const parsed = parseJsonLines(text, postRowSchema, 'posts.jsonl');
  assert.equal(parsed.rows.length, 1);
  assert.equal(parsed.errors.length, 2);
  assert.match(parsed.errors[0]!, /^posts\.jsonl:2: split:/);
  assert.match(parsed.errors[1]!, /^posts\.jsonl:3: not JSON/);
});
