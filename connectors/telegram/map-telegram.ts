// Telegram public channel web preview (t.me/s/<channel>) -> normalized items. Pure: HTML in, records
// out. Parsed with cheerio (a real HTML parser), never with regular expressions over the page: the
// text is attacker-written and the markup nests. No account or API key is needed for public channels.
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { NormalizedItemInput } from '../../pipelines/contracts/item.ts';
import { recordEvidence, toRecord, type MappedPage, type MappedRecord, type PageContext } from '../collect/mapped-page.ts';

export interface TelegramPage extends MappedPage {
  /** Channel name as the page states it (lower-cased), or null when the page shows no channel. */
  channel: string | null;
  /** Smallest message id on the page: the `before=` cursor of the next (older) page. */
  oldestId: number | null;
  newestId: number | null;
  /** The page links to older messages ("load more", data-before): absent at a channel's first post. */
  hasOlder: boolean;
}

/** "1.2K" / "12.3M" / "987" as shown under posts and in the channel header. */
export function parseCount(text: string | undefined): number | null {
  const m = /^([\d.,]+)\s*([KMB])?$/i.exec((text ?? '').replace(/\s+/g, '').trim());
  if (!m) return null;
  const n = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(n)) return null;
  const scale = { K: 1e3, M: 1e6, B: 1e9 }[(m[2] ?? '').toUpperCase() as 'K' | 'M' | 'B'] ?? 1;
  return Math.round(n * scale);
}

/** Text of an element with <br> as line breaks, which cheerio's .text() would drop. */
function textWithBreaks($: CheerioAPI, el: AnyNode): string {
  const copy = $(el).clone();
  copy.find('br').replaceWith('\n');
  return copy.text().trim();
}

/** `background-image:url('https://...')` of photo wraps: the only place the web preview gives the image. */
function backgroundUrl(style: string | undefined): string | null {
  const m = /url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(style ?? '');
  return m?.[1] ?? null;
}

function channelInfo($: CheerioAPI): { title: string | null; description: string | null; subscribers: number | null } {
  const title = $('.tgme_channel_info_header_title').first().text().trim() || null;
  const descEl = $('.tgme_channel_info_description').get(0);
  const description = descEl ? textWithBreaks($, descEl) || null : null;
  let subscribers: number | null = null;
  $('.tgme_channel_info_counter').each((_, el) => {
    if (/subscriber/i.test($(el).find('.counter_type').text())) subscribers = parseCount($(el).find('.counter_value').text());
  });
  return { title, description, subscribers };
}

function mapMessage($: CheerioAPI, el: Element, channel: string, info: ReturnType<typeof channelInfo>, ctx: PageContext, evidence: { sha256: string; rawRef: string }, msgId: number): NormalizedItemInput | { error: string } {
  const msg = $(el);
  const datetime = msg.find('.tgme_widget_message_date time').attr('datetime');
  if (!datetime) return { error: 'message has no <time datetime> in .tgme_widget_message_date' };
  const t = Date.parse(datetime);
  if (Number.isNaN(t)) return { error: `message time "${datetime}" is not a date` };
  const textEl = msg.find('.tgme_widget_message_text').get(0);
  const links: Array<{ url: string }> = [];
  const seen = new Set<string>();
  const addLink = (href: string | undefined): void => {
    if (!href || !/^https?:\/\//i.test(href) || seen.has(href)) return;
    seen.add(href);
    links.push({ url: href });
  };
  // Anchors in the text (Telegram shortens the shown text, the href is whole) and the link preview.
  if (textEl) $(textEl).find('a[href]').each((_, a) => addLink($(a).attr('href')));
  msg.find('a.tgme_widget_message_link_preview').each((_, a) => addLink($(a).attr('href')));
  const media: NonNullable<NormalizedItemInput['media']> = [];
  msg.find('.tgme_widget_message_photo_wrap').each((_, p) => {
    const url = backgroundUrl($(p).attr('style'));
    if (url) media.push({ type: 'image', url });
  });
  msg.find('.tgme_widget_message_video_thumb').each((_, v) => {
    const url = backgroundUrl($(v).attr('style'));
    if (url) media.push({ type: 'video', url });
  });
  const ownerName = msg.find('.tgme_widget_message_owner_name').first().text().trim() || null;
  return {
    id: `telegram:${channel}/${msgId}`,
    platform: 'telegram',
    kind: 'post',
    url: `https://t.me/${channel}/${msgId}`,
    publishedAt: new Date(t).toISOString(),
    collectedAt: ctx.collectedAt,
    author: {
      // The web preview shows no numeric channel id; the public name is the stable key it offers.
      id: channel,
      handle: channel,
      name: info.title ?? ownerName,
      url: `https://t.me/${channel}`,
      followers: info.subscribers,
      description: info.description,
    },
    text: textEl ? textWithBreaks($, textEl) : '',
    links,
    media,
    metrics: { views: parseCount(msg.find('.tgme_widget_message_views').first().text()) },
    source: { connector: 'telegram', query: ctx.query, watchlistIds: [] },
    evidence,
  };
}

/** Maps one t.me/s page. A message that does not map is refused alone; service messages are skipped. */
export function mapTelegramPage(html: string, ctx: PageContext): TelegramPage {
  const $ = load(html);
  const info = channelInfo($);
  const records: MappedRecord[] = [];
  let channel: string | null = null;
  let oldestId: number | null = null;
  let newestId: number | null = null;
  $('.tgme_widget_message[data-post]').each((_, el) => {
    const post = $(el).attr('data-post') ?? '';
    const pointer = `data-post=${post}`;
    const raw = Buffer.from($.html(el));
    const m = /^([A-Za-z0-9_]{3,64})\/(\d{1,12})$/.exec(post);
    if (!m) {
      records.push(toRecord(pointer, raw, { error: `data-post "${post.slice(0, 80)}" is not <channel>/<message id>` }));
      return;
    }
    const name = m[1]!.toLowerCase();
    const msgId = Number(m[2]);
    channel ??= name;
    oldestId = oldestId === null ? msgId : Math.min(oldestId, msgId);
    newestId = newestId === null ? msgId : Math.max(newestId, msgId);
    if ($(el).hasClass('service_message')) return;
    records.push(toRecord(pointer, raw, mapMessage($, el, name, info, ctx, recordEvidence(ctx, pointer, raw), msgId)));
  });
  const hasOlder = $('.tme_messages_more[data-before]').length > 0;
  return { records, notices: [], channel, oldestId, newestId, hasOlder };
}
