import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: an agreement, decision or offer told as done is past', () => {
  it('"agreed/decided/offered to" with the verb in the claim', () => {
    assert.equal(statusOf('Microsoft agreed to buy the game maker for $69 billion.', 'agreed to buy'), 'PAST');
    assert.equal(statusOf('The board decided to close the plant.', 'decided to close'), 'PAST');
    assert.equal(statusOf('Japan offered to send experts.', 'offered to send'), 'PAST');
    // negatives: a promise, a pledge or a plan still looks ahead
    assert.equal(statusOf('The minister promised to rebuild the bridge.', 'promised to rebuild'), 'FUTURE');
    assert.equal(statusOf('Rebel commanders vowed to hold the town.', 'hold the town'), 'FUTURE');
    assert.equal(statusOf('The council plans to build a new airport.', 'build a new airport'), 'FUTURE');
  });
  it('"agreed" as the cue of its infinitive, narrated or inside a report', () => {
    assert.equal(statusOf('Officials agreed to resume talks.', 'resume talks'), 'PAST');
    assert.equal(statusOf('The spokesman said the two sides agreed to resume talks next month.', 'resume talks'), 'PAST');
  });
});

describe('status: a date inside the infinitive of a past verb is of what was agreed or ordered', () => {
  it('the act has happened whatever the date after its "to"', () => {
    assert.equal(statusOf('The cartel agreed on Tuesday to cut output from April.', 'agreed on Tuesday'), 'PAST');
    assert.equal(statusOf('The leaders agreed to resume talks next month.', 'resume talks'), 'PAST');
    assert.equal(statusOf('The judge ordered her to report to prison on April 27.', 'ordered her'), 'PAST');
  });
  it('negatives: a date of the act itself, a participle of forecast, a plan, a "to" before a noun', () => {
    assert.equal(statusOf('The vote was postponed to next week.', 'postponed'), 'FUTURE');
    assert.equal(statusOf('About 6 million people have the disease, a number expected to double by 2050.', 'expected to double'), 'FUTURE');
    assert.equal(statusOf('The minister pledged to rebuild the bridge by June.', 'rebuild the bridge'), 'FUTURE');
    assert.equal(statusOf("The committee's next scheduled meeting is due to be held from 6 to 8 June.", 'next scheduled meeting'), 'FUTURE');
  });
});
