import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences from the code review of stop 23 (notes/review/claims.md) and written for these tests.
// Publication pinned: Wednesday 6 March 2024.
const PUB = '2024-03-06';
describe('status: a reported "had been" + -ing is the backshifted "has been" + -ing', () => {
  it('in reported speech it runs up to the report: ONGOING', () => {
    assert.equal(statusOf('Police said the man had been living in the area since 2019.', 'had been living', PUB), 'ONGOING');
    assert.equal(statusOf('Residents said they had been waiting for aid for three days.', 'had been waiting', PUB), 'ONGOING');
    assert.equal(statusOf('The rebels said they had been shelling the town since Monday.', 'had been shelling', PUB), 'ONGOING');
    assert.equal(statusOf('The company said it had been cooperating with investigators.', 'had been cooperating', PUB), 'ONGOING');
  });
  it('negatives: unreported, dated to the past, or followed by a later event: PAST', () => {
    assert.equal(statusOf('The man had been living in the country illegally for years.', 'had been living', PUB), 'PAST');
    assert.equal(statusOf('Police said the driver had been drinking before the crash.', 'had been drinking', PUB), 'PAST');
    assert.equal(statusOf('Police said the man had been living in the flat when he was arrested in 2019.', 'had been living', PUB), 'PAST');
  });
});

describe('status: "must" of inference about now holds', () => {
  it('a state verb or a feeling after "must" is ONGOING', () => {
    assert.equal(statusOf('He must know the risks.', 'must know', PUB), 'ONGOING');
    assert.equal(statusOf('Survivors must feel abandoned.', 'must feel', PUB), 'ONGOING');
    assert.equal(statusOf('The victims must be terrified.', 'must be terrified', PUB), 'ONGOING');
    assert.equal(statusOf('The families must be devastated.', 'must be devastated', PUB), 'ONGOING');
    assert.equal(statusOf('The ministry said all schools must remain closed until further notice.', 'must remain closed', PUB), 'ONGOING');
  });
  it('negatives: an act or a passive to be carried out stays FUTURE', () => {
    assert.equal(statusOf('Foreign nationals must leave the country within 30 days.', 'must leave', PUB), 'FUTURE');
    assert.equal(statusOf('The minister said the plan must be approved by parliament.', 'must be approved', PUB), 'FUTURE');
    assert.equal(statusOf('The court ruled that the company must pay $2 million in damages.', 'must pay', PUB), 'FUTURE');
  });
});

describe('status: "may/might be" + -ing with a time to come', () => {
  it('a later time after it makes it FUTURE', () => {
    assert.equal(statusOf('Prices might be rising again soon.', 'might be rising', PUB), 'FUTURE');
    assert.equal(statusOf('Tourists may be visiting the island again by summer.', 'may be visiting', PUB), 'FUTURE');
  });
  it('negatives: with no time to come it is a guess about now', () => {
    assert.equal(statusOf('The suspect may be hiding in the mountains.', 'may be hiding', PUB), 'ONGOING');
    assert.equal(statusOf('Prices might be rising again, analysts said.', 'might be rising', PUB), 'ONGOING');
  });
});
