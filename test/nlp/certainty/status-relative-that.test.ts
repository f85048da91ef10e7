import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn, statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: a relative "that" clause after the main verb is the noun\'s, not the claim\'s', () => {
  it('a "will" inside "a move that will …" does not make a past claim FUTURE', () => {
    assert.equal(statusOf('The bank raised rates on Monday, a move that will hurt borrowers.', 'raised rates'), 'PAST');
    assert.equal(statusOf('The council approved a plan that will cut bus fares.', 'approved a plan'), 'PAST');
    assert.equal(statusOf('Firefighters lit a flare beneath a hot-air balloon that will rise each night.', 'lit a flare'), 'PAST');
    // a present main verb stays ONGOING
    assert.equal(statusOf('The company sells a phone that will fold in half.', 'sells a phone'), 'ONGOING');
  });
  it('the hedge of such a clause does not hedge the main claim either', () => {
    const c = claimIn('The bank raised rates on Monday, a move that could hurt borrowers.', 'raised rates');
    assert.equal(c.certainty, 'CERTAIN');
    assert.equal(c.status, 'PAST');
  });
  it('negatives: a reported "that" clause and the main clause\'s own "will" keep their future', () => {
    assert.equal(statusOf('The minister warned that prices will rise.', 'prices will rise'), 'FUTURE');
    assert.equal(statusOf('The company will launch a phone that folds in half.', 'will launch'), 'FUTURE');
    assert.equal(statusOf('The bank said on Monday that it will raise rates.', 'it will raise rates'), 'FUTURE');
    // no main verb read before "that": the subject's relative does not hide the main "will"
    assert.equal(statusOf('A plan that was approved on Monday will cut bus fares.', 'will cut bus fares'), 'FUTURE');
  });
});

describe('a relative clause with a modal is a claim of its own, with its own certainty and status', () => {
  it('"…, a step that could/will …": the noun phrase and its clause nested, the main clause kept certain and past', () => {
    for (const [text, main, sub, certainty, status] of [
      ['Detroit filed a petition in federal court on Thursday, a step that could cut pensions for retirees.', 'filed a petition', 'a step that could cut pensions for retirees', 'POSSIBLE', 'FUTURE'],
      ['The bank raised rates on Monday, a move that will hurt borrowers.', 'raised rates', 'a move that will hurt borrowers', 'CERTAIN', 'FUTURE'],
      ['Madrid paid a fee of 103 million euros, with add-ons that could raise the figure by 30%.', 'paid a fee', 'add-ons that could raise the figure by 30%', 'POSSIBLE', 'FUTURE'],
      ['Riders lit the cauldron beneath a hot-air balloon that will rise each night.', 'lit the cauldron', 'a hot-air balloon that will rise each night', 'CERTAIN', 'FUTURE'],
    ] as const) {
      const m = claimIn(text, main);
      assert.equal(m.certainty, 'CERTAIN', text);
      assert.equal(m.status, 'PAST', text);
      const c = claimIn(text, sub);
      assert.equal(c.text, sub, text);
      assert.equal(c.certainty, certainty, text);
      assert.equal(c.status, status, text);
    }
  });
  it('"…, which will …": a non-restrictive relative with a future modal is nested too', () => {
    const text = 'The company announced a share buyback on Monday, which will run until the end of December.';
    assert.equal(claimIn(text, 'announced a share buyback').status, 'PAST');
    const c = claimIn(text, 'will run until');
    assert.equal(c.text, 'which will run until the end of December');
    assert.equal(c.status, 'FUTURE');
  });
  it('"would" in a relative clause is its own after an unhedged clause, conditional on a hedged one', () => {
    const own = claimIn('India was wary of an expansion that would turn the bloc into a rival club.', 'would turn the bloc');
    assert.equal(own.text, 'an expansion that would turn the bloc into a rival club');
    assert.equal(own.status, 'FUTURE');
    assert.equal(claimIn('India was wary of an expansion that would turn the bloc into a rival club.', 'was wary').status, 'PAST');
    // negative: after "could", the "which would" clause stays in the hedged claim and is as possible as it
    const text = 'The samples could contain old rock, which would differ from the rocks brought back before.';
    const c = claimIn(text, 'would differ');
    assert.ok(c.text.includes('could contain'), c.text);
    assert.equal(c.certainty, 'POSSIBLE');
  });
  it('negatives: a verb\'s or a content noun\'s "that" clause, and a relative without a modal, stay unsplit', () => {
    for (const [text, anchor, holds] of [
      ['The minister warned that prices could rise.', 'prices could rise', 'warned'],
      ['Markets fell on fears that the virus could spread.', 'the virus could spread', 'fears'],
      ['The council approved a plan that saves 1 billion dollars.', 'saves 1 billion', 'approved'],
      ['The company announced a buyback, which runs until December.', 'runs until December', 'announced'],
    ] as const) {
      assert.ok(claimIn(text, anchor).text.includes(holds), text);
    }
    assert.equal(claimIn('The minister warned that prices could rise.', 'prices could rise').certainty, 'POSSIBLE');
  });
});
