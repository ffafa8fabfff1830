// End to end: `rsmon run --once` on the bundled sample data, checked against its ground truth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO, rsmon, tempDir } from '../helpers/cli.ts';

interface Truth {
  person: string;
  firm: string;
  expected: 'soliciting' | 'decoy';
  minLevel?: string;
  maxLevel?: string;
  indicators: string[];
  reason?: string;
}
interface CaseLine {
  person: string;
  firm: string;
  level: string;
  score: number;
  indicators: Array<{ code: string; guideline: string; counter: boolean }>;
  evidence: string[];
}

const RANK: Record<string, number> = { none: 0, low: 1, medium: 2, high: 3 };
const truth: Truth[] = JSON.parse(readFileSync(join(REPO, 'connectors/sample/ground-truth.json'), 'utf8')).pairs;

test('sample run: every soliciting pair found with its firm and indicators; no decoy at medium or high', async () => {
  const data = tempDir();
  // Exactly what the README tells a newcomer to run (`npm start`), pointed at a fresh state directory.
  const run = spawnSync('npm', ['start', '--silent', '--', '--data', data], { cwd: REPO, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'warn' } });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /G2 §20 means of access: referral link/);
  assert.match(run.stdout, /EU nexus: languages/);
  const out = await rsmon(['cases', '--json', '--data', data]);
  assert.equal(out.code, 0, out.stderr);
  const cases: CaseLine[] = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
  const byPair = new Map(cases.map((c) => [`${c.person}|${c.firm}`, c]));

  const soliciting = truth.filter((t) => t.expected === 'soliciting');
  const decoys = truth.filter((t) => t.expected === 'decoy');
  assert.ok(soliciting.length >= 14 && decoys.length >= 12, 'ground truth too small');

  const problems: string[] = [];
  let found = 0;
  for (const t of soliciting) {
    const c = byPair.get(`${t.person}|${t.firm}`);
    const min = t.minLevel ?? 'medium';
    if (!c || RANK[c.level]! < RANK[min]!) {
      problems.push(`missed ${t.person} x ${t.firm}: ${c ? `level ${c.level} score ${c.score}` : 'no case'} (want >= ${min})`);
      continue;
    }
    found++;
    const codes = new Set(c.indicators.map((i) => i.code));
    const missing = t.indicators.filter((code) => !codes.has(code));
    if (missing.length) problems.push(`${t.person} x ${t.firm}: missing indicators ${missing.join(', ')} (has ${[...codes].join(', ')})`);
    for (const i of c.indicators) if (!/^(G1|G2|S6) /.test(i.guideline)) problems.push(`${c.person} x ${c.firm}: indicator ${i.code} cites no paragraph`);
  }
  for (const t of decoys) {
    const c = byPair.get(`${t.person}|${t.firm}`);
    const max = t.maxLevel ?? 'low';
    if (c && RANK[c.level]! > RANK[max]!) problems.push(`decoy ${t.person} x ${t.firm} reached ${c.level} (score ${c.score}; ${t.reason ?? ''})`);
  }
  // Precision over everything the run flagged medium or high, whether or not the ground truth lists it.
  const solicitingKeys = new Set(soliciting.map((t) => `${t.person}|${t.firm}`));
  const flagged = cases.filter((c) => RANK[c.level]! >= RANK.medium!);
  const falsePositives = flagged.filter((c) => !solicitingKeys.has(`${c.person}|${c.firm}`));
  for (const fp of falsePositives) problems.push(`flagged but not soliciting in ground truth: ${fp.person} x ${fp.firm} (${fp.level}, ${fp.score})`);
  const precision = flagged.length ? (flagged.length - falsePositives.length) / flagged.length : 1;
  const recall = found / soliciting.length;
  console.log(`sample ground truth: ${soliciting.length} soliciting pairs, ${decoys.length} decoys; flagged ${flagged.length}; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  assert.deepEqual(problems, []);
});
