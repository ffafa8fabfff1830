import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectPhones } from './detect-phones.ts';

test('international numbers with + or 00', () => {
  assert.deepEqual(detectPhones('Call +33 6 12 34 56 78 or 0049 30 12345678'), [
    { e164: '+33612345678', country: 'FR', eu: true },
    { e164: '+493012345678', country: 'DE', eu: true },
  ]);
  assert.deepEqual(detectPhones('WhatsApp: +1 415 555 2671'), [{ e164: '+14155552671', country: 'US', eu: false }]);
  assert.deepEqual(detectPhones('Milano: +39 02 1234 5678'), [{ e164: '+390212345678', country: 'IT', eu: true }]);
  assert.deepEqual(detectPhones('(+48) 601-234-567'), [{ e164: '+48601234567', country: 'PL', eu: true }]);
});

test('Hungary is an EU member state', () => {
  assert.deepEqual(detectPhones('+36 20 123 4567'), [{ e164: '+36201234567', country: 'HU', eu: true }]);
});

test('outermost regions count as EU', () => {
  assert.deepEqual(detectPhones('+590 690 12 34 56'), [{ e164: '+590690123456', country: 'GP', eu: true }]);
});

test('prices, percentages, dates, order numbers and codes are not phones', () => {
  for (const text of ['up +20% today', '2024-00-12', 'order #0012345678', 'price 1 000 000 €', 'code QX0033612345678', 'v1.00.33612345678', '+33612345678EUR', '100000000']) {
    assert.deepEqual(detectPhones(text), [], text);
  }
});

test('numbers inside URLs are ignored', () => {
  assert.deepEqual(detectPhones('https://wa.me/+33612345678'), []);
});

test('national format only with a default country', () => {
  assert.deepEqual(detectPhones('tel 06 12 34 56 78'), []);
  assert.deepEqual(detectPhones('tel 06 12 34 56 78', { defaultCountry: 'FR' }), [{ e164: '+33612345678', country: 'FR', eu: true }]);
});

test('possible numbers in ranges missing from the metadata still count, with their calling code country', () => {
  assert.deepEqual(detectPhones('WhatsApp : +33 6 39 98 42 17'), [{ e164: '+33639984217', country: 'FR', eu: true }]);
  assert.deepEqual(detectPhones('+44 7700 900123'), [{ e164: '+447700900123', country: 'GB', eu: false }]);
});

test('signed amounts are not phones', () => {
  assert.deepEqual(detectPhones('portfolio +20 000 000 USD, +1 500 000 €'), []);
});

test('impossible numbers are dropped and duplicates merged', () => {
  assert.deepEqual(detectPhones('+33 1'), []);
  assert.deepEqual(detectPhones('+33 1234 5678 9012 34'), []);
  assert.equal(detectPhones('+33 6 12 34 56 78 / +33612345678').length, 1);
});
