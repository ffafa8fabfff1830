// `rsmon enrich` with MEDIA_ANALYSIS=true: local images of an import are hashed as evidence, paths
// outside MEDIA_LOCAL_DIR are refused with a reason, and off (the default) nothing is read at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rsmon, tempDir } from '../../test/helpers/cli.ts';
import { solidPng } from '../../test/helpers/media-fixtures.ts';

test('rsmon enrich: MEDIA_ANALYSIS=true hashes local images under MEDIA_LOCAL_DIR and records a refused traversal; off, media is untouched', { timeout: 60_000 }, async () => {
  const dir = tempDir();
  const mediaDir = join(dir, 'media');
  mkdirSync(mediaDir);
  const png = await solidPng(10, 200, 30);
  writeFileSync(join(mediaDir, 'ad.png'), png);
  writeFileSync(join(dir, 'outside.png'), png);
  const item = {
    id: 'x:cli1', platform: 'x', kind: 'post', publishedAt: '2026-05-01T00:00:00Z', collectedAt: '2026-05-02T00:00:00Z',
    author: { id: 'a1', handle: 'p1' }, text: 'hello', links: [], media: [{ type: 'image', path: 'ad.png' }, { type: 'image', path: '../outside.png' }],
    metrics: {}, source: { connector: 'test', watchlistIds: [] }, evidence: { sha256: 'a'.repeat(64) },
  };
  const file = join(dir, 'items.jsonl');
  writeFileSync(file, `${JSON.stringify(item)}\n`);
  const on = await rsmon(['enrich', file], { DATA_DIR: dir, MEDIA_ANALYSIS: 'true', MEDIA_LOCAL_DIR: mediaDir });
  assert.equal(on.code, 0, on.stderr);
  const media = (JSON.parse(on.stdout.trim()) as { enrichment: { media: Array<{ path: string; sha256?: string; width?: number; error?: string }> } }).enrichment.media;
  assert.equal(media[0]?.sha256, createHash('sha256').update(png).digest('hex'));
  assert.equal(media[0]?.width, 64);
  assert.match(media[1]?.error ?? '', /outside MEDIA_LOCAL_DIR/);
  const off = await rsmon(['enrich', file], { DATA_DIR: dir, MEDIA_LOCAL_DIR: mediaDir });
  assert.equal(off.code, 0, off.stderr);
  assert.equal((JSON.parse(off.stdout.trim()) as { enrichment: { media?: unknown } }).enrichment.media, undefined);
});
