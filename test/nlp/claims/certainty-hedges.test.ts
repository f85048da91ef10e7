import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chainOf, claimAt, claimsOf } from './helpers.js';

// Sentences written for these tests. Publication date pinned to 2024-03-01 by claimsOf.
function at(text: string, anchor: string) {
  const { claims } = claimsOf(text, '2024-03-01');
  const c = claimAt(text, claims, anchor);
  assert.ok(c, `no claim holds "${anchor}" in: ${text}`);
  return c;
}

describe('certainty, polarity and status of hedged and future claims', () => {
  it('"unlikely" is a probable negative', () => {
    const c = at('The bridge is unlikely to reopen before May.', 'to reopen');
    assert.equal(c.certainty, 'PROBABLE');
    assert.equal(c.polarity, 'NEGATIVE');
    assert.equal(c.status, 'FUTURE');
    const d = at('The bridge is likely to reopen before May.', 'to reopen');
    assert.equal(d.certainty, 'PROBABLE');
    assert.equal(d.polarity, 'POSITIVE');
  });
  it('a headline infinitive announces a future event', () => {
    assert.equal(at('Airline to cut 2,000 jobs\n\nThe airline announced cuts on Monday.', 'to cut').status, 'FUTURE');
    // a noun after "to" in a headline is no verb
    assert.notEqual(at('Road to recovery for the harbour town\n\nThe harbour reopened on Monday.', 'Road to recovery').status, 'FUTURE');
    // in body text, "X to Y" is no headline infinitive
    assert.notEqual(at('The airline moved its staff to new offices.', 'moved its staff').status, 'FUTURE');
  });
  it('"… and would <verb>" is its own future claim beside a past one', () => {
    const text = 'The unit had been merged into the design team and would stop work on the new model.';
    assert.equal(at(text, 'had been merged').status, 'PAST');
    assert.equal(at(text, 'stop work').status, 'FUTURE');
  });
  it('a speech noun after a determiner does not cut the subject off an "allegedly" clause', () => {
    const c = at('The suspect allegedly fled the country in May.', 'fled the country');
    assert.ok(c.text.startsWith('The suspect'), c.text);
    assert.deepEqual(chainOf(c), ['UNNAMED']);
  });
});
