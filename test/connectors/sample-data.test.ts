// The bundled sample data set: valid against the item contract, big and varied enough, consistent with
// its ground truth and with the raw payloads its evidence hashes cover, and reproducible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { itemSchema } from '../../pipelines/contracts/item.ts';
import { generate } from '../../connectors/sample/generate.ts';
import { INDICATOR_CODES, type GroundTruth } from '../../connectors/sample/ground-truth.ts';
import { sampleGroundTruthPath, sampleItemsPath, sampleRawPath } from '../../connectors/sample/sample-connector.ts';

const lines = readFileSync(sampleItemsPath(), 'utf8').trimEnd().split('\n');
const items = lines.map((l) => JSON.parse(l) as Record<string, unknown> & { id: string; platform: string; text: string; publishedAt: string; author: { handle: string } });
const truth = JSON.parse(readFileSync(sampleGroundTruthPath(), 'utf8')) as GroundTruth;
const firms = (JSON.parse(readFileSync(new URL('../../config/sample-firms.json', import.meta.url), 'utf8')) as { firms: Array<{ id: string }> }).firms.map((f) => f.id);
const personKey = (i: (typeof items)[number]) => `${i.platform}:${i.author.handle.replace(/^@/, '').toLowerCase()}`;

test('every sample item validates against itemSchema', () => {
  const problems = items.flatMap((item) => {
    const r = itemSchema.safeParse(item);
    return r.success ? [] : [`${item.id}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`];
  });
  assert.deepEqual(problems, []);
});

test('size, platforms, languages, dates and id formats', () => {
  assert.ok(items.length >= 420, `only ${items.length} items`);
  const platforms = new Set(items.map((i) => i.platform));
  for (const p of ['x', 'youtube', 'meta_ads', 'telegram']) assert.ok(platforms.has(p), `no ${p} items`);
  const langs = new Set(Object.values(truth.items).map((i) => i.lang));
  assert.ok(langs.size >= 10, `only ${langs.size} languages`);
  assert.equal(Object.keys(truth.items).length, items.length, 'ground truth declares a language for every item');
  for (const item of items) {
    assert.ok(item.publishedAt >= '2026-01-01' && item.publishedAt < '2026-11-01', `${item.id} published ${item.publishedAt}`);
    const ok = { x: /^x:\d{18,19}$/, youtube: /^youtube:[A-Za-z0-9_-]{11}$/, meta_ads: /^meta_ads:\d{15,16}$/, telegram: /^telegram:[a-z0-9_]+\/\d+$/ }[item.platform];
    assert.ok(ok?.test(item.id), `bad id ${item.id}`);
  }
  assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'ids are unique');
  assert.equal(new Set(items.map((i) => i.text)).size, items.length, 'no copy-paste texts');
});

test('ground truth: categories, pairs, firms, indicator vocabulary, persons with items', () => {
  const byCategory = truth.counts.byCategory;
  assert.ok((byCategory.noise ?? 0) >= 60, 'at least 60 noise items');
  const soliciting = truth.pairs.filter((p) => p.expected === 'soliciting');
  const decoys = truth.pairs.filter((p) => p.expected === 'decoy');
  // Distinct person × firm pairs, across platforms (one person has one personKey per platform).
  const solicitingPairs = new Set(soliciting.map((p) => `${p.reason}|${p.firm}`));
  assert.ok(solicitingPairs.size >= 14, `${solicitingPairs.size} soliciting person × firm pairs`);
  assert.ok(new Set(decoys.map((p) => p.person)).size >= 12, 'at least 12 decoy persons');
  assert.ok(soliciting.some((p) => p.firm === 'domain:vexaprime.io'), 'the out-of-catalogue firm is in the ground truth');

  const keysWithItems = new Map<string, number>();
  for (const item of items) keysWithItems.set(personKey(item), (keysWithItems.get(personKey(item)) ?? 0) + 1);
  for (const p of truth.pairs) {
    assert.ok(keysWithItems.get(p.person), `${p.person} has no items`);
    assert.ok(p.items >= 1);
    assert.ok(p.firm === '*' || p.firm.startsWith('domain:') || firms.includes(p.firm), `unknown firm ${p.firm}`);
    for (const code of p.indicators) assert.ok((INDICATOR_CODES as readonly string[]).includes(code), `unknown indicator ${code}`);
    if (p.expected === 'soliciting') assert.ok(p.minLevel && !p.maxLevel && p.indicators.includes('referral_link'));
    else assert.ok(p.maxLevel && !p.minLevel);
  }
  for (const [id, meta] of Object.entries(truth.items)) {
    const item = items.find((i) => i.id === id);
    assert.ok(item, `ground truth lists unknown item ${id}`);
    assert.equal(meta.person, personKey(item));
  }
});

test('soliciting items carry what the ground truth says: referral hosts, EU-targeted ads', () => {
  const ads = items.filter((i) => i.platform === 'meta_ads') as unknown as Array<{ ad: { targetLocations: string[]; reachByCountry: Record<string, number>; euTotalReach: number } }>;
  assert.ok(ads.length >= 5);
  for (const a of ads) {
    assert.ok(a.ad.targetLocations.every((c) => /^[A-Z]{2}$/.test(c)), 'ISO alpha-2 target locations');
    assert.equal(Object.values(a.ad.reachByCountry).reduce((s, n) => s + n, 0), a.ad.euTotalReach);
  }
  const all = items.map((i) => JSON.stringify(i)).join('\n');
  for (const host of ['qorvex.io/fr/register?ref=LUCIE50', 'accounts.zyntra.com/de-de/signup?invite_code=MAX100', 'www.vexaprime.io/register?inviteCode=VX42', 'halvora.eu/it/registrazione']) {
    assert.ok(all.includes(host), `no item links to ${host}`);
  }
  const noise = Object.entries(truth.items).filter(([, m]) => m.category === 'noise').map(([id]) => items.find((i) => i.id === id));
  for (const n of noise) assert.doesNotMatch(n?.text ?? '', /qorvex|zyntra|moonvale|brisklane|tradelyx|nebulix|halvora|vexaprime|https?:/i, `noise ${n?.id} names a firm or link`);
});

test('evidence.sha256 is the SHA-256 of the stored raw payload', () => {
  const raws = readFileSync(sampleRawPath(), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; sha256: string; payload: unknown });
  assert.equal(raws.length, items.length);
  const byId = new Map(items.map((i) => [i.id, i as unknown as { evidence: { sha256: string; rawRef: string } }]));
  for (const r of raws) {
    const item = byId.get(r.id);
    assert.ok(item, r.id);
    assert.equal(createHash('sha256').update(JSON.stringify(r.payload)).digest('hex'), item.evidence.sha256, r.id);
    assert.equal(item.evidence.rawRef, `sample/raw/${r.id}`);
  }
  const tweet = raws.find((r) => r.id.startsWith('x:'))?.payload as { data: { id: string; text: string; author_id: string; created_at: string; entities: unknown } };
  assert.ok(tweet.data.id && tweet.data.author_id && tweet.data.created_at && 'entities' in tweet.data, 'X API v2 shape');
});

test('the generator is deterministic and the committed files are its output', () => {
  const { items: again, truth: truthAgain } = generate();
  assert.equal(again.map((i) => JSON.stringify(i)).join('\n'), lines.join('\n'), 'items.jsonl is stale: run node --import tsx connectors/sample/generate.ts');
  assert.deepEqual(truthAgain, truth);
});
