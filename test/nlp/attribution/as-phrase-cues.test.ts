import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainAt } from '../claims/helpers.js';
import { claimIn } from '../certainty/helpers.js';

// Sentences written for these tests (not taken from any corpus). "As X noted, C" had a frame for one-word cues only;
// the multi-word cues that take a clause ("pointed out", "made clear", data/lexicon/attribution-words.json
// asParentheticalPhrases) close the same parenthetical: before this rule "As critics have pointed out, C" had no source.

describe('"as X pointed out": a multi-word cue closes the "as" parenthetical', () => {
  it('sentence-initial and medial parentheticals give the source of the clause', () => {
    assert.deepEqual(chainAt('As tax lawyers have pointed out, the company is free to appeal.', 'the company is free to appeal'), ['tax lawyers']);
    assert.deepEqual(chainAt('As the ruling made clear, the state must pay the costs.', 'the state must pay the costs'), ['the ruling']);
    assert.deepEqual(chainAt('As the minister pointed out in a speech, the budget is tight.', 'the budget is tight'), ['the minister']);
    assert.deepEqual(chainAt('The tariffs, as one trade adviser pointed out, rarely survive a change of government.', 'rarely survive a change of government'), ['one trade adviser']);
  });
  it('negative cases: "pointed out" with an object, or a time clause, is no parenthetical', () => {
    // "as the crowd pointed out the suspect": a time clause with an object, not a report of the main clause
    assert.equal(claimIn('As the crowd pointed out the suspect, the police moved in.', 'the police moved in').attribution.length, 0);
    assert.deepEqual(chainAt('The engineers pointed out the crack to the inspectors.', 'the crack to the inspectors'), ['The engineers']);
  });
});
