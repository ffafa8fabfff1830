// Firm mentions in an item: aliases in the text, title, author name/bio and media alt text ('text'),
// firm @handles ('handle'), #hashtags ('hashtag'), firm domains written in the text ('domain'),
// upstream logo labels on media ('logo', plus a Logo with score 1) and aliases read off images ('ocr').
// The rule for aliases that are ordinary words is in phrases/firm-context.ts.
// The author's own handle is not a mention: a firm's own account posting is the links/cases
// pipelines' concern, and counting it would make every firm post "mention" the firm.
import type { FirmMention, Logo } from '../contracts/enriched-item.ts';
import type { FirmCatalogue } from '../firms/catalogue.ts';
import { createFirmMatcher, type FirmMatcher } from './firm-matcher.ts';
import { prepared, type PreparedText, type TextInput } from './prepare.ts';

export interface MentionInput {
  text: string;
  title?: string | null;
  author?: { handle?: string | null; name?: string | null; description?: string | null; location?: string | null } | null;
  media?: Array<{ altText?: string | null; ocrText?: string | null; logoFirmIds?: string[]; url?: string | null }>;
}

export interface MentionResult {
  firmMentions: FirmMention[];
  logos: Logo[];
}

/** Already prepared fields of the item (prepare.ts), so they are not masked and tokenised again. */
export interface PreparedFields {
  text?: PreparedText;
  title?: PreparedText | null;
  /** The author's name. */
  name?: PreparedText | null;
  description?: PreparedText | null;
}

export type MentionDetector = (item: MentionInput, preparedFields?: PreparedFields) => MentionResult;

interface Scan {
  catalogue: FirmCatalogue;
  match: FirmMatcher;
  firmMentions: FirmMention[];
  seen: Set<string>;
}

function add(s: Scan, firmId: string, via: FirmMention['via']): void {
  const key = `${firmId}\u0000${via}`;
  if (s.seen.has(key)) return;
  s.seen.add(key);
  s.firmMentions.push({ firmId, via });
}

/** The mentions one field yields, in order, before de-duplication against the item's other fields. */
function mentionsIn(s: Scan, input: TextInput, ocr: boolean): FirmMention[] {
  const out: FirmMention[] = [];
  const { masked, t } = prepared(input);
  for (const u of masked.urls) {
    const m = u.host ? s.catalogue.byHost(u.host) : undefined;
    if (m) out.push({ firmId: m.firm.id, via: 'domain' });
  }
  for (const h of s.match(t)) out.push({ firmId: h.firmId, via: ocr && h.via === 'text' ? 'ocr' : h.via });
  return out;
}

function scan(s: Scan, input: TextInput | null | undefined, ocr: boolean): void {
  if (!input) return;
  for (const m of mentionsIn(s, input, ocr)) add(s, m.firmId, m.via);
}

/**
 * The author's name and bio come prepared from analyse-text.ts's author cache, the same object for
 * every item of the author: their mentions are found once per prepared field (read only, replayed).
 */
function scanAuthorField(s: Scan, cache: WeakMap<PreparedText, readonly FirmMention[]>, input: TextInput | null | undefined): void {
  if (!input) return;
  if (typeof input === 'string') return scan(s, input, false);
  let found = cache.get(input);
  if (found === undefined) cache.set(input, (found = mentionsIn(s, input, false)));
  for (const m of found) add(s, m.firmId, m.via);
}

export function createMentionDetector(catalogue: FirmCatalogue): MentionDetector {
  const match = createFirmMatcher(catalogue);
  const authorFields = new WeakMap<PreparedText, readonly FirmMention[]>();

  return (item: MentionInput, preparedFields: PreparedFields = {}): MentionResult => {
    const s: Scan = { catalogue, match, firmMentions: [], seen: new Set() };
    scan(s, preparedFields.text ?? item.text, false);
    scan(s, preparedFields.title ?? item.title, false);
    scanAuthorField(s, authorFields, preparedFields.name ?? item.author?.name);
    scanAuthorField(s, authorFields, preparedFields.description ?? item.author?.description);
    const logos: Logo[] = [];
    const seenLogos = new Set<string>();
    for (const media of item.media ?? []) {
      scan(s, media.altText, false);
      scan(s, media.ocrText, true);
      for (const firmId of media.logoFirmIds ?? []) {
        if (!catalogue.byId(firmId)) continue;
        add(s, firmId, 'logo');
        const key = `${firmId}\u0000${media.url ?? ''}`;
        if (seenLogos.has(key)) continue;
        seenLogos.add(key);
        logos.push({ firmId, mediaUrl: media.url ?? null, score: 1 });
      }
    }
    return { firmMentions: s.firmMentions, logos };
  };
}
