// Class "Dates": only real ISO-8601 instants with an offset pass the contract, in one canonical form.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemSchema } from './item.ts';
import { compareInstants, normaliseIsoInstant } from './iso-instant.ts';

const base = {
  id: 'x:1', platform: 'x', kind: 'post', publishedAt: '2026-01-01T00:00:00Z', collectedAt: '2026-01-01T00:00:00Z',
  author: { id: 'a' }, source: { connector: 't' }, evidence: { sha256: 'f'.repeat(64) },
};
const ad = (over: Record<string, unknown>) => ({ ...base, platform: 'meta_ads', kind: 'ad', ad: over });

const BAD = [
  'December 31, 1999', '1', '-1', '2026-02-30T10:00:00Z', '2025-02-29T10:00:00Z', '2026-04-31T00:00:00Z', '2026-13-01T00:00:00Z',
  '2026-05-01', '2026-05-01T10:00:00', '2026-05-01 10:00:00Z', '2026-05-01T24:00:00Z', '2026-05-01T10:60:00Z', '2026-05-01T10:00:60Z',
  '2026-05-01T10:00:00+25:00', 'Fri, 01 May 2026 10:00:00 GMT', '', ' 2026-05-01T10:00:00Z', '+002026-05-01T10:00:00Z',
];

test('dates: each bad publishedAt, collectedAt and ad delivery date is refused with a reason naming the field', () => {
  for (const value of BAD) {
    for (const [field, item] of [
      ['publishedAt', { ...base, publishedAt: value }],
      ['collectedAt', { ...base, collectedAt: value }],
      ['ad.deliveryStart', ad({ deliveryStart: value })],
      ['ad.deliveryStop', ad({ deliveryStop: value })],
    ] as const) {
      const r = itemSchema.safeParse(item);
      assert.equal(r.success, false, `${field} = ${JSON.stringify(value)} was accepted`);
      assert.deepEqual(r.error!.issues.map((i) => i.path.join('.')), [field], JSON.stringify(value));
      assert.match(r.error!.issues[0]!.message, /not an ISO-8601 date-time with an offset or Z/);
    }
  }
});

test('dates: a valid instant with an offset is normalised to UTC toISOString form', () => {
  const r = itemSchema.parse({ ...base, publishedAt: '2026-05-01T01:30:00+02:00', collectedAt: '2026-05-01T00:00:00.5-0130', ad: { deliveryStart: '2024-02-29T23:00:00z' } });
  assert.equal(r.publishedAt, '2026-04-30T23:30:00.000Z');
  assert.equal(r.collectedAt, '2026-05-01T01:30:00.500Z');
  assert.equal(r.ad?.deliveryStart, '2024-02-29T23:00:00.000Z');
  // Canonical form is a fixed point, so re-validating a stored item changes nothing.
  assert.equal(itemSchema.parse(r).publishedAt, r.publishedAt);
  assert.equal(normaliseIsoInstant('2026-05-01T12:00Z'), '2026-05-01T12:00:00.000Z');
  assert.equal(normaliseIsoInstant('2026-05-01T12:00:00.123456789+00:00'), '2026-05-01T12:00:00.123Z');
});

test('dates: compared by time value, not by how they are spelled', () => {
  // As text "2026-05-01T01:30:00+02:00" sorts after "2026-04-30T23:45:00Z"; as instants it is earlier.
  assert.ok(compareInstants('2026-05-01T01:30:00+02:00', '2026-04-30T23:45:00Z') < 0);
  assert.equal(compareInstants('2026-05-01T00:00:00+02:00', '2026-04-30T22:00:00.000Z'), 0);
  // A value stored before the contract was strict never sorts before a real date.
  assert.ok(compareInstants('December 31, 1999', '2026-01-01T00:00:00Z') > 0);
  assert.ok(compareInstants('2026-01-01T00:00:00Z', '-1') < 0);
});
