import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { bestOf, describeBound } from '../../helpers/bound.js';

// Fourth pass on the quantity stage: currency subunits ("1,234 pence", "85 cents", "50p") are money in the main
// unit, so that they compare with amounts written in pounds or dollars; counts of people named by a role noun.
// Sentences written for these tests.

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => ({ text: q.text, value: q.value, unit: q.unit, ...(q.bound ? { bound: q.bound } : {}) }));

test('currency subunits: pence, cents, kopecks and paise are hundredths of their currency', () => {
  assert.deepEqual(find('Shares closed at 1,234 pence on Friday.'), [{ text: '1,234 pence', value: 12.34, unit: 'GBP' }]);
  assert.deepEqual(find('Petrol now costs 85 cents more.'), [{ text: '85 cents', value: 0.85, unit: 'USD' }]);
  assert.deepEqual(find('The tariff adds 20 euro cents to the price.'), [{ text: '20 euro cents', value: 0.2, unit: 'EUR' }]);
  assert.deepEqual(find('The stock fell 40p to 5,600p.'), [{ text: '40p', value: 0.4, unit: 'GBP' }, { text: '5,600p', value: 56, unit: 'GBP' }]);
  assert.deepEqual(find('The rouble traded at 99 kopecks.').map((q) => [q.value, q.unit]), [[0.99, 'RUB']]);
  assert.deepEqual(find('Fares rose by between 50 and 60 pence.').map((q) => [q.value, q.unit, q.bound]), [[0.5, 'GBP', 'MIN'], [0.6, 'GBP', 'MAX']]);
});

test('not pence: display lines ("1080p"), "per cent", a time ("3pm")', () => {
  assert.deepEqual(find('The camera records 1080p video.'), []);
  assert.deepEqual(find('Inflation rose 5 per cent.').map((q) => q.unit), ['%']);
  assert.deepEqual(find('The meeting starts at 3pm.').filter((q) => q.unit === 'GBP'), []);
});

test('people counted by a role noun or a body of people: "six workers", "a crew of 22"', () => {
  assert.deepEqual(find('Six workers were injured in the blast.').map((q) => [q.value, q.unit]), [[6, 'person']]);
  assert.deepEqual(find('The ship had a crew of 22.').map((q) => [q.value, q.unit]), [[22, 'person']]);
  assert.deepEqual(find('The ship had a crew of 22 when it hit the pier.').map((q) => [q.value, q.unit]), [[22, 'person']]);
  // a crew of machines is no people count
  assert.deepEqual(find('The factory runs 22 robots.').map((q) => q.unit), ['robot']);
});

test('a body of people sized by "of": "a delegation of 40"; not "a group of 20 nations" nor "a class of its own"', () => {
  assert.deepEqual(find('A delegation of 40 arrived on Monday.').map((q) => [q.value, q.unit]), [[40, 'person']]);
  assert.deepEqual(find('A group of 20 nations met.').map((q) => [q.value, q.unit]), [[20, 'nation']]);
  assert.deepEqual(find('The price of 40 is high.'), []);
});

test('subunits on pathological input stay bounded: 100,000 digits of pence, "1e999 cents", 20,000 "50p" in a row', () => {
  for (const text of ['9'.repeat(100000) + ' pence', '1e999 cents', '١٢٣ pence and ５０p', '50p'.repeat(20000)]) {
    const b = bestOf(2, () => findQuantities({ text, sentences: [], times: [] }));
    assert.ok(b.ms < 1000, `${text.slice(0, 12)}: ${describeBound(b)}`);
    assert.ok(b.result.every((q) => Number.isFinite(q.value)));
  }
});
