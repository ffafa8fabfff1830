// The stored text of a case state must give back exactly the state written (the case is rebuilt
// from it byte for byte), whatever its strings hold, be ASCII, read states written in the form
// before, and refuse a damaged text rather than misread it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FirmCatalogue } from '../../pipelines/firms/catalogue.ts';
import { caseFromState, stateFromEvidence, type CaseState } from '../../pipelines/cases/case-state.ts';
import { loadScoring } from '../../pipelines/cases/scoring-config.ts';
import type { ItemEvidence } from '../../pipelines/cases/item-evidence.ts';
import { INDICATORS } from '../../pipelines/indicators/indicator-codes.ts';
import { asciiJson, parseStateText, stateText, type StoredCaseState } from './case-state-text.ts';

const catalogue = FirmCatalogue.fromJson(JSON.parse(readFileSync(new URL('../../config/sample-firms.json', import.meta.url), 'utf8')), 'sample-firms.json');
const scoring = loadScoring();
const now = new Date('2026-11-01T00:00:00Z');

/** Ids and dates that a separator-based packing would get wrong, and text past Latin-1. */
const AWKWARD = ['x:12:34', 'x:5:', 'x:😀-1', 'x:€|1', 'x:"quoted"\\', 'x:', 'x:0', 'x:ä:ö'];

function evidence(n: number): ItemEvidence[] {
  return Array.from({ length: n }, (_, i) => {
    const itemId = i < AWKWARD.length ? AWKWARD[i]! : `x:${i}-g${i * 7}`;
    const publishedAt = i % 5 === 0 ? `2026-03-0${1 + (i % 9)}T12:00:00+02:00` : i % 11 === 0 ? 'not a date' : `2026-03-0${1 + (i % 9)}T10:00:00.000Z`;
    const code = i % 2 ? 'promo_code' : 'eu_language';
    const def = INDICATORS[code];
    return {
      id: `x:p|qorvex|${itemId}`, pairKey: 'x:p|qorvex', personKey: 'x:p', firmId: 'qorvex', itemId, platform: 'x', url: null, publishedAt,
      person: { handle: 'jürgen_€', name: 'Jürgen “Krypto” 😀', url: null, followers: i },
      language: 'de', euTotalReach: 0,
      indicators: [{ code, guideline: def.guideline, firmId: 'qorvex', detail: `Bonus 100 € — code Ü${i % 13}`, counter: false, country: 'DE' }],
    } satisfies ItemEvidence;
  });
}

function stored(n: number): StoredCaseState {
  return { state: stateFromEvidence(evidence(n), scoring, catalogue)!, pending: [{ id: 'x:p|qorvex|x:€', hash: 'abc' }] };
}

test('a state reads back exactly as written, and its text is ASCII', () => {
  for (const n of [1, 9, 40, 1_300]) {
    const s = stored(n);
    const text = stateText(s);
    assert.equal(Buffer.byteLength(text, 'utf8'), text.length, 'only ASCII characters');
    const back = parseStateText(text);
    assert.ok(back);
    assert.equal(JSON.stringify(back), JSON.stringify(s), `${n} items: same state, same key order`);
    assert.equal(JSON.stringify(caseFromState(back.state, scoring, catalogue, now)), JSON.stringify(caseFromState(s.state, scoring, catalogue, now)));
  }
});

test('a state written in the form before (recent as objects) reads as it is', () => {
  const s = stored(30);
  const back = parseStateText(JSON.stringify(s));
  assert.equal(JSON.stringify(back), JSON.stringify(s));
});

test('a damaged text is refused, never misread', () => {
  const text = stateText(stored(12));
  const recent = (JSON.parse(text) as { recent: string }).recent;
  const withRecent = (r: unknown) => JSON.stringify({ ...(JSON.parse(text) as object), recent: r });
  for (const bad of [
    text.slice(0, -5),
    'null',
    '{}',
    withRecent(recent.slice(0, -1)), // last field cut short
    withRecent(`${recent}3:abc`), // an odd number of fields
    withRecent(`x${recent}`), // no length
    withRecent(`99999999999:${recent}`), // a length past the end
    withRecent(42),
  ]) {
    assert.equal(parseStateText(bad), null, bad.slice(0, 80));
  }
  const noState = JSON.parse(text) as { state: Partial<CaseState> };
  delete noState.state.itemCount;
  assert.equal(parseStateText(JSON.stringify(noState)), null);
});

test('asciiJson escapes every character past U+007F and JSON.parse restores it', () => {
  const value = { a: 'plain', b: 'é€😀\u2028', c: ['ü', 1, null], d: '\ud800' };
  const json = asciiJson(value);
  assert.match(json, /^[\x20-\x7e]*$/);
  assert.deepEqual(JSON.parse(json), value);
  assert.equal(asciiJson({ a: 'plain' }), JSON.stringify({ a: 'plain' }));
});
