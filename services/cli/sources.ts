// Builds ingest sources for the CLI: files given by the user, or the bundled sample data.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkCsvOptions, readJsonLines, readCsv, type CsvOptions } from '../../connectors/import/index.ts';
import { sampleItemsPath } from '../../connectors/sample/sample-connector.ts';
import type { IngestSource } from '../ingest/ingest-service.ts';

function fingerprint(file: string): string {
  const st = statSync(file);
  return `${st.size}:${Math.floor(st.mtimeMs)}`;
}

export function fileSource(file: string, opts: { csvMapping?: Record<string, unknown>; csv?: Pick<CsvOptions, 'encoding' | 'delimiter'> } = {}): IngestSource {
  const abs = resolve(file);
  try {
    statSync(abs);
  } catch {
    throw new Error(`input file not found: ${abs}`);
  }
  const isCsv = abs.toLowerCase().endsWith('.csv');
  if (isCsv && !opts.csvMapping) throw new Error(`${abs}: CSV input needs a column mapping (--mapping FILE)`);
  if (!isCsv && (opts.csv?.encoding !== undefined || opts.csv?.delimiter !== undefined)) throw new Error(`${abs}: --encoding and --delimiter apply to CSV files only (JSON lines are UTF-8)`);
  // Check the mapping, delimiter and encoding now: a typo should fail before anything is published.
  if (isCsv) checkCsvOptions(opts.csvMapping!, opts.csv ?? {});
  return {
    id: `import:${abs}`,
    fingerprint: fingerprint(abs),
    records: () => (isCsv ? readCsv(abs, opts.csvMapping!, opts.csv ?? {}) : readJsonLines(abs)),
  };
}

export function sampleSource(): IngestSource {
  const file = sampleItemsPath();
  return { id: 'sample', fingerprint: fingerprint(file), records: () => readJsonLines(file) };
}
