// Judges on a bench are counted as judges, not people, as the readable gold does in every report that counts them
// ("Seven of the nine judges", "a five-judge bench"); other people nouns stay "person". Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('judges are counted as judges', () => {
  assert.deepEqual(find('Four judges of the constitutional court backed the ruling.'), [['Four judges', 4, 'judge']]);
  assert.deepEqual(find('The appeal was heard by 11 judges.'), [['11 judges', 11, 'judge']]);
});

test('other people nouns stay person', () => {
  assert.deepEqual(find('Four lawyers backed the ruling.'), [['Four lawyers', 4, 'person']]);
  assert.deepEqual(find('The 12 jurors deliberated for two days.').filter((q) => q[0] === '12 jurors'), [['12 jurors', 12, 'person']]);
});
