// YouTube mapping on `videos.list` and `channels.list` responses shaped as documented (counts as
// strings, thumbnails by size, channel country), including a hidden subscriber count and bad items.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapYoutubeVideosPage, youtubeChannelSchema, youtubeVideosPageSchema } from './map-youtube.ts';

const ctx = { collectedAt: '2026-12-01T05:00:00.000Z', query: 'yt: channel uploads', pageSha256: 'd'.repeat(64) };

const channels = new Map([
  ['UCa1b2c3d4e5f6g7h8i9j0kA', youtubeChannelSchema.parse({
    kind: 'youtube#channel',
    id: 'UCa1b2c3d4e5f6g7h8i9j0kA',
    snippet: { title: 'Krypto mit Jonas', description: 'Alles über Bitcoin', customUrl: '@kryptojonas', country: 'de' },
    statistics: { viewCount: '1200000', subscriberCount: '48100', hiddenSubscriberCount: false, videoCount: '210' },
    contentDetails: { relatedPlaylists: { uploads: 'UUa1b2c3d4e5f6g7h8i9j0kA' } },
  })],
  ['UChidden000000000000000A', youtubeChannelSchema.parse({ id: 'UChidden000000000000000A', statistics: { subscriberCount: '0', hiddenSubscriberCount: true } })],
]);

const page = youtubeVideosPageSchema.parse({
  kind: 'youtube#videoListResponse',
  items: [
    {
      kind: 'youtube#video',
      id: 'dQw4w9WgXcQ',
      snippet: {
        publishedAt: '2026-11-28T16:00:05Z',
        channelId: 'UCa1b2c3d4e5f6g7h8i9j0kA',
        title: 'Bybit Tutorial 2026 (Bonus!)',
        description: 'Mein Link: https://partner.bybit.com/b/JONAS\nCode JONAS20',
        thumbnails: { default: { url: 'https://i.ytimg.com/vi/dQw4w9WgXcQ/default.jpg', width: 120, height: 90 }, high: { url: 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg', width: 480, height: 360 } },
        channelTitle: 'Krypto mit Jonas',
        defaultAudioLanguage: 'de',
      },
      statistics: { viewCount: '10432', likeCount: '512', favoriteCount: '0', commentCount: '48' },
    },
    { kind: 'youtube#video', id: 'AbCdEfGhIjK', snippet: { publishedAt: '2026-11-29T10:00:00Z', channelId: 'UChidden000000000000000A', title: '日本語のタイトル' } },
    { kind: 'youtube#video', id: 'bad id!', snippet: { channelId: 'x' } },
  ],
  pageInfo: { totalResults: 3, resultsPerPage: 50 },
});

test('YouTube mapping: description, best thumbnail, string counts and channel country', () => {
  const r = mapYoutubeVideosPage(page, channels, ctx).records[0]!;
  assert.equal(r.result.tag, 'ok');
  if (r.result.tag !== 'ok') return;
  const item = r.result.value;
  assert.equal(item.id, 'youtube:dQw4w9WgXcQ');
  assert.equal(item.kind, 'video');
  assert.equal(item.title, 'Bybit Tutorial 2026 (Bonus!)');
  assert.equal(item.text, 'Mein Link: https://partner.bybit.com/b/JONAS\nCode JONAS20');
  assert.deepEqual(item.media, [{ type: 'image', url: 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg' }]);
  assert.deepEqual(item.metrics, { views: 10432, likes: 512, comments: 48 });
  assert.deepEqual([item.author.country, item.author.followers, item.author.handle, item.author.name], ['DE', 48100, 'kryptojonas', 'Krypto mit Jonas']);
});

test('YouTube mapping: hidden subscriber counts are unknown, not zero; missing parts are absent; bad items refused alone', () => {
  const { records } = mapYoutubeVideosPage(page, channels, ctx);
  assert.deepEqual(records.map((r) => r.result.tag), ['ok', 'ok', 'dlq']);
  const second = records[1]!.result;
  assert.ok(second.tag === 'ok');
  if (second.tag !== 'ok') return;
  assert.deepEqual([second.value.author.followers, second.value.text, second.value.media.length, second.value.title], [null, '', 0, '日本語のタイトル']);
  const bad = records[2]!.result;
  assert.ok(bad.tag === 'dlq' && bad.reason.startsWith('/items/2: video does not map: id: '), JSON.stringify(bad));
});
