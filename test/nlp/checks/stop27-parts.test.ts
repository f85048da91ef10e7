import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countStatuses as counts } from '../../helpers/checks.js';

// Stop 27. COUNT: a part of a whole named by a participle ("Of the 50 injured, …") or by a plural with a participle
// after it ("Of the 1,200 people evacuated, …"); a part after a count whose verb has an auxiliary ("340 people had
// died, 120 of them …"). Sentences written for these tests, through the real segmenter, time and quantity stages.

test('"Of the N injured," and "Of the N people evacuated,": one part within the whole', () => {
  assert.deepEqual(counts('Of the 50 injured, 10 are in critical condition.', 'of-the-parts'), ['CONSISTENT']);
  assert.deepEqual(counts('Of the 1,200 people evacuated, 300 have returned home.', 'of-the-parts'), ['CONSISTENT']);
  assert.deepEqual(counts('Of the 40 detainees released, 25 were women and 20 were children.', 'of-the-parts'), ['INCONSISTENT']);
  // one part larger than the whole may count something else, and a whole with no figure after it is no part
  assert.deepEqual(counts('Of the 50 injured, 60 were treated at home.', 'of-the-parts'), []);
  assert.deepEqual(counts('Of the 1,200 people evacuated, most have returned home.', 'of-the-parts'), []);
});

test('"N people had died, M of them …": the auxiliary before the verb keeps the part with its whole', () => {
  assert.deepEqual(counts('The ministry said 340 people had died, 120 of them in the capital.', 'of-whom'), ['CONSISTENT']);
  assert.deepEqual(counts('The ministry said 340 people have died, 400 of them in the capital.', 'of-whom'), ['INCONSISTENT']);
  assert.deepEqual(counts('The ministry said 340 people had died, and officials in the capital blamed the storm.', 'of-whom'), []);
});

test('"A total of N …, of whom M …": a word of a total before the figure keeps a part after it a subset', () => {
  assert.deepEqual(counts('A total of 1,345 candidates were registered, of whom 400 are women.', 'parts-subset'), ['CONSISTENT']);
  assert.deepEqual(counts('A total of 1,345 candidates were registered, of whom 1,400 are women.', 'parts-subset'), ['INCONSISTENT']);
  // parts that add up to the total after it stay a sum, not a subset
  assert.deepEqual(counts('A total of 40 people were arrested: 25 men and 15 women.', 'parts-subset'), []);
  assert.deepEqual(counts('A total of 40 people were arrested: 25 men and 15 women.', 'parts-total'), ['CONSISTENT']);
});

test('"N … are running, M of them …": a progressive verb phrase between the count and its part', () => {
  assert.deepEqual(counts('Some 1,345 candidates are running, 400 of them women.', 'of-whom'), ['CONSISTENT']);
  assert.deepEqual(counts('About 200 people were sleeping, 40 of them children.', 'of-whom'), ['CONSISTENT']);
  assert.deepEqual(counts('Some 1,345 candidates are running for office in 40 districts.', 'of-whom'), []);
});

test('a majority threshold told "for a simple majority" or "are needed for a majority" is checked against the body', () => {
  assert.deepEqual(counts('A party needs 172 seats for a simple majority in the 342-seat National Assembly.', 'majority'), ['CONSISTENT']);
  assert.deepEqual(counts('In the 543-member Lok Sabha, 272 seats are needed for a majority.', 'majority'), ['CONSISTENT']);
  assert.deepEqual(counts('In the 543-member Lok Sabha, 282 seats are needed for a majority.', 'majority'), ['INCONSISTENT']);
  // a result above the threshold is no threshold
  assert.deepEqual(counts('The party won 200 seats to secure a majority in the 342-seat National Assembly.', 'majority'), []);
});
