// Firm mentions in an item: aliases in the text, title, author name/bio and media alt text ('text'),
// firm @handles ('handle'), #hashtags ('hashtag'), firm domains written in the text ('domain'),
// upstream logo labels on media ('logo', plus a Logo with score 1) and aliases read off images ('ocr').
// The rule for aliases that are ordinary words is in phrases/firm-context.ts.
// The author's own handle is not a mention: a firm's own account posting is the links/cases
// pipelines' concern, and counting it would make every firm post "mention" the firm.
import type { FirmMention, Logo } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { createFirmMatcher } from './firm-matcher.ts';
import { maskUrls } from './mask-urls.ts';
import { tokenise } from './tokenise.ts';

export interface MentionInput {
  text: string;
  title?: string | null;
  author?: { handle?: string | null; name?: string | null; description?: string | null } | null;
  media?: Array<{ altText?: string | null; ocrText?: string | null; logoFirmIds?: string[]; url?: string | null }>;
}

export interface MentionResult {
  firmMentions: FirmMention[];
  logos: Logo[];
}

export type MentionDetector = (item: MentionInput) => MentionResult;

export function createMentionDetector(catalogue: FirmCatalogue): MentionDetector {
  const match = createFirmMatcher(catalogue);

  return (item: MentionInput): MentionResult => {
    const firmMentions: FirmMention[] = [];
    const seen = new Set<string>();
    const add = (firmId: string, via: FirmMention['via']): void => {
      const key = `${firmId}\u0000${via}`;
      if (seen.has(key)) return;
      seen.add(key);
      firmMentions.push({ firmId, via });
    };
    const scan = (text: string | null | undefined, ocr: boolean): void => {
      if (!text) return;
      const masked = maskUrls(text);
      for (const u of masked.urls) {
        const m = u.host ? catalogue.byHost(u.host) : undefined;
        if (m) add(m.firm.id, 'domain');
      }
      for (const h of match(tokenise(masked.text))) add(h.firmId, ocr && h.via === 'text' ? 'ocr' : h.via);
    };

    scan(item.text, false);
    scan(item.title, false);
    scan(item.author?.name, false);
    scan(item.author?.description, false);
    const logos: Logo[] = [];
    const seenLogos = new Set<string>();
    for (const media of item.media ?? []) {
      scan(media.altText, false);
      scan(media.ocrText, true);
      for (const firmId of media.logoFirmIds ?? []) {
        if (!catalogue.byId(firmId)) continue;
        add(firmId, 'logo');
        const key = `${firmId}\u0000${media.url ?? ''}`;
        if (seenLogos.has(key)) continue;
        seenLogos.add(key);
        logos.push({ firmId, mediaUrl: media.url ?? null, score: 1 });
      }
    }
    return { firmMentions, logos };
  };
}
