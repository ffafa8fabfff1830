// Class "One oversized part rejects the whole post": the part is capped or masked and recorded, the
// rest is kept, and what is left is within the limits the detectors rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemSchema, longestRepeatRun, longestToken, MASK_MARKER, MAX_REPEAT_RUN, MAX_TOKEN_CHARS, type NormalizedItem } from './item.ts';
import { createEnricher } from '../enrich/create-enricher.ts';
import { catalogue, hostileTexts } from '../text/test-fixtures.ts';

const base = {
  id: 'x:1', platform: 'x', kind: 'post', publishedAt: '2026-01-01T00:00:00Z', collectedAt: '2026-01-01T00:00:00Z',
  author: { id: 'a', handle: 'lucie' }, source: { connector: 't' }, evidence: { sha256: 'f'.repeat(64) },
};
const promo = 'Inscris-toi sur Qorvex avec mon lien https://www.qorvex.io/fr/register?ref=LUCIE50 #pub';

test('oversized parts: 300 identical or mixed emoji are natural text, kept as written', () => {
  for (const emoji of ['😀'.repeat(300), '🚀🔥💎🙌'.repeat(75), '❤️'.repeat(300), '🇫🇷'.repeat(300)]) {
    const item = itemSchema.parse({ ...base, text: `${promo} ${emoji}` });
    assert.equal(item.text, `${promo} ${emoji}`);
    assert.equal(item.truncations, undefined);
  }
});

test('oversized parts: a 4,097-character token in the bio is masked and recorded, the rest kept', () => {
  const item = itemSchema.parse({ ...base, text: promo, author: { ...base.author, description: `Trader ${'x'.repeat(4_097)} Paris` } });
  assert.equal(item.author.description, `Trader ${MASK_MARKER} Paris`);
  assert.equal(item.text, promo);
  assert.deepEqual(item.truncations, [{ field: 'author.description', reason: 'long_token', action: 'masked', originalLength: 4_110, parts: 1, longestPart: 4_097 }]);
  // Counted in characters: 4,096 emoji (8,192 code units, no pattern) is still a token within the limit.
  const emoji = Array.from({ length: 4_096 }, (_, i) => String.fromCodePoint(0x1f300 + ((i * 7) % 251))).join('');
  assert.equal(itemSchema.parse({ ...base, text: emoji }).truncations, undefined);
  assert.equal(itemSchema.parse({ ...base, text: `${emoji}😀` }).truncations?.[0]?.longestPart, 4_097);
});

test('oversized parts: a 4,097-character link is dropped from links[] and recorded; an over-long expandedUrl is cleared', () => {
  const long = `https://www.qorvex.io/r?ref=${'A'.repeat(4_069)}`;
  assert.equal(long.length, 4_097);
  const item = itemSchema.parse({
    ...base, text: promo,
    links: [{ url: long }, { url: 'https://t.co/ok', expandedUrl: `https://x.io/${'b'.repeat(5_000)}` }, { url: 'https://www.qorvex.io/fr' }],
  });
  assert.deepEqual(item.links, [{ url: 'https://t.co/ok', expandedUrl: null }, { url: 'https://www.qorvex.io/fr' }]);
  assert.deepEqual(item.truncations?.map((t) => `${t.field} ${t.reason} ${t.action} ${t.originalLength}`), [
    'links[0].url too_long dropped 4097',
    'links[1].expandedUrl too_long cleared 5013',
  ]);
});

test('oversized parts: names are cut, URLs cleared, and absurd sizes still refuse the item', () => {
  const item = itemSchema.parse({
    ...base, url: `https://x.com/${'p'.repeat(5_000)}`,
    author: { ...base.author, name: 'N'.repeat(600), url: `https://x.com/${'q'.repeat(3_000)}` },
    media: [{ type: 'image', url: `https://m.io/${'m'.repeat(5_000)}`, altText: 'a '.repeat(3_000) }],
  });
  assert.equal(item.url, null);
  assert.equal(item.author.name, 'N'.repeat(512));
  assert.equal(item.author.url, null);
  assert.equal(item.media[0]?.url, null);
  assert.equal(item.media[0]?.altText?.length, 4_096);
  assert.deepEqual(item.truncations?.map((t) => `${t.field} ${t.action}`).sort(), ['author.name cut', 'author.url cleared', 'media[0].altText cut', 'media[0].url cleared', 'url cleared']);
  const huge = itemSchema.safeParse({ ...base, author: { ...base.author, name: 'N'.repeat(100_001) } });
  assert.equal(huge.success, false);
  assert.deepEqual(huge.error!.issues.map((i) => i.path.join('.')), ['author.name']);
});

test('oversized parts: re-validating a capped item (as every later stage does) changes nothing and adds no record', () => {
  const first = itemSchema.parse({ ...base, text: `${'z'.repeat(5_000)} ${'ha '.repeat(600)}`, links: [{ url: `https://a.io/${'l'.repeat(5_000)}` }] });
  assert.equal(first.truncations?.length, 3);
  assert.deepEqual(itemSchema.parse(JSON.parse(JSON.stringify(first))), first);
});

test('oversized parts: masked hostile text is within the limits and the whole enricher stays fast on it', () => {
  const enrich = createEnricher({ catalogue });
  enrich(itemSchema.parse({ ...base, text: 'warm up' }));
  const texts: Record<string, string> = {
    ...hostileTexts(),
    redosA: `${'a'.repeat(3000)}!`.repeat(20),
    redosDigits: `code ${'1'.repeat(2000)} `.repeat(40),
    redosDots: `https://${'a.'.repeat(1500)}com `.repeat(10),
    redosSymbols: `${'#'.repeat(1000)} ${'€'.repeat(1000)} ${'+3'.repeat(1000)}`,
    redosParens: `${'((((('.repeat(500)} ${'-_-_'.repeat(900)}`,
    emoji: '😀'.repeat(40_000),
    markers: MASK_MARKER.repeat(20_000),
    combining: `a${'\u0301'.repeat(90_000)}`,
  };
  for (const [kind, text] of Object.entries(texts)) {
    const r = itemSchema.safeParse({ ...base, text, title: text.slice(0, 20_000), author: { ...base.author, description: text.slice(0, 30_000) } });
    assert.ok(r.success, `${kind}: ${JSON.stringify(r.error?.issues)}`);
    const item: NormalizedItem = r.data;
    for (const [field, value] of [['text', item.text], ['title', item.title ?? ''], ['bio', item.author.description ?? '']] as const) {
      assert.ok(longestToken(value) <= MAX_TOKEN_CHARS, `${kind} ${field}: token of ${longestToken(value)}`);
      assert.ok(longestRepeatRun(value) <= MAX_REPEAT_RUN, `${kind} ${field}: repeat run of ${longestRepeatRun(value)}`);
    }
    const t0 = performance.now();
    enrich(item);
    const ms = performance.now() - t0;
    // Generous, like the detectors' own time-bound tests (adversarial.test.ts): catches stalls, not speed.
    assert.ok(ms < 2_000, `${kind}: enrichment took ${ms.toFixed(0)} ms`);
  }
});

test('oversized parts: the repeat-run limit holds at its edge (the short-text shortcut skips nothing it should cap)', () => {
  assert.equal(itemSchema.parse({ ...base, text: 'a'.repeat(MAX_REPEAT_RUN + 1) }).truncations, undefined);
  const over = itemSchema.parse({ ...base, text: 'a'.repeat(MAX_REPEAT_RUN + 2) });
  assert.equal(over.text, `${'a'.repeat(32)}${MASK_MARKER}`);
  assert.deepEqual(over.truncations?.map((t) => `${t.reason} ${t.longestPart}`), [`repeat_run ${MAX_REPEAT_RUN + 2}`]);
});
