// `rsmon evidence verify ITEM_ID`: are the bytes behind an item's evidence still the bytes we
// received? Two checks: the archived page hashes to the name it is stored under, and the item's own
// record, cut out of that page again by the same mapper that first read it, hashes to the item's
// evidence.sha256. Re-running the mapper (rather than storing record bytes twice) means the check
// also catches a mapper whose record cut has changed since the item was collected.
import type { NormalizedItem } from '../../pipelines/contracts/item.ts';
import type { EvidenceArchive } from '../../infra/evidence/file-archive.ts';
import { parseArchiveRef } from '../../infra/evidence/file-archive.ts';
import { sha256Hex, type MappedPage, type PageContext } from './mapped-page.ts';
import { mapXPage, xPageSchema } from '../x/map-x.ts';
import { mapMetaPage, metaPageSchema } from '../meta-ads/map-meta-ads.ts';
import { mapTiktokPage, tiktokPageSchema } from '../tiktok-ads/map-tiktok-ads.ts';
import { mapYoutubeVideosPage, youtubeVideosPageSchema } from '../youtube/map-youtube.ts';
import { mapTelegramPage } from '../telegram/map-telegram.ts';

export type VerifyStatus = 'ok' | 'not-archived' | 'missing' | 'page-altered' | 'record-mismatch';

export interface VerifyResult {
  status: VerifyStatus;
  itemId: string;
  detail: string;
}

type EvidenceView = Pick<NormalizedItem, 'id' | 'platform' | 'evidence'>;

function remap(platform: NormalizedItem['platform'], page: Buffer, pageSha256: string): MappedPage {
  const ctx: PageContext = { collectedAt: new Date(0).toISOString(), query: null, pageSha256 };
  if (platform === 'telegram') return mapTelegramPage(page.toString('utf8'), ctx);
  const json: unknown = JSON.parse(page.toString('utf8'));
  switch (platform) {
    case 'x':
      return mapXPage(xPageSchema.parse(json), ctx);
    case 'meta_ads':
      return mapMetaPage(metaPageSchema.parse(json), ctx);
    case 'tiktok':
      return mapTiktokPage(tiktokPageSchema.parse(json), null, ctx);
    case 'youtube':
      return mapYoutubeVideosPage(youtubeVideosPageSchema.parse(json), new Map(), ctx);
    default:
      throw new Error(`no page mapper for platform ${platform}`);
  }
}

export async function verifyEvidence(item: EvidenceView, archive: EvidenceArchive): Promise<VerifyResult> {
  const ref = parseArchiveRef(item.evidence.rawRef);
  const base = { itemId: item.id };
  if (!ref) {
    return { ...base, status: 'not-archived', detail: `evidence.rawRef ${JSON.stringify(item.evidence.rawRef ?? null)} does not point into the archive (items from file imports and the sample keep only the hash of their record)` };
  }
  const page = await archive.get(ref.sha256);
  if (!page) return { ...base, status: 'missing', detail: `no archived page ${ref.sha256} under ${archive.dir}` };
  const pageSha = sha256Hex(page);
  if (pageSha !== ref.sha256) return { ...base, status: 'page-altered', detail: `archived page ${ref.sha256} now hashes to ${pageSha}` };
  let mapped: MappedPage;
  try {
    mapped = remap(item.platform, page, ref.sha256);
  } catch (e) {
    return { ...base, status: 'record-mismatch', detail: `archived page ${ref.sha256} no longer maps: ${(e as Error).message}` };
  }
  const record = mapped.records.find((r) => r.pointer === ref.record);
  if (!record) return { ...base, status: 'record-mismatch', detail: `record ${ref.record} is not in archived page ${ref.sha256}` };
  const recordSha = sha256Hex(record.raw);
  if (recordSha !== item.evidence.sha256) {
    return { ...base, status: 'record-mismatch', detail: `record ${ref.record} hashes to ${recordSha}, the item's evidence says ${item.evidence.sha256}` };
  }
  return { ...base, status: 'ok', detail: `page ${ref.sha256} (${page.length} bytes) and record ${ref.record} match` };
}
