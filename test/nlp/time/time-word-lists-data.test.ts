// The words that cancel a present clock clause (present-clock.ts) and a present state's bound (state-until.ts) are
// read from data/lexicon (code review finding 12), and they still cancel: a past, modal or reporting word before the
// clock, a past, relative or negating word between the state verb and "until". Sentences are our own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readWordSet } from '../../../src/core/word-lists.js';
import { presentClockClause } from '../../../src/nlp/time/present-clock.js';
import { stateUntilAhead } from '../../../src/nlp/time/state-until.js';

const at = (text: string, needle: string): [number, number] => { const i = text.indexOf(needle); return [i, i + needle.length]; };

describe('time: cancelling words of present clocks and state bounds are data', () => {
  it('the word lists are in data/lexicon', () => {
    const notPresent = readWordSet('time-present-clock-not-present.txt');
    for (const w of ['was', 'will', 'said', 'after']) assert.ok(notPresent.has(w), w);
    const notState = readWordSet('time-state-until-not-state.txt');
    for (const w of ['was', 'been', 'which', 'not', 'until']) assert.ok(notState.has(w), w);
  });
  it('a present clock clause, and one a listed word cancels (negatives)', () => {
    const yes = 'The curfew runs from 10 p.m.';
    assert.equal(presentClockClause(yes, at(yes, '10 p.m.')[0]), true);
    for (const no of ['The curfew runs and was lifted from 10 p.m.', 'Polls will close at 10 p.m.', 'Polls close after voting ends at 10 p.m.']) {
      assert.equal(presentClockClause(no, at(no, '10 p.m.')[0]), false, no);
    }
  });
  it('a present state bound, and one a listed word cancels (negatives)', () => {
    const yes = 'Schools remain closed until Monday.';
    assert.equal(stateUntilAhead(yes, ...at(yes, 'Monday')), true);
    for (const no of ['Schools remain not closed until Monday.', 'The road is what was closed until Monday.', 'It is the road which closed until Monday.']) {
      assert.equal(stateUntilAhead(no, ...at(no, 'Monday')), false, no);
    }
  });
});
