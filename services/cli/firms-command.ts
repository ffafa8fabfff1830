// `rsmon firms import-esma FILE` and `rsmon firms list`.
import { importEsmaFile } from '../../pipelines/firms/esma-import.ts';
import { cliContext } from './context.ts';

export async function firmsImportEsmaCommand(file: string, opts: { data?: string }): Promise<void> {
  const ctx = cliContext(opts);
  const res = await importEsmaFile(file, ctx.dataDir);
  process.stdout.write(`imported ${res.kind.toUpperCase()} register ${file}: ${res.rows} rows, ${res.imported} imported, ${res.errors.length} refused\n`);
  for (const e of res.errors.slice(0, 50)) process.stderr.write(`  line ${e.line}: ${e.reason}\n`);
  if (res.errors.length > 50) process.stderr.write(`  ... ${res.errors.length - 50} more\n`);
}

export async function firmsListCommand(opts: { data?: string; json?: boolean }): Promise<void> {
  const ctx = cliContext(opts);
  for (const f of ctx.catalogue.firms) {
    if (opts.json) process.stdout.write(`${JSON.stringify(f)}\n`);
    else process.stdout.write(`${f.id.padEnd(24)} ${f.status.padEnd(14)} ${f.sample ? '(sample) ' : ''}${f.name}  ${f.domains.join(' ')}${f.euEntities.length ? `  EU: ${f.euEntities.map((e) => `${e.name} (${e.homeMemberState})`).join('; ')}` : ''}\n`);
  }
}
