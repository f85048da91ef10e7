import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// DATE_ARITHMETIC: "N days after the derailment" against the report's date, the derailment dated in a sentence after
// the offset (a lede and its body), or by a time of day ("8:55 p.m. on Feb. 3"). Real stages; invented sentences; the
// report's date pinned.
const after = (t: string) => dates(t, '2023-02-14', 'units-after');

test('the event the offset counts from, dated later in the report, fits the report\'s date', () => {
  assert.deepEqual(after('Eleven days after the derailment, residents still do not know whether their water is safe. The train derailed on Feb. 3.'), ['CONSISTENT']);
  assert.deepEqual(after('Eleven days after the derailment, residents still worry. Officials met on Monday. The train derailed at about 8:55 p.m. on Feb. 3, a mile from the state line.'), ['CONSISTENT']);
  // dated before, by a time of day
  assert.deepEqual(after('The train derailed at about 8:55 p.m. on Feb. 3, a mile from the state line. Eleven days after the derailment, residents still worry.'), ['CONSISTENT']);
});

test('a later date that does not fit, or names no such event: nothing (agreement only)', () => {
  assert.deepEqual(after('Eleven days after the derailment, residents still do not know whether their water is safe. The train derailed on Feb. 8.'), []);
  assert.deepEqual(after('Eleven days after the derailment, residents still do not know whether their water is safe. The mayor spoke on Feb. 3.'), []);
});
