// The URL-corpus scorer: counts, rates and per-firm breakdown on rows built here, the corpus file's
// shape and coverage, and the link classifier's figures on the corpus's dev split (held-out rows are
// scored only by the evaluation run, never by tests written while tuning).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { catalogueSchema } from '../firms/firm-schema.ts';
import { DEFAULT_FIRMS_FILE } from '../firms/load-catalogue.ts';
import { classifyUrl } from '../links/classify-url.ts';
import { readUrlCorpus, scoreUrlCorpus, type UrlRow } from './score-urls.ts';

const CORPUS = fileURLToPath(new URL('../../eval/corpora/urls.jsonl', import.meta.url));

const row = (url: string, firm: string, referral: boolean, code: string | null): UrlRow => ({
  url, firm, referral, code, source: 'https://github.com/example/repo/blob/HEAD/README.md', split: 'dev',
});

test('scorer counts found, missed, false and correct non-referral links, and wrong codes', () => {
  const rows = [
    row('https://a.example/ref/A1', 'a.example', true, 'A1'), // found, right code
    row('https://a.example/ref/B2', 'a.example', true, 'B2'), // found, wrong code
    row('https://b.example/ref/C3', 'b.example', true, 'C3'), // missed
    row('https://b.example/docs', 'b.example', false, null), // flagged: false referral
    row('https://b.example/api', 'b.example', false, null), // rightly left alone
  ];
  const verdicts: Record<string, { referral: boolean; code: string | null }> = {
    'https://a.example/ref/A1': { referral: true, code: 'A1' },
    'https://a.example/ref/B2': { referral: true, code: 'XX' },
    'https://b.example/docs': { referral: true, code: 'docs' },
  };
  const s = scoreUrlCorpus(rows, (u) => verdicts[u] ?? { referral: false, code: null });
  assert.deepEqual([s.tp, s.fn, s.fp, s.tn], [2, 1, 1, 1]);
  assert.equal(s.recall, 2 / 3);
  assert.equal(s.falseReferralRate, 0.5);
  assert.equal(s.codeAccuracy, 0.5);
  assert.deepEqual(s.perFirm['a.example'], { tp: 2, fp: 0, fn: 0, tn: 0 });
  assert.deepEqual(s.perFirm['b.example'], { tp: 0, fp: 1, fn: 1, tn: 1 });
  assert.equal(s.errors.length, 3);
});

test('scorer on no rows reports perfect recall and no false referrals rather than NaN', () => {
  const s = scoreUrlCorpus([], () => ({ referral: false, code: null }));
  assert.deepEqual([s.recall, s.falseReferralRate, s.codeAccuracy], [1, 0, 1]);
});

test('a malformed corpus line fails with its line number and field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'urls-'));
  const path = join(dir, 'bad.jsonl');
  writeFileSync(path, `${JSON.stringify(row('https://a.example/', 'a.example', false, null))}\n{"url":"x","firm":"a","referral":"yes","code":null,"source":"https://a.example/","split":"dev"}\n`);
  assert.throws(() => readUrlCorpus(path), /bad\.jsonl:2: field referral/);
});

test('the labelled corpus: 300+ real URLs, 100+ not referrals, 30+ exchanges, both splits mixed', () => {
  const rows = readUrlCorpus(CORPUS);
  assert.ok(rows.length >= 300, `${rows.length} rows`);
  assert.ok(rows.filter((r) => !r.referral).length >= 100);
  assert.ok(new Set(rows.map((r) => r.firm)).size >= 30);
  assert.equal(new Set(rows.map((r) => r.url)).size, rows.length, 'no URL twice');
  for (const r of rows) assert.equal(r.code === null, !r.referral, `${r.url}: a referral has a code, others none`);
  for (const split of ['dev', 'heldout'] as const) {
    const part = rows.filter((r) => r.split === split);
    assert.ok(part.some((r) => r.referral) && part.some((r) => !r.referral), `${split} has both kinds`);
  }
  const heldout = rows.filter((r) => r.split === 'heldout').length / rows.length;
  assert.ok(heldout > 0.2 && heldout < 0.3, `held-out share ${heldout}`);
});

test('link classifier on the dev split: referral recall >= 0.9, false referrals <= 2%, right code >= 95%', () => {
  const catalogue = new FirmCatalogue(catalogueSchema.parse(JSON.parse(readFileSync(DEFAULT_FIRMS_FILE, 'utf8'))).firms);
  const dev = readUrlCorpus(CORPUS).filter((r) => r.split === 'dev');
  const s = scoreUrlCorpus(dev, (u) => {
    const c = classifyUrl(u, catalogue);
    return { referral: c?.role === 'referral', code: c?.referralCode ?? null };
  });
  assert.ok(s.recall >= 0.9, `recall ${s.recall}`);
  assert.ok(s.falseReferralRate <= 0.02, `false referrals ${s.falseReferralRate}`);
  assert.ok(s.codeAccuracy >= 0.95, `code accuracy ${s.codeAccuracy}`);
});
