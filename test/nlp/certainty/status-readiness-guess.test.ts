import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: readiness is a present state', () => {
  it('"be ready to" holds now, in reported speech too', () => {
    assert.equal(statusOf('The union is ready to talk to the employers.', 'ready to talk'), 'ONGOING');
    assert.equal(statusOf('The foreign minister said Norway was ready to send rescue teams.', 'Norway was ready to send rescue teams'), 'ONGOING');
  });
  it('negative: a time to come after it keeps it FUTURE, and other cues of what is to come stay FUTURE', () => {
    assert.equal(statusOf('The union is ready to sign the agreement next week.', 'ready to sign'), 'FUTURE');
    assert.equal(statusOf('The union is set to sign the agreement.', 'set to sign'), 'FUTURE');
    assert.equal(statusOf('The union is expected to sign the agreement.', 'expected to sign'), 'FUTURE');
    // a past readiness a past day dates does not hold now
    assert.notEqual(statusOf('The trucks were ready to leave on Monday, the driver said.', 'ready to leave'), 'ONGOING');
  });
});

describe('status: "may/might be" + a comparative is a guess about now', () => {
  it('a comparative after "may be" or "might be" holds now', () => {
    assert.equal(statusOf('Aid workers fear the damage in the hills may be worse than in the town.', 'may be worse'), 'ONGOING');
    assert.equal(statusOf('The true number of cases might be much higher.', 'might be much higher'), 'ONGOING');
  });
  it('negative: "could" looks ahead, a negation or a time to come keeps FUTURE, a participle is a possible future', () => {
    assert.equal(statusOf('The final figure could be considerably higher.', 'could be considerably higher'), 'FUTURE');
    assert.equal(statusOf('Prices may be higher by next month.', 'may be higher'), 'FUTURE');
    assert.equal(statusOf('The deal may not be better for farmers.', 'may not be better'), 'FUTURE');
    assert.equal(statusOf('The vote may be postponed again.', 'may be postponed'), 'FUTURE');
  });
});
