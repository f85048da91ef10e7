// Range ends of measures are MIN/MAX, of counts AT_LEAST/AT_MOST; ranges whose ends each carry the unit; minimum and
// maximum before money and percentages. Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { rangeBounds } from '../../../src/nlp/quantity/scan.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit, q.bound ?? '']);

test('range ends: a measure spans MIN to MAX, a count is bracketed AT_LEAST to AT_MOST', () => {
  assert.deepEqual(rangeBounds('USD', true), ['MIN', 'MAX']);
  assert.deepEqual(rangeBounds('%', false), ['MIN', 'MAX']);
  assert.deepEqual(rangeBounds('percentage point', false), ['MIN', 'MAX']);
  assert.deepEqual(rangeBounds('person', false), ['AT_LEAST', 'AT_MOST']);
  assert.deepEqual(rangeBounds('ship', false), ['AT_LEAST', 'AT_MOST']);
  assert.deepEqual(find('Tickets cost $2–$4.'), [['$2', 2, 'USD', 'MIN'], ['$4', 4, 'USD', 'MAX']]);
  assert.deepEqual(find('Unemployment was 5-6% last year.').map((q) => q[3]), ['MIN', 'MAX']);
  assert.deepEqual(find('The wall is between 10 and 15 km long.').map((q) => q[3]), ['MIN', 'MAX']);
  // counts keep the bracket (the shared examples: "5,000 to 6,000 people had been reported missing")
  assert.deepEqual(find('Between 5,000 and 6,000 people were missing.').map((q) => q[3]), ['AT_LEAST', 'AT_MOST']);
  assert.deepEqual(find('Officials said 5,000 to 6,000 people were missing.').map((q) => q[3]), ['AT_LEAST', 'AT_MOST']);
});

test('an approximation before a range is its first end\'s bound', () => {
  assert.deepEqual(find('The bridge will cost about $2-3 billion.'), [['about $2', 2e9, 'USD', 'APPROX'], ['3 billion', 3e9, 'USD', 'MAX']]);
  // other cues before a range leave its ends as they were ("an estimated" estimates the whole range)
  assert.deepEqual(find('The bridge will cost an estimated $2-3 billion.').map((q) => q[3]), ['MIN', 'MAX']);
  assert.deepEqual(find('It will cost up to $2-3 billion.').map((q) => q[3]), ['MIN', 'MAX']);
});

test('a range whose ends each carry the unit', () => {
  assert.deepEqual(find('Growth is forecast at 5% to 7% next year.'), [['5%', 5, '%', 'MIN'], ['7%', 7, '%', 'MAX']]);
  assert.deepEqual(find('Rates of 5%-7% were offered.').map((q) => q[3]), ['MIN', 'MAX']);
  assert.deepEqual(find('Highs of between 20C and 25C are expected.'), [['between 20C', 20, '°C', 'MIN'], ['25C', 25, '°C', 'MAX']]);
  // negatives: a change, a change by an amount, a descending pair, a list, two figures of different units
  assert.deepEqual(find('Inflation rose from 5% to 7% in May.').map((q) => q[3]), ['', '']);
  assert.deepEqual(find('The stock fell 40p to 5,600p.').map((q) => q[3]), ['', '']);
  assert.deepEqual(find('The bank raised rates by 0.25% to 5%.').map((q) => q[3]), ['', '']);
  assert.deepEqual(find('Margins of 7% to 5% were seen.').map((q) => q[3]), ['', '']);
  assert.deepEqual(find('Votes of 5% and 7% were cast.').map((q) => q[3]), ['', '']);
  assert.deepEqual(find('It is 5 km to 7 miles away.').map((q) => q[3]), ['', '']);
});

test('minimum and maximum before money and percentages name a limit', () => {
  assert.deepEqual(find('Countries agreed a global minimum tax rate of 15% on large firms.'), [['15%', 15, '%', 'MIN']]);
  assert.deepEqual(find('The offence carries a maximum fine of $10,000.'), [['$10,000', 10000, 'USD', 'MAX']]);
  // negatives: the size of a change to a minimum, a level called a record, a count near the word
  assert.deepEqual(find('They will raise the minimum wage by 5%.').map((q) => q[3]), ['']);
  assert.deepEqual(find('The minimum wage rose 4% this year.').map((q) => q[3]), ['']);
  assert.deepEqual(find('Inflation hit a record 9% in June.').map((q) => q[3]), ['']);
  assert.deepEqual(find('The maximum sentence was given to 12 people.').map((q) => q[3]), ['']);
});

test('"up to" before a physical figure: the peak after a verb of reaching, else a bound on an estimate', () => {
  assert.deepEqual(find('Floodwater reached up to three metres in Derna.').map((q) => q[3]), ['MAX']);
  assert.deepEqual(find('Gusts peaked at 120 km/h and rose up to 130 km/h.').map((q) => q[3]), ['', 'MAX']);
  assert.deepEqual(find('Waves of up to five metres are forecast.').map((q) => q[3]), ['AT_MOST']);
  assert.deepEqual(find('The storm could bring up to 30 cm of snow.').map((q) => q[3]), ['AT_MOST']);
  // an extremum word still makes it a maximum; counts keep AT_MOST
  assert.deepEqual(find('The train has a maximum speed of up to 300 km/h.').map((q) => q[3]), ['MAX']);
  assert.deepEqual(find('The toll reached up to 2,000 people.').map((q) => q[3]), ['AT_MOST']);
});

test('restatements in another unit after ", or" past what is measured, "which is", or a spaced dash', () => {
  const eq = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.equivalentOf ?? -1]);
  assert.deepEqual(eq('The storm dumped 10 inches of rain, or 25 cm.'), [['10 inches', 1], ['25 cm', 0]]);
  assert.deepEqual(eq('It reached 100 km, which is about 62 miles.'), [['100 km', 1], ['about 62 miles', 0]]);
  assert.deepEqual(eq('Speeds reached 250km/h - 155mph.'), [['250km/h', 1], ['155mph', 0]]);
  // negatives: alternatives without the comma, a dash between two measures of different extents, a same-unit pair
  assert.deepEqual(eq('Expect 10 inches of rain or 25 cm of snow.'), [['10 inches', -1], ['25 cm', -1]]);
  assert.deepEqual(eq('The wall is 3 metres high - 2 km long.').map((q) => q[1]), [-1, -1]);
  assert.deepEqual(eq('Speeds of 100 km/h - 120 km/h.').map((q) => q[1]), [-1, -1]);
});
