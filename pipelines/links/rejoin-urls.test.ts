import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findUrls } from './extract-urls.ts';

test('a referral link cut at the line end where its code begins takes the code back', () => {
  assert.deepEqual(findUrls('Mein Link (Telegram bricht ihn um):\nhttps://qorvex.io/join/\nANNA_DE7\nBonus bis 50 USDT'), ['https://qorvex.io/join/ANNA_DE7']);
  assert.deepEqual(findUrls('Link:\nhttps://www.zyntra.com/register?ref=\nMIKKEL-Z4\n(kopier begge linjer)'), ['https://www.zyntra.com/register?ref=MIKKEL-Z4']);
  // Not after an ordinary path, nor when the next line is a sentence.
  assert.deepEqual(findUrls('see https://example.com/\nHello'), ['https://example.com/']);
  assert.deepEqual(findUrls('https://qorvex.io/join/\nthat was my link'), ['https://qorvex.io/join/']);
});

test('a link written with spaces is rejoined; prose with a spaced dot is not a link', () => {
  assert.deepEqual(findUrls('links get deleted here so: qorvex . io / join / QX77 (remove the spaces)'), ['qorvex.io/join/QX77']);
  assert.deepEqual(findUrls('the end . Then / we go'), []);
});
