import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// A first or a record "since" an occasion named by a short noun phrase that closes on its date ("the strongest since
// a magnitude 7.6 quake in September 1999", "the deadliest since the 2004 tsunami"). Sentences written for these
// tests; reference date pinned.

const since = (t: string, rule = 'record-since') => dates(t, '2024-04-03', rule);

test('a record since an occasion dated at the end of a short noun phrase', () => {
  assert.deepEqual(since('Wu said it was the strongest since a magnitude 7.6 quake in September 1999.'), ['CONSISTENT']);
  assert.deepEqual(since('It was the deadliest disaster since the 2004 tsunami, officials said.'), ['CONSISTENT']);
  assert.deepEqual(since('It is the first visit since the signing of the accord in 2018.'), ['CONSISTENT']);
  // with a count of years in the sentence, the gap is told
  assert.deepEqual(since('It was the strongest quake in 25 years, the worst since a magnitude 7.6 quake in September 1999.', 'record-since-years'), ['CONSISTENT']);
  // an occasion written after the report's date is a slip
  assert.deepEqual(since('It was the deadliest disaster since the 2030 floods.'), ['INCONSISTENT']);
});

test('not a record since an occasion', () => {
  // no record word before "since"
  assert.deepEqual(since('He has lived there since the war in 2011.'), []);
  // the date does not close the phrase after "since", or the phrase is long
  assert.deepEqual(since('It was the first vote since the unrest, which began in 2019.'), []);
  assert.deepEqual(since('It was the first since the very long and bitter dispute between the two old neighbours in 2019.'), []);
});
