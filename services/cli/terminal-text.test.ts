// Class "Terminal and ids": what a terminal would act on never leaves the human-readable printer,
// and JSON output stays the same JSON value with those characters escaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { terminalSafe, terminalSafeJson } from './terminal-text.ts';

const HOSTILE = [
  '\u001b[2J\u001b[H', // clear screen, cursor home
  '\u001b[31mred\u001b[0m',
  '\u001b]0;window title\u0007', // OSC title, BEL-terminated
  '\u001b]8;;http://evil.test\u001b\\link\u001b]8;;\u001b\\', // OSC 8 hyperlink, ST-terminated
  '\u001b]52;c;ZXZpbA==\u0007', // OSC 52 clipboard write
  '\u001bP1$r\u001b\\', // DCS
  '\u001b(0', '\u001bc', '\u001b7',
  '\u009b31m', '\u0085', '\u0000', '\u0008', '\u007f', '\r',
  '\u202egnp.exe', '\u2066iso\u2069', '\u200f',
];
// Anything left that a terminal or bidi algorithm acts on: ESC, C0 but tab/newline, DEL, C1, bidi controls.
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

test('terminal and ids: escape sequences, C0/C1 controls and bidi controls are stripped from printed text', () => {
  for (const h of HOSTILE) {
    const out = terminalSafe(`before ${h} after`);
    assert.doesNotMatch(out, ACTIVE, JSON.stringify(h));
    assert.ok(out.startsWith('before ') && out.endsWith(' after'), JSON.stringify(out));
  }
  assert.equal(terminalSafe('\u001b[1mbold\u001b[0m and \u001b]0;t\u0007plain'), 'bold and plain');
  // A lone ESC takes the next character with it, as a terminal would (ESC X is a two-byte sequence).
  assert.equal(terminalSafe('end\u001b'), 'end');
  assert.equal(terminalSafe('\u001bMa'), 'a');
  assert.equal(terminalSafe('lone \ud800 surrogate'), 'lone \uFFFD surrogate');
  // One value cannot start a line of its own (a forged case line); multi-line text keeps its layout.
  assert.equal(terminalSafe('a\nHIGH @forged\tx'), 'a HIGH @forged x');
  assert.equal(terminalSafe('a\n\tb', { multiline: true }), 'a\n\tb');
  assert.equal(terminalSafe('Zoë 😀 € ٣ 中文'), 'Zoë 😀 € ٣ 中文');
});

test('terminal and ids: JSON output is the same value, valid, with every active character escaped', () => {
  for (const h of [...HOSTILE, '\u2028', '\u2029', 'lone \ud800']) {
    const value = { detail: `x ${h} y`, list: [h] };
    const line = terminalSafeJson(value);
    assert.doesNotMatch(line, ACTIVE, JSON.stringify(h));
    assert.doesNotMatch(line, /[\u2028\u2029\ud800-\udfff]/);
    assert.deepEqual(JSON.parse(line), value);
  }
});
