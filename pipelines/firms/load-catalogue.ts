// Builds the firm catalogue every service uses: the analysts' catalogue, the bundled sample firms,
// and the ESMA register overlay written by `rsmon firms import-esma`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FirmCatalogue } from './catalogue.ts';
import { checkUnique, readCatalogueFile } from './catalogue-file.ts';
import { applyEsmaOverlay } from './esma-overlay.ts';
import { esmaOverlayPath, readEsmaOverlay } from './esma-store.ts';

/** Bundled config/ files are found from this module, so the catalogue loads from any working directory. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_FIRMS_FILE = resolve(REPO_ROOT, 'config/firms.json');
export const SAMPLE_FIRMS_FILE = resolve(REPO_ROOT, 'config/sample-firms.json');

export interface LoadCatalogueOptions {
  /** Replaces config/firms.json; a relative path is taken from the working directory, like any CLI argument. */
  firmsFile?: string;
  /** Directory holding firms/esma.json; without it no ESMA overlay is applied. */
  dataDir?: string;
  /** Add the fictional sample firms (default true). */
  includeSample?: boolean;
}

export function loadCatalogue(opts: LoadCatalogueOptions = {}): FirmCatalogue {
  const paths = [opts.firmsFile ? resolve(opts.firmsFile) : DEFAULT_FIRMS_FILE];
  if (opts.includeSample ?? true) paths.push(SAMPLE_FIRMS_FILE);
  const files = paths.map((path) => {
    if (!existsSync(path)) throw new Error(`firm catalogue ${path}: file not found`);
    return { path, firms: readCatalogueFile(path) };
  });
  checkUnique(files);
  let firms = files.flatMap((f) => f.firms);
  if (opts.dataDir) {
    const overlay = readEsmaOverlay(opts.dataDir);
    if (overlay) {
      try {
        firms = applyEsmaOverlay(firms, overlay);
      } catch (err) {
        throw new Error(`ESMA overlay ${esmaOverlayPath(opts.dataDir)}: ${(err as Error).message}`, { cause: err });
      }
    }
  }
  return new FirmCatalogue(firms);
}
