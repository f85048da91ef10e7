// "won by one point", "one point clear of Girona": a margin of one point in a table or a match is a count of points,
// though "one point" is otherwise no count ("at one point", "one point he made"). Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a margin of one point after "by" or before "clear", "ahead", "behind" counts a point', () => {
  assert.deepEqual(find('The Springboks won by one point.'), [['one point', 1, 'point']]);
  assert.deepEqual(find('The win takes Madrid one point clear of Girona.'), [['one point', 1, 'point']]);
  assert.deepEqual(find('Arsenal sit one point behind the leaders.'), [['one point', 1, 'point']]);
  assert.deepEqual(find('Labour is one point ahead in the latest poll.'), [['one point', 1, 'point']]);
});

test('"one point" as a moment or an argument stays out', () => {
  assert.deepEqual(find('At one point the crowd surged forward.'), []);
  assert.deepEqual(find('One point he made was about the budget.'), []);
  assert.deepEqual(find('There was one point of agreement.'), []);
});
