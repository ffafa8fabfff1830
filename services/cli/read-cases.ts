// Reads every case from the store, most serious first, paged with no result window (Store.scan).
import type { Store } from '../../infra/ports/store.ts';
import { caseSchema, type Case } from '../../pipelines/contracts/case.ts';

export async function readAllCases(store: Store): Promise<Case[]> {
  const out: Case[] = [];
  for await (const h of store.scan('cases', { sort: [{ field: 'score', order: 'desc' }] })) out.push(caseSchema.parse(h.doc));
  return out;
}
