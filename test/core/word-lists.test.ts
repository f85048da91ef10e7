import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/core/shared.js';
import { namedWordLists, wordListsOf } from '../../src/core/word-lists.js';
import { attributionWords } from '../../src/nlp/attribution/data-words.js';
import { statusWords } from '../../src/nlp/certainty/status-words.js';

test('named word lists: every list of the two stage files reads as lower-cased words; an unknown key says which file lacks it', () => {
  for (const [file, read] of [['attribution-words.json', attributionWords], ['status-words.json', statusWords]] as const) {
    const lists = namedWordLists(file);
    assert.throws(() => lists('no-such-list'), new RegExp(`${file.replace('.', '\\.')}: no list no-such-list`));
    assert.throws(() => read('no-such-list'), /no list no-such-list/);
  }
  assert.ok(attributionWords('subjectAdverbs').has('also'));
  assert.ok(statusWords('leadCues').has('said'));
  for (const w of statusWords('leadCues')) assert.equal(w, w.toLowerCase());
  const missing = namedWordLists('no-such-file.json');
  assert.throws(() => missing('x'), /ENOENT/);
});

test('readWordSet: a one-word-a-line list lower-cased, comments and blank lines left out; an absent file throws unless optional', async () => {
  const { readWordSet } = await import('../../src/core/word-lists.js');
  const heads = readWordSet('time-pod-heads.txt');
  assert.ok(heads.size > 0);
  for (const w of heads) { assert.equal(w, w.toLowerCase()); assert.ok(!w.startsWith('#') && w.trim() === w && w !== ''); }
  assert.throws(() => readWordSet('no-such-file.txt'), /data\/lexicon\/no-such-file\.txt: no such word list/);
  assert.equal(readWordSet('no-such-file.txt', { optional: true }).size, 0);
});

test('named word lists: a word written twice in one list (case aside) throws, naming the file, the list and the word', () => {
  assert.throws(() => wordListsOf('x.json', { _about: 'a note' as never, verbs: { words: ['remain', 'were', 'Remain'] } }), /^Error: x\.json: list verbs holds "remain" twice$/);
  // negatives: the same word in two lists, a note, a key without words
  const lists = wordListsOf('x.json', { _about: 'a note' as never, a: { words: ['Remain', 'were'] }, b: { words: ['remain'] }, c: {} });
  assert.deepEqual(Object.keys(lists), ['a', 'b']);
  assert.deepEqual([...lists.a!], ['remain', 'were']);
  // every list of the files read this way holds each word once
  for (const file of ['attribution-words.json', 'status-words.json', 'status-record-rank.json', 'certainty-words.json']) {
    const raw = JSON.parse(readFileSync(join(projectRoot, 'data', 'lexicon', file), 'utf8')) as Record<string, { words?: string[] }>;
    assert.doesNotThrow(() => wordListsOf(file, raw), file);
  }
});
