// Class "One oversized part rejects the whole post": a post with 300 emoji, a 4,097-character token in
// the bio, or one 4,097-character link used to go to the dead-letter topic whole and never be scored.
// Now the part is capped or masked, the cut is recorded on the enriched and the stored item, and a
// case arises from the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { createSqliteStore } from '../../infra/store/sqlite-store.ts';
import type { Truncation } from '../../pipelines/contracts/item.ts';
import { rsmon, tempDir } from '../helpers/cli.ts';

const post = (n: number, over: Record<string, unknown> = {}) => ({
  id: `x:${n}`, platform: 'x', kind: 'post', publishedAt: '2026-05-01T00:00:00Z', collectedAt: '2026-05-02T00:00:00Z',
  author: { id: `a${n}`, handle: `person${n}` },
  text: `Inscris-toi sur Qorvex avec mon lien https://www.qorvex.io/fr/register?ref=P${n} #pub`,
  links: [], media: [], metrics: {}, source: { connector: 'test', watchlistIds: [] },
  evidence: { sha256: createHash('sha256').update(`oversized${n}`).digest('hex') },
  ...over,
});

const longLink = `https://www.qorvex.io/fr/register?ref=P3&utm=${'u'.repeat(4_097 - 'https://www.qorvex.io/fr/register?ref=P3&utm='.length)}`;
const examples = [
  post(1, { text: `${post(1).text} ${'🚀'.repeat(300)} ${'🔥💎🙌'.repeat(100)}` }),
  post(2, { author: { id: 'a2', handle: 'person2', description: `Trader ${'b'.repeat(4_097)} Lyon` } }),
  post(3, { links: [{ url: longLink }] }),
];
const expected: Record<string, Array<Pick<Truncation, 'field' | 'reason' | 'action' | 'longestPart'>> | undefined> = {
  'x:1': undefined, // 300 emoji are natural text: nothing cut
  'x:2': [{ field: 'author.description', reason: 'long_token', action: 'masked', longestPart: 4_097 }],
  'x:3': [{ field: 'links[0].url', reason: 'too_long', action: 'dropped', longestPart: 4_097 }],
};
const pick = (t: Truncation[] | undefined) => t?.map(({ field, reason, action, longestPart }) => ({ field, reason, action, longestPart }));

test('oversized parts: the three examples are enriched with the cut recorded, stored, and scored into cases', { timeout: 120_000 }, async () => {
  assert.equal(longLink.length, 4_097);
  const dir = tempDir();
  const file = join(dir, 'oversized.jsonl');
  writeFileSync(file, examples.map((o) => JSON.stringify(o)).join('\n') + '\n');

  // The enriched item carries the record.
  const enriched = await rsmon(['enrich', file]);
  assert.equal(enriched.code, 0, enriched.stderr);
  assert.match(enriched.stderr, /3 enriched, 0 refused/);
  const out = enriched.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; truncations?: Truncation[]; author: { description?: string }; enrichment: { indicators: unknown[] } });
  for (const e of out) {
    assert.deepEqual(pick(e.truncations), expected[e.id], e.id);
    assert.ok(e.enrichment.indicators.length > 0, `${e.id}: nothing detected in the rest of the item`);
  }
  assert.equal(out.find((e) => e.id === 'x:2')?.author.description, 'Trader […] Lyon');

  // Through the whole pipeline: nothing dead-lettered, the record in the store, a case per person.
  const data = join(dir, 'state');
  const run = await rsmon(['run', '--once', '--no-sample', '--input', file, '--data', data]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /3 records, 3 published, 0 dead-lettered/);
  assert.match(run.stdout, /enriched 3 items this run \(0 dead-lettered\)/);
  const store = createSqliteStore({ file: join(data, 'store.sqlite') });
  try {
    for (const ex of examples) {
      const stored = (await store.get('items', ex.id)) as { truncations?: Truncation[]; evidence: { sha256: string } } | null;
      assert.ok(stored, `${ex.id} not stored`);
      assert.deepEqual(pick(stored.truncations), expected[ex.id], ex.id);
      assert.equal(stored.evidence.sha256, ex.evidence.sha256, 'the evidence hash is that of the payload as received');
    }
  } finally {
    await store.close();
  }
  const cases = await rsmon(['cases', '--json', '--data', data]);
  assert.equal(cases.code, 0, cases.stderr);
  const persons = cases.stdout.trim().split('\n').map((l) => JSON.parse(l) as { person: string; firm: string }).filter((c) => c.firm === 'qorvex').map((c) => c.person).sort();
  assert.deepEqual(persons, ['x:person1', 'x:person2', 'x:person3']);
});
