import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// "the worst drought in 40 years", "the deadliest attack in the city in more than a decade": a record (a superlative of
// data/lexicon/checks-cues.tsv's RECORD_IN_WORDS) "in N years" is a span up to the report from the previous occasion,
// read as "first … in N years" is. Invented sentences, publication dates pinned.
const dates = (text: string, anchor = '2024-06-10') =>
  checksOf(text, anchor).filter((c) => c.kind === 'DATE_ARITHMETIC').map((c) => c.status);

test('a record "in N years" with no dated previous occasion is unverifiable', () => {
  assert.deepEqual(dates('It is the worst drought in 40 years, farmers said.'), ['UNVERIFIABLE']);
  assert.deepEqual(dates('It was the deadliest attack in the city in more than a decade.'), ['UNVERIFIABLE']);
});

test('a record "in N years" is checked against its previous occasion', () => {
  assert.deepEqual(dates('It is the worst drought in 40 years. The last severe drought struck in 1984.'), ['CONSISTENT']);
  assert.deepEqual(dates('It is the worst drought in 20 years. The last severe drought struck in 1984.'), ['INCONSISTENT']);
});

test('a superlative of something else than a record stays out', () => {
  assert.deepEqual(dates('The biggest change is expected in two years.'), []);
  assert.deepEqual(dates('Most of the work will be done in five years.'), []);
});
