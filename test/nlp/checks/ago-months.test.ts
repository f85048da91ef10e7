import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';
import { agoMonthChecks } from '../../../src/nlp/checks/agoMonths.js';

// A month without a day in apposition to "N months/weeks ago", against the report's date. Invented sentences.
const ago = (t: string, anchor = '2024-05-15') => dates(t, anchor, 'ago-month');

test('a named month against "N months ago", either way round', () => {
  assert.deepEqual(ago('The law took effect in January, four months ago.'), ['CONSISTENT']);
  assert.deepEqual(ago('Six months ago, in November, the plant closed.'), ['CONSISTENT']);
  assert.deepEqual(ago('In March, some ten weeks ago, the rains began.'), ['CONSISTENT']);
  assert.deepEqual(ago('The plant closed in November, three weeks ago.'), ['INCONSISTENT']);
  assert.deepEqual(ago('The law took effect in January, eight months ago.'), ['INCONSISTENT']);
  // a month of the report's own year after the report's month is last year's
  assert.deepEqual(ago('The floods came in September, eight months ago.'), ['CONSISTENT']);
});

test('"N months ago" with no month in apposition, or a count near the month: nothing', () => {
  assert.deepEqual(ago('The law took effect four months ago in a quiet ceremony.'), []);
  assert.deepEqual(ago('In January the law was passed; it took effect four months ago.'), []);
  assert.deepEqual(ago('He arrived four months ago, in search of work.'), []);
  // a count rounded far enough to be neither: silent, not a mismatch
  assert.deepEqual(ago('The law took effect in January, two months ago.'), []);
  // no report date: nothing
  assert.deepEqual(agoMonthChecks('The law took effect in January, four months ago.', [], undefined), []);
});
