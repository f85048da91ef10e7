import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Review findings of stop 22 on the quantity stage, each with the reviewer's probe and a case that must still hold.
// Sentences written for these tests.

const qs = (text: string): string[] => findQuantities({ text, sentences: [], times: [] }).map((q) => `${q.text}|${q.value}|${q.unit}`);

test('a fronted "At N," is a clock time or an age only for a figure one can be, and not before a count noun', () => {
  assert.deepEqual(qs('At 3,000, the crowd was smaller than expected.'), ['3,000|3000|person']);
  assert.deepEqual(qs('Police said 30 people were hurt. At 12, the number of dead is still rising.'), ['30 people|30|person', '12|12|person']);
  // negatives: still a clock time or an age
  assert.deepEqual(qs('At 16, she left school.'), []);
  assert.deepEqual(qs('At 10, five children were rescued.'), ['five children|5|person']);
});
