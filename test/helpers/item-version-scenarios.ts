// Class of failure: a re-sent item with the same id was merged into the old one, not replaced. The
// old title stayed beside the new text and the new SHA-256 (a stored hash matching neither record),
// and the case went on citing the old version's promo code. Runs the real `rsmon import` twice, then
// `rsmon cases --json`, and reads the stored item back; registered by test/e2e/item-new-version.test.ts
// (embedded default) and test/engines/item-new-version-es.test.ts (Elasticsearch store).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Doc, Store } from '../../infra/ports/store.ts';
import { rsmon, tempDir } from './cli.ts';

export interface ScenarioTarget {
  name: string;
  /** Environment for every `rsmon` run of one test (one test = one store). */
  env: () => Record<string, string>;
  openStore: (data: string, env: Record<string, string>) => Promise<Store>;
}

interface Post {
  handle?: string;
  title?: string;
  text: string;
  collectedAt?: string;
}

const ID = 'x:9001';

/** One JSON line as an export would carry it; no hash, so the importer hashes these exact bytes. */
function line(p: Post, id = ID): string {
  const rec: Record<string, unknown> = {
    id,
    platform: 'x',
    kind: 'post',
    publishedAt: '2026-05-01T10:00:00Z',
    author: { id: p.handle ?? 'lucie_trade', handle: p.handle ?? 'lucie_trade' },
    text: p.text,
    source: { connector: 'test' },
  };
  if (p.title !== undefined) rec.title = p.title;
  if (p.collectedAt !== undefined) rec.collectedAt = p.collectedAt;
  return JSON.stringify(rec);
}

const promo = (code: string) => `J'utilise Qorvex tous les jours, frais ultra bas. Utilise mon code promo ${code} à l'inscription (50 € de bonus de bienvenue). #qorvex`;
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

interface CaseLine {
  id: string;
  level: string;
  itemCount: number;
  evidence: string[];
  indicators: Array<{ code: string; details: string[] }>;
}

/** One test's world: a data dir and a store of its own, and the CLI commands on them. */
function world(target: ScenarioTarget) {
  const data = join(tempDir(), 'data');
  const env = target.env();
  return {
    data,
    async importLines(name: string, lines: string[]): Promise<void> {
      const file = join(data, '..', name);
      writeFileSync(file, `${lines.join('\n')}\n`);
      const r = await rsmon(['import', file, '--data', data], env);
      assert.equal(r.code, 0, r.stderr);
    },
    async cases(): Promise<Map<string, CaseLine & { raw: string }>> {
      const r = await rsmon(['cases', '--json', '--data', data], env);
      assert.equal(r.code, 0, r.stderr);
      const out = new Map<string, CaseLine & { raw: string }>();
      for (const raw of r.stdout.split('\n').filter(Boolean)) {
        const c = JSON.parse(raw) as CaseLine;
        out.set(c.id, { ...c, raw });
      }
      return out;
    },
    async storedItem(id = ID): Promise<Doc> {
      const store = await target.openStore(data, env);
      try {
        const doc = await store.get('items', id);
        assert.ok(doc, `item ${id} is stored`);
        return doc;
      } finally {
        await store.close();
      }
    },
    async casesText(): Promise<string> {
      return (await rsmon(['cases', '--data', data], env)).stdout;
    },
  };
}

const promoCodes = (c: CaseLine) => c.indicators.filter((i) => i.code === 'promo_code').flatMap((i) => i.details);

export function itemVersionScenarios(target: ScenarioTarget): void {
describe(`a re-sent item with the same id is merged, not replaced (${target.name})`, { timeout: 300_000 }, () => {
  test('a new version replaces the item (no old title, its own hash) and the case cites only its promo code', async () => {
    const w = world(target);
    const v1 = line({ title: 'Mon avis sur Qorvex', text: promo('ALPHA50') });
    const v2 = line({ text: promo('BETA70') });
    await w.importLines('v1.jsonl', [v1]);
    const before = (await w.cases()).get('x:lucie_trade|qorvex');
    assert.ok(before && promoCodes(before).some((d) => d.includes('ALPHA50')), 'v1 cites ALPHA50');
    await w.importLines('v2.jsonl', [v2]);

    const all = await w.cases();
    const c = all.get('x:lucie_trade|qorvex');
    assert.ok(c, 'the pair still has its case');
    assert.equal(all.size, 1);
    assert.ok(promoCodes(c).some((d) => d.includes('BETA70')), 'the case cites v2\'s code');
    assert.equal(c.raw.includes('ALPHA50'), false, 'nothing of v1 is left in the case');
    assert.deepEqual(c.evidence, [ID]);
    assert.equal(c.itemCount, 1);

    const item = await w.storedItem();
    assert.equal((item.evidence as { sha256: string }).sha256, sha(v2), 'the stored hash is v2\'s bytes');
    assert.equal('title' in item, false, 'v2 has no title, so the item has none');
    assert.equal(item.text, promo('BETA70'));
    const versions = item.versions as Array<{ sha256: string; collectedAt: string; replacedAt?: string }>;
    assert.deepEqual(versions.map((v) => v.sha256), [sha(v1), sha(v2)], 'both versions\' hashes are kept, oldest first');
    assert.ok(versions[0]!.replacedAt && !versions[1]!.replacedAt);
    assert.equal(versions[1]!.collectedAt, item.collectedAt);

    // The same version again (a re-import) is not a new version and changes no case.
    await w.importLines('v2-again.jsonl', [v2]);
    assert.equal(((await w.storedItem()).versions as unknown[]).length, 2);
    assert.equal((await w.cases()).get('x:lucie_trade|qorvex')?.raw.replace(/"updatedAt":"[^"]*"/, ''), c.raw.replace(/"updatedAt":"[^"]*"/, ''));
  });

  test('an older version arriving after a newer one overwrites neither the item nor the case', async () => {
    const w = world(target);
    const v1 = line({ title: 'Mon avis sur Qorvex', text: promo('ALPHA50'), collectedAt: '2026-05-01T11:00:00Z' });
    const v2 = line({ text: promo('BETA70'), collectedAt: '2026-05-02T11:00:00Z' });
    await w.importLines('v2.jsonl', [v2]);
    await w.importLines('v1-late.jsonl', [v1]);
    // And both in one file, newest first: one batch holds both versions.
    const other = 'x:9002';
    await w.importLines('both.jsonl', [line({ text: promo('GAMMA90'), collectedAt: '2026-05-04T11:00:00Z' }, other), line({ text: promo('DELTA10'), collectedAt: '2026-05-03T11:00:00Z' }, other)]);

    const c = (await w.cases()).get('x:lucie_trade|qorvex');
    assert.ok(c);
    assert.deepEqual(promoCodes(c).map((d) => d.match(/promo code (\w+)/)?.[1]).sort(), ['BETA70', 'GAMMA90']);
    assert.deepEqual(c.evidence.sort(), [ID, other]);
    const item = await w.storedItem();
    assert.equal((item.evidence as { sha256: string }).sha256, sha(v2));
    assert.equal('title' in item, false);
    assert.deepEqual((item.versions as Array<{ sha256: string }>).map((v) => v.sha256), [sha(v1), sha(v2)], 'the late version joins the history, in capture order');
    assert.equal((await w.storedItem(other)).text, promo('GAMMA90'));
  });

  test('a version that no longer supports a pair withdraws its evidence: that case is rebuilt, down to none', async () => {
    const w = world(target);
    // Lucie has two items for Qorvex; x:9001 then changes author (Marc), then names no firm at all.
    await w.importLines('v1.jsonl', [line({ text: promo('ALPHA50') }), line({ text: promo('GAMMA90') }, 'x:9002')]);
    assert.equal((await w.cases()).get('x:lucie_trade|qorvex')?.itemCount, 2);

    await w.importLines('v2.jsonl', [line({ handle: 'marc_invest', text: promo('BETA70') })]);
    let all = await w.cases();
    const lucie = all.get('x:lucie_trade|qorvex');
    assert.ok(lucie);
    assert.deepEqual(lucie.evidence, ['x:9002'], 'the re-authored item no longer counts for Lucie');
    assert.equal(lucie.raw.includes('ALPHA50'), false);
    const marc = all.get('x:marc_invest|qorvex');
    assert.ok(marc && promoCodes(marc).some((d) => d.includes('BETA70')), 'the pair the item supports now has it');

    await w.importLines('v3.jsonl', [line({ handle: 'marc_invest', text: 'Belle journée à la plage, rien à voir avec la crypto.' })]);
    all = await w.cases();
    const gone = all.get('x:marc_invest|qorvex');
    assert.ok(gone, 'the case is kept (with its analyst status), not silently dropped');
    assert.equal(gone.level, 'none');
    assert.equal(gone.itemCount, 0);
    assert.deepEqual(gone.evidence, []);
    assert.deepEqual(gone.indicators, []);
    assert.equal(gone.raw.includes('BETA70'), false);
    assert.deepEqual(all.get('x:lucie_trade|qorvex')?.evidence, ['x:9002'], 'other pairs are untouched');
    assert.equal((await w.casesText()).includes('marc_invest'), false, 'the default listing hides a case with no current evidence');
  });
});
}
