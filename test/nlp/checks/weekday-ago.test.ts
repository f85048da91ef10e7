import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dates } from './date-checks.js';

// DATE_ARITHMETIC: a weekday and its distance back from the report told together ("on Saturday, four days ago"):
// the report's date less the days must fall on that weekday. Real segmenter, time and quantity stages; invented
// sentences; the report's date pinned (2022-07-13 is a Wednesday).
const ago = (t: string, anchor = '2022-07-13') => dates(t, anchor, 'weekday-ago');

test('a weekday and its days back from the report agree', () => {
  assert.deepEqual(ago('Protesters have held the residence since storming it on Saturday, four days ago.'), ['CONSISTENT']);
  assert.deepEqual(ago('The strike began last Wednesday (a week ago).'), ['CONSISTENT']);
  assert.deepEqual(ago('Two days ago, on Monday, the ferry sank off the coast.'), ['CONSISTENT']);
  assert.deepEqual(ago('The talks ended on Sunday night, just three days ago.'), ['CONSISTENT']);
});

test('a weekday two days or more from the one the count lands on is a mismatch', () => {
  // Wednesday − 4 days is a Saturday, not a Monday
  assert.deepEqual(ago('Protesters have held the residence since storming it on Monday, four days ago.'), ['INCONSISTENT']);
  assert.deepEqual(ago('Two days ago, on Friday, the ferry sank off the coast.'), ['INCONSISTENT']);
});

test('a day off, a hedged count, a long count, no report date or no weekday: nothing', () => {
  // a report filed late may carry the next day's date: Sunday is one day off Saturday
  assert.deepEqual(ago('Protesters have held the residence since storming it on Sunday, four days ago.'), []);
  assert.deepEqual(ago('Protesters have held the residence since storming it on Monday, about four days ago.'), []);
  assert.deepEqual(ago('The ferry sank on Monday, 20 days ago.'), []);
  assert.deepEqual(dates('The ferry sank on Monday, two days ago.', '', 'weekday-ago'), []);
  assert.deepEqual(ago('The ferry sank in the strait, two days ago, and the search goes on.'), []);
  // a weekday not tied to the count ("on Monday" of another event, "ago" elsewhere)
  assert.deepEqual(ago('The court will rule on Monday; the appeal was filed three days ago.'), []);
});

test('property: the weekday n days before any report date agrees, the one three days off does not', () => {
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const words = ['one', 'two', 'three', 'four', 'five', 'six'];
  fc.assert(fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 2, max: 6 }), (d, n) => {
    const day = new Date(Date.UTC(2015, 0, 1) + d * 86400000);
    const anchor = day.toISOString().slice(0, 10);
    const wd = (day.getUTCDay() - n + 14) % 7;
    const right = ago(`The ship sank on ${names[wd]}, ${words[n - 1]} days ago.`, anchor);
    const wrong = ago(`The ship sank on ${names[(wd + 3) % 7]}, ${words[n - 1]} days ago.`, anchor);
    return right.length === 1 && right[0] === 'CONSISTENT' && wrong.length === 1 && wrong[0] === 'INCONSISTENT';
  }), { numRuns: 60 });
});

test('a count of weeks names a week, not a day: no mismatch (review r1 finding 3)', () => {
  // 2022-07-13 is a Wednesday: "a week ago, on Monday" is the Monday of last week
  const wk = (t: string) => ago(t);
  assert.deepEqual(wk('A week ago, on Monday, the ferry sank off the coast.'), []);
  assert.deepEqual(wk('Two weeks ago, on Saturday, the ferry sank.'), []);
  assert.deepEqual(wk('A week ago, on Wednesday, the ferry sank.'), ['CONSISTENT']);
  // a count of days is still exact
  assert.deepEqual(wk('Four days ago, on Wednesday, the ferry sank.'), ['INCONSISTENT']);
});
