// The labelled URL corpus (eval/corpora/urls.jsonl): its shape and coverage, and the link classifier's
// figures on its dev split. Held-out rows are scored only by `rsmon eval`, never by tests written
// while tuning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FirmCatalogue } from '../firms/catalogue.ts';
import { catalogueSchema } from '../firms/firm-schema.ts';
import { DEFAULT_FIRMS_FILE } from '../firms/load-catalogue.ts';
import { classifyUrl } from '../links/classify-url.ts';
import { scoreLinks, urlRowSchema, type UrlRow } from './eval-links.ts';
import { parseJsonLines } from './posts-corpus.ts';

const CORPUS = fileURLToPath(new URL('../../eval/corpora/urls.jsonl', import.meta.url));

function readCorpus(): UrlRow[] {
  const parsed = parseJsonLines(readFileSync(CORPUS, 'utf8'), urlRowSchema, 'urls.jsonl');
  assert.deepEqual(parsed.errors, []);
  return parsed.rows;
}

test('a URL corpus line without its source, or with a field of the wrong type, is refused by line and field', () => {
  const good = { url: 'https://a.example/', firm: 'a.example', referral: false, code: null, source: 'https://github.com/x/y', split: 'dev' };
  const text = [good, { ...good, source: undefined }, { ...good, referral: 'yes' }].map((r) => JSON.stringify(r)).join('\n');
  const parsed = parseJsonLines(text, urlRowSchema, 'urls.jsonl');
  assert.equal(parsed.rows.length, 1);
  assert.match(parsed.errors[0]!, /^urls\.jsonl:2: source/);
  assert.match(parsed.errors[1]!, /^urls\.jsonl:3: referral/);
});

test('the labelled corpus: 300+ real URLs, 100+ not referrals, 30+ exchanges, both splits mixed', () => {
  const rows = readCorpus();
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
  const s = scoreLinks(readCorpus(), 'dev', (u) => classifyUrl(u, catalogue));
  const recall = s.referral.total.tp / s.referrals;
  assert.ok(recall >= 0.9, `recall ${recall}: ${JSON.stringify(s.misses)}`);
  assert.ok(s.falseReferrals / s.nonReferrals <= 0.02, `false referrals ${s.falseReferrals}/${s.nonReferrals}`);
  assert.ok(s.rightCode / s.referral.total.tp >= 0.95, `right code ${s.rightCode}/${s.referral.total.tp}`);
});
