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
  // more than the whole only when every later part is itself written as a subset of it
  assert.deepEqual(counts('The country has 26 cantons. Six of them voted against, while the other 22 voted in favour.'), ['INCONSISTENT checks:count:of-them-next-parts']);
  assert.deepEqual(counts('The fire killed 12 people. Eight of them were children and five of them were adults.'), ['INCONSISTENT checks:count:of-them-next-parts']);
  assert.deepEqual(counts('The fire killed 12 people. Eight of them were children and the remaining five were adults.'), ['INCONSISTENT checks:count:of-them-next-parts']);
  assert.deepEqual(counts('The fire killed 12 people. Eight of them were children and the other four were adults.'), ['CONSISTENT checks:count:of-them-next-parts']);
  // one part alone still only fits
  assert.deepEqual(counts('The country has 26 cantons. Six of them voted against.'), ['CONSISTENT checks:count:of-them-next']);
  // a bounded count leaves room: no mismatch, the first part alone agrees
  assert.deepEqual(counts('The fire killed at least 12 people. Eight of them were children and five of them were adults.'), ['CONSISTENT checks:count:of-them-next']);
});

test('"N of them" then a plain count: no mismatch, the first part alone agrees with the whole', () => {
  // a later plain count may count other people: "20 were injured" is no part of the 12 killed
  assert.deepEqual(counts('The fire killed 12 people. Eight of them were children and 20 were injured.'), ['CONSISTENT checks:count:of-them-next']);
  assert.deepEqual(counts('The fire killed 12 people. Eight of them were children and five were adults.'), ['CONSISTENT checks:count:of-them-next']);
  assert.deepEqual(counts('Police detained 12 people. Four of them were charged, while 30 were questioned.'), ['CONSISTENT checks:count:of-them-next']);
  assert.deepEqual(counts('The boat carried 40 migrants. Ten of them died and 35 were rescued.'), ['CONSISTENT checks:count:of-them-next']);
  assert.deepEqual(counts('The country has 26 cantons. Six of them voted against, while 22 voted in favour.'), ['CONSISTENT checks:count:of-them-next']);
});

test('", of them" before a list: a subset of the count', () => {
  assert.deepEqual(counts('The fire killed 12 people, of them eight children and four adults.'), ['CONSISTENT checks:count:enumeration-subset']);
  assert.deepEqual(counts('The fire killed 12 people, of them nine children and four adults.'), ['INCONSISTENT checks:count:enumeration-subset']);
});
