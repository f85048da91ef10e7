import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: a present form read from its shape and neighbours', () => {
  it('a verb in "-s" between its subject and its object is the main verb, whatever participle follows', () => {
    assert.equal(statusOf('The coalition commands 88 seats, well short of the 101 needed for a majority.', 'commands 88 seats'), 'ONGOING');
    assert.equal(statusOf('A stronger yen squeezes the profits of carmakers whose sales have fallen.', 'squeezes the profits'), 'ONGOING');
    assert.equal(statusOf('The new rule forbids the use of drones in designated zones.', 'forbids the use'), 'ONGOING');
  });
  it('after a pronoun or an aside, a preposition may follow it', () => {
    assert.equal(statusOf('The virus, a cousin of measles, travels through droplets from infected patients.', 'travels through droplets'), 'ONGOING');
    assert.equal(statusOf('The company says it supplies the parts used in the engines.', 'supplies the parts'), 'ONGOING');
  });
  it('a plural noun is not taken for the verb', () => {
    // negative: a dating phrase after the plural subject, and an object relative without "that"
    assert.equal(statusOf('Health officials this week reported a rise in cases.', 'reported a rise'), 'PAST');
    assert.equal(statusOf('Local farmers the council consulted opposed the plan.', 'opposed the plan'), 'PAST');
    // negative: a floating quantifier after the plural subject, an infinitive's "to" and a clause's "that" after the verb
    assert.equal(statusOf('The two main share indices each lost three percent.', 'each lost three percent'), 'PAST');
    assert.equal(statusOf('We need to accept that prices will rise again.', 'need to accept'), 'FUTURE');
    // negative: the verb of a relative clause before the main verb
    assert.equal(statusOf('The carmaker, in which the bank owns a stake, abandoned the merger.', 'abandoned the merger'), 'PAST');
  });
});

describe('status: a negated present perfect', () => {
  it('an act that has not happened is told as past', () => {
    assert.equal(statusOf('The ministry has not commented on the report.', 'has not commented'), 'PAST');
    assert.equal(statusOf('The club has not disclosed the fee.', 'has not disclosed the fee'), 'PAST');
  });
  it('a negated passive, "yet", "so far" or a stretch up to now still holds', () => {
    // negatives: these stay ONGOING
    assert.equal(statusOf('Power has not been restored to the valley.', 'not been restored'), 'ONGOING');
    assert.equal(statusOf('The ministry has not yet commented on the report.', 'has not yet commented'), 'ONGOING');
    assert.equal(statusOf('The firm has not paid a dividend since 2019.', 'has not paid a dividend'), 'ONGOING');
  });
});
