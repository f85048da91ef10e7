// "It was not immediately clear what …" leaves the claim open (an adverb inside "not clear/known"), and a
// predicate of what may come closing its clause ("further delays are possible") looks ahead. Sentences written
// for these tests; publication pinned by the helper.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from './helpers.js';

describe('"not immediately clear", "not yet known"', () => {
  it('an adverb inside "not clear/known" still makes the claim UNKNOWN, and not NEGATIVE', () => {
    const c = claimIn('It was not immediately clear what caused the blast.', 'caused the blast');
    assert.equal(c.certainty, 'UNKNOWN');
    assert.equal(c.polarity, 'POSITIVE');
    assert.equal(c.status, 'PAST');
    assert.equal(claimIn('The cause of the blast was not immediately clear.', 'cause of the blast').certainty, 'UNKNOWN');
  });
  it('"it is not yet known how many people died": the open clause gives the tense', () => {
    const c = claimIn('It is not yet known how many people died.', 'people died');
    assert.equal(c.certainty, 'UNKNOWN');
    assert.equal(c.status, 'PAST');
  });
  it('a plain negation and "made it clear" are not open questions', () => {
    // negatives
    const c = claimIn('The company did not immediately respond to a request for comment.', 'respond');
    assert.equal(c.certainty, 'CERTAIN');
    assert.equal(c.polarity, 'NEGATIVE');
    assert.equal(claimIn('He made it clear that he would run.', 'he would run').certainty, 'CERTAIN');
  });
});

describe('predicates of what may come', () => {
  it('"are likely.", "are possible.", "are planned." closing the clause are FUTURE', () => {
    assert.equal(claimIn('More increases are likely.', 'increases').status, 'FUTURE');
    assert.equal(claimIn('Further delays are possible.', 'delays').status, 'FUTURE');
    assert.equal(claimIn('Further strikes are planned.', 'strikes').status, 'FUTURE');
  });
  it('a predicate with a complement, "that" or a past "be" is not', () => {
    // negatives
    assert.equal(claimIn('The cause is likely a gas leak.', 'gas leak').status, 'ONGOING');
    assert.equal(claimIn('It is possible that he left.', 'he left').status === 'FUTURE', false);
    assert.equal(claimIn('Rain was likely.', 'Rain').status, 'PAST');
  });
});
