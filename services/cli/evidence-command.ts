// `rsmon evidence verify ITEM_ID...`: re-hash the archived bytes behind each item's evidence.
import { createStore } from '../runtime/adapters.ts';
import { createFileArchive } from '../../infra/evidence/file-archive.ts';
import { z } from 'zod';
import { PLATFORMS } from '../../pipelines/contracts/item.ts';
import { verifyEvidence } from '../../connectors/collect/verify-evidence.ts';
import { evidenceDir } from './collect-command.ts';
import { cliContext } from './context.ts';
import { terminalSafe } from './terminal-text.ts';

/** The part of a stored item that verification reads. */
const evidenceView = z.object({
  id: z.string(),
  platform: z.enum(PLATFORMS),
  evidence: z.object({ sha256: z.string(), rawRef: z.string().nullable().optional() }),
});

export async function evidenceVerifyCommand(ids: string[], opts: { data?: string; json?: boolean }): Promise<void> {
  const ctx = cliContext(opts);
  const store = await createStore(ctx.config);
  const archive = createFileArchive(evidenceDir(ctx));
  let bad = 0;
  try {
    for (const id of ids) {
      const doc = await store.get('items', id);
      const item = doc ? evidenceView.safeParse(doc) : null;
      const result = !doc
        ? { status: 'unknown-item' as const, itemId: id, detail: 'no stored item with that id' }
        : !item?.success
          ? { status: 'unknown-item' as const, itemId: id, detail: 'the stored item has no readable evidence field' }
          : await verifyEvidence(item.data, archive);
      if (result.status !== 'ok') bad++;
      process.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : `${terminalSafe(result.itemId)}: ${result.status === 'ok' ? 'OK' : result.status.toUpperCase()}: ${terminalSafe(result.detail)}\n`);
    }
  } finally {
    await store.close();
  }
  if (bad) process.exitCode = 1;
}
