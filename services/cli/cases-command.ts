// `rsmon cases [--json]`: the cases in the store, most serious first.
import { createStore } from '../runtime/adapters.ts';
import { cliContext } from './context.ts';
import { existingStoreFile } from './read-data-dir.ts';
import { readAllCases } from './read-cases.ts';
import { caseJson, formatCase, levelAtLeast, sortCases } from './print-cases.ts';
import { terminalSafeJson } from './terminal-text.ts';

export async function casesCommand(opts: { data?: string; json?: boolean; minLevel?: string }): Promise<void> {
  const ctx = cliContext(opts, process.env, 'read');
  // Embedded store: it must already exist, and is opened read-only (works in a read-only data dir).
  if (ctx.config.STORE === 'sqlite') existingStoreFile(ctx.config, ctx.dataDirNamed);
  const store = await createStore(ctx.config, { readonly: true });
  await store.ensureSchema();
  try {
    await store.refresh();
    const min = opts.minLevel ?? (opts.json ? 'none' : 'low');
    const cases = sortCases(await readAllCases(store)).filter((c) => levelAtLeast(c.level, min));
    for (const c of cases) process.stdout.write(opts.json ? `${terminalSafeJson(caseJson(c))}\n` : `${formatCase(c)}\n\n`);
    if (!opts.json && cases.length === 0) process.stderr.write('no cases at that level; run `rsmon run --once` first\n');
  } finally {
    await store.close();
  }
}
