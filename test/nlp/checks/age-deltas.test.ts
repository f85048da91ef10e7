import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// DATE_ARITHMETIC between an age now and an age at a dated event of one sentence, and "born in YEAR … now N".
// Agreement only. Run through the real segmenter, time and quantity stages; sentences written for these tests.
const ages = (t: string) => dates(t, '2024-05-01', 'age-delta');

test('the years between the ages are the years since the event', () => {
  assert.deepEqual(ages('Macron, 46, became president in 2017 at the age of 39.'), ['CONSISTENT']);
  assert.deepEqual(ages('She was 34 when she was elected in 2015; she is now 43.'), ['CONSISTENT']);
  assert.deepEqual(ages('The 71-year-old, first elected in 1994 at 41, is seeking a sixth term.'), ['CONSISTENT']);
  assert.deepEqual(ages('Born in Lagos in 1962, Okafor is now 61.'), ['CONSISTENT']);
});

test('ages that do not fit the years, or no year: nothing reported', () => {
  assert.deepEqual(ages('Macron, 46, became president in 2012 at the age of 39.'), []);
  assert.deepEqual(ages('Macron, 46, became president at the age of 39.'), []);
  assert.deepEqual(ages('Born in Lagos in 1962, Okafor is now 70.'), []);
  // a clock time is no age
  assert.deepEqual(ages('Jones, 52, spoke in 2014 at 10 a.m. in the square.'), []);
});
