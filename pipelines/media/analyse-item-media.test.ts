// The media stage on one item: hostile images end as a recorded reason, honest ones are hashed,
// analysed and joined into the enrichment; the text enrichment stands whatever the images do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEnricher } from '../enrich/create-enricher.ts';
import { loadCatalogue } from '../firms/load-catalogue.ts';
import { itemSchema } from '../contracts/item.ts';
import { analyseItemMedia, needsMedia, type MediaStageDeps } from './analyse-item-media.ts';
import { noImageAnalysers } from './analysers.ts';
import { colourAnalysers, startHostileServer, testGuard, type HostileServer } from '../../test/helpers/media-fixtures.ts';
import { tempDir } from '../../test/helpers/cli.ts';

let server: HostileServer;
before(async () => { server = await startHostileServer(); });
after(async () => { await server.close(); });

const catalogue = loadCatalogue({ dataDir: tempDir() });
const enrich = createEnricher({ catalogue });
const item = (media: Array<{ url?: string; path?: string }>) =>
  itemSchema.parse({
    id: 'x:media1', platform: 'x', kind: 'post', publishedAt: '2026-05-01T00:00:00Z', collectedAt: '2026-05-02T00:00:00Z',
    author: { id: 'a1', handle: 'promoter' }, text: 'Nouveau sur https://www.qorvex.io/fr/register?ref=TXT1 #pub',
    links: [], media: media.map((m) => ({ type: 'image', ...m })), metrics: {}, source: { connector: 'test', watchlistIds: [] },
    evidence: { sha256: createHash('sha256').update('media1').digest('hex') },
  });
const deps = (over: Partial<MediaStageDeps['options']> = {}, analysers = colourAnalysers()): MediaStageDeps => ({
  enrich, catalogue, analysers,
  options: { maxBytes: 10_000_000, maxPixels: 40_000_000, maxRedirects: 3, timeoutMs: 10_000, guard: testGuard, ...over },
});

test('hostile images: bomb, truncated, HTML as image/png, 50 MB body, SVG with script, redirect to 127.0.0.1 each end with a reason; text enrichment stands', { timeout: 60_000 }, async () => {
  const paths = ['/bomb.png', '/truncated.png', '/page.png', '/huge.png', '/evil.svg', '/to-loopback.png'];
  const before = enrich(item(paths.map((p) => ({ url: server.base + p }))));
  assert.equal(needsMedia(before), true);
  const after = await analyseItemMedia(before, deps());
  const errors = Object.fromEntries((after.enrichment.media ?? []).map((m) => [new URL(m.url!).pathname, m.error ?? '']));
  assert.match(errors['/bomb.png']!, /50000x50000 pixels exceeds/);
  assert.match(errors['/truncated.png']!, /undecodable image/);
  assert.match(errors['/page.png']!, /not a supported image: HTML/);
  assert.match(errors['/huge.png']!, /larger than 10000000 bytes/);
  assert.match(errors['/evil.svg']!, /SVG \(refused/);
  assert.match(errors['/to-loopback.png']!, /refused: private or reserved address 127\.0\.0\.1/);
  // The text's own findings are all still there, and nothing was invented from the failed images.
  assert.deepEqual(after.enrichment.links, before.enrichment.links);
  assert.deepEqual(after.enrichment.indicators, before.enrichment.indicators);
  assert.equal(after.enrichment.logos.length, 0);
  assert.equal(needsMedia(after), false, 'an analysed item must not be analysed again (no loop)');
});

test('a redirect beyond the cap and a non-http scheme are skips with a reason', { timeout: 30_000 }, async () => {
  const it = enrich(item([{ url: `${server.base}/to-loopback.png` }, { url: 'file:///etc/passwd' }]));
  const after = await analyseItemMedia(it, deps({ maxRedirects: 0 }));
  assert.match(after.enrichment.media![0]!.error!, /too many redirects/);
  assert.match(after.enrichment.media![1]!.error!, /refused: scheme file:/);
});

test('a server that stalls mid-body is cut by the fetch deadline with a reason', { timeout: 30_000 }, async () => {
  const it = enrich(item([{ url: `${server.base}/stall.png` }]));
  const after = await analyseItemMedia(it, deps({ timeoutMs: 300 }));
  assert.match(after.enrichment.media![0]!.error!, /timed out after 300 ms/);
});

test('an honest image: its SHA-256 is of the bytes served, logo and image text join the enrichment and the indicators', { timeout: 30_000 }, async () => {
  const it = enrich(item([{ url: `${server.base}/red.png` }]));
  const after = await analyseItemMedia(it, deps());
  const m = after.enrichment.media![0]!;
  assert.equal(m.error, undefined);
  assert.equal(m.sha256, createHash('sha256').update(server.redPng).digest('hex'));
  assert.deepEqual([m.format, m.width, m.height, m.bytes], ['png', 64, 64, server.redPng.length]);
  assert.deepEqual(after.enrichment.logos, [{ firmId: 'qorvex', score: 0.91, region: { x: 0, y: 0, width: 64, height: 64 }, mediaUrl: `${server.base}/red.png` }]);
  const fromImage = after.enrichment.links.filter((l) => l.from === 'image');
  assert.deepEqual(fromImage.map((l) => [l.referralCode, l.firmId]), [['IMGCODE7', 'qorvex']]);
  const logo = after.enrichment.indicators.find((i) => i.code === 'logo');
  assert.ok(logo, `no logo indicator in ${JSON.stringify(after.enrichment.indicators.map((i) => i.code))}`);
  assert.match(logo.detail, /score 0\.91, region 0,0 64x64/);
  // The item's own evidence hash is untouched: image hashes are additional evidence.
  assert.equal(after.evidence.sha256, it.evidence.sha256);
});

test('without analysers (noImageAnalysers): images are still hashed and recorded, nothing detected', { timeout: 30_000 }, async () => {
  const it = enrich(item([{ url: `${server.base}/red.png` }]));
  const after = await analyseItemMedia(it, deps({}, noImageAnalysers()));
  assert.equal(after.enrichment.media![0]!.sha256, createHash('sha256').update(server.redPng).digest('hex'));
  assert.deepEqual(after.enrichment.logos, []);
  assert.deepEqual(after.enrichment.links, it.enrichment.links);
});

test('local paths: read under MEDIA_LOCAL_DIR only; traversal, absolute paths and symlinks out are refused', { timeout: 30_000 }, async () => {
  const root = tempDir();
  const dir = join(root, 'media');
  mkdirSync(dir);
  writeFileSync(join(dir, 'ok.png'), server.redPng);
  writeFileSync(join(root, 'secret.png'), server.redPng);
  symlinkSync(join(root, 'secret.png'), join(dir, 'link.png'));
  const it = enrich(item([{ path: 'ok.png' }, { path: '../secret.png' }, { path: join(root, 'secret.png') }, { path: 'link.png' }]));
  const after = await analyseItemMedia(it, deps({ localDir: dir }));
  const [ok, up, abs, link] = after.enrichment.media!;
  assert.equal(ok!.error, undefined);
  assert.equal(ok!.sha256, createHash('sha256').update(server.redPng).digest('hex'));
  for (const m of [up, abs, link]) assert.match(m!.error!, /outside MEDIA_LOCAL_DIR/);
  assert.deepEqual(after.enrichment.logos.map((l) => [l.firmId, l.path, l.mediaUrl]), [['qorvex', 'ok.png', null]]);
  const unset = await analyseItemMedia(it, deps());
  assert.match(unset.enrichment.media![0]!.error!, /MEDIA_LOCAL_DIR is not set/);
});
