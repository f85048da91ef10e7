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
  // a single charge in the list ("one count of perjury") is one of them
  assert.deepEqual(charges('He was found guilty of all six charges. The court convicted him of two counts of fraud, one count of perjury and three counts of theft.'), ['CONSISTENT']);
});

test('a list that adds up to something else: nothing (another case, person, day or a part of the charges)', () => {
  assert.deepEqual(charges('She was found guilty on all five charges. The judge convicted her of two counts of bribery, three of fraud and one of perjury.'), []);
  assert.deepEqual(charges('He was acquitted on all seven charges. Two years earlier he had been charged with three counts of fraud and two counts of bribery in a separate case.'), []);
  assert.deepEqual(charges('She denied all four charges. Prosecutors charged her with two counts of theft and one of fraud, and dropped a fourth.'), []);
  assert.deepEqual(charges('Of all 12 counts, he was convicted on 3 counts of fraud and 4 counts of theft.'), []);
  assert.deepEqual(charges('He was cleared of all six charges on Monday. On Tuesday the jury convicted his brother of two counts of assault and one of robbery.'), []);
});

test('a charge told by count that the list does not read: the list is not summed', () => {
  // "a count of perjury" between the items would be left out of the sum: 2 + 4 = 6 agrees by chance
  assert.deepEqual(charges('He was found guilty of all six charges. The court convicted him of two counts of fraud, a count of perjury and four counts of theft.'), []);
  assert.deepEqual(charges('He was found guilty of all six charges. The court convicted him of a single count of perjury, two counts of fraud and four counts of theft.'), []);
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
