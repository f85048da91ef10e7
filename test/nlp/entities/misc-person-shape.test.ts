// Issue 3: the tagger reads a person's name as another kind of name (MISC) after a live blog's time stamp or a colon
// ("3:40 pm IST: Rahul Gandhi is set to win"); a run of a known given name and a known surname, no ordinary word, is a
// person. Works and events whose words are ordinary stay other names ("the Victoria Cross", "the Marshall Plan").
// Sentences written for these tests; real KB; pinned date.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bySurface, names, run } from './run-entities.js';

describe('entities: a MISC guess with a person name shape', () => {
  it('is a person', () => {
    const doc = run('3:40 pm IST: Rahul Gandhi is set to win both seats by more than 3 lakh votes each.');
    assert.equal(bySurface(doc, 'Rahul Gandhi')?.type, 'PERSON', names(doc));
  });
  it('works and plans named with ordinary words are not', () => {
    const doc = run('He was awarded the Victoria Cross. The Marshall Plan rebuilt Europe.');
    assert.notEqual(bySurface(doc, 'Victoria Cross')?.type, 'PERSON', names(doc));
    assert.notEqual(bySurface(doc, 'Marshall Plan')?.type, 'PERSON', names(doc));
  });
});
