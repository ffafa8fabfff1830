// Shared helpers for the connector tests: temp files and collecting an importer's records.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ImportRecord } from '../../connectors/import/index.ts';

export function tempFile(name: string, content: Buffer | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rsmon-import-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

export async function collect(records: AsyncIterable<ImportRecord>): Promise<ImportRecord[]> {
  const out: ImportRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

export function reasonOf(r: ImportRecord | undefined): string {
  if (!r) return '(no record)';
  return r.result.tag === 'ok' ? '(ok)' : r.result.reason;
}

/** A minimal valid item, as a plain object. */
export function baseItem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'x:1790000000000000001',
    platform: 'x',
    kind: 'post',
    publishedAt: '2026-03-01T10:00:00.000Z',
    collectedAt: '2026-03-02T10:00:00.000Z',
    author: { id: '42', handle: 'someone' },
    text: 'hello',
    source: { connector: 'test', watchlistIds: [] },
    evidence: { sha256: 'a'.repeat(64), rawRef: null },
    ...overrides,
  };
}
