import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// A plural fraction before "majority", "vote" or "threshold" (data/lexicon/quantity-share-majorities.txt) is a share
// with no whole after it. Invented sentences.
const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('"a two-thirds majority", "a three-fifths vote", "the two-thirds threshold" are shares', () => {
  assert.deepEqual(find('The amendment needed a two-thirds majority in the Senate.'), [['two-thirds', 66.7, '%']]);
  assert.deepEqual(find('A three-fifths vote is needed to end debate.'), [['three-fifths', 60, '%']]);
  assert.deepEqual(find('The two-thirds threshold was met on Friday.'), [['two-thirds', 66.7, '%']]);
});

test('no share: a singular fraction (an order or a size), or a plural fraction before another noun', () => {
  assert.deepEqual(find('A third vote was held after the recount.'), []);
  assert.deepEqual(find('He won by a half vote.'), []);
  assert.deepEqual(find('The two-thirds mark on the gauge was red.'), []);
});
