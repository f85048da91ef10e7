import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chargeCountChecks } from '../../../src/nlp/checks/chargeCounts.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { sentenceSpans } from '../../../src/nlp/quantity/tokens.js';

// "all N charges" against the charges listed by kind. Invented sentences.
const charges = (t: string) => chargeCountChecks(t, sentenceSpans(t, segment(t).sentences)).map((c) => c.status);

test('all N charges and the charges listed by kind', () => {
  assert.deepEqual(charges('The jury found him guilty on all six counts. He showed no emotion. The charges — four counts of fraud and two conspiracy counts — carry long terms.'), ['CONSISTENT']);
  assert.deepEqual(charges('She was found guilty on all five charges. The judge convicted her of two counts of bribery, two of fraud and one of perjury.'), ['CONSISTENT']);
  // a list that says more than "all": the report's own mismatch, in a sentence telling the charges
  assert.deepEqual(charges('She was found guilty on all five charges. The judge convicted her of two counts of bribery, three of fraud and one of perjury.'), ['INCONSISTENT']);
});

test('figures that are no list of the charges, or a far or untold mismatch: nothing', () => {
  // no closing "and": no list
  assert.deepEqual(charges('He was found guilty on all six counts. The judge convicted him of four counts of fraud, two of perjury.'), []);
  // other charges, told without a verb of charging: no mismatch
  assert.deepEqual(charges('He was found guilty on all six counts. He still faces two counts of fraud and three of perjury in Ohio.'), []);
  // a single figure
  assert.deepEqual(charges('He was found guilty on all six counts. He faces 20 years.'), []);
  // a mismatch four sentences on is not read
  assert.deepEqual(charges('He was found guilty on all six counts. The court rose. Lawyers left. Reporters waited. He was charged with two counts of fraud and three of perjury.'), []);
});
