// "now" after a modal ("may now scale back", "could now face scrutiny") tells a consequence from here on, which the
// news golds leave unmarked (6 of 8 on the readable devsets); any other "now" stays PRESENT_REF, as the shared
// examples mark it. Sentences are our own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readWordSet } from '../../../src/core/word-lists.js';
import { check, times } from './helpers.js';

const PUB = '2024-03-11';

describe('time: "now" after a modal is not marked', () => {
  it('the modals and the unmarked reference words are data', () => {
    const m = readWordSet('time-now-modals.txt');
    for (const k of ['may', 'could', 'will', 'must']) assert.ok(m.has(k), k);
    const w = readWordSet('time-ref-words-unmarked.txt');
    for (const k of ['soon', 'recent', 'current']) assert.ok(w.has(k), k);
    assert.equal(w.has('now'), false);
  });
  it('gives no time after a modal', () => {
    for (const text of [
      'Some countries may now scale back their programmes.',
      'Donors could now face scrutiny.',
      'The levy will now apply only to imports.',
      'Platforms must now register with the regulator.',
      'Every now and then a shell lands nearby.',
    ]) assert.deepEqual(times(text, PUB).map((t) => t.text), [], text);
  });
  it('keeps "now" elsewhere and other present references (negatives)', () => {
    check(PUB, [
      ['The town now has more than 1,000 dead.', 'now', 'PRESENT_REF', 'DATE'],
      ['The UN was now using other figures.', 'now', 'PRESENT_REF', 'DATE'],
      ['This is what is happening now.', 'now', 'PRESENT_REF', 'DATE'],
      ['The bridge stays closed for now.', 'now', 'PRESENT_REF', 'DATE'],
      ['He currently leads the polls.', 'currently', 'PRESENT_REF', 'DATE'],
    ]);
  });
  it('a capitalised "May" or "Will" before "now" is a month or a name, not a modal', () => {
    check(PUB, [
      ['The truce agreed in May now looks fragile.', 'now', 'PRESENT_REF', 'DATE'],
      ['The ceasefire signed in May now appears shaky.', 'now', 'PRESENT_REF', 'DATE'],
      ['Prince William and Will now live abroad.', 'now', 'PRESENT_REF', 'DATE'],
    ]);
    assert.deepEqual(times('Talks may now resume.', PUB).map((t) => t.text), [], 'the lower-case modal still drops it');
  });
  it('a modal elsewhere in the clause does not matter', () => {
    check(PUB, [['Now the talks will resume.', 'Now', 'PRESENT_REF', 'DATE']]);
  });
});
