import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// DATE_ARITHMETIC: one moment told in two places' clocks side by side, without brackets ("at 11am in Washington,
// 10pm in Hanoi"). Real stages; invented sentences; the report's date pinned.
const pair = (t: string) => dates(t, '2024-05-14', 'place-pair');

test('two clocks a zone difference apart, each with its place or zone', () => {
  assert.deepEqual(pair('The summit opened at 11am in Washington, 10pm in Hanoi.'), ['CONSISTENT']);
  assert.deepEqual(pair('The announcement came at 10:00 GMT, 6 p.m. in Manila.'), ['CONSISTENT']);
  assert.deepEqual(pair('The speech begins at 9 p.m. Kyiv time, or 2 p.m. in New York.'), ['CONSISTENT']);
  // a local clock, the place named in the sentence
  assert.deepEqual(pair('The match in Doha kicks off at 8pm local time, 1pm in New York.'), ['CONSISTENT']);
});

test('clocks that do not fit the zones, the same place, or a local clock of no place: nothing (two events, maybe)', () => {
  assert.deepEqual(pair('The summit opened at 11am in Washington, 9pm in Hanoi.'), []);
  assert.deepEqual(pair('Sirens sounded at 9am in Kyiv, 11am in Lviv and noon in Odesa.'), []);
  assert.deepEqual(pair('Shops open at 9am in Manila, 10am in Manila on Sundays.'), []);
  assert.deepEqual(pair('The match in Doha kicks off at 8pm local time, 3pm in New York.'), []);
  assert.deepEqual(pair('The match kicks off at 8pm local time, 1pm in New York.'), []);
  // in brackets it is the place-time check's
  assert.deepEqual(pair('The call took place at 9 a.m. in Washington (8 p.m. in Beijing).'), []);
});
