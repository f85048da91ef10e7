// A function word inside a hyphenated modifier ("so-called", "off-duty", "out-of-work") is part of the modifier: the
// counted noun is the head after it, not lost at the function word. Sentences invented for the tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit, q.bound ?? '']);

test('a hyphenated modifier that starts with or holds a function word keeps the phrase going to its head', () => {
  assert.deepEqual(find('The probe has 344 so-called single-point failures.'), [['344 so-called single-point failures', 344, 'failure', '']]);
  assert.deepEqual(find('Five off-duty officers were shot.'), [['Five off-duty officers', 5, 'person', '']]);
  assert.deepEqual(find('Twelve out-of-work miners protested.'), [['Twelve out-of-work miners', 12, 'person', '']]);
  assert.deepEqual(find('Two in-flight meals were served.'), [['Two in-flight meals', 2, 'meal', '']]);
});

test('not read: a function word standing alone, or a hyphenated word with no noun after it', () => {
  // "of" with spaces ends the phrase as before: the count is of what "them" refers to, nothing here
  assert.deepEqual(find('Some 300 of the lorries were stopped.').map((q) => q[2]), ['lorry']);
  assert.deepEqual(find('About 300 so-called.'), []);
  // a number joined by hyphens to words is no count here ("five-and-a-half")
  assert.deepEqual(find('He won five-and-a-half games.'), []);
});
