import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// "N weeks after X" against a date after it: past a comma the date may be the main clause's (the day the
// offset lands on), so there only agreement is told, never a mismatch. Invented sentences.
const after = (t: string) => dates(t, '2024-05-17', 'units-after');

test('a date inside the "after" clause is the start', () => {
  assert.deepEqual(after('The strike comes three weeks after a similar attack on April 26.'), ['CONSISTENT']);
  assert.deepEqual(after('Two weeks after the ceasefire took effect on May 3, fighting resumed.'), ['CONSISTENT']);
});

test('a date past the clause break gives no false mismatch', () => {
  assert.deepEqual(after('Just 11 weeks after he angered the unions, the minister made a conciliatory gesture on Thursday.'), []);
  assert.deepEqual(after('Three weeks after the trial, which ended on May 10, the judge resigned.'), []);
});
