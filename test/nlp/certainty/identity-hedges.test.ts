// Hedge words that only hedge who someone is ("the suspected gunman", "two suspects"), an inverted conditional
// ("Should the talks fail, …") and a fronted adverbial clause that is no reported content. Sentences written for
// these tests.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from './helpers.js';

describe('identity hedges', () => {
  it('"suspect(s)" as a noun and "suspected" before a noun leave the claim certain', () => {
    assert.equal(claimIn('Two suspects fled the scene in a car.', 'fled the scene').certainty, 'CERTAIN');
    assert.equal(claimIn('Police have identified the suspects.', 'identified').certainty, 'CERTAIN');
    assert.equal(claimIn('The suspected gunman was shot dead.', 'shot dead').certainty, 'CERTAIN');
    assert.equal(claimIn('A man suspected of killing three people was arrested.', 'was arrested').certainty, 'CERTAIN');
  });
  it('a suspicion about the claim itself still hedges it', () => {
    // negative: the verb and the passive are hedges
    assert.equal(claimIn('Police suspect the fire was set deliberately.', 'set deliberately').certainty, 'PROBABLE');
    assert.equal(claimIn('He is suspected of killing three people.', 'killing').certainty, 'PROBABLE');
    assert.equal(claimIn('The fire is suspected to have started in the kitchen.', 'started').certainty, 'PROBABLE');
  });
});

describe('inverted conditional', () => {
  it('"Should the talks fail, the strike will continue" is one possible claim with no source', () => {
    const c = claimIn('Should the talks fail, the strike will continue.', 'strike will continue');
    assert.equal(c.certainty, 'POSSIBLE');
    assert.deepEqual(c.attribution, []);
    assert.ok(c.text.startsWith('Should the talks fail'), c.text);
  });
  it('a modal "should" is still PROBABLE and a real post-posed frame still has its source', () => {
    // negatives
    assert.equal(claimIn('The company should report earnings next week.', 'report earnings').certainty, 'PROBABLE');
    const c = claimIn('If the talks fail, the strike will resume, the union said.', 'strike will resume');
    assert.equal(c.attribution.length, 1);
    assert.equal(c.attribution[0]!.source, 'the union');
  });
});
