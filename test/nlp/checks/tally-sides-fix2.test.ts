import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checksOf } from './pipeline.js';

// Tally sides told only in part ("X and two others"), by a group within a side, or for a motion that failed.
// Sentences written for these tests, publication date pinned.
function statuses(text: string): string[] {
  const anchor = '2024-06-01';
  return checksOf(text, anchor)
    .filter((c) => (c as { rule?: string }).rule === 'checks:count:tally-side').map((c) => c.status);
}

test('"X and two other(s)" is only part of the side: no check', () => {
  assert.deepEqual(statuses('The Supreme Court ruled 6-3, with Justice Elena Kagan and two other liberal justices dissenting.'), []);
  assert.deepEqual(statuses('The council approved the plan 6-3, with Smith and two others voting against.'), []);
});
test('a group smaller than its side ("two Democratic senators") may be part of it: no INCONSISTENT', () => {
  assert.deepEqual(statuses('The Senate confirmed the nominee 52-47, with two Democratic senators voting in favour.'), []);
});
test('a rejected motion has the larger figure against it', () => {
  assert.deepEqual(statuses('The Senate rejected the amendment 55-45, with 55 senators voting against.'), ['CONSISTENT']);
  assert.deepEqual(statuses('The Senate rejected the amendment 55-45, with 45 senators voting against.'), ['INCONSISTENT']);
});
test('negative: a plain wrong side, and a whole side told with a qualifier, still checked', () => {
  assert.deepEqual(statuses('The Senate passed the bill 52-47, with 45 senators voting against.'), ['INCONSISTENT']);
  assert.deepEqual(statuses("The Supreme Court ruled 6-3, with the court's three liberal justices dissenting."), ['CONSISTENT']);
});
