import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: a coordinated verb of saying opening the claim is its frame', () => {
  it('"… said X and insisted the plan was working" reads the tense after "insisted"', () => {
    assert.equal(statusOf('The chancellor said growth remained weak and insisted the plan was working.', 'the plan was working'), 'ONGOING');
    assert.equal(statusOf('The coach said the players were tired and warned that the league would resume in September.', 'the league would resume'), 'FUTURE');
    assert.equal(statusOf('The army said it had repelled the attack and added that its jets were targeting rebel bases.', 'its jets were targeting'), 'ONGOING');
  });
  it('negatives: the claim\'s own past event, and a denial, stay PAST', () => {
    assert.equal(statusOf('The chancellor said growth remained weak and insisted the plan had failed last year.', 'the plan had failed'), 'PAST');
    assert.equal(statusOf('The ministry said the protest was peaceful and denied that police officers were involved.', 'police officers were involved'), 'PAST');
    assert.equal(statusOf('The company said it was sorry and the manager resigned on Monday.', 'the manager resigned'), 'PAST');
  });
});

describe('status: a backshifted predicate quoting the speaker is the speaker\'s present', () => {
  it('"said the company was \\"focused on the families\\"" is ONGOING', () => {
    assert.equal(statusOf('The spokesman said the company was "focused on the families".', 'the company was'), 'ONGOING');
    assert.equal(statusOf('The minister said the country was "awash in suffering".', 'the country was'), 'ONGOING');
  });
  it('negatives: an event judged, a later event, a date', () => {
    assert.equal(statusOf('The leader said the strike was "a slap in the face".', 'the strike was'), 'PAST');
    assert.equal(statusOf('The mayor said he was "shocked and dismayed" and cut short his trip.', 'he was'), 'PAST');
    assert.equal(statusOf('The spokesman said the company was "focused on the families" during the rescue.', 'the company was'), 'PAST');
  });
});
