import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from './helpers.js';

// Sentences written for these tests.
describe('certainty cues', () => {
  it('"could not" before an event verb is a past inability: certain, negative, past', () => {
    const c = claimIn('Rescuers could not reach the village.', 'could not reach');
    assert.equal(c.certainty, 'CERTAIN');
    assert.equal(c.polarity, 'NEGATIVE');
    assert.equal(c.status, 'PAST');
    // negative: "could" alone is a possibility
    assert.equal(claimIn('Rescuers could reach the village soon.', 'could reach').certainty, 'POSSIBLE');
  });
  it('a claim nobody could verify is UNKNOWN', () => {
    assert.equal(claimIn('The agency could not verify the footage.', 'could not verify').certainty, 'UNKNOWN');
    assert.equal(claimIn('The figures have not been verified.', 'not been verified').certainty, 'UNKNOWN');
    // negative: a verified claim is certain
    assert.equal(claimIn('The agency verified the footage.', 'verified the footage').certainty, 'CERTAIN');
  });
  it('"decide/determine whether" leaves the claim certain; "unclear whether" does not', () => {
    assert.equal(claimIn('The court will decide whether the law is valid.', 'will decide').certainty, 'CERTAIN');
    assert.equal(claimIn('Experts are trying to determine whether the dam was faulty.', 'trying to determine').certainty, 'CERTAIN');
    // negative
    assert.equal(claimIn('It is unclear whether the law is valid.', 'law is valid').certainty, 'UNKNOWN');
  });
});

describe('a possibility left open', () => {
  it('"did not rule out", "refused to rule out", "has not ruled out" make the object possible, not negated', () => {
    for (const [text, anchor] of [
      ['The army did not rule out further strikes.', 'rule out further strikes'],
      ['Officials refused to rule out an early election.', 'rule out an early election'],
      ['Police have not ruled out foul play.', 'ruled out foul play'],
      ["The minister said he couldn't rule out more job cuts.", 'more job cuts'],
    ] as const) {
      const c = claimIn(text, anchor);
      assert.equal(c.certainty, 'POSSIBLE', text);
      assert.equal(c.polarity, 'POSITIVE', text);
    }
  });
  it('"ruled out" alone is a certain act, and other negations still negate', () => {
    const c = claimIn('Investigators ruled out foul play.', 'ruled out foul play');
    assert.equal(c.certainty, 'CERTAIN');
    assert.equal(c.polarity, 'POSITIVE');
    const d = claimIn('The bank did not raise rates.', 'did not raise');
    assert.equal(d.certainty, 'CERTAIN');
    assert.equal(d.polarity, 'NEGATIVE');
  });
});

describe('polarity cues', () => {
  it('"No." before a number and "without" do not negate the claim', () => {
    assert.equal(claimIn('The album reached No. 1 in the charts.', 'reached No. 1').polarity, 'POSITIVE');
    assert.equal(claimIn('The suspect was released without charge.', 'was released').polarity, 'POSITIVE');
    // negative: "no" before a noun still does
    assert.equal(claimIn('The suspect was given no lawyer.', 'was given no lawyer').polarity, 'NEGATIVE');
  });
  it('"not seen since" asserts a record, not a negation', () => {
    assert.equal(claimIn('Shares fell to levels not seen since 1998.', 'Shares fell').polarity, 'POSITIVE');
    // negative: "not seen" without "since" negates
    assert.equal(claimIn('The suspect was not seen at the house.', 'was not seen').polarity, 'NEGATIVE');
  });
});

describe('certainty: near-certainty and hedge nouns', () => {
  it('"almost certain", "envisaged" are probable', () => {
    assert.equal(claimIn('Bankruptcy for the carmaker becomes almost certain after talks fail.', 'becomes almost certain').certainty, 'PROBABLE');
    assert.equal(claimIn('The plan envisaged a handover within two years.', 'handover').certainty, 'PROBABLE');
    // negative: "certain" alone asserts
    assert.equal(claimIn('The result is certain to stand.', 'result is certain').certainty, 'CERTAIN');
  });
  it('a hedge noun before "of/about/over" is a noun, not a hedge', () => {
    assert.equal(claimIn('Shares rose, easing fears about the economy.', 'Shares rose').certainty, 'CERTAIN');
    // negative: the verb "fears" hedges its object
    assert.equal(claimIn('The minister fears a recession.', 'fears a recession').certainty, 'PROBABLE');
  });
});

describe('certainty: participial clauses', () => {
  it('a hedge in a participial clause after the main clause does not hedge the claim', () => {
    const c = claimIn('A section of the building collapsed on Monday, killing one person and leaving dozens feared trapped.', 'collapsed on Monday');
    assert.equal(c.certainty, 'CERTAIN');
    // negative: the same hedge in the main clause does
    assert.equal(claimIn('Dozens are feared trapped after a section of the building collapsed.', 'feared trapped').certainty, 'PROBABLE');
  });
});
