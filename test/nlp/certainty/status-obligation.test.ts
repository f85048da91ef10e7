import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication pinned: Wednesday 6 March 2024.
const PUB = '2024-03-06';
describe('status: an obligation with "must" is to come', () => {
  it('"must" + a verb, or a passive to be carried out, is FUTURE', () => {
    assert.equal(statusOf('Foreign nationals must leave the country within 30 days.', 'must leave', PUB), 'FUTURE');
    assert.equal(statusOf('The minister said the plan must be approved by parliament.', 'must be approved', PUB), 'FUTURE');
    assert.equal(statusOf('The court ruled that the company must pay $2 million in damages.', 'must pay', PUB), 'FUTURE');
  });
  it('negatives: a state inferred now, a past inference, "can"', () => {
    assert.equal(statusOf('Rescuers said the survivors must be exhausted.', 'must be exhausted', PUB), 'ONGOING');
    assert.equal(statusOf('Officials said the families must be in shock.', 'must be in shock', PUB), 'ONGOING');
    assert.equal(statusOf('He said the pilots must have seen the warning.', 'must have seen', PUB), 'PAST');
    assert.equal(statusOf('The ministry said residents can return home.', 'can return home', PUB), 'ONGOING');
  });
});

describe('status: "may/might be" + -ing is an activity possibly in progress', () => {
  it('a possible progressive is ONGOING', () => {
    assert.equal(statusOf('The suspect may be hiding in the mountains.', 'may be hiding', PUB), 'ONGOING');
    assert.equal(statusOf('Officials said the group might be planning another attack.', 'might be planning', PUB), 'ONGOING');
  });
  it('negatives: a dated plan, a possible passive, "could be facing"', () => {
    assert.equal(statusOf('The leaders may be meeting next week.', 'may be meeting', PUB), 'FUTURE');
    assert.equal(statusOf('The vote may be delayed.', 'may be delayed', PUB), 'FUTURE');
    assert.equal(statusOf('The firm could be facing fines.', 'could be facing', PUB), 'FUTURE');
  });
});

describe('status: the past perfect progressive is over', () => {
  it('"had been" + -ing is PAST (unreported or dated; reported, see status-review-fixes)', () => {
    assert.equal(statusOf('The man had been living in the country illegally for years.', 'had been living', PUB), 'PAST');
    assert.equal(statusOf('Police said the driver had been drinking before the crash.', 'had been drinking', PUB), 'PAST');
  });
  it('negatives: the present perfect progressive runs up to now', () => {
    assert.equal(statusOf('Rebels have been fighting government forces for months.', 'have been fighting', PUB), 'ONGOING');
    assert.equal(statusOf('The company has been losing money since 2020.', 'has been losing', PUB), 'ONGOING');
  });
});
