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
  it('the look-back stops at another verb, a modal or a negation; a listed word as subject or noun is no inquiry verb', () => {
    assert.equal(claimIn('Tests could not show whether the pilot was alive.', 'pilot was alive').certainty, 'UNKNOWN');
    assert.equal(claimIn('Experts looking at the wreck cannot say whether the hull cracked.', 'hull cracked').certainty, 'UNKNOWN');
    assert.equal(claimIn('Officials who tested the water never said whether it was safe.', 'it was safe').certainty, 'UNKNOWN');
    assert.equal(claimIn('The review did not explain whether the plan was legal.', 'plan was legal').certainty, 'UNKNOWN');
    // negatives: an inquiry verb right before, or after a preposition, still takes the question
    assert.notEqual(claimIn('Investigators will examine whether the hull cracked.', 'examine whether').certainty, 'UNKNOWN');
    assert.equal(claimIn('Investigators are expected to look at whether a valve failed.', 'look at whether').certainty, 'PROBABLE');
  });
});
