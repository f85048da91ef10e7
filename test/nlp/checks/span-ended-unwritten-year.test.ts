import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// A span from a stated start, measured to the report, is no mismatch when a dated moment of the sentence after the
// start may end it, even one whose year the text does not write ("collapsed in March"). Invented sentences.
const linked = (t: string) => dates(t, '2023-06-01', 'span-linked');

test('a later month of the sentence may end the span: no false mismatch', () => {
  assert.deepEqual(linked('Talks collapsed in March after 18 months of negotiations that began in September 2021.'), []);
  // with no later date the span runs to the report: the mismatch stands
  assert.deepEqual(linked('Negotiations that began in September 2021 have lasted 18 months.'), ['INCONSISTENT']);
  assert.deepEqual(linked('The president, who took office in March 2022, resigned after 14 months in power.'), ['CONSISTENT']);
});

test('a start that names no month is read to its last month: a date of the same year is no later moment', () => {
  // "began in 2023" and "in March" (2023-03) of a report of June 2023: March need not be after the start, and no end
  // before the report makes 30 months fit, so the mismatch stands
  assert.deepEqual(linked('Talks collapsed in March after 30 months of negotiations that began in 2023.'), ['INCONSISTENT']);
  // a month of the next year is after any day of the start's year: the span may have ended then
  assert.deepEqual(dates('Talks collapsed in March after 30 months of negotiations that began in 2019.', '2020-06-01', 'span-linked'), []);
});
