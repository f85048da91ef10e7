import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namedWordLists } from '../../src/core/word-lists.js';
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
