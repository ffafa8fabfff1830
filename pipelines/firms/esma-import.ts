// Imports one ESMA interim MiCA register file (CASP or NCASP) into the overlay the catalogue loader
// reads. Each import replaces only its own register's section, so importing both files accumulates
// and importing the same file again writes the same bytes.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeBytes } from './decode-bytes.ts';
import { readCsvRecords } from './csv-records.ts';
import { buildCaspEntry, buildNcaspEntry, detectKind, type EsmaKind, type RowIssue } from './esma-rows.ts';
import { readEsmaOverlay, writeEsmaOverlay } from './esma-store.ts';
import type { EsmaCaspEntry, EsmaNcaspEntry, EsmaOverlay } from './esma-schema.ts';

export interface EsmaImportResult {
  kind: EsmaKind;
  /** Data records in the file (header and blank records excluded). */
  rows: number;
  imported: number;
  /** Records rejected, by line. */
  errors: RowIssue[];
  /** Cells dropped or repaired in records that were imported, by line and field. */
  warnings: RowIssue[];
}

export async function importEsmaFile(file: string, dataDir: string): Promise<EsmaImportResult> {
  const bytes = await readFile(file);
  const { text, encoding } = decodeBytes(bytes);
  const { records, errors } = readCsvRecords(text);
  const [headerRecord, ...dataRecords] = records;
  if (!headerRecord) throw new Error(`${file}: empty file, expected an ESMA register header`);
  const header = detectKind(headerRecord.fields, file);

  const warnings: RowIssue[] = [];
  const casp: EsmaCaspEntry[] = [];
  const ncasp: EsmaNcaspEntry[] = [];
  let rows = errors.length;
  for (const rec of dataRecords) {
    // Spreadsheet exports pad the end with rows of bare commas: not records.
    if (rec.fields.every((f) => f.trim() === '')) continue;
    rows++;
    const built = header.kind === 'casp' ? buildCaspEntry(rec, header) : buildNcaspEntry(rec, header);
    if ('error' in built) {
      errors.push(built.error);
      continue;
    }
    warnings.push(...built.warnings);
    if (header.kind === 'casp') casp.push(built.entry as EsmaCaspEntry);
    else ncasp.push(built.entry as EsmaNcaspEntry);
  }
  errors.sort((a, b) => a.line - b.line);

  const source = { file: basename(file), sha256: createHash('sha256').update(bytes).digest('hex'), encoding };
  const overlay: EsmaOverlay = readEsmaOverlay(dataDir) ?? { version: 1, casp: null, ncasp: null };
  if (header.kind === 'casp') overlay.casp = { source, entries: casp };
  else overlay.ncasp = { source, entries: ncasp };
  writeEsmaOverlay(dataDir, overlay);

  return { kind: header.kind, rows, imported: header.kind === 'casp' ? casp.length : ncasp.length, errors, warnings };
}
