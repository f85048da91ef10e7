import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: a coordinated verb of saying opening the claim reports it, under another cue too', () => {
  it('"urged … and said the province would help": the content of "said" is the future of a past saying', () => {
    assert.equal(statusOf('The premier urged people to check on neighbours and said the province would do everything it can to help.', 'the province would do everything it can'), 'FUTURE');
    assert.equal(statusOf('The mayor praised rescuers and said the city would rebuild the bridge.', 'the city would rebuild the bridge'), 'FUTURE');
  });
  it('"expressed hope that X would …" reads the tense after "that"', () => {
    assert.equal(statusOf('Erdogan said Turkey was proud and expressed hope that the deal would open the way to peace.', 'the deal would open the way to peace'), 'FUTURE');
    assert.equal(statusOf('The envoy voiced confidence that talks would resume.', 'talks would resume'), 'FUTURE');
  });
  it('negatives: a past act after the lead stays PAST; a noun that is no belief does not open a clause', () => {
    assert.equal(statusOf('The premier urged calm and said the fire destroyed 90% of the village.', 'the fire destroyed 90% of the village'), 'PAST');
    assert.equal(statusOf('The minister expressed hope that the rescue had saved lives.', 'the rescue had saved lives'), 'PAST');
    assert.equal(statusOf('The company reported profits that rose sharply.', 'reported profits that rose sharply'), 'PAST');
  });
});

describe('status: a date of a noun\'s reduced relative does not date a past plan', () => {
  it('"would revive a pact signed in 2001" stays FUTURE', () => {
    assert.equal(statusOf('The two sides also said they would revive a security pact signed in 2001.', 'would revive a security pact'), 'FUTURE');
  });
  it('negatives: the plan\'s own dated verb, or a passive of it, still makes it PAST', () => {
    assert.equal(statusOf('Officials said the bridge would reopen on March 1.', 'would reopen'), 'PAST');
    assert.equal(statusOf('Officials said the bridge was expected to be completed in 2020.', 'the bridge was expected to be completed'), 'PAST');
  });
});
