import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cueList, cues } from '../../../src/nlp/checks/lexicon.js';
import { readDataRows } from '../../../src/core/data-rows.js';
import { projectRoot } from '../../../src/core/shared.js';

// data/lexicon/checks-cues.tsv: a phrase written twice in one list is an editing slip ('OF_THE_PART_VERBS remain' was),
// so reading the list throws, naming the list and the phrase. Rows written for this test.
test('a phrase written twice in one list throws, naming the file, the list and the phrase', () => {
  const rows = [['VERBS', 'were'], ['VERBS', 'remain'], ['OTHER', 'remain'], ['VERBS', 'remained'], ['VERBS', 'remain']];
  assert.throws(() => cueList(rows, 'VERBS'), /^Error: data\/lexicon\/checks-cues\.tsv: list VERBS holds "remain" twice$/);
  assert.throws(() => cueList(rows, 'VERBS', 'x.tsv'), /x\.tsv: list VERBS holds "remain" twice/);
});

test('negatives: the same phrase in two lists, or phrases that differ only in case or by a word, are no duplicates', () => {
  const rows = [['A', 'remain'], ['B', 'remain'], ['A', 'Remain'], ['A', 'remain there'], ['B', 'remained']];
  assert.deepEqual(cueList(rows, 'A'), ['remain', 'Remain', 'remain there']);
  assert.deepEqual(cueList(rows, 'B'), ['remain', 'remained']);
  assert.throws(() => cueList(rows, 'C'), /no list C/);
});

test('every list of checks-cues.tsv reads without a repeated phrase; OF_THE_PART_VERBS holds "remain" once', () => {
  const rows = readDataRows(join(projectRoot, 'data', 'lexicon', 'checks-cues.tsv'));
  const lists = new Set(rows.map((r) => r[0]!));
  assert.ok(lists.size > 20);
  for (const list of lists) assert.doesNotThrow(() => cues(list), list);
  const verbs = cues('OF_THE_PART_VERBS');
  assert.equal(verbs.filter((v) => v === 'remain').length, 1);
  assert.ok(verbs.includes('remained') && verbs.includes('were'));
});
