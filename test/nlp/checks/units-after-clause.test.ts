import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// "N weeks after X" counts from a date inside its own clause; a date past the comma is the main clause's (the day the
// offset lands on), never the start. Invented sentences.
const after = (t: string) => dates(t, '2024-05-17', 'units-after');

test('a date inside the "after" clause is the start', () => {
  assert.deepEqual(after('The strike comes three weeks after a similar attack on April 26.'), ['CONSISTENT']);
  assert.deepEqual(after('Two weeks after the ceasefire took effect on May 3, fighting resumed.'), ['CONSISTENT']);
});

test('a date past the clause break is not the start: no false mismatch', () => {
  assert.deepEqual(after('Just 11 weeks after he angered the unions, the minister made a conciliatory gesture on Thursday.'), []);
  assert.deepEqual(after('Three weeks after the trial, which ended on May 10, the judge resigned.'), []);
});
