import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecks } from '../../../src/nlp/checks/index.js';
import { analyseForChecks as analyse } from '../../helpers/checks.js';

// "of them" splits: the parts told after "Six of them …" in the next sentence, and ", of them eight children and four
// adults" inline. Invented sentences, report date pinned.
const counts = (text: string) => runChecks(analyse(text, '2023-03-14'))
  .filter((c) => c.kind === 'COUNT').map((c) => `${c.status} ${(c as { rule?: string }).rule}`);

test('"N of them" with more parts in its sentence: the parts against the count before', () => {
  assert.deepEqual(counts('The country has 26 cantons. Six of them voted against, while 20 voted in favour.'), ['CONSISTENT checks:count:of-them-next-parts']);
  assert.deepEqual(counts('The country has 26 cantons. Six of them voted against, while 22 voted in favour.'), ['INCONSISTENT checks:count:of-them-next-parts']);
  assert.deepEqual(counts('The fire killed 12 people. Eight of them were children and five were adults.'), ['INCONSISTENT checks:count:of-them-next-parts']);
  // one part alone still only fits
  assert.deepEqual(counts('The country has 26 cantons. Six of them voted against.'), ['CONSISTENT checks:count:of-them-next']);
  // a bounded count leaves room: no mismatch
  assert.deepEqual(counts('The fire killed at least 12 people. Eight of them were children and five were adults.'), []);
});

test('", of them" before a list: a subset of the count', () => {
  assert.deepEqual(counts('The fire killed 12 people, of them eight children and four adults.'), ['CONSISTENT checks:count:enumeration-subset']);
  assert.deepEqual(counts('The fire killed 12 people, of them nine children and four adults.'), ['INCONSISTENT checks:count:enumeration-subset']);
});
