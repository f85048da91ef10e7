import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn, statusOf } from './helpers.js';
import { pluperfectPlan } from '../../../src/nlp/certainty/status-times.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: plans made in the past', () => {
  it('a plan in the past perfect has been overtaken', () => {
    assert.equal(statusOf('The ship had been due to arrive on Monday.', 'due to arrive'), 'PAST');
    assert.equal(statusOf('The group had planned to march through the city.', 'march through'), 'PAST');
    assert.equal(pluperfectPlan(['had', 'been', 'expected', 'to', 'win']), true);
    // negative: "had been" before something other than a plan word
    assert.equal(pluperfectPlan(['had', 'been', 'delayed']), false);
    // negative: a plan in the present is still to come
    assert.equal(statusOf('The group plans to march through the city.', 'march through'), 'FUTURE');
  });
  it('a plan overtaken by what happened ("but was postponed") is past', () => {
    assert.equal(statusOf('Talks were due to resume in the city but were postponed.', 'due to resume'), 'PAST');
    assert.equal(statusOf('The firm planned to build a plant but dropped the project.', 'build a plant'), 'PAST');
    // negative: "but did not say when" comments on the plan, it does not end it
    assert.equal(statusOf('The firm planned to build a plant but did not say where.', 'build a plant'), 'FUTURE');
  });
  it('a past plan or report of "would" dated before publication is past', () => {
    assert.equal(statusOf('Officials said the bridge would reopen on March 1.', 'would reopen'), 'PAST');
    assert.equal(statusOf('In 2019, the firm planned to build a plant in Ohio.', 'build a plant'), 'PAST');
    // negative: dated after publication it is still to come
    assert.equal(statusOf('Officials said the bridge would reopen on March 20.', 'would reopen'), 'FUTURE');
    assert.equal(statusOf('In 2023, the firm planned to build a plant by 2027.', 'build a plant'), 'FUTURE');
  });
  it('"would later" in narration is a future already reached', () => {
    assert.equal(statusOf('He would later become president.', 'would later'), 'PAST');
    // negative: in reported speech it is still ahead
    assert.equal(statusOf('The firm said it would later release details.', 'release details'), 'FUTURE');
  });
  it('"is on track to grow", "on course to win" are to come', () => {
    assert.equal(statusOf('The economy is on track to grow 3% this year.', 'on track'), 'FUTURE');
    assert.equal(statusOf('The party is on course to win a majority.', 'on course'), 'FUTURE');
    // negative: "on track" with no infinitive is a present state
    assert.equal(statusOf('The project is on track.', 'on track'), 'ONGOING');
  });
});

describe('certainty: hedges outside the claim proper', () => {
  it('"on track to", "tipped to" are probable', () => {
    assert.equal(claimIn('The economy is on track to grow 3% this year.', 'on track').certainty, 'PROBABLE');
    assert.equal(claimIn('The deputy is tipped to succeed him.', 'tipped to').certainty, 'PROBABLE');
  });
  it('a modal in a relative "that"-clause hedges its noun, not the claim', () => {
    assert.equal(claimIn('The board approved a plan that may save $1 billion.', 'approved').certainty, 'CERTAIN');
    assert.equal(claimIn('He signed a law that could reshape the industry.', 'signed').certainty, 'CERTAIN');
    // negative: a complement "that" keeps the hedge
    assert.equal(claimIn('Analysts warned the board that prices may rise.', 'prices may rise').certainty, 'POSSIBLE');
    assert.equal(claimIn('The storm may hit the coast.', 'may hit').certainty, 'POSSIBLE');
  });
  it('a hedge word modifying a noun or inside a comparison is no hedge', () => {
    assert.equal(claimIn('The widely expected rate cut came on Tuesday.', 'came on Tuesday').certainty, 'CERTAIN');
    assert.equal(claimIn('The rate cut came earlier than many had expected.', 'came earlier').certainty, 'CERTAIN');
    assert.equal(claimIn('Police launched an investigation into possible fraud.', 'launched').certainty, 'CERTAIN');
    assert.equal(claimIn('Prices rose on May 5.', 'Prices rose').certainty, 'CERTAIN');
    // negative: an awaited thing still ahead keeps the hedge; as a predicate it hedges
    assert.equal(claimIn('The widely expected rate cut will come on Friday.', 'will come').certainty, 'PROBABLE');
    assert.equal(claimIn('Investigators said a gas leak was the likely cause.', 'likely cause').certainty, 'PROBABLE');
    assert.equal(claimIn('A decision is expected next week.', 'expected').certainty, 'PROBABLE');
  });
});

describe('status: "would" in the clause of a past verb that takes one', () => {
  it('"the board decided it would close the plant" is still to come', () => {
    assert.equal(statusOf('The board decided it would close the plant.', 'close the plant'), 'FUTURE');
    assert.equal(statusOf('The president signalled that he would veto the bill.', 'veto the bill'), 'FUTURE');
  });
  it('a past counterfactual, a wish, or a verb that takes no clause do not look ahead', () => {
    assert.equal(statusOf('He decided he would have stayed.', 'would have stayed'), 'PAST');
    assert.equal(statusOf('Investigators found the bodies would have been hidden.', 'hidden'), 'PAST');
    assert.equal(statusOf('The storm destroyed homes that would house refugees.', 'destroyed homes'), 'PAST');
    assert.equal(statusOf('The board decided on a plan, and the staff would later leave.', 'decided on a plan'), 'PAST');
  });
});

describe('status: a bare clock time does not date a past plan', () => {
  it('"said he would impose a curfew from 10 p.m." stays FUTURE though the clock is dated the day before publication', () => {
    const text = 'Congress on Wednesday removed the president. In his message, the president said he would impose a curfew from 10 p.m. to 4 a.m.';
    assert.equal(statusOf(text, 'he would impose a curfew', '2022-12-08'), 'FUTURE');
  });
  it('negative: a written date before publication still makes the past plan PAST', () => {
    const text = 'The minister said the plane was set to land on 5 March at 10 p.m.';
    assert.equal(statusOf(text, 'the plane was set to land', '2024-03-06'), 'PAST');
  });
});
