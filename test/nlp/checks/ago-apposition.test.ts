import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';

// "N years ago" restating the year right before it ("in 2004, two decades ago") is checked either way. Sentences
// written for this test; reference date pinned.
const dates = (text: string) => runChecks({ text, sentences: [], quantities: [], times: [], entities: [], anchorDate: '2024-06-12' })
  .filter((c) => c.kind === 'DATE_ARITHMETIC').map((c) => c.status);

test('DATE_ARITHMETIC: a year and the "N years ago" in apposition to it', () => {
  assert.deepEqual(dates('The law was passed in 2004, two decades ago.'), ['CONSISTENT']);
  assert.deepEqual(dates('The law was passed in 2004, three decades ago.'), ['INCONSISTENT']);
  assert.deepEqual(dates('The dam was built in 1990 by the army, which finished it 15 years ago.'), ['INCONSISTENT']);
  // a year and an "ago" about different things are not paired
  assert.deepEqual(dates('He was jailed in 2004 and was freed three years ago.'), []);
});
