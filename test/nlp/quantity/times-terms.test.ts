// "N times" after a verb counts how often (unit "time": "attacked ships at least 27 times since …"); before "the", "as",
// a comparative or a possessive name it is a multiple (unit "times": "roughly five times Nissan's"); terms of office are
// counted ("served two terms"). Sentences invented for the tests; no date is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit, q.bound ?? '']);

test('"N times" after a verb is how often', () => {
  assert.deepEqual(find('Rebels have shelled the port at least 27 times since May.'), [['at least 27 times', 27, 'time', 'AT_LEAST']]);
  assert.deepEqual(find('The court heard the case more than a dozen times over two years.'), [['more than a dozen times', 12, 'time', 'MORE_THAN']]);
  assert.deepEqual(find('Peru devalued three times between 2019 and 2021.'), [['three times', 3, 'time', '']]);
  assert.deepEqual(find('He said more than 140 times that he could not recall.'), [['more than 140 times', 140, 'time', 'MORE_THAN']]);
  assert.deepEqual(find('The club has won the cup four times.'), [['four times', 4, 'time', '']]);
});

test('"N times" before "the", "as", a comparative or a possessive is a multiple', () => {
  assert.deepEqual(find('Its value is roughly five times Mazda\'s.'), [['roughly five times', 5, 'times', 'APPROX']]);
  assert.deepEqual(find('The cloud is about three million times the size of the Moon.'), [['about three million times', 3e6, 'times', 'APPROX']]);
  assert.deepEqual(find('Output is three times that of Spain.'), [['three times', 3, 'times', '']]);
  assert.deepEqual(find('Prices rose four times faster than wages.'), [['four times', 4, 'times', '']]);
});

test('not a count of times: arithmetic, a newspaper, "once"; terms of office are counted', () => {
  assert.deepEqual(find('He said 3 times 4 is 12.'), []);
  assert.deepEqual(find('The Times said so.'), []);
  assert.deepEqual(find('She served two terms as mayor.'), [['two terms', 2, 'term', '']]);
  assert.deepEqual(find('In real terms, wages fell.'), []);
});
