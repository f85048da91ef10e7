import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';
import { perfectSpanChecks } from '../../../src/nlp/checks/perfectSpans.js';

// A dated event joined by "and" to a present perfect "for N weeks/months/years": agreement only. Invented sentences.
const perfect = (t: string) => dates(t, '2024-05-15', 'perfect-since-event');

test('a dated event and a perfect "for N" that agree with the report\'s date', () => {
  assert.deepEqual(perfect('The bank raised rates in July 2023 and has held them for ten months.'), ['CONSISTENT']);
  assert.deepEqual(perfect('The rover landed in February 2021 and has been exploring for more than three years.'), ['CONSISTENT']);
  assert.deepEqual(perfect('The clinic opened on March 4 and has treated patients for ten weeks.'), ['CONSISTENT']);
});

test('a perfect that does not agree, or is not joined by "and": never a mismatch', () => {
  // the perfect state need not begin with the event
  assert.deepEqual(perfect('He was born in 1960 and has taught for 30 years.'), []);
  assert.deepEqual(perfect('The bank raised rates in July 2023 and has held them for two months.'), []);
  // another clause
  assert.deepEqual(perfect('The plant opened in 2022, but it has been idle for two years.'), []);
  assert.deepEqual(perfect('The plant opened in 2022 when it had been idle for two years.'), []);
  // "for N years" before a relative word is no span up to now
  assert.deepEqual(perfect('The bank raised rates in July 2023 and has held them for ten months ago.'), []);
  assert.deepEqual(perfectSpanChecks('The bank raised rates in July 2023 and has held them for ten months.', [], undefined, []), []);
});
