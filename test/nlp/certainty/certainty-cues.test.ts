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
    // a failed check told in the passive is a certain statement of that failure, not an open claim
    for (const [text, anchor] of [
      ['The figures have not been verified.', 'not been verified'],
      ['The figures could not be independently verified.', 'could not be independently verified'],
      ['The claim could not be confirmed.', 'could not be confirmed'],
    ] as const) {
      const c = claimIn(text, anchor);
      assert.equal(c.certainty, 'CERTAIN', text);
      assert.equal(c.polarity, 'NEGATIVE', text);
    }
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

describe('modal strength by who speaks, and hedges before a noun', () => {
  it('a source\'s "should" states an obligation: certain; the outlet\'s own "should" is its forecast', () => {
    assert.equal(claimIn('The minister said the government should resign.', 'government should resign').certainty, 'CERTAIN');
    assert.equal(claimIn('Critics argued the law should be scrapped.', 'law should be scrapped').certainty, 'CERTAIN');
    assert.equal(claimIn('"We should have acted sooner," she said.', 'should have acted').certainty, 'CERTAIN');
    // negatives: the outlet's "should", and "may" under a source, stay hedged
    assert.equal(claimIn('The company should report earnings next week.', 'report earnings').certainty, 'PROBABLE');
    assert.equal(claimIn('The minister said the talks may collapse.', 'talks may collapse').certainty, 'POSSIBLE');
  });
  it('"the likely cause" hedges the claim it opens', () => {
    assert.equal(claimIn('Officials told reporters the likely cause was a gas leak.', 'likely cause was a gas leak').certainty, 'PROBABLE');
    // negative: a hedge noun after a determiner ("the fears of a recession") is no hedge
    assert.equal(claimIn('The report eased the fears of a recession.', 'eased the fears').certainty, 'CERTAIN');
  });
});

describe('a hedged subordinate clause is a claim of its own', () => {
  it('"because/as/where/although" + a modal: the clause possible, the main clause certain', () => {
    for (const [text, main, sub] of [
      ['Officials evacuated the town because the dam could burst.', 'evacuated the town', 'the dam could burst'],
      ['Residents were told to leave as the river might overflow.', 'told to leave', 'the river might overflow'],
      ['The army sent troops to the border, where fighting may resume.', 'sent troops', 'fighting may resume'],
      ['Talks resumed on Monday, although a deal may take weeks.', 'Talks resumed', 'a deal may take weeks'],
    ] as const) {
      assert.equal(claimIn(text, main).certainty, 'CERTAIN', text);
      const c = claimIn(text, sub);
      assert.equal(c.certainty, 'POSSIBLE', text);
      assert.equal(c.text, sub, text);
    }
  });
  it('no nested claim without a hedge, nor for "as" before no subject', () => {
    const c = claimIn('Officials evacuated the town because the dam burst.', 'the dam burst');
    assert.equal(c.text, 'Officials evacuated the town because the dam burst');
    assert.equal(claimIn('The plan was seen as a way to cut costs that could help.', 'seen as a way').text.startsWith('The plan'), true);
  });
});
