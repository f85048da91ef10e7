import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// Dates a report sets against its own date: a first or a record "since DATE", "N days/weeks ago, on DATE", and an
// ordinal count ("in its 500th day") from a dated start. Real segmenter, time and quantity stages; sentences written
// for these tests.

test('a first or a record "since DATE" lies before the report, and fits a number of years stated with it', () => {
  assert.deepEqual(dates('It was the first such visit since 2019.', '2023-03-14', 'record-since'), ['CONSISTENT']);
  assert.deepEqual(dates('It was the first such visit since 2025.', '2023-03-14', 'record-since'), ['INCONSISTENT']);
  assert.deepEqual(dates('Inflation hit its highest level since March 2008, a 15-year high.', '2023-03-14', 'record-since-years'), ['CONSISTENT']);
  // no first or record: a plain "since" is a start, not a previous occasion
  assert.deepEqual(dates('He has lived there since 2019.', '2023-03-14', 'record-since'), []);
});

test('"N days/weeks ago, on DATE" against the report\'s date', () => {
  assert.deepEqual(dates('Two weeks ago, on February 28, the bridge collapsed.', '2023-03-14', 'ago-dated'), ['CONSISTENT']);
  assert.deepEqual(dates('Two weeks ago, on March 10, the bridge collapsed.', '2023-03-14', 'ago-dated'), ['INCONSISTENT']);
  // a date not in apposition to the "ago" is not its date
  assert.deepEqual(dates('Two weeks ago the bridge, built on March 10, 1990, collapsed.', '2023-03-14', 'ago-dated'), []);
});

test('an ordinal count of days or weeks from a dated start: agreement only', () => {
  const war = 'Russia invaded Ukraine on February 24, 2022. The war is now in its 500th day.';
  assert.deepEqual(dates(war, '2023-07-08', 'nth-count'), ['CONSISTENT']);
  assert.deepEqual(dates(war, '2023-03-08', 'nth-count'), []);
  assert.deepEqual(dates('The strike, which began on March 1, entered its second week.', '2023-03-10', 'nth-count'), ['CONSISTENT']);
  // a date with no beginning before it is no start
  assert.deepEqual(dates('The report was published on March 1. The strike entered its second week.', '2023-03-10', 'nth-count'), []);
});
