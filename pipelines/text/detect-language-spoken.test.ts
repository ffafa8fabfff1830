// Language classes found on the twenty-first blind corpus (issue 7): short spoken lines of video and stream talk. Our own
// examples, with negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage } from './detect-language.ts';
import { prepareText } from './prepare.ts';

const lang = (text: string): string | null => detectLanguage(prepareText(text)).code;

test('Taglish: English nouns in a Tagalog frame are Tagalog; English with one Tagalog word stays English', () => {
  for (const text of ['guys nasa description yung code', 'check niyo yung video sa channel guys', 'grabe po talaga yung fees dito']) {
    assert.equal(lang(text), 'tl', text);
  }
  for (const text of ['thanks for watching, see you in the next video guys', 'may the fees be low and the charts be green, salamat po everyone']) {
    assert.equal(lang(text), 'en', text);
  }
});

test('Irish video talk (link, below, description, pinned) is Irish, not Vietnamese or French', () => {
  for (const text of ['tá an nasc sa bhosca thíos', 'tá an físeán thíos', 'an nasc thíos sa trácht']) assert.equal(lang(text), 'ga', text);
});

test('"kita bahas" is Indonesian video talk, not Malay', () => {
  assert.equal(lang('selamat datang kita bahas cara trading kripto dengan aman'), 'id');
  assert.equal(lang('hari ini kita akan membincangkan cara menyimpan wang dengan selamat di bank'), 'ms');
});
