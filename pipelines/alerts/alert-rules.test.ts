// The alert rules file: errors name file, line and field; cron and time zone are validated.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadAlertRules } from './alert-rules.ts';
import { itemAlerts } from './evaluate-rules.ts';

function file(text: string): string {
  const f = join(mkdtempSync(join(tmpdir(), 'rsmon-alerts-')), 'alerts.yaml');
  writeFileSync(f, text);
  return f;
}

test('rules file errors: a bad cron, time zone or level names the file, the line and the field', () => {
  const f = file(['rules:', '  - name: a', '    when: { caseLevel: high }', '    to: [x@nca.example]', '  - name: b', '    when: { watchlist: w }', '    to: [x@nca.example]', '    mode: digest', '    schedule: "61 8 * * *"', '    timezone: Europe/Pariss', ''].join('\n'));
  assert.throws(() => loadAlertRules(f), (e: Error) => e.message.includes(`${f}:9: rules.1.schedule`) && e.message.includes(`${f}:10: rules.1.timezone`));
  const g = file('rules:\n  - name: a\n    when: { caseLevel: urgent }\n    to: [x@nca.example]\n');
  assert.throws(() => loadAlertRules(g), new RegExp(`${g}:3: rules\\.0\\.when`));
  const h = file('rules:\n  - name: a\n    when: { watchlist: w }\n    to: [x@nca.example]\n    mode: digest\n');
  assert.throws(() => loadAlertRules(h), /a digest rule needs a schedule/);
});

test('rules file: the shipped default and example load; a missing file means no rules', () => {
  assert.ok(loadAlertRules('config/alerts.yaml').length >= 1);
  assert.equal(loadAlertRules('config/alerts.example.yaml').filter((r) => r.mode === 'digest').length, 2);
  assert.deepEqual(loadAlertRules('/nonexistent/alerts.yaml'), []);
});

test('new firm domain: only generic referral links off the catalogue, keyed by domain not item', () => {
  const rules = loadAlertRules(file('rules:\n  - name: nd\n    when: { newFirmDomain: true }\n    to: [x@nca.example]\n'));
  const item = (id: string, links: Array<{ domain: string; firmId: string | null; genericReferral: boolean }>) => ({ id, text: '', collectedAt: '2026-01-01T00:00:00Z', enrichment: { links: links.map((l) => ({ ...l, url: `https://${l.domain}/r?ref=1` })), watchlistHits: [] } });
  const a = itemAlerts(rules, item('x:1', [{ domain: 'newx.io', firmId: null, genericReferral: true }, { domain: 'qorvex.io', firmId: 'qorvex', genericReferral: true }, { domain: 'other.io', firmId: null, genericReferral: false }]), new Date());
  assert.deepEqual(a.map((x) => x.dedupKey), ['nd|domain:newx.io|new']);
  const b = itemAlerts(rules, item('x:2', [{ domain: 'newx.io', firmId: null, genericReferral: true }]), new Date());
  assert.equal(b[0]!.id, a[0]!.id, 'a second item with the same domain has the same key (deduplicated)');
});
