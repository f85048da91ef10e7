import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';
import { readWordSet } from '../../../src/core/word-lists.js';

// The word lists of checks/placeSplits.ts are read from data/lexicon (review finding 9): each word of the remainders
// list closes a list (the parts must add up), whatever the code once hard-coded. Sentences written for these tests.
function splits(text: string): string[] {
  const anchor = '2024-06-01';
  return checksOf(text, anchor)
    .filter((c) => ((c as { rule?: string }).rule ?? '').startsWith('checks:count:place-split')).map((c) => c.status);
}

test('every remainder word of the lexicon closes a list: parts short of an "of the" whole are INCONSISTENT', () => {
  const tails: Record<string, string> = { other: 'other districts', remaining: 'remaining districts', 'the rest of': 'the rest of the country', 'the remainder of': 'the remainder of the country' };
  for (const w of readWordSet('checks-place-split-remainders.txt')) {
    if (w === 'elsewhere') continue; // an adverb: no "in" before it
    const tail = tails[w] ?? `${w} districts`;
    assert.deepEqual(splits(`Of the 2,400 dead, 900 were in Northvale, 700 in Eastmoor, 300 in Lindby and 200 in ${tail}.`), ['INCONSISTENT'], w);
  }
});
test('an open list (no remainder word) short of its whole is still CONSISTENT', () => {
  assert.deepEqual(splits('Of the 2,400 dead, 900 were in Northvale, 700 in Eastmoor, 300 in Lindby and 200 in Ashford.'), ['CONSISTENT']);
});
test('the not-part list still applies', () => {
  // a length is no part; (hedges: place-splits.test.ts)
  assert.deepEqual(splits('Of the 2,400 dead, 900 km in Northvale, 700 km in Eastmoor, 300 km in Lindby and 200 km in other districts.'), []);
});
