import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseText } from './normalise-text.ts';

test('zero-width and word-joiner characters inside codes, URLs and domains are removed', () => {
  assert.equal(normaliseText('use CODE\u200b50 today').text, 'use CODE50 today');
  assert.equal(normaliseText('https://x.test/?ref=AB\u2060C').text, 'https://x.test/?ref=ABC');
  assert.equal(normaliseText('bin\u200bance.com').text, 'binance.com');
  assert.equal(normaliseText('soft\u00adhyphen and \ufeffBOM').text, 'softhyphen and BOM');
});

test('bidi controls are removed and a right-to-left override run is read in display order', () => {
  assert.equal(normaliseText('go to \u202dsite\u202c now').text, 'go to site now');
  const r = normaliseText('visit \u202emoc.elpmaxe\u202c now');
  assert.equal(r.text, 'visit example.com now');
  assert.equal(r.edits[0]?.kind, 'reversed');
});

test('fullwidth and mathematical letters are folded by NFKC and reported as styled', () => {
  const r = normaliseText('join ｑｏｒｖｅｘ and 𝐁𝐲𝐛𝐢𝐭');
  assert.equal(r.text, 'join qorvex and Bybit');
  assert.ok(r.edits.every((e) => e.kind === 'styled'));
  // Each edit gives the offset of the original characters in the input.
  const e = r.edits.find((x) => x.original === '𝐁');
  assert.equal(e && r.text.slice(e.start, e.end), 'B');
  assert.equal(e && 'join ｑｏｒｖｅｘ and 𝐁𝐲𝐛𝐢𝐭'.slice(e.originalStart, e.originalStart + 2), '𝐁');
});

test('Cyrillic look-alike letters inside a Latin word are folded; Cyrillic text is left alone', () => {
  assert.equal(normaliseText('trade on Qоrvex now').text, 'trade on Qorvex now'); // Cyrillic о
  assert.equal(normaliseText('BІNANCE futures').text, 'BINANCE futures'); // Cyrillic І, a capital stays a capital
  assert.equal(normaliseText('ОКХ is where I trade every single day').text, 'OKX is where I trade every single day');
  const russian = 'Привет друзья, сегодня расскажу про биржу Qorvex';
  assert.deepEqual(normaliseText(russian), { text: russian, edits: [] });
  const greek = 'Καλημέρα σε όλους, σήμερα μιλάμε για το Qorvex';
  assert.equal(normaliseText(greek).text, greek);
});

test('text needing no change comes back as it is, with no edits', () => {
  for (const t of ['plain ascii text', 'Crème brûlée für alle 🚀', 'Zażółć gęślą jaźń', 'Family 👨\u200d👩\u200d👧 ❤\ufe0f', 'می\u200cخواهم']) assert.deepEqual(normaliseText(t), { text: t, edits: [] });
});

test('HTML references to invisible characters are removed like the characters; other references stay', () => {
  const n = normaliseText('code QX&#8203;77, Q&shy;ORVEX, A&#x200B;B and &amp; &#65; stay');
  assert.equal(n.text, 'code QX77, QORVEX, AB and &amp; &#65; stay');
  assert.deepEqual(n.edits.map((e) => [e.kind, e.original]), [['invisible', '&#8203;'], ['invisible', '&shy;'], ['invisible', '&#x200B;']]);
});
