import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Fourth pass on COUNT: a total followed by a verb of composition and its parts ("The 11 victims were six men and five
// women") is a sum; "included" makes the parts a subset like "including". Sentences written for these tests.

const counts = (text: string) => {
  const quantities = findQuantities({ text, sentences: [], times: [] });
  return runChecks({ text, sentences: [], quantities, times: [], entities: [] }).filter((c) => c.kind === 'COUNT');
};

test('COUNT: "the 11 victims were six men and five women" sums to the total; twelve does not', () => {
  assert.deepEqual(counts('The 11 victims were six men and five women.').map((c) => c.status), ['CONSISTENT']);
  assert.deepEqual(counts('The 12 victims were six men and five women.').map((c) => c.status), ['INCONSISTENT']);
});

test('COUNT: "included" is a subset like "including"', () => {
  assert.deepEqual(counts('The 40 passengers included 12 children.').map((c) => c.status), ['CONSISTENT']);
  assert.deepEqual(counts('The 10 passengers included 12 children.').map((c) => c.status), ['INCONSISTENT']);
});

test('COUNT: no sum when the verb after the figure is not one of composition ("30 people were killed and 12 were injured")', () => {
  assert.deepEqual(counts('At least 30 people were killed and 12 were injured.'), []);
  assert.deepEqual(counts('The 11 victims were taken to hospital with six men treated at the scene.'), []);
});
