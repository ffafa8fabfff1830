// config/collections.yaml: the issue's own example parses; every kind of mistake names file:line and field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CollectionsFileError, EU_EEA, parseCollections } from './collections-file.ts';

const example = `collections:
  - name: x-fr
    platform: x
    schedule: "*/15 * * * *"
    timezone: Europe/Paris
    search: ["bybit (code OR parrainage) lang:fr"]
    handles: ["some_handle"]
  - name: meta-fr
    platform: meta_ads
    schedule: "0 6 * * *"
    timezone: Europe/Paris
    searchTerms: ["bybit"]
    pageIds: []
    countries: [FR, BE]
  - name: yt
    platform: youtube
    channels: ["UCa1b2c3d4e5f6g7h8i9j0kA"]
    search: [{ q: "bybit", regionCode: FR, relevanceLanguage: fr }]
  - name: tg
    platform: telegram
    channels: ["some_channel"]
  - name: tt
    platform: tiktok_ads
    searchTerms: ["bybit"]
`;

test('collections file: the documented example parses with defaults filled in', () => {
  const cs = parseCollections(example, 'collections.yaml');
  assert.deepEqual(cs.map((c) => [c.name, c.platform, c.schedule, c.timezone]), [
    ['x-fr', 'x', '*/15 * * * *', 'Europe/Paris'],
    ['meta-fr', 'meta_ads', '0 6 * * *', 'Europe/Paris'],
    ['yt', 'youtube', '0 * * * *', 'UTC'],
    ['tg', 'telegram', '0 * * * *', 'UTC'],
    ['tt', 'tiktok_ads', '0 * * * *', 'UTC'],
  ]);
  const tt = cs[4]!;
  assert.ok(tt.platform === 'tiktok_ads' && tt.countries.length === EU_EEA.length && tt.countries.length === 30);
  const meta = cs[1]!;
  assert.ok(meta.platform === 'meta_ads' && meta.countries.join() === 'FR,BE');
});

function problems(text: string): string[] {
  try {
    parseCollections(text, 'c.yaml');
  } catch (e) {
    assert.ok(e instanceof CollectionsFileError, String(e));
    return e.problems;
  }
  assert.fail('expected the file to be refused');
}

test('collections file: wrong values are refused with file:line and the field', () => {
  const p = problems(`collections:
  - name: x-fr
    platform: x
    schedule: "every morning"
    timezone: Mars/Olympus
    search: ["bybit"]
  - name: meta
    platform: meta_ads
    searchTerms: [bybit]
    countries: [US]
  - name: x-fr
    platform: x
    handles: ["ok_handle"]
`);
  assert.deepEqual(p, [
    'c.yaml:4: collections[0].schedule: not a cron expression (e.g. "*/15 * * * *")',
    'c.yaml:5: collections[0].timezone: not an IANA time zone (e.g. Europe/Paris)',
    'c.yaml:10: collections[1].countries: only EU/EEA countries (the ad libraries publish those)',
    'c.yaml:11: collections[2].name: "x-fr" is used twice (names key the cursors)',
  ]);
});

test('collections file: unknown platforms, nothing to fetch, unknown keys and YAML syntax errors name their line', () => {
  assert.deepEqual(problems('collections:\n  - name: a\n    platform: myspace\n'), [
    "c.yaml:3: collections[0].platform: Invalid discriminator value. Expected 'x' | 'youtube' | 'meta_ads' | 'tiktok_ads' | 'telegram'",
  ]);
  assert.deepEqual(problems('collections:\n  - name: empty\n    platform: x\n'), ['c.yaml:2: collections[0]: "empty" names nothing to fetch']);
  assert.deepEqual(problems('collections:\n  - name: a\n    platform: [x\n'), ['c.yaml:4: Flow sequence in block collection must be sufficiently indented and end with a ]']);
  assert.deepEqual(problems('collection:\n  - name: a\n'), ['c.yaml:1: (root): Unrecognized key: "collection"']);
  // A typo in a key would otherwise fall back to a default silently (all EU countries, say).
  assert.deepEqual(problems('collections:\n  - name: m\n    platform: meta_ads\n    searchTerms: [bybit]\n    countires: [FR]\n'), ['c.yaml:2: collections[0]: Unrecognized key: "countires"']);
});
