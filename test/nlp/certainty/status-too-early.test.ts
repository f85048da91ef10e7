import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: a backshifted "was too early to say" is knowledge still lacking at publication', () => {
  it('under a past reporting cue it holds now, as the present does', () => {
    assert.equal(statusOf('Police said it was too early to say what caused the fire.', 'too early to say'), 'ONGOING');
    assert.equal(statusOf('Officials said it was too soon to tell whether the dam would hold.', 'too soon to tell'), 'ONGOING');
    assert.equal(statusOf('The mayor said it was too early to speculate.', 'too early to speculate'), 'ONGOING');
    assert.equal(statusOf('Police say it is too early to say what caused the fire.', 'too early to say'), 'ONGOING');
  });
  it('not other "too … to" states, not outside reported speech, not one a past day dates', () => {
    // a past judgment of a past event
    assert.equal(statusOf('He said it was too late to save the building.', 'too late to save'), 'PAST');
    // narration, no reporting cue
    assert.equal(statusOf('On Monday it was too early to say what caused the fire.', 'too early to say'), 'PAST');
    // a past day after the verb dates it
    assert.equal(statusOf('He said it was too early to say on Monday how many had died.', 'too early to say'), 'PAST');
  });
  it('not one a fronted past date or a frame of a past moment places (review finding 3)', () => {
    assert.equal(statusOf('In March 2020, officials said it was too early to say whether the virus would spread to Europe.', 'too early to say'), 'PAST');
    assert.equal(statusOf('Speaking after the 2019 crash, Boeing said it was too early to speculate on the cause.', 'too early to speculate'), 'PAST');
    assert.equal(statusOf('At the time, police said it was too soon to tell whether the fire was arson.', 'too soon to tell'), 'PAST');
    assert.equal(statusOf('Back then, the ministry said it was too early to judge the damage.', 'too early to judge'), 'PAST');
  });
  it('a recent day of the saying still leaves it ONGOING (negative: unchanged)', () => {
    assert.equal(statusOf('Speaking on Monday, police said it was too early to say what caused the fire.', 'too early to say'), 'ONGOING');
    assert.equal(statusOf('Officials said on Monday it was too soon to tell whether the dam would hold.', 'too soon to tell'), 'ONGOING');
    assert.equal(statusOf('In a statement, the company said it was too early to speculate on the cause.', 'too early to speculate'), 'ONGOING');
  });
});
