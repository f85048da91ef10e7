// "18 such cases": "such" between a number and a plural noun modifies the noun; a "one X" item of another noun than the
// count before it in a list is a count of its own ("a dozen homes and one school"), while "one man" in a list of people
// stays out (the checks would read it as a part of the count before). Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('"N such NOUNs" counts the noun', () => {
  assert.deepEqual(find('Nigeria recorded 18 such cases in 2019.'), [['18 such cases', 18, 'case']]);
  assert.deepEqual(find('Rebels launched two such attacks last year.'), [['two such attacks', 2, 'attack']]);
  // no plural noun after "such": nothing
  assert.deepEqual(find('There were two such last year.'), []);
  assert.deepEqual(find('He rejected 12 such as these.'), []);
});

test('"one X" in a list: kept for another noun, not for people or the same noun', () => {
  assert.deepEqual(find('The blaze destroyed a dozen homes and one school.'), [['a dozen homes', 12, 'home'], ['one school', 1, 'school']]);
  assert.deepEqual(find('Two women, one man and one child died.'), [['Two women', 2, 'person']]);
  assert.deepEqual(find('Three cars and one car burned.'), [['Three cars', 3, 'car']]);
});
