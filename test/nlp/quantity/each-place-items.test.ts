// Stop 43: "five each from Bihar and Odisha" — "each" between the figure of a breakdown by place and its place.
// Sentences invented for the tests; no date is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('an item of a breakdown by place with "each" counts what the first item counted, once', () => {
  assert.deepEqual(find('Fifteen workers are from Jharkhand, eight from Uttar Pradesh, five each from Bihar and Odisha.').map((q) => [q[1], q[2]]),
    [[15, 'person'], [8, 'person'], [5, 'person']]);
  assert.deepEqual(find('The firm cut 4,300 jobs in France and 200 each in Spain and Italy.').map((q) => [q[1], q[2]]), [[4300, 'job'], [200, 'job']]);
});

test('"each" with no place after it, or with no count before in the sentence, carries nothing', () => {
  assert.deepEqual(find('The firm cut 4,300 jobs, and 200 each were moved.').filter((q) => q[1] === 200 && q[2] === 'job'), []);
  assert.deepEqual(find('They paid 200 each in Spain and Italy.'), []);
});
