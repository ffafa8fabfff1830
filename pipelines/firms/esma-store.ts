// Reading and writing <dataDir>/firms/esma.json. Writes go through a temp file and a rename so a
// crash mid-import never leaves the catalogue loader a half-written overlay.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { esmaOverlaySchema, type EsmaOverlay } from './esma-schema.ts';
import { formatIssues } from '../step-result.ts';

export function esmaOverlayPath(dataDir: string): string {
  return join(dataDir, 'firms', 'esma.json');
}

/** The overlay, or null when no ESMA file was imported yet. A corrupt overlay is an error, not "none". */
export function readEsmaOverlay(dataDir: string): EsmaOverlay | null {
  const path = esmaOverlayPath(dataDir);
  if (!existsSync(path)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`ESMA overlay ${path}: not valid JSON (${(err as Error).message})`, { cause: err });
  }
  const parsed = esmaOverlaySchema.safeParse(json);
  if (!parsed.success) throw new Error(`ESMA overlay ${path}: ${formatIssues(parsed.error.issues)}`);
  return parsed.data;
}

export function writeEsmaOverlay(dataDir: string, overlay: EsmaOverlay): void {
  const path = esmaOverlayPath(dataDir);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(esmaOverlaySchema.parse(overlay), null, 2)}\n`);
  renameSync(tmp, path);
}
