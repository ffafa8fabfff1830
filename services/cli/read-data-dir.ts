// The data directory as read commands (`cases`, `firms list`, `enrich`) see it: they never create
// it, so a typo in --data fails, naming the path, instead of leaving an empty store behind and
// printing nothing. What is missing decides the message: the directory, or the store in it.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../../infra/config/load-config.ts';

/**
 * The absolute data directory, or undefined when it does not exist and nobody named it (the
 * default ./data of a fresh checkout: `firms list` and `enrich` then run without the ESMA overlay).
 * `named`: the user gave --data or DATA_DIR, so a missing directory is a mistake to report.
 */
export function existingDataDir(config: Config, named: boolean): string | undefined {
  const dir = resolve(config.DATA_DIR);
  if (!existsSync(dir)) {
    if (!named) return undefined;
    throw new Error(`data directory ${dir} does not exist (check --data or DATA_DIR); read commands never create one`);
  }
  if (!statSync(dir).isDirectory()) throw new Error(`data directory ${dir} is not a directory (check --data or DATA_DIR)`);
  return dir;
}

/** The embedded store file of the data directory, which must exist: read commands never create it. */
export function existingStoreFile(config: Config, named: boolean): string {
  const dir = existingDataDir(config, named);
  const hint = `; \`rsmon run --once --data ${resolve(config.DATA_DIR)}\` creates and fills it`;
  if (!dir) throw new Error(`data directory ${resolve(config.DATA_DIR)} does not exist${hint}`);
  const file = join(dir, 'store.sqlite');
  if (!existsSync(file)) throw new Error(`no store in data directory ${dir}: ${file} does not exist (check --data or DATA_DIR)${hint}`);
  return file;
}
