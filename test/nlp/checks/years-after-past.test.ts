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

test('the tense of the clause the offset governs, not a present word elsewhere in the sentence (review r1 finding 2)', () => {
  assert.deepEqual(after('Five years after the 2001 congress, the party split, and it has never reunited.'), []);
  assert.deepEqual(after('Ten years after the 1995 massacre, the court convicted the general, who is serving a life sentence.'), []);
  assert.deepEqual(after('Two years after the 1948 war, Israel signed armistice agreements that still shape its borders.'), []);
  // the governed clause in the present still tells the miss, fronted or not
  assert.deepEqual(after('The town is still rebuilding five years after the 2013 floods.'), ['INCONSISTENT']);
  assert.deepEqual(after('Five years after the 2013 floods, the town is still rebuilding, and it has no bridge.'), ['INCONSISTENT']);
});
