// The versioned-replace rule on its own, with fixed hashes: the conformance suite checks both stores
// apply it, this pins the order and history edge cases deterministically.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareVersions } from '../ports/version-order.ts';
import { applyVersion, MAX_VERSIONS } from './versioned-replace.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const v = (sha256: string, collectedAt: string, doc: Record<string, unknown> = {}) => ({ id: 'x:1', doc: { id: 'x:1', ...doc }, version: { sha256, collectedAt } });
const NOW = '2026-12-04T00:00:00.000Z';

test('version order: capture time by time value (offsets), then the greater hash; unparseable times first', () => {
  assert.ok(compareVersions({ sha256: A, collectedAt: '2026-05-02T10:30:00+01:00' }, { sha256: B, collectedAt: '2026-05-02T09:00:00Z' }) > 0);
  assert.ok(compareVersions({ sha256: B, collectedAt: '2026-05-02T09:00:00Z' }, { sha256: A, collectedAt: '2026-05-02T10:00:00+01:00' }) > 0, 'same instant: hash decides');
  assert.equal(compareVersions({ sha256: A, collectedAt: '2026-05-02T09:00:00Z' }, { sha256: A, collectedAt: '2026-05-02T10:00:00+01:00' }), 0);
  assert.ok(compareVersions({ sha256: C, collectedAt: 'yesterday' }, { sha256: A, collectedAt: '2026-05-02T09:00:00Z' }) < 0);
});

test('a replay of the current version is unchanged; a re-enrichment of the same bytes rewrites content, not history', () => {
  const first = applyVersion(null, v(A, '2026-05-01T00:00:00Z', { text: 't', flag: 1 }), {}, NOW);
  assert.equal(first.outcome, 'created');
  const replay = applyVersion(first.doc, v(A, '2026-05-01T00:00:00Z', { text: 't', flag: 1 }), {}, NOW);
  assert.deepEqual([replay.outcome, replay.changed], ['same', false]);
  const reenriched = applyVersion(first.doc, v(A, '2026-05-01T00:00:00Z', { text: 't', flag: 2 }), {}, NOW);
  assert.deepEqual([reenriched.outcome, reenriched.changed, reenriched.doc.flag], ['same', true, 2]);
  assert.deepEqual(reenriched.doc.versions, first.doc.versions);
});

test('a delivery cannot forge the history; a document stored before versions existed is replaced', () => {
  const forged = applyVersion(null, v(A, '2026-05-01T00:00:00Z', { versions: [{ sha256: C, collectedAt: '2030-01-01T00:00:00Z' }], versionsOmitted: 9 }), {}, NOW);
  assert.deepEqual(forged.doc.versions, [{ sha256: A, collectedAt: '2026-05-01T00:00:00Z' }]);
  assert.equal(forged.doc.versionsOmitted, undefined);
  const legacy = applyVersion({ id: 'x:1', title: 'old', text: 'old' }, v(B, '2026-05-01T00:00:00Z', { text: 'new' }), {}, NOW);
  assert.equal(legacy.outcome, 'replaced');
  assert.deepEqual(legacy.doc, { id: 'x:1', text: 'new', versions: [{ sha256: B, collectedAt: '2026-05-01T00:00:00Z' }] });
});

test('a reverted edit (old bytes captured again later) is a new current version', () => {
  let doc = applyVersion(null, v(A, '2026-05-01T00:00:00Z', { text: 'a' }), {}, NOW).doc;
  doc = applyVersion(doc, v(B, '2026-05-02T00:00:00Z', { text: 'b' }), {}, NOW).doc;
  const back = applyVersion(doc, v(A, '2026-05-03T00:00:00Z', { text: 'a' }), {}, NOW);
  assert.equal(back.outcome, 'replaced');
  assert.deepEqual((back.doc.versions as Array<{ sha256: string }>).map((e) => e.sha256), [A, B, A]);
  assert.equal(applyVersion(back.doc, v(B, '2026-05-02T00:00:00Z', { text: 'b' }), {}, NOW).changed, false, 'the replayed middle version is known');
});

test(`history over ${MAX_VERSIONS}: first capture kept, oldest after it dropped and counted`, () => {
  let doc: Record<string, unknown> | null = null;
  for (let i = 0; i < MAX_VERSIONS + 2; i++) {
    doc = applyVersion(doc, v(i.toString(16).padStart(64, '0'), new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString()), {}, NOW).doc;
  }
  const versions = doc!.versions as Array<{ sha256: string }>;
  assert.equal(versions.length, MAX_VERSIONS);
  assert.equal(versions[0]!.sha256, '0'.padStart(64, '0'));
  assert.equal(versions[1]!.sha256, (3).toString(16).padStart(64, '0'));
  assert.equal(doc!.versionsOmitted, 2);
});
