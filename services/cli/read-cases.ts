// Reads every case from the store, page by page.
import type { Store } from '../../infra/ports/store.ts';
import { caseSchema, type Case } from '../../pipelines/contracts/case.ts';

export async function readAllCases(store: Store): Promise<Case[]> {
  const out: Case[] = [];
  const size = 1_000;
  for (let from = 0; ; from += size) {
    const page = await store.search('cases', { from, size, sort: [{ field: 'score', order: 'desc' }] });
    for (const h of page.hits) out.push(caseSchema.parse(h.doc));
    if (page.hits.length < size || from + size >= page.total) break;
  }
  return out;
}
