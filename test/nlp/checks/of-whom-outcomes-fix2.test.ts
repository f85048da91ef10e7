import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// "of whom" parts are INCONSISTENT with the whole only when each is told by an outcome that cannot overlap another
// (data/lexicon/checks-of-whom-outcomes.txt). Sentences written for these tests, publication date pinned.
function statuses(text: string): string[] {
  const anchor = '2024-06-01';
  return checksOf(text, anchor)
    .filter((c) => (c as { rule?: string }).rule === 'checks:count:of-whom-split').map((c) => c.status);
}

test('parts that may overlap ("were hospitalised" and "recovered") are no INCONSISTENT', () => {
  assert.deepEqual(statuses('Officials said 66 cases had been confirmed since September 27, of whom 40 were hospitalised and 30 recovered.'), []);
});
test('parts told by nouns ("were women", "were children") are no outcomes', () => {
  assert.deepEqual(statuses('Officials said 70 people had died since Friday, of whom 40 were women and 35 were children.'), []);
});
test('negative: outcomes that cannot overlap and exceed the whole stay INCONSISTENT', () => {
  assert.deepEqual(statuses('Officials reported 66 confirmed cases since September 27, of whom 15 died and 53 recovered.'), ['INCONSISTENT']);
});
