// The identity a case is built around: one account on one platform. Handles are case-insensitive
// on every platform we read, so they are lower-cased; without a handle the platform's author id is used.
import type { NormalizedItem } from '../contracts/item.ts';

export function personKey(item: Pick<NormalizedItem, 'platform' | 'author'>): string {
  const handle = item.author.handle?.trim().replace(/^@/, '').toLowerCase();
  return handle ? `${item.platform}:${handle}` : `${item.platform}:id:${item.author.id}`;
}
