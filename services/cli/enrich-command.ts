// `rsmon enrich [FILE|-]`: normalized items as JSON lines in, enriched items out. No state; no
// network unless LINK_EXPANSION=true or MEDIA_ANALYSIS=true (images of media[] fetched, or read under
// MEDIA_LOCAL_DIR, and analysed; skips are recorded in enrichment.media[].error). Refused lines go to
// stderr as JSON with their reason.
import { createEnricher } from '../../pipelines/enrich/create-enricher.ts';
import { createLinkExpansion } from '../../pipelines/enrich/link-expansion.ts';
import { readJsonLines } from '../../connectors/import/index.ts';
import { cliContext } from './context.ts';
import { analyseItemMedia, needsMedia } from '../../pipelines/media/analyse-item-media.ts';
import { createImageAnalysers } from '../../pipelines/media/analysers.ts';

export async function enrichCommand(file: string | undefined, opts: { data?: string }): Promise<void> {
  const ctx = cliContext(opts, process.env, 'read');
  const enrich = createEnricher({ catalogue: ctx.catalogue, watchlists: ctx.watchlists() });
  const c = ctx.config;
  const expand = c.LINK_EXPANSION
    ? createLinkExpansion(ctx.catalogue, { maxRedirects: c.LINK_EXPANSION_MAX_REDIRECTS, timeoutMs: c.LINK_EXPANSION_TIMEOUT_MS, maxBytes: c.LINK_EXPANSION_MAX_BYTES })
    : null;
  const media = c.MEDIA_ANALYSIS
    ? {
        enrich,
        catalogue: ctx.catalogue,
        analysers: await createImageAnalysers({ firmIds: ctx.catalogue.firms.map((f) => f.id) }),
        options: { maxBytes: c.MEDIA_MAX_BYTES, maxPixels: c.MEDIA_MAX_PIXELS, maxRedirects: c.MEDIA_MAX_REDIRECTS, timeoutMs: c.MEDIA_TIMEOUT_MS, localDir: c.MEDIA_LOCAL_DIR },
      }
    : null;
  const input = !file || file === '-' ? process.stdin : file;
  let ok = 0;
  let bad = 0;
  try {
    for await (const rec of readJsonLines(input)) {
      if (rec.result.tag !== 'ok') {
        bad++;
        process.stderr.write(`${JSON.stringify({ record: rec.record, reason: rec.result.reason })}\n`);
        continue;
      }
      const links = expand ? await expand(rec.result.value) : undefined;
      const enriched = enrich(rec.result.value, links);
      const line = `${JSON.stringify(media && needsMedia(enriched) ? await analyseItemMedia(enriched, media) : enriched)}\n`;
      ok++;
      if (!process.stdout.write(line)) await new Promise((r) => process.stdout.once('drain', r));
    }
  } finally {
    // The OCR worker thread would otherwise keep the process alive after the last line.
    await media?.analysers.close?.();
  }
  process.stderr.write(`rsmon enrich: ${ok} enriched, ${bad} refused\n`);
}
