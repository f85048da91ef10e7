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

// Review probes (publication 10 January 2024).
describe('status: "likely to be" + a comparative about something to come looks ahead', () => {
  const pub = '2024-01-10';
  it('a count of a coming event or a subject with "next"/"upcoming" is FUTURE', () => {
    assert.equal(statusOf('Turnout is likely to be higher than in 2019.', 'Turnout', pub), 'FUTURE');
    assert.equal(statusOf('The next bill is likely to be higher because of the tax.', 'next bill', pub), 'FUTURE');
    assert.equal(statusOf('The upcoming season is likely to be worse.', 'upcoming season', pub), 'FUTURE');
  });
  it('a tally of what happened stays ONGOING (negatives)', () => {
    assert.equal(statusOf('The real toll is likely to be much higher.', 'real toll', pub), 'ONGOING');
    assert.equal(statusOf('The cost of the damage is likely to be higher.', 'cost of the damage', pub), 'ONGOING');
  });
});
