// Evidence verification against the real file archive: a match, a page altered on disk, a page gone,
// an item whose hash was changed, and an item that never pointed into the archive.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFileArchive } from '../../infra/evidence/file-archive.ts';
import { verifyEvidence } from './verify-evidence.ts';
import { mapTelegramPage } from '../telegram/map-telegram.ts';
import { mapMetaPage, metaPageSchema } from '../meta-ads/map-meta-ads.ts';
import { telegramPage } from '../telegram/telegram-page.fixture.ts';

async function archived<T>(bytes: Buffer, map: (sha: string) => T) {
  const archive = createFileArchive(mkdtempSync(join(tmpdir(), 'rsmon-archive-')));
  const entry = await archive.put(bytes);
  return { archive, entry, mapped: map(entry.sha256) };
}

test('evidence verify: an item collected from an archived page verifies; a second put is not a new file', async () => {
  const html = Buffer.from(telegramPage('lucie_signals', 'Lucie', '1K', [{ id: 7, datetime: '2026-11-30T10:00:00Z', html: 'code <b>LUCIE50</b>' }]));
  const { archive, entry, mapped } = await archived(html, (sha) => mapTelegramPage(html.toString(), { collectedAt: '2026-12-01T00:00:00Z', query: null, pageSha256: sha }));
  const r = mapped.records[0]!.result;
  assert.ok(r.tag === 'ok');
  if (r.tag !== 'ok') return;
  assert.equal((await verifyEvidence(r.value, archive)).status, 'ok');
  assert.equal((await archive.put(html)).created, false);
  assert.equal(entry.created, true);

  // Someone edits the archived file: the page no longer hashes to its name.
  writeFileSync(join(archive.dir, entry.sha256.slice(0, 2), entry.sha256), html.toString().replace('LUCIE50', 'OTHER99'));
  const altered = await verifyEvidence(r.value, archive);
  assert.equal(altered.status, 'page-altered');
});

test('evidence verify: a changed item hash, a missing page and a non-archive reference are told apart', async () => {
  const page = Buffer.from(JSON.stringify({ data: [{ id: '11', page_id: '22', page_name: 'P', ad_delivery_start_time: '2026-11-01', ad_creative_bodies: ['Bonus code ABC'] }] }));
  const { archive, mapped } = await archived(page, (sha) => mapMetaPage(metaPageSchema.parse(JSON.parse(page.toString())), { collectedAt: '2026-12-01T00:00:00Z', query: null, pageSha256: sha }));
  const r = mapped.records[0]!.result;
  assert.ok(r.tag === 'ok');
  if (r.tag !== 'ok') return;
  assert.equal((await verifyEvidence(r.value, archive)).status, 'ok');
  const tampered = { ...r.value, evidence: { ...r.value.evidence, sha256: 'f'.repeat(64) } };
  assert.equal((await verifyEvidence(tampered, archive)).status, 'record-mismatch');
  const elsewhere = { ...r.value, evidence: { ...r.value.evidence, rawRef: `archive:${'0'.repeat(64)}#/data/0` } };
  assert.equal((await verifyEvidence(elsewhere, archive)).status, 'missing');
  const imported = { ...r.value, evidence: { sha256: r.value.evidence.sha256, rawRef: null } };
  assert.equal((await verifyEvidence(imported, archive)).status, 'not-archived');
});
