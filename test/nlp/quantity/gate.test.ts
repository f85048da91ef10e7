// The scanner's per-token gate: a word starts a quantity only when one of the number-word tables (cardinals,
// vague plurals, scales) holds it. One set answers for the three tables; these pin what each table lets through
// and that words merely shaped like them (or inherited object keys) do not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const values = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.value, q.unit]);

test('number words from each table start a quantity', () => {
  assert.deepEqual(values('Seventeen soldiers were hurt.'), [[17, 'person']]);
  assert.deepEqual(values('Thousands of people fled.'), [[1000, 'person']]);
  assert.deepEqual(values('Scores of houses collapsed.'), [[20, 'house']]);
  assert.deepEqual(values('A million people fled.'), [[1e6, 'person']]);
});

test('other words do not', () => {
  assert.deepEqual(values('Someone said the nineties were calm.'), []);
  assert.deepEqual(values('The constructor of the toString bridge spoke.'), []);
  assert.deepEqual(values('Millionaires and hundredths were mentioned.'), []);
});
