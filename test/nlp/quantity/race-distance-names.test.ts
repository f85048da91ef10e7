// "the Olympic 1500m champion", "the European 5000m title": a capitalised word before a figure with a unit glued to it
// names a race, not a model ("Boeing 747", "Apollo 11" stay out). Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit]);

test('a glued unit after a capitalised word is a measure', () => {
  assert.deepEqual(find('The field included Olympic 1500m champion Jan Berg.'), [['1500m', 1500, 'm']]);
  assert.deepEqual(find('She is the reigning European 5000m champion.'), [['5000m', 5000, 'm']]);
});

test('model names and codes stay out', () => {
  assert.deepEqual(find('The airline grounded its Boeing 747 fleet.'), []);
  assert.deepEqual(find('Apollo 11 landed in 1969.').filter((q) => q[1] === 11), []);
  assert.deepEqual(find('He flew a MiG 29 jet.').filter((q) => q[1] === 29), []);
});

// "the Olympic 1500m gold": a medal's stand-in word ("gold", "silver") or a singular noun after a glued "m" makes no
// million of them ("5m people", "2m tonnes" still do). Sentences invented for the tests.
test('a glued m before a medal word or a singular noun is metres, not millions', () => {
  assert.deepEqual(find('She won the Olympic 1500m gold in Seoul.'), [['1500m', 1500, 'm']]);
  assert.deepEqual(find('He took 400m silver at the worlds.'), [['400m', 400, 'm']]);
  assert.deepEqual(find('About 5m people live there.').map((q) => q[1]), [5e6]);
});
