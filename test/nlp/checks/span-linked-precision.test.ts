import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// Two ways a span up to the report was called INCONSISTENT wrongly: a past perfect ("had stood for nearly 50 years")
// counts to a past moment of the story, and a start cue of the sentence before ("its first since 1993. The 1973
// ruling …") is not the year's. Invented sentences, publication dates pinned.
const linked = (t: string, pub: string) => dates(t, pub, 'span-linked');

test('a past perfect span is not measured against the report\'s date to call it inconsistent', () => {
  assert.deepEqual(linked('The ruling, first made in 1973, had stood for nearly 50 years.', '2024-05-10'), []);
  assert.deepEqual(linked('The party, founded in 1990, had not been in power for 20 years.', '2024-05-10'), []);
  // a present perfect still is, and an agreeing past perfect is still reported
  assert.deepEqual(linked('The ruling, first made in 1973, has stood for nearly 40 years.', '2024-05-10'), ['INCONSISTENT']);
  assert.deepEqual(linked('The ruling, first made in 1973, had stood for nearly 50 years.', '2022-06-24'), ['CONSISTENT']);
});

test('a start cue of the sentence before is not the year\'s', () => {
  assert.deepEqual(linked('Argentina ended a long wait, its first title since 1993. The 1973 ruling has stood for nearly 50 years.', '2024-05-10'), []);
  // the cue of the year's own sentence still links, abbreviations inside the sentence included
  assert.deepEqual(linked('Relations have been frozen since Feb. 3, 2016, seven years.', '2023-03-10'), ['CONSISTENT']);
  assert.deepEqual(linked('The 1973 ruling has stood since 1973, for nearly 40 years.', '2024-05-10'), ['INCONSISTENT']);
});
