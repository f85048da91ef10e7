import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from './helpers.js';

// Sentences written for these tests (not taken from any corpus): a "whether" clause that is the object of an inquiry
// verb does not leave the claim open, also when a preposition or a short adjunct stands between them.
describe('an inquiry verb a few words before "whether"', () => {
  it('across a preposition or an adjunct the claim keeps its own certainty', () => {
    assert.equal(claimIn('Investigators are expected to look at whether a valve failed.', 'look at whether').certainty, 'PROBABLE');
    assert.equal(claimIn('A judge is expected to decide in the coming days whether he will remain in custody.', 'decide in the coming days').certainty, 'PROBABLE');
    assert.equal(claimIn('Engineers will check the pylons to see whether the cables held.', 'check the pylons').certainty, 'CERTAIN');
  });
  it('an open question stays UNKNOWN: "unclear", "not sure", "asked", "be" between', () => {
    assert.equal(claimIn('It is unclear whether the talks will resume.', 'talks will resume').certainty, 'UNKNOWN');
    assert.equal(claimIn('He is not sure whether the bridge will reopen.', 'bridge will reopen').certainty, 'UNKNOWN');
    assert.equal(claimIn('The board asked whether the plan was legal.', 'plan was legal').certainty, 'UNKNOWN');
    assert.equal(claimIn('The question for the inquiry is whether the plan was legal.', 'plan was legal').certainty, 'UNKNOWN');
  });
});
