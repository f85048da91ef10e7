// The story's words of change come from one data file (data/lexicon/story-change-verbs.tsv) for every reader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { changeWords, type ChangeUse } from '../../src/story/change-verbs.js';
import { incrementOf } from '../../src/story/build.js';
import { priorFigure } from '../../src/story/values.js';
import { revisedTime } from '../../src/story/revisions.js';

test('every row of the change-word file names known uses, once per word', () => {
  const uses = new Set<ChangeUse>(['level', 'by', 'from', 'moved', 'moved-pp']);
  const rows = readFileSync(new URL('../../../data/lexicon/story-change-verbs.tsv', import.meta.url), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const words = rows.map((l) => l.split('\t')[0]);
  assert.equal(new Set(words).size, words.length, 'a word is one row');
  for (const l of rows) for (const u of (l.split('\t')[1] ?? '').split(',')) assert.ok(uses.has(u as ChangeUse), `${l}: unknown use ${u}`);
  for (const u of uses) assert.ok(changeWords(u).length > 0, u);
  // a participle after "the deadline was" is also a verb before "the deadline"
  for (const w of changeWords('moved-pp')) assert.ok(changeWords('moved').includes(w), w);
});

test('the readers share the list: a phrase of two words matches across any white space, and the uses stay apart', () => {
  assert.equal(incrementOf('14', 'the number of patients had gone\nup by '), true);
  assert.equal(incrementOf('14', 'the toll rose to '), false, '"to" gives the level, not a change');
  assert.equal(priorFigure('the count was revised upward from ', 'person'), true);
  assert.equal(priorFigure('the count reached ', 'person'), false, '"reached" takes no prior figure');
  const text = 'The union said the strike deadline had been pushed back to Friday.';
  const sent = { start: 0, end: text.length };
  assert.equal(revisedTime(text, sent, { start: 0, end: 3 }, true), true, 'a moved deadline anywhere in the sentence');
  const kept = 'The union said the strike deadline had been confirmed for Friday.';
  assert.equal(revisedTime(kept, { start: 0, end: kept.length }, { start: kept.indexOf('Friday'), end: kept.indexOf('Friday') + 6 }, true), false);
});
