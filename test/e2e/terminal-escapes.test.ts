// Class "Terminal and ids": escape sequences in post text reach the store as evidence, but never the
// supervisor's terminal through `rsmon run --once` or `rsmon cases`; `--json` stays valid JSON with
// them escaped; an id carrying a control character or a lone surrogate is refused at the contract.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { rsmon, tempDir } from '../helpers/cli.ts';

const ESC = '\u001b';
// What a terminal would act on: ESC, C0 but tab/newline, DEL, C1, bidi controls.
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const item = (n: number, over: Record<string, unknown> = {}) => ({
  id: `x:${n}`, platform: 'x', kind: 'post', publishedAt: '2026-05-01T10:00:00+02:00', collectedAt: '2026-05-02T00:00:00Z',
  author: { id: `a${n}`, handle: `escaper${n}`, name: `Eve ${ESC}]0;pwned\u0007` },
  // Clear screen, colours, an OSC 8 hyperlink, a C1 CSI and a bidi override around a promo code and a referral link:
  // the promo code's detail quotes this text, so it is what a case line would print.
  text: `${ESC}[2JInscris-toi sur Qorvex, code promo LUCIE${n} ${ESC}[31m\u009b1m jusqu’à 100 € de bonus ${ESC}]8;;http://evil.test\u0007ici${ESC}]8;;\u0007 https://www.qorvex.io/fr/register?ref=LUCIE${n} \u202e#pub`,
  links: [], media: [], metrics: {}, source: { connector: 'test', watchlistIds: [] },
  evidence: { sha256: createHash('sha256').update(`esc${n}`).digest('hex') },
  ...over,
});

test('terminal and ids: ANSI in post text does not reach stdout of rsmon run --once or rsmon cases', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const file = join(dir, 'escapes.jsonl');
  const badIds = [item(2, { id: `x:2${ESC}[2J` }), item(3, { id: 'x:3\u0000' }), item(4, { author: { id: '\ud800', handle: null } }), item(5, { author: { id: 'a5', handle: `h${ESC}[8m` } })];
  writeFileSync(file, [item(1), ...badIds].map((o) => JSON.stringify(o)).join('\n') + '\n');
  const data = join(dir, 'state');

  const run = await rsmon(['run', '--once', '--no-sample', '--input', file, '--data', data]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /5 records, 1 published, 4 dead-lettered/, 'ids with control characters or lone surrogates are refused at the contract');
  assert.match(run.stdout, /@escaper1 \(x\)\s+x\s+Qorvex/, 'the case is printed');
  assert.match(run.stdout, /promo code LUCIE1: "/);
  assert.doesNotMatch(run.stdout, ACTIVE);

  const cases = await rsmon(['cases', '--data', data]);
  assert.equal(cases.code, 0, cases.stderr);
  assert.match(cases.stdout, /@escaper1 \(x\)/);
  assert.doesNotMatch(cases.stdout, ACTIVE);

  // JSON keeps the evidence exact (the escape is in the value) but writes it escaped.
  const json = await rsmon(['cases', '--json', '--data', data]);
  assert.equal(json.code, 0, json.stderr);
  assert.doesNotMatch(json.stdout, ACTIVE);
  const lines = json.stdout.trim().split('\n').map((l) => JSON.parse(l) as { person: string; indicators: Array<{ details: string[] }>; firstSeen: string });
  assert.equal(lines.length, 1);
  assert.ok(lines[0]!.indicators.some((i) => i.details.some((d) => d.includes(`${ESC}[31m`))), 'the evidence in the store is unchanged');
  assert.equal(lines[0]!.firstSeen, '2026-05-01T08:00:00.000Z', 'the +02:00 date is stored in UTC');
});
