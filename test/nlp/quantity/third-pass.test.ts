import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Third pass on the quantity stage: currency names with a country adjective ("Swedish crowns") and a named
// scale hyphenated before its value ("the magnitude-7.8 quake"). Sentences written for these tests.

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => ({ text: q.text, value: q.value, unit: q.unit }));

test('currency: "crowns" and other adjective + currency names take the country\'s code', () => {
  assert.deepEqual(find('The firm earned 3.2 billion Swedish crowns last year.'), [{ text: '3.2 billion Swedish crowns', value: 3.2e9, unit: 'SEK' }]);
  assert.deepEqual(find('The bank was fined 500 million Czech crowns.'), [{ text: '500 million Czech crowns', value: 5e8, unit: 'CZK' }]);
  assert.deepEqual(find('The bridge cost 40 billion Thai baht.').map((q) => q.unit), ['THB']);
  // without a country the word is a counted noun, not a currency
  assert.deepEqual(find('The museum shows three crowns from the 12th century.').map((q) => q.unit), ['crown']);
});

test('named scale joined by a hyphen before the value: "the magnitude-7.8 quake"; codes stay excluded', () => {
  assert.deepEqual(find('The magnitude-7.8 quake hit at dawn.'), [{ text: 'magnitude-7.8', value: 7.8, unit: 'magnitude' }]);
  assert.deepEqual(find('A 7.8-magnitude quake hit.'), [{ text: '7.8-magnitude', value: 7.8, unit: 'magnitude' }]);
  assert.deepEqual(find('The F-16 jets flew over COVID-19 wards.'), []);
});

test('a number word a count moves to or stands at is the count\'s value: "the death toll has risen to nine"', () => {
  assert.deepEqual(find('The death toll has risen to nine, officials said.'), [{ text: 'nine', value: 9, unit: 'person' }]);
  assert.deepEqual(find('The number of dead stood at four on Friday.'), [{ text: 'four', value: 4, unit: 'person' }]);
  assert.deepEqual(find('By noon the toll had passed twelve.'), [{ text: 'passed twelve', value: 12, unit: 'person' }]);
  // no count noun before it, "one of …", or a count whose noun is unknown: nothing
  // ("one town" is a count of one town of its own, not a value the move reached; "two others" counts what the count
  // before it in the sentence counts, towns: others-and-fraction-bounds.test.ts)
  assert.deepEqual(find('He moved to one town and then to two others.'), [{ text: 'one town', value: 1, unit: 'town' }, { text: 'two', value: 2, unit: 'town' }]);
  assert.deepEqual(find('The toll rose to one of the highest in years.'), []);
  assert.deepEqual(find("The team's tally reached seven."), []);
  // (a multiple of another magnitude, unit "times", not the toll's value)
  assert.deepEqual(find('Prices rose to three times the level of May.'), [{ text: 'three times', unit: 'times', value: 3 }]);
});
