import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: "likely to be" + a comparative estimates a quantity as it stands', () => {
  it('"the real toll is likely to be much higher" is ONGOING', () => {
    assert.equal(statusOf('The real toll is likely to be much higher.', 'real toll'), 'ONGOING');
    assert.equal(statusOf('Officials said the true number of cases was likely to be several times higher, since many patients stay home.', 'true number of cases'), 'ONGOING');
    assert.equal(statusOf('The actual reduction is likely to be smaller because several members already pump below quota.', 'actual reduction'), 'ONGOING');
  });
  it('negatives: a time to come, a counted phrase, a plain adjective stay FUTURE', () => {
    assert.equal(statusOf('Prices are likely to be higher next year.', 'Prices are likely'), 'FUTURE');
    assert.equal(statusOf('The toll is likely to be more than 100.', 'The toll'), 'FUTURE');
    assert.equal(statusOf('Any disruption is likely to be brief.', 'Any disruption'), 'FUTURE');
    assert.equal(statusOf('The vote is likely to be held in June.', 'The vote'), 'FUTURE');
  });
});
