import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// "N years after YEAR" against the report's year: a miss is a contradiction only when the span runs to the report's
// time; one dating a past event ("Twenty years after the 1990 invasion, the army withdrew") says nothing of it.
// Real stages; invented sentences; the report's date pinned.
const after = (t: string) => dates(t, '2023-08-02', 'years-after');

test('a past event dated by an offset from a year: no miss against the report', () => {
  assert.deepEqual(after('Twenty years after the 1990 invasion, the army withdrew.'), []);
  assert.deepEqual(after('The party split five years after the 2001 congress.'), []);
});

test('an offset that runs to the report: agreement and misses stay', () => {
  assert.deepEqual(after('Twenty years after the 2003 invasion, Iraq remains divided.'), ['CONSISTENT']);
  // agreement is told whatever the tense
  assert.deepEqual(after('Twenty years after the 2003 invasion, the army withdrew.'), ['CONSISTENT']);
  assert.deepEqual(after('Five years after the 2013 floods, the town is still rebuilding.'), ['INCONSISTENT']);
  assert.deepEqual(after('Three years have passed since the 2013 floods.'), ['INCONSISTENT']);
});
