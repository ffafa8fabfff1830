// MEDIA_ANALYSIS=true in the pipeline: the text version is indexed at once, the media version
// replaces it with image evidence, cases get the logo indicator, hostile images are recorded skips,
// and the stage never re-analyses its own output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { createSqliteBus } from '../../infra/bus/sqlite-bus.ts';
import { createSqliteStore } from '../../infra/store/sqlite-store.ts';
import { createLogger } from '../../infra/log/logger.ts';
import { loadCatalogue } from '../../pipelines/firms/load-catalogue.ts';
import { loadScoring } from '../../pipelines/cases/scoring-config.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import type { EnrichedItem } from '../../pipelines/contracts/enriched-item.ts';
import { createServices, waitForDrain } from '../runtime/pipeline.ts';
import { ALL_GROUPS, MEDIA_GROUP } from '../runtime/consumer-groups.ts';
import { TOPIC_SPECS } from '../runtime/topic-specs.ts';
import type { BusMessage } from '../../infra/ports/bus.ts';
import { loadConfig } from '../../infra/config/load-config.ts';
import { colourAnalysers, startHostileServer, testGuard } from '../../test/helpers/media-fixtures.ts';
import { tempDir } from '../../test/helpers/cli.ts';

const raw = (n: number, text: string, media: string[]) => ({
  id: `x:m${n}`, platform: 'x', kind: 'post', publishedAt: '2026-05-01T00:00:00Z', collectedAt: '2026-05-02T00:00:00Z',
  author: { id: `a${n}`, handle: `promoter${n}` }, text, links: [], media: media.map((url) => ({ type: 'image', url })), metrics: {},
  source: { connector: 'test', watchlistIds: [] }, evidence: { sha256: createHash('sha256').update(`m${n}`).digest('hex') },
});

test('media stage in the pipeline: hostile images are skips with reasons, text enrichment is indexed, a logo seen only in an image reaches the case', { timeout: 120_000 }, async () => {
  const server = await startHostileServer();
  const dir = tempDir();
  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  const store = createSqliteStore({ file: join(dir, 'store.sqlite') });
  await bus.ensureTopics(TOPIC_SPECS);
  await store.ensureSchema();
  const config = loadConfig({ MEDIA_ANALYSIS: 'true', DATA_DIR: dir });
  assert.equal(config.MEDIA_ANALYSIS, true);
  const services = createServices({
    bus, store, log: createLogger('silent'), catalogue: loadCatalogue({ dataDir: dir }), scoring: loadScoring(), config,
    analysers: colourAnalysers(), mediaGuard: testGuard,
  });
  assert.ok(services.length === 6, 'MEDIA_ANALYSIS=true adds the media service to the default set');
  for (const s of services) await s.start();
  try {
    const hostile = ['/bomb.png', '/truncated.png', '/page.png', '/huge.png', '/evil.svg', '/to-loopback.png'].map((p) => server.base + p);
    await bus.publish(TOPICS.raw, [
      // Text names the firm: its text enrichment must be indexed whatever the images do.
      { key: 'x:m1', value: JSON.stringify(raw(1, 'Inscris-toi sur https://www.qorvex.io/fr/register?ref=TXTA1 #pub', hostile)) },
      // Text says nothing of any firm: only the image shows the logo and the code.
      { key: 'x:m2', value: JSON.stringify(raw(2, 'Mon astuce du jour, regardez bien l image', [`${server.base}/red.png`])) },
    ]);
    await waitForDrain(bus, { timeoutMs: 90_000, groups: [...ALL_GROUPS, MEDIA_GROUP] });

    const m1 = (await store.get('items', 'x:m1')) as { enrichment: { links: Array<{ referralCode: string | null }>; media?: Array<{ error?: string }> } } | null;
    assert.ok(m1, 'the item with hostile images was not indexed');
    assert.deepEqual(m1.enrichment.links.map((l) => l.referralCode), ['TXTA1']);
    assert.equal(m1.enrichment.media?.length, 6);
    assert.ok(m1.enrichment.media.every((m) => typeof m.error === 'string' && m.error.length > 0), JSON.stringify(m1.enrichment.media));

    const m2 = (await store.get('items', 'x:m2')) as { enrichment: { logos: Array<{ firmId: string }>; media?: Array<{ sha256?: string }> } } | null;
    assert.deepEqual(m2?.enrichment.logos.map((l) => l.firmId), ['qorvex']);
    assert.equal(m2?.enrichment.media?.[0]?.sha256, createHash('sha256').update(server.redPng).digest('hex'));
    const cases = await store.search('cases', { filters: { firmId: 'qorvex' } });
    const caseOfM2 = cases.hits.map((h) => h.doc as { personKey?: string; indicators?: Array<{ code: string; details: string[] }> }).find((c) => c.personKey === 'x:promoter2');
    assert.ok(caseOfM2, `no qorvex case for the image-only item: ${JSON.stringify(cases.hits.map((h) => h.id))}`);
    assert.ok(caseOfM2.indicators?.some((i) => i.code === 'logo' && i.details.some((d) => /score 0\.91, region 0,0 64x64/.test(d))), JSON.stringify(caseOfM2.indicators));

    assert.ok(caseOfM2.indicators?.some((i) => i.code === 'referral_link' && i.details.some((d) => /IMGCODE7.*read in an image/.test(d))), 'the code read in the image is a means of access');

    // No loop: each item went through enrich once and media once, nothing more on the topic.
    const seen: BusMessage[] = [];
    const sub = await bus.subscribe({ group: 'test-enriched-reader', topic: TOPICS.enriched, handle: async (b) => void seen.push(...b) });
    while ((await bus.lag('test-enriched-reader', TOPICS.enriched)) > 0) await new Promise((r) => setTimeout(r, 50));
    await sub.stop();
    assert.deepEqual(seen.map((m) => m.key).sort(), ['x:m1', 'x:m1', 'x:m2', 'x:m2']);
  } finally {
    for (const s of services) await s.stop();
    await store.close();
    await server.close();
  }
});

/** A 640x400 ad: the qorvex icon mark (31 % of the width) and a line with its referral URL, as JPEG (what platforms serve). */
async function qorvexAd(): Promise<Buffer> {
  const icon = await sharp(readFileSync(new URL('../../config/logos/qorvex/icon.svg', import.meta.url)), { density: 300 }).resize(200, 200).png().toBuffer();
  const line = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="560" height="60"><rect width="100%" height="100%" fill="#f4f4f0"/>'
    + '<text x="10" y="40" font-family="DejaVu Sans" font-size="28" fill="#1f2937">qorvex.io/register?ref=QX7K2M</text></svg>');
  return sharp({ create: { width: 640, height: 400, channels: 3, background: { r: 244, g: 244, b: 240 } } })
    .composite([{ input: icon, left: 60, top: 50 }, { input: line, left: 40, top: 320 }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

test('MEDIA_ANALYSIS=true without injected analysers runs the real logo detector and OCR: a logo and a code seen only in an image reach the right case', { timeout: 180_000 }, async () => {
  const dir = tempDir();
  const mediaDir = join(dir, 'media');
  mkdirSync(mediaDir);
  const ad = await qorvexAd();
  writeFileSync(join(mediaDir, 'ad.jpg'), ad);
  const bus = createSqliteBus({ file: join(dir, 'bus.sqlite') });
  const store = createSqliteStore({ file: join(dir, 'store.sqlite') });
  await bus.ensureTopics(TOPIC_SPECS);
  await store.ensureSchema();
  const config = loadConfig({ MEDIA_ANALYSIS: 'true', MEDIA_LOCAL_DIR: mediaDir, DATA_DIR: dir });
  const services = createServices({ bus, store, log: createLogger('silent'), catalogue: loadCatalogue({ dataDir: dir }), scoring: loadScoring(), config });
  for (const s of services) await s.start();
  try {
    const item = { ...raw(3, 'Mon astuce du jour, regardez bien l image', []), media: [{ type: 'image', path: 'ad.jpg' }] };
    await bus.publish(TOPICS.raw, [{ key: 'x:m3', value: JSON.stringify(item) }]);
    await waitForDrain(bus, { timeoutMs: 150_000, groups: [...ALL_GROUPS, MEDIA_GROUP] });
    const m3 = (await store.get('items', 'x:m3')) as { enrichment: EnrichedItem['enrichment'] } | null;
    assert.ok(m3, 'the item was not indexed');
    const e = m3.enrichment;
    assert.equal(e.media?.[0]?.sha256, createHash('sha256').update(ad).digest('hex'), JSON.stringify(e.media));
    const logo = e.logos.find((l) => l.firmId === 'qorvex');
    assert.ok(logo, `qorvex logo not detected: ${JSON.stringify(e.logos)}`);
    assert.deepEqual([logo.path, logo.mediaUrl], ['ad.jpg', null]);
    assert.ok(logo.score >= 0.5 && logo.score <= 1, `score ${logo.score}`);
    // The mark was placed at 60,50 with 200 px sides; the region must cover that place, not the whole image.
    assert.ok(logo.region && Math.abs(logo.region.x - 60) < 20 && Math.abs(logo.region.y - 50) < 20 && Math.abs(logo.region.width - 200) < 40, JSON.stringify(logo.region));
    assert.deepEqual(e.logos.filter((l) => l.firmId !== 'qorvex'), [], 'no other firm is reported');
    const fromImage = e.links.filter((l) => l.from === 'image');
    assert.deepEqual(fromImage.map((l) => [l.firmId, l.referralCode]), [['qorvex', 'QX7K2M']], `OCR text: ${e.media?.[0]?.text}`);
    const cases = await store.search('cases', { filters: { firmId: 'qorvex' } });
    const c = cases.hits.map((h) => h.doc as { personKey?: string; indicators?: Array<{ code: string; details: string[] }> }).find((d) => d.personKey === 'x:promoter3');
    assert.ok(c, `no qorvex case for the image-only item: ${JSON.stringify(cases.hits.map((h) => h.id))}`);
    assert.ok(c.indicators?.some((i) => i.code === 'logo' && i.details.some((d) => /score 0\.\d+, region \d+,\d+ \d+x\d+/.test(d))), JSON.stringify(c.indicators));
    assert.ok(c.indicators?.some((i) => i.code === 'referral_link' && i.details.some((d) => /QX7K2M.*read in an image/.test(d))), JSON.stringify(c.indicators));
  } finally {
    for (const s of services) await s.stop();
    await store.close();
  }
});
