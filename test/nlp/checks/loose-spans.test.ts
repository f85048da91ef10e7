import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// DATE_ARITHMETIC read loosely from one sentence: a length and two dates of the sentence that lie that far apart.
// Agreement only. Run through the real segmenter, time and quantity stages; sentences written for these tests.
const loose = (t: string) => dates(t, '2024-05-01', 'loose-span');

test('a length in years, decades or months between two dates of the sentence', () => {
  assert.deepEqual(loose('He served six years in prison after his 2015 conviction and was freed in 2021.'), ['CONSISTENT']);
  assert.deepEqual(loose('The 2011 uprising ended four decades of rule that began in 1969.'), ['CONSISTENT']);
  assert.deepEqual(loose('The museum reopened in March 2024 after 18 months of work that began in September 2022.'), ['CONSISTENT']);
});

test('a span that a later date of its sentence ends is not measured to the report', () => {
  const all = (t: string) => ['span-linked', 'loose-span'].flatMap((r) => dates(t, '2024-05-01', r));
  assert.deepEqual(all('The museum reopened in March 2024 after 18 months of work that began in September 2022.'), ['CONSISTENT']);
});

test('no loose span when the dates are not that far apart, the length is an age, or one date is missing', () => {
  assert.deepEqual(loose('He served six years in prison after his 2010 conviction and was freed in 2021.'), []);
  assert.deepEqual(loose('Born in 1990, she was aged 30 years when she won in 2020 and 2021.').filter(Boolean).length <= 1, true);
  assert.deepEqual(loose('He served six years in prison after his 2015 conviction.'), []);
});
