// The language-identification corpus (eval/corpora/language.jsonl): its shape and coverage. The detector's
// figures on it are printed by `rsmon eval`, not asserted here: this corpus measures, it is not tuned to.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { EU_OFFICIAL_LANGUAGES } from '../text/phrases/languages.ts';
import { parseJsonLines } from './posts-corpus.ts';
import { languageRowSchema, type LanguageRow } from './score-language.ts';

const CORPUS = fileURLToPath(new URL('../../eval/corpora/language.jsonl', import.meta.url));
const KINDS = ['clean', 'short', 'code-switched', 'with-noise'];
/** Non-EU languages the pipeline must not read as EU ones (issue 7): each needs rows to be measured. */
const NON_EU = ['tl', 'id', 'tr', 'ru', 'sw', 'uk', 'sr', 'no'];

function readCorpus(): LanguageRow[] {
  const parsed = parseJsonLines(readFileSync(CORPUS, 'utf8'), languageRowSchema, 'language.jsonl');
  assert.deepEqual(parsed.errors, []);
  return parsed.rows;
}

function byLang(rows: readonly LanguageRow[]): Map<string, LanguageRow[]> {
  const m = new Map<string, LanguageRow[]>();
  for (const r of rows) m.set(r.lang, [...(m.get(r.lang) ?? []), r]);
  return m;
}

test('language corpus rows are valid: schema, a known kind, a lower-case two-letter code, non-empty text', () => {
  const rows = readCorpus();
  assert.ok(rows.length >= 300, `${rows.length} rows`);
  for (const r of rows) {
    assert.ok(KINDS.includes(r.kind ?? ''), `kind ${String(r.kind)} of ${JSON.stringify(r.text)}`);
    assert.match(r.lang, /^[a-z]{2}$/, `lang of ${JSON.stringify(r.text)}`);
    assert.ok(r.text.trim().length > 0);
  }
});

test('short rows are 3 to 8 words, so a longer post cannot pass for a short one', () => {
  for (const r of readCorpus().filter((x) => x.kind === 'short')) {
    const words = r.text.trim().split(/\s+/).length;
    assert.ok(words >= 3 && words <= 8, `${words} words: ${JSON.stringify(r.text)}`);
  }
});

test('every EU official language has 10+ rows, and the non-EU look-alikes are present', () => {
  const langs = byLang(readCorpus());
  for (const l of EU_OFFICIAL_LANGUAGES) assert.ok((langs.get(l)?.length ?? 0) >= 10, `${l}: ${langs.get(l)?.length ?? 0} rows`);
  for (const l of NON_EU) assert.ok((langs.get(l)?.length ?? 0) >= 5, `${l}: ${langs.get(l)?.length ?? 0} rows`);
});

test('every language has both a dev and a held-out part, the held-out part about a quarter', () => {
  const rows = readCorpus();
  for (const [l, rs] of byLang(rows)) {
    assert.ok(rs.some((r) => r.split === 'dev'), `${l}: no dev rows`);
    assert.ok(rs.some((r) => r.split === 'heldout'), `${l}: no held-out rows`);
  }
  const share = rows.filter((r) => r.split === 'heldout').length / rows.length;
  assert.ok(share >= 0.2 && share <= 0.33, `held-out share ${share}`);
});

test('no text appears twice (also not with other case or spacing), so no row is counted twice or in both splits', () => {
  const seen = new Map<string, number>();
  readCorpus().forEach((r, i) => {
    const key = r.text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    assert.equal(seen.get(key), undefined, `line ${i + 1} repeats line ${(seen.get(key) ?? 0) + 1}`);
    seen.set(key, i);
  });
});
