import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// Two wrong INCONSISTENTs seen on older devsets, in invented sentences: "a year" as a rate, and an "in its Nth year"
// of a reported clause paired with a start told in the speaker's relative clause.

test('"a year" after a figure or a frequency is a rate, no length of a year range', () => {
  assert.deepEqual(dates('The firm promised to pay dividends of at least $50 billion a year from 2021 to 2025.', '2020-12-01', 'range-length'), []);
  assert.deepEqual(dates('The board meets twice a year from 2021 to 2025.', '2020-12-01', 'range-length'), []);
  // a length still
  assert.deepEqual(dates('He served a year, from 2020 to 2021, as mayor.', '2023-03-14', 'range-length'), ['CONSISTENT']);
  assert.deepEqual(dates('The seven-year war (1992-95) killed thousands.', '2023-03-14', 'range-length'), ['INCONSISTENT']);
});

test('an "in its Nth year" after "said that" is not counted from a start in the speaker\'s clause', () => {
  assert.deepEqual(dates('The ruler, who launched the project in 2014, wrote that the landing was a gift to the nation in its 50th year.', '2021-02-09', 'nth-year'), []);
  // told of the thing itself, the start still counts
  assert.deepEqual(dates('The war, which began in February 2022, is now in its third year.', '2024-05-01', 'nth-year'), ['CONSISTENT']);
});
