import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: a reported thought about what is to come is FUTURE, not a backshifted state', () => {
  it('"said he hoped the law would act …", "said he expected aftershocks to continue …"', () => {
    assert.equal(statusOf('The governor said he hoped the new law would act as a deterrent.', 'he hoped the new law'), 'FUTURE');
    assert.equal(statusOf('The geologist said he expected aftershocks to continue for days.', 'he expected aftershocks'), 'FUTURE');
    assert.equal(statusOf('The coach said she wanted the talks to resume quickly.', 'she wanted the talks'), 'FUTURE');
  });
  it('negatives: a past hoped for, a plain object, a past inferred stay as before', () => {
    assert.notEqual(statusOf('The coach said she hoped the talks had gone well.', 'she hoped the talks'), 'FUTURE');
    assert.equal(statusOf('The farmer said he wanted the money.', 'he wanted the money'), 'ONGOING');
    assert.equal(statusOf('The farmer said he wanted the money that the bank owed him.', 'he wanted the money'), 'ONGOING');
  });
});

// Review probes (publication 10 January 2024).
describe('status: a thought about what is to come, only reported and not placed in the past', () => {
  const pub = '2024-01-10';
  it("the outlet's narration of a past wish, a past date in the complement: PAST", () => {
    assert.equal(statusOf('Police wanted the man to surrender before the raid on Tuesday.', 'wanted the man', pub), 'PAST');
    assert.equal(statusOf('She hoped the rain would stop before the wedding last June.', 'rain would stop', pub), 'PAST');
  });
  it('a reported expectation, a hope for a date to come stay FUTURE (negatives)', () => {
    assert.equal(statusOf('Police said they wanted the man to surrender.', 'wanted the man', pub), 'FUTURE');
    assert.equal(statusOf('She hoped the rain would stop before the wedding next June.', 'rain would stop', pub), 'FUTURE');
  });
});
