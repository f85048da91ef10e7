import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';
import { segment } from '../../../src/nlp/segment/index.js';

// Fifth pass on the quantity stage: South Asian and East African currency abbreviations written with a
// period ("Rs. 50 lakh"), a bare vague plural as the subject of a clause ("dozens were injured"), and an
// adjective used as a noun ("homeless") that is not the head after another plural ("10,000 families homeless").
// Sentences written for these tests.

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => ({ text: q.text, value: q.value, unit: q.unit, ...(q.bound ? { bound: q.bound } : {}) }));

test('currency abbreviations with a period: "Rs. 50 lakh", "Ksh. 300"; the period ends no sentence', () => {
  assert.deepEqual(find('The project costs Rs. 50 lakh.'), [{ text: 'Rs. 50 lakh', value: 5e6, unit: 'INR' }]);
  assert.deepEqual(find('It costs Rs. 12,000 now. Fees are Ksh. 300 a day.'), [
    { text: 'Rs. 12,000', value: 12000, unit: 'INR' }, { text: 'Ksh. 300', value: 300, unit: 'KES' }]);
  assert.deepEqual(find('The state allocated Rs.500 crore.'), [{ text: 'Rs.500 crore', value: 5e9, unit: 'INR' }]);
  // the segmenter keeps "Rs. 50" in one sentence, and still ends a sentence at "Rs." before a capital
  const s = segment('The project costs Rs. 50 lakh. The state paid.');
  assert.equal(s.sentences.length, 2);
  assert.equal(segment('He spent all his Rs. Then he left.').sentences.length, 2);
});

test('a bare vague plural subject counts people when the clause is about people', () => {
  assert.deepEqual(find('Three people died and dozens were injured.'), [
    { text: 'Three people', value: 3, unit: 'person' }, { text: 'dozens', value: 12, unit: 'person', bound: 'MORE_THAN' }]);
  assert.deepEqual(find('Hundreds were killed in the fighting.'), [{ text: 'Hundreds', value: 100, unit: 'person', bound: 'MORE_THAN' }]);
  assert.deepEqual(find('Thousands fled the city.'), [{ text: 'Thousands', value: 1000, unit: 'person', bound: 'MORE_THAN' }]);
  assert.deepEqual(find('Hundreds more had been evacuated by Monday.').map((q) => [q.value, q.unit]), [[100, 'person']]);
});

test('not a bare vague count: no people in the clause, or no verb after it', () => {
  assert.deepEqual(find('Millions are at stake in the deal.'), []);
  assert.deepEqual(find('Thousands have signed the petition.'), []);
  assert.deepEqual(find('Scores were level at half-time.'), []);
  assert.deepEqual(find('He has written hundreds.'), []);
  assert.deepEqual(find('Hundreds, perhaps thousands, of fans cheered.').filter((q) => q.unit === 'person' && q.text === 'Hundreds'), []);
});

test('"homeless" and "elderly" after a plural noun are predicates, not the counted noun', () => {
  assert.deepEqual(find('The flood left 10,000 families homeless.'), [{ text: '10,000 families', value: 10000, unit: 'family' }]);
  assert.deepEqual(find('The flood left 10,000 homeless.').map((q) => [q.value, q.unit]), [[10000, 'person']]);
  assert.deepEqual(find('Some 300 elderly were moved.').map((q) => [q.value, q.unit]), [[300, 'person']]);
});

test('hyphenated bound suffixes: "3,000-plus people" is more than, "3,000-odd refugees" about', () => {
  assert.deepEqual(find('The storm has killed 3,000-plus people.'), [{ text: '3,000-plus people', value: 3000, unit: 'person', bound: 'MORE_THAN' }]);
  assert.deepEqual(find('There are 3,000-odd refugees in the camp.'), [{ text: '3,000-odd refugees', value: 3000, unit: 'person', bound: 'APPROX' }]);
  // not a bound: a formula or score written with "plus" between numbers
  assert.deepEqual(find('The 3-plus-1 formula was agreed.'), []);
});

test('a number word as the subject of a plural verb counts people in a clause about people', () => {
  assert.deepEqual(find('Twenty-five people were hurt and one hundred were evacuated.').map((q) => [q.text, q.value, q.unit]),
    [['Twenty-five people', 25, 'person'], ['one hundred', 100, 'person']]);
  assert.deepEqual(find('Two were arrested after the raid.').map((q) => [q.value, q.unit]), [[2, 'person']]);
  // no people cue, or a singular verb: nothing
  assert.deepEqual(find('The two were married in 2010.'), []);
  assert.deepEqual(find('One was killed.'), []);
});
