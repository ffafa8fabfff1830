// Markup around codes and link texts (issue 7, class 1): tags are blanked with offsets kept, URLs inside
// tags stay visible to the URL mask, and what the reader sees (a code as a link's text) reaches the detectors.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blankMarkup } from './blank-markup.ts';
import { maskUrls } from './mask-urls.ts';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

test('HTML, BBCode and Markdown link syntax is blanked, the visible text and the length are kept', () => {
  const cases: Array<[string, string[]]> = [
    ['<p><b>Code:</b> <code>ZX81</code></p>', ['Code:', 'ZX81']],
    ['[b]Kod[/b]: [url=https://ex.example/r?c=AB12]AB12[/url]', ['Kod', ':', 'https://ex.example/r?c=AB12', 'AB12']],
    ['see [the offer](https://ex.example/join/Q1) now', ['see', 'the', 'offer', 'https://ex.example/join/Q1', 'now']],
    ['![banner](https://ex.example/b.png)', ['banner', 'https://ex.example/b.png']],
  ];
  for (const [input, visible] of cases) {
    const out = blankMarkup(input);
    assert.equal(out.length, input.length, input);
    assert.deepEqual(words(out), visible, input);
  }
});

test('text that only looks like markup is left alone', () => {
  for (const s of ['2 < 3 and 5 > 4', 'tickers [BTC] [ETH]', 'a<b', 'see [note] (below)', 'x [y](z w)']) assert.equal(blankMarkup(s), s);
});

test('a URL inside a tag is still masked and listed with its host; the code written as the link text is not masked', () => {
  const text = 'Bonus: [url=https://www.ex.example/invite?ref=MK5]MK5[/url] and <a href="https://ex.example/x">here</a>';
  const m = maskUrls(text);
  assert.deepEqual(m.urls.map((u) => u.host), ['www.ex.example', 'ex.example']);
  assert.deepEqual(words(m.text), ['Bonus:', 'MK5', 'and', 'here']);
  assert.equal(m.text.length, text.length);
});

test('underscores of Markdown emphasis at the edge of a word go; those inside a word or after @ and # stay', () => {
  // Our own examples.
  assert.deepEqual(words(blankMarkup('_Lien affilié._ __GULL25__ now')), ['Lien', 'affilié.', 'GULL25', 'now']);
  assert.equal(blankMarkup('_a_').length, 3);
  assert.deepEqual(words(blankMarkup('code mx_it from @_gull and #_tag, snake_case_x')), ['code', 'mx_it', 'from', '@_gull', 'and', '#_tag,', 'snake_case_x']);
});

test('block tags end a line, so a paragraph of its own reads as one; inline tags stay spaces', () => {
  const html = '<p>Kod: QX5</p><p><small>Reklama</small></p>';
  const out = blankMarkup(html);
  assert.equal(out.length, html.length);
  assert.deepEqual(out.split('\n').map((l) => l.trim()).filter(Boolean), ['Kod: QX5', 'Reklama']);
  assert.equal(blankMarkup('<b>QX5</b>').includes('\n'), false);
});
