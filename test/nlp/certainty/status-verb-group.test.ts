import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: a manner adverb in "-ly" inside a backshifted "be" verb group', () => {
  it('a progressive or resulting state still holds, as without the adverb', () => {
    assert.equal(statusOf('The agency said it was temporarily halting all operations in the region.', 'halting'), 'ONGOING');
    assert.equal(statusOf('Officials said rescuers were frantically searching the rubble.', 'searching'), 'ONGOING');
    assert.equal(statusOf('Police said the road was temporarily closed.', 'closed'), 'ONGOING');
  });
  it('an event participle, a dated progressive and the outlet\'s own narration stay past (negative cases)', () => {
    assert.equal(statusOf('Officials said the bridge was badly damaged.', 'damaged'), 'PAST');
    assert.equal(statusOf('Police said the attack was deeply shocking.', 'attack was'), 'PAST');
    assert.equal(statusOf('Rescuers were frantically searching the rubble when the aftershock hit.', 'searching'), 'PAST');
    assert.equal(statusOf('Officials said rescuers were frantically searching the rubble when the aftershock hit.', 'searching'), 'PAST');
    // an adverb saying the state ended is not passed: only the manner adverbs of status-words.json mannerLyAdverbs
    assert.equal(statusOf('Officials said the airport was briefly closed.', 'closed'), 'PAST');
    assert.equal(statusOf('Police said the suspect was initially detained.', 'detained'), 'PAST');
  });
});

describe('status: do-support before a base verb of intention', () => {
  it('"does not intend to appeal", "said it did not plan to cut jobs" look ahead as "plans to" does', () => {
    assert.equal(statusOf('The company said it does not intend to appeal.', 'intend to'), 'FUTURE');
    assert.equal(statusOf('The company said it did not plan to cut jobs.', 'plan to'), 'FUTURE');
    assert.equal(statusOf('The president told reporters he did not intend to nationalise companies.', 'intend to'), 'FUTURE');
  });
  it('a desire or a stative base after do-support is untouched (negative cases)', () => {
    assert.equal(statusOf('Germany did not want to decouple from China, the chancellor wrote.', 'want to'), 'ONGOING');
    assert.equal(statusOf('The company did not know the risks, he said.', 'know'), 'ONGOING');
    assert.equal(statusOf('The minister did not attend the meeting on Monday.', 'attend'), 'PAST');
  });
  it('an expectation is no intention, and a past intention argued in a case is not ahead', () => {
    assert.notEqual(statusOf('The coach admitted the team did not expect to reach the final.', 'reach the final'), 'FUTURE');
    assert.notEqual(statusOf('The coach said the team did not anticipate to win.', 'win'), 'FUTURE');
    assert.notEqual(statusOf('His lawyer argued that he did not plan to kill her.', 'kill her'), 'FUTURE');
    // negative: a stance under "says" or none still looks ahead
    assert.equal(statusOf('The company says it did not plan to cut jobs.', 'plan to'), 'FUTURE');
  });
});

describe('status: a fact not yet known or disclosed after a negated past "be"', () => {
  it('"were not immediately known", "was not yet known", "said the figure was not confirmed" still hold', () => {
    assert.equal(statusOf('The identities of the victims were not immediately known.', 'not immediately known'), 'ONGOING');
    assert.equal(statusOf('Results for the final group were not yet known.', 'not yet known'), 'ONGOING');
    assert.equal(statusOf('Officials said the figure was not confirmed.', 'not confirmed'), 'ONGOING');
  });
  it('a date or an "until" closes it, and the affirmative disclosure is an event (negative cases)', () => {
    assert.equal(statusOf('The cause of the fire was not known until March.', 'not known'), 'PAST');
    assert.equal(statusOf('The death was not confirmed on Monday.', 'not confirmed'), 'PAST');
    // a length of time closes it as "until" does; a reason after "for" does not
    assert.equal(statusOf("The victim's body was not identified for three weeks.", 'not identified'), 'PAST');
    assert.equal(statusOf('The cause of the crash was not determined after several months.', 'not determined'), 'PAST');
    assert.equal(statusOf('The names of the victims were not released for legal reasons.', 'not released'), 'ONGOING');
    assert.equal(statusOf('The names were released on Monday.', 'released'), 'PAST');
    assert.equal(statusOf('The victims were identified, police said.', 'identified'), 'PAST');
  });
});

describe('status: a pledge of a thing is the act of giving it', () => {
  it('"pledged €100 million", "pledged help through its embassy" are told as done', () => {
    assert.equal(statusOf('The Pinault family pledged €100 million.', 'pledged'), 'PAST');
    assert.equal(statusOf('The United States pledged help through its embassy in Manila.', 'pledged'), 'PAST');
  });
  it('a pledge of what is to be done, a later date or another expectation cue still looks ahead (negative cases)', () => {
    assert.equal(statusOf('The government pledged to rebuild the cathedral.', 'rebuild'), 'FUTURE');
    assert.equal(statusOf('Macron promised that Notre-Dame would be rebuilt.', 'would be rebuilt'), 'FUTURE');
    assert.equal(statusOf('He promised a new stadium by 2030.', 'new stadium'), 'FUTURE');
  });
  it('a pledge of an event still to come looks ahead; only amounts and aid nouns are things given', () => {
    assert.equal(statusOf('The prime minister promised a referendum on EU membership.', 'promised'), 'FUTURE');
    assert.equal(statusOf('The minister pledged a full investigation into the crash.', 'pledged'), 'FUTURE');
    // negatives: an amount, an aid noun stay given
    assert.equal(statusOf('Japan offered $5 million in aid.', 'offered'), 'PAST');
    assert.equal(statusOf('The European Union promised humanitarian assistance to the flood victims.', 'promised'), 'PAST');
  });
});
