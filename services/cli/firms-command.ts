// `rsmon firms import-esma FILE` and `rsmon firms list`.
import { importEsmaFile } from '../../pipelines/firms/esma-import.ts';
import { loadConfig } from '../../infra/config/load-config.ts';
import { dataDir } from '../runtime/adapters.ts';
import { cliContext } from './context.ts';

export async function firmsImportEsmaCommand(file: string, opts: { data?: string }): Promise<void> {
  // No catalogue load here: a damaged esma.json must not block the re-import that repairs it.
  const config = loadConfig({ ...process.env, ...(opts.data ? { DATA_DIR: opts.data } : {}) });
  const res = await importEsmaFile(file, dataDir(config));
  process.stdout.write(
    `imported ${res.kind.toUpperCase()} register ${file}: ${res.rows} rows, ${res.imported} imported, ${res.errors.length} refused, ${res.warnings.length} cells repaired or dropped\n`,
  );
  const report = (label: string, list: Array<{ line: number; reason: string }>) => {
    for (const e of list.slice(0, 50)) process.stderr.write(`  ${label} line ${e.line}: ${e.reason}\n`);
    if (list.length > 50) process.stderr.write(`  ... ${list.length - 50} more\n`);
  };
  report('refused', res.errors);
  report('warning', res.warnings);
}

export async function firmsListCommand(opts: { data?: string; json?: boolean }): Promise<void> {
  const ctx = cliContext(opts, process.env, 'read');
  for (const f of ctx.catalogue.firms) {
    if (opts.json) process.stdout.write(`${JSON.stringify(f)}\n`);
    else process.stdout.write(`${f.id.padEnd(24)} ${f.status.padEnd(14)} ${f.sample ? '(sample) ' : ''}${f.name}  ${f.domains.join(' ')}${f.euEntities.length ? `  EU: ${f.euEntities.map((e) => `${e.name} (${e.homeMemberState})`).join('; ')}` : ''}\n`);
  }
}
