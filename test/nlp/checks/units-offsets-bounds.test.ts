import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// "N days/weeks/months after/before X" with a bound before the count, a half, a date whose year is not written, and
// counted back from an event named sentences before. Invented sentences, report date pinned.
const PUB = '2024-05-17';
const after = (t: string) => dates(t, PUB, 'units-after-dated');
const before = (t: string) => dates(t, PUB, 'units-before-dated');

test('a bound before the count widens the fit one way and never gives a mismatch', () => {
  assert.deepEqual(after('The rover landed on 18 February 2021, about seven months after its launch on 30 July 2020.'), ['CONSISTENT']);
  assert.deepEqual(after('The rover landed on 18 February 2021, more than six months after its launch on 30 July 2020.'), ['CONSISTENT']);
  // "more than three weeks" for ten weeks, "nearly two months" for five: no agreement, and no mismatch told from a bound
  assert.deepEqual(after('The strike came on 1 April 2024, more than three weeks after an attack on 20 January 2024.'), []);
  assert.deepEqual(after('The deal was signed on 1 June 2023, nearly two months after talks began on 1 January 2023.'), []);
  // without a bound a clear miss is still told
  assert.deepEqual(after('The deal was signed on 1 June 2023, two months after talks began on 1 January 2023.'), ['INCONSISTENT']);
});

test('a start date with no written year is the last of its kind before the event', () => {
  assert.deepEqual(after('The eruption began on 18 December 2023, five weeks after the town was evacuated on 10 November.'), ['CONSISTENT']);
  assert.deepEqual(after('The eruption began on 18 December 2023, nine weeks after the town was evacuated on 10 November.'), ['INCONSISTENT']);
});

test('counted back from an event named earlier: agreement only', () => {
  const landing = 'The probe landed on the moon on Jan. 20. Officials were pleased. It was a success. The team cheered.';
  assert.deepEqual(before(`${landing} The probe was launched on Sept. 7 last year, some four and a half months before the landing.`), ['CONSISTENT']);
  // a date past the clause break is another event's, not the landing's
  assert.deepEqual(before(`${landing} The probe was launched on Sept. 7 last year, some four and a half months before the landing, and entered orbit on Dec. 25.`), ['CONSISTENT']);
  // the wrong count: nothing, not a mismatch
  assert.deepEqual(before(`${landing} The probe was launched on Sept. 7 last year, some three months before the landing.`), []);
  // no date of the sentence's own event: nothing counted back
  assert.deepEqual(before(`${landing} The probe was launched some four and a half months before the landing.`), []);
});

test('an event named far back must fit closely', () => {
  const deal = 'The deal was agreed on March 18, 2016. Talks were long. Leaders were tired. Migrants waited. Turkey agreed.';
  assert.deepEqual(dates(`${deal} Returns are expected to begin on April 4, 2016, 15 days after the deal takes effect.`, '2016-03-19', 'units-after-dated'), []);
  assert.deepEqual(dates(`${deal} Returns are expected to begin on April 2, 2016, 15 days after the deal was agreed.`, '2016-03-19', 'units-after-dated'), ['CONSISTENT']);
});
