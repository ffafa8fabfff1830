// Media service (MEDIA_ANALYSIS=true, issue 11): rs.items.enriched -> images fetched and analysed ->
// a new version of the same item on rs.items.enriched, which index and cases take like any newer
// version (docs/decisions/0030-media-stage.md). Items without images, and versions it produced
// itself (enrichment.media present), are passed over: the stage cannot loop.
import type { Bus, BusMessage, OutgoingMessage } from '../../infra/ports/bus.ts';
import type { Logger } from '../../infra/log/logger.ts';
import { enrichedItemSchema, type EnrichedItem } from '../../pipelines/contracts/enriched-item.ts';
import { TOPICS } from '../../pipelines/contracts/topics.ts';
import type { DeadLetter } from '../../pipelines/contracts/dead-letter.ts';
import { analyseItemMedia, needsMedia, type MediaStageDeps } from '../../pipelines/media/analyse-item-media.ts';
import type { ImageAnalysers } from '../../pipelines/media/analysers.ts';
import { decodeShared } from '../runtime/shared-decode.ts';
import { deadLetterFor } from '../runtime/dead-letter.ts';
import { MEDIA_GROUP } from '../runtime/consumer-groups.ts';
import { consumingService } from '../runtime/consuming-service.ts';

export interface MediaServiceDeps extends Omit<MediaStageDeps, 'analysers'> {
  /**
   * The analysers, or how to load them: loaded at start (reference logos rendered, OCR worker
   * started), so a broken logo folder or missing trained data stops the service at once, and closed at stop.
   */
  analysers: ImageAnalysers | (() => Promise<ImageAnalysers>);
  bus: Bus;
  log: Logger;
  maxBatch?: number;
  /** Items analysed side by side within a batch. */
  concurrency?: number;
}

export function createMediaService(deps: MediaServiceDeps) {
  let stage: MediaStageDeps | null = typeof deps.analysers === 'function' ? null : { ...deps, analysers: deps.analysers };
  async function handle(batch: BusMessage[]) {
    if (!stage) throw new Error('media service: analysers not loaded (service not started)');
    const stageDeps = stage;
    const dead: DeadLetter[] = [];
    const work: Array<{ msg: BusMessage; item: EnrichedItem }> = [];
    for (const msg of batch) {
      const decoded = decodeShared(enrichedItemSchema, msg, 'media');
      if (decoded.tag !== 'ok') {
        dead.push(deadLetterFor(msg, 'media', decoded.reason));
        continue;
      }
      if (needsMedia(decoded.value)) work.push({ msg, item: decoded.value });
    }
    const out: OutgoingMessage[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < work.length) {
        const { msg, item } = work[next++]!;
        try {
          const analysed = await analyseItemMedia(item, stageDeps);
          for (const m of analysed.enrichment.media ?? []) {
            // A skipped image is logged with its reason (never the URL's query: it may carry tokens).
            if (m.error) deps.log.warn({ itemId: item.id, image: m.path ?? safeUrl(m.url), reason: m.error }, 'media: image skipped');
          }
          out.push({ key: analysed.id, value: JSON.stringify(analysed) });
        } catch (err) {
          dead.push(deadLetterFor(msg, 'media', `media analysis failed: ${(err as Error).message}`));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency ?? 4, work.length)) }, worker));
    if (out.length) await deps.bus.publish(TOPICS.enriched, out);
    return { produced: out.length, dead };
  }
  const service = consumingService('media', deps.bus, deps.log, [{ ...MEDIA_GROUP, maxBatch: deps.maxBatch ?? 50, handle }]);
  const load = deps.analysers;
  if (typeof load !== 'function') return service;
  return {
    ...service,
    async start() {
      stage ??= { ...deps, analysers: await load() };
      await service.start();
    },
    async stop() {
      await service.stop();
      const held = stage?.analysers;
      stage = null;
      await held?.close?.();
    },
  };
}

function safeUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return 'invalid URL';
  }
}
