import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from './helpers.js';

// Sentences written for these tests. A subordinate clause's hedge does not scope over the claim; these are the places
// where the subordinate clause ends before the next comma and the claim's own modal comes after it.
describe('certainty: an adjunct clause between the cue and its "that"', () => {
  it('"said after flying over the area that the toll could rise": the modal after "that" is the claim\'s', () => {
    const c = claimIn('The governor said after flying over the valley that the death toll could rise to 300.', 'the death toll could rise');
    assert.equal(c.certainty, 'POSSIBLE');
    assert.equal(claimIn('The mayor said before the meeting that the bridge might close.', 'the bridge might close').certainty, 'POSSIBLE');
  });
  it('negative: a modal inside the adjunct itself, or a complement with no modal, stays out', () => {
    assert.equal(claimIn('The governor said after he could finally land that the town was destroyed.', 'the town was destroyed').certainty, 'CERTAIN');
    assert.equal(claimIn('The governor said after flying over the valley that the town was destroyed.', 'the town was destroyed').certainty, 'CERTAIN');
  });
});

describe('certainty: a relative clause on the subject ends at the main verb', () => {
  it('"workers who did not report for duty could be dismissed": the main clause\'s modal counts', () => {
    const t = 'The company said that workers who did not report for duty by Friday could be dismissed.';
    assert.equal(claimIn(t, 'could be dismissed').certainty, 'POSSIBLE');
    assert.equal(claimIn('Residents who stayed behind may be trapped, rescuers said.', 'may be trapped').certainty, 'POSSIBLE');
  });
  it('negative: a modal inside the relative clause, or a relative on an object, does not hedge the claim', () => {
    assert.equal(claimIn('Residents who could leave fled the town on Monday.', 'fled the town').certainty, 'CERTAIN');
    assert.equal(claimIn('Rescuers found two hikers who may have been lost for days.', 'Rescuers found').certainty, 'CERTAIN');
  });
});

describe('certainty: a claim that is a quantified relative clause', () => {
  it('"any one of which could cripple the mission": the modal is the claim\'s', () => {
    const t = 'Engineers have identified 344 single-point failures, any one of which could cripple the mission.';
    assert.equal(claimIn(t, 'any one of which could cripple').certainty, 'POSSIBLE');
    assert.equal(claimIn(t, 'Engineers have identified').certainty, 'CERTAIN');
  });
  it('negative: a quantified relative with no modal is certain', () => {
    const t = 'Engineers have identified 344 single-point failures, most of which were fixed in tests.';
    assert.equal(claimIn(t, 'most of which were fixed').certainty, 'CERTAIN');
  });
});

describe('certainty: "could see" as a forecast', () => {
  it('"could see another round of snow", "could see further swings": POSSIBLE', () => {
    assert.equal(claimIn('Forecasters said parts of the state could see another round of snow on Wednesday.', 'could see another round').certainty, 'POSSIBLE');
    assert.equal(claimIn('Analysts said markets could see further swings this week.', 'markets could see').certainty, 'POSSIBLE');
  });
  it('negative: a past ability to see stays certain', () => {
    assert.equal(claimIn('Witnesses said they could see smoke rising from the hill.', 'could see smoke').certainty, 'CERTAIN');
    assert.equal(claimIn('Hikers said they could see more smoke rising on Saturday.', 'could see more smoke').certainty, 'CERTAIN');
  });
});
