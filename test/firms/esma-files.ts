// Where the tests find ESMA's real register files: the shared data checkout next to the repo.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ESMA_DIR = fileURLToPath(new URL('../../../shared/data/esma/', import.meta.url));
export const CASP_FILE = join(ESMA_DIR, 'CASP20260209.csv');
export const NCASP_FILE = join(ESMA_DIR, 'NCASP20260209.csv');

/** Skip reason when the real files are absent (a checkout without the shared data). */
export const noEsmaFiles = existsSync(CASP_FILE) && existsSync(NCASP_FILE) ? false : `ESMA files not found in ${ESMA_DIR}`;
// CI always has shared/ beside the clone: missing files there are a failure, never a skip.
if (noEsmaFiles && process.env.CI === 'true') throw new Error(noEsmaFiles);

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'rsmon-firms-'));
}
