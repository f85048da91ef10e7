import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countStatuses as counts } from '../../helpers/checks.js';

// "Of the 40 on board, 32 survived and 10 died": parts told by outcomes that cannot overlap (survived, died, were
// rescued, remain missing: data/lexicon/checks-of-whom-outcomes.txt) cannot add up to more than their whole, though
// their verbs differ; the whole may be told by where the people were ("Of the 40 on board"). Parts told by other verbs
// may overlap and stay unchecked when they exceed the whole. Sentences written for these tests.

test('outcome parts that exceed the whole are INCONSISTENT, though their verbs differ', () => {
  assert.deepEqual(counts('Of the 40 passengers, 32 survived and 10 died.', 'of-the-parts'), ['INCONSISTENT']);
  assert.deepEqual(counts('Of the 60 miners, 45 were rescued and 20 remain missing.', 'of-the-parts'), ['INCONSISTENT']);
  assert.deepEqual(counts('Of the 40 passengers, 30 survived and 10 died.', 'of-the-parts'), ['CONSISTENT']);
  assert.deepEqual(counts('Of the 40 passengers, 28 survived and 10 died.', 'of-the-parts'), ['CONSISTENT']);
});

test('a whole told by where the people were: "Of the 40 on board"', () => {
  assert.deepEqual(counts('Of the 40 on board, 32 survived and 10 died.', 'of-the-parts'), ['INCONSISTENT']);
  assert.deepEqual(counts('Of the 40 aboard, 30 survived and 10 died.', 'of-the-parts'), ['CONSISTENT']);
  // one part alone within the whole says only that it fits
  assert.deepEqual(counts('Of the 40 on board, 32 survived.', 'of-the-parts'), ['CONSISTENT']);
});

test('parts told by verbs that may overlap stay unchecked when they exceed the whole', () => {
  assert.deepEqual(counts('Of the 40 passengers, 32 were injured and 10 died.', 'of-the-parts'), []);
  assert.deepEqual(counts('Of the 288 candidates, 286 have degrees and 56 are women.', 'of-the-parts'), []);
});
