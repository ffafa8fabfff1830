// Telegram web-preview mapping on pages with the real page's structure: links in anchors, <br>
// line breaks, photos in background styles, K/M view counts, service messages, broken messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapTelegramPage, parseCount } from './map-telegram.ts';
import { telegramPage } from './telegram-page.fixture.ts';

const ctx = { collectedAt: '2026-12-01T07:00:00.000Z', query: 'tg: cryptolucie', pageSha256: 'c'.repeat(64) };

const html = telegramPage('CryptoLucie', 'Crypto Lucie &amp; Co', '12.4K', [
  {
    id: 1041,
    datetime: '2026-11-29T18:30:00+00:00',
    views: '3.2K',
    photo: 'https://cdn4.cdn-telegram.org/file/abc.jpg',
    html: 'Inscris-toi ici 👉 <a href="https://www.bybit.com/invite?ref=LUCIE50" target="_blank" rel="noopener">bybit.com/invite?ref=LUCI…</a><br/>Code : <b>LUCIE50</b> <a href="?q=%23bonus">#bonus</a>',
  },
  { id: 1042, datetime: '2026-11-30T07:00:00+01:00', views: '987', html: 'Привет! Без ссылок сегодня.' },
  { id: 1043, service: true, datetime: '2026-11-30T08:00:00+00:00', html: 'Channel photo updated' },
  { id: 1044, views: '10', html: 'no time element on this one' },
], 1041);

test('Telegram mapping: text with line breaks, whole hrefs, photo, views and channel facts', () => {
  const page = mapTelegramPage(html, ctx);
  assert.equal(page.channel, 'cryptolucie');
  assert.deepEqual([page.oldestId, page.newestId, page.hasOlder], [1041, 1044, true]);
  const first = page.records[0]!;
  assert.equal(first.result.tag, 'ok');
  if (first.result.tag !== 'ok') return;
  const item = first.result.value;
  assert.equal(item.id, 'telegram:cryptolucie/1041');
  assert.equal(item.url, 'https://t.me/cryptolucie/1041');
  assert.equal(item.text, 'Inscris-toi ici 👉 bybit.com/invite?ref=LUCI…\nCode : LUCIE50 #bonus');
  assert.deepEqual(item.links, [{ url: 'https://www.bybit.com/invite?ref=LUCIE50' }]);
  assert.deepEqual(item.media, [{ type: 'image', url: 'https://cdn4.cdn-telegram.org/file/abc.jpg' }]);
  assert.equal(item.metrics.views, 3200);
  assert.equal(item.publishedAt, '2026-11-29T18:30:00.000Z');
  assert.deepEqual(
    [item.author.name, item.author.followers, item.author.description],
    ['Crypto Lucie & Co', 12400, 'Signaux crypto quotidiens\nPas un conseil financier'],
  );
  assert.equal(item.evidence.rawRef, `archive:${'c'.repeat(64)}#data-post=CryptoLucie/1041`);
});

test('Telegram mapping: offsets are normalised, service messages skipped, a message without time refused alone', () => {
  const page = mapTelegramPage(html, ctx);
  assert.deepEqual(page.records.map((r) => r.result.tag), ['ok', 'ok', 'dlq']);
  const second = page.records[1]!.result;
  assert.ok(second.tag === 'ok' && second.value.publishedAt === '2026-11-30T06:00:00.000Z' && second.value.text === 'Привет! Без ссылок сегодня.');
  const refused = page.records[2]!.result;
  assert.ok(refused.tag === 'dlq' && refused.reason.startsWith('data-post=CryptoLucie/1044: message has no <time datetime>'), JSON.stringify(refused));
});

test('Telegram mapping: a page with no messages (unknown or private channel) maps to nothing', () => {
  const page = mapTelegramPage('<html><body><div class="tgme_page">If you have Telegram, you can contact</div></body></html>', ctx);
  assert.deepEqual([page.records.length, page.channel, page.oldestId], [0, null, null]);
});

test('Telegram counts: K, M, plain and junk', () => {
  assert.deepEqual(['1.2K', '12.3M', '987', '1,204', '', 'many'].map(parseCount), [1200, 12_300_000, 987, 1204, null, null]);
});
