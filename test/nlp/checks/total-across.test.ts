import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// COUNT: a running total ("bringing the total to 5,151") whose first part was told in the sentence before. Real
// stages; invented sentences; the report's date pinned.
const across = (t: string) => checksOf(t, '2023-02-07')
  .filter((c) => (c as { rule?: string }).rule === 'checks:count:total-across').map((c) => c.status);

test('one figure of the sentence before and the added part make the total', () => {
  assert.deepEqual(across('The agency said 3,549 people had been killed in the country. In Syria, the ministry put the toll at 1,602, bringing the confirmed total to 5,151.'), ['CONSISTENT']);
  assert.deepEqual(across('Forty people died on Monday. Rescuers found 12 more bodies on Tuesday, bringing the death toll to 52.'), ['CONSISTENT']);
});

test('no figure before that fits, a bounded part, or the parts in one sentence: nothing', () => {
  // the total may hold parts told elsewhere: a sum short of it is no contradiction
  assert.deepEqual(across('The agency said 3,549 people had been killed in the country. In Syria, the ministry put the toll at 1,602, bringing the confirmed total to 5,500.'), []);
  assert.deepEqual(across('At least 40 people died on Monday. Rescuers found 12 more bodies on Tuesday, bringing the death toll to 52.'), []);
  // a figure of another kind (days) does not make the sum
  assert.deepEqual(across('The search lasted 40 days. Rescuers found 12 more bodies on Tuesday, bringing the death toll to 52.'), []);
  assert.deepEqual(across('Officials said 3,549 people had been killed in Turkey and 1,602 in Syria, bringing the total to 5,151.'), []);
  // no sentence before
  assert.deepEqual(across('Rescuers found 12 more bodies on Tuesday, bringing the death toll to 52.'), []);
});

test('a subset of the added part, or a count of another thing, does not make the sum (review r1 finding 5)', () => {
  // "including three children" is part of the 12, not the added part: 49 + 12 = 61, so nothing
  assert.deepEqual(across('Forty-nine people died on Monday. Rescuers found 12 more bodies on Tuesday, including three children, bringing the death toll to 52.'), []);
  assert.deepEqual(across('Forty people died on Monday. Rescuers found 12 more bodies on Tuesday, among them three children, bringing the death toll to 52.'), ['CONSISTENT']);
  // homes are no deaths
  assert.deepEqual(across('The fire destroyed 40 homes on Monday. Crews found 12 more bodies on Tuesday, bringing the death toll to 52.'), []);
  // a bare figure the quantity stage counts as the same thing still adds
  assert.deepEqual(across('The quake killed 300 people. Another 20 died in hospital, taking the toll to 320.'), ['CONSISTENT']);
});

test('any running-total verb of the data file leads the total; its hedge is read by kind (review: hard-coded hedges)', () => {
  // "swelling" is in data/lexicon/checks-running-total-verbs.txt as "bringing" is
  assert.deepEqual(across('Forty people died on Monday. Rescuers found 12 more bodies on Tuesday, swelling the death toll to 52.'), ['CONSISTENT']);
  assert.deepEqual(across('Forty people died on Monday. Rescuers found 12 more bodies on Tuesday, boosting the death toll to 52.'), ['CONSISTENT']);
  // a one-way bound on the total is no sum: 40 + 12 is not "more than 52"
  assert.deepEqual(across('Forty people died on Monday. Rescuers found 12 more bodies on Tuesday, bringing the death toll to more than 52.'), []);
  assert.deepEqual(across('Forty people died on Monday. Rescuers found 12 more bodies on Tuesday, bringing the death toll to at least 52.'), []);
  // an either-way hedge rounds the total as written (tens here): 52 is "about 50", 58 is not
  assert.deepEqual(across('Forty people died on Monday. Rescuers found 12 more bodies on Tuesday, bringing the death toll to about 50.'), ['CONSISTENT']);
  assert.deepEqual(across('Forty people died on Monday. Rescuers found 18 more bodies on Tuesday, bringing the death toll to about 50.'), []);
  // an unhedged total is exact
  assert.deepEqual(across('Forty people died on Monday. Rescuers found 12 more bodies on Tuesday, bringing the death toll to 50.'), []);
  // a verb that is no running total
  assert.deepEqual(across('Forty people died on Monday. Rescuers found 12 more bodies on Tuesday, leaving the death toll at 52.'), []);
});

// The nouns of a running total are data (data/lexicon/checks-running-total-nouns.txt): "the casualty figure", "the
// death count" lead it as "the toll" does. Invented sentences.
test('a running total named by any noun of the data list', () => {
  assert.deepEqual(across('Forty people died on Monday. Rescuers found 12 more bodies on Tuesday, bringing the casualty figure to 52.'), ['CONSISTENT']);
  assert.deepEqual(across('Forty people died on Monday. Rescuers found 12 more bodies on Tuesday, swelling the death count to 52.'), ['CONSISTENT']);
});
