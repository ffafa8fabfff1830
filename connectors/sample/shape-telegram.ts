// Telegram (MTProto via Telethon's to_dict()): a channel Message plus its Channel. Entity offsets are
// UTF-16 code units, which is also how JavaScript indexes strings.
import type { Rng } from './prng.ts';
import { collectedAt, handleOf, isoSeconds, sha256Json, source, urlsIn, type Draft, type Shaped } from './draft.ts';

const channels = new Map<string, { id: number; lastMsg: number }>();

/** Forget assigned ids, so that every generator run starts from the same state. */
export function resetTelegramIds(): void {
  channels.clear();
}

export function shapeTelegram(d: Draft, rng: Rng): Shaped {
  const handle = handleOf(d);
  let ch = channels.get(handle);
  if (!ch) {
    ch = { id: rng.int(1_100_000_000, 2_400_000_000), lastMsg: rng.int(200, 3000) };
    channels.set(handle, ch);
  }
  ch.lastMsg += rng.int(1, 25);
  const msgId = ch.lastMsg;
  const entities = urlsIn(d.text).map((url) => {
    const offset = d.text.indexOf(url);
    return { _: 'MessageEntityUrl', offset, length: url.length };
  });
  const views = rng.int(Math.ceil(d.person.followers / 10), d.person.followers);
  const forwards = rng.int(0, Math.ceil(views / 200));
  const replies = rng.int(0, Math.ceil(views / 400));
  const raw = {
    message: {
      _: 'Message',
      id: msgId,
      peer_id: { _: 'PeerChannel', channel_id: ch.id },
      date: d.publishedAt.toISOString().replace(/\.\d{3}Z$/, '+00:00'),
      message: d.text,
      out: false,
      post: true,
      entities,
      views,
      forwards,
      replies: { _: 'MessageReplies', replies, replies_pts: rng.int(1000, 90000) },
      edit_date: null,
    },
    chat: { _: 'Channel', id: ch.id, title: d.person.name, username: handle, broadcast: true, participants_count: d.person.followers, about: d.person.bio },
  };
  const id = `${handle}/${msgId}`;
  return {
    raw,
    item: {
      id: `telegram:${id}`,
      platform: 'telegram',
      kind: 'post',
      url: `https://t.me/${id}`,
      publishedAt: isoSeconds(d.publishedAt),
      collectedAt: collectedAt(d.publishedAt, rng),
      author: {
        id: String(ch.id),
        handle,
        name: d.person.name,
        url: `https://t.me/${handle}`,
        followers: d.person.followers,
        location: d.person.location || null,
        description: d.person.bio,
      },
      text: d.text,
      links: urlsIn(d.text).map((url) => ({ url })),
      media: [],
      metrics: { views, shares: forwards, comments: replies },
      source: source(d),
      evidence: { sha256: sha256Json(raw), rawRef: `sample/raw/telegram:${id}` },
    },
  };
}
