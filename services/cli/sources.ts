// Builds ingest sources for the CLI: files given by the user, or the bundled sample data.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readJsonLines, readCsv } from '../../connectors/import/index.ts';
import { sampleItemsPath } from '../../connectors/sample/sample-connector.ts';
import type { IngestSource } from '../ingest/ingest-service.ts';

function fingerprint(file: string): string {
  const st = statSync(file);
  return `${st.size}:${Math.floor(st.mtimeMs)}`;
}

export function fileSource(file: string, opts: { csvMapping?: Record<string, unknown> } = {}): IngestSource {
  const abs = resolve(file);
  try {
    statSync(abs);
  } catch {
    throw new Error(`input file not found: ${abs}`);
  }
  const isCsv = abs.toLowerCase().endsWith('.csv');
  if (isCsv && !opts.csvMapping) throw new Error(`${abs}: CSV input needs a column mapping (--mapping FILE)`);
  return {
    id: `import:${abs}`,
    fingerprint: fingerprint(abs),
    records: () => (isCsv ? readCsv(abs, opts.csvMapping!) : readJsonLines(abs)),
  };
}

export function sampleSource(): IngestSource {
  const file = sampleItemsPath();
  return { id: 'sample', fingerprint: fingerprint(file), records: () => readJsonLines(file) };
}
