import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// "N months after" an event whose clause runs long before its date ("18 months after the pact with the United States
// and the United Kingdom was first announced in September 2021"): up to 14 words between the offset and the date, no
// clause break. Agreement only. Invented sentences; publication date pinned.
const after = (t: string) => dates(t, '2023-03-14', 'offset-from-event');

test('an event told in a long clause before its date', () => {
  assert.deepEqual(after('The navy unveiled its plan, 18 months after the defence pact with the United States and the United Kingdom was first announced in September 2021.'), ['CONSISTENT']);
  assert.deepEqual(after('The plan came two years after the first draft of the treaty between the three coastal states was tabled in March 2021.'), ['CONSISTENT']);
});

test('no check for a wrong length, a clause break, or a date beyond the gap', () => {
  // a mismatch is not reported: the event may be another
  assert.deepEqual(after('The navy unveiled its plan, five months after the defence pact with the United States and the United Kingdom was first announced in September 2021.'), []);
  // a comma ends the event's clause
  assert.deepEqual(after('The navy unveiled its plan, 18 months after the pact was signed, which the press first reported in September 2021.'), []);
  // more than 14 words between
  assert.deepEqual(after('It came 18 months after the pact that the two old allies and their new partner in the far south of the world first set out in September 2021.'), []);
});
