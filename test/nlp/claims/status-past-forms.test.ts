import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, claimAt } from './helpers.js';

// Sentences written for these tests (not taken from any corpus). The first sentence stands in for a headline.
const statusOf = (body: string, anchor: string): string => {
  const text = 'Markets fell. ' + body;
  const c = claimAt(text, claimsOf(text, '2024-03-05').claims, anchor);
  assert.ok(c, `no claim holds "${anchor}"`);
  return c.status;
};

describe('status: simple past forms the "-ed" rule missed', () => {
  it('"-eed" stems and "un-" verbs are past verbs', () => {
    assert.equal(statusOf('The judge agreed with the defence.', 'agreed with'), 'PAST');
    assert.equal(statusOf('The court freed the two men.', 'freed'), 'PAST');
    assert.equal(statusOf('The company unveiled a new phone.', 'unveiled'), 'PAST');
    assert.equal(statusOf('Reporters uncovered a second account.', 'uncovered'), 'PAST');
    // the base forms stay present; "un-" adjectives are no verbs
    assert.equal(statusOf('The two sides agree on the border.', 'agree on'), 'ONGOING');
    assert.equal(statusOf('The board needs more time.', 'needs'), 'ONGOING');
    assert.equal(statusOf('The roads are unpaved and dangerous.', 'unpaved'), 'ONGOING');
  });
  it('the verb after the comma that closes an aside is the main verb', () => {
    assert.equal(statusOf('The index, however, gained 0.8 percent.', 'gained'), 'PAST');
    assert.equal(statusOf('Its chief executive, Ana Lee, justified the purchase.', 'justified'), 'PAST');
    // a participle right after the opening comma is not the main verb
    assert.equal(statusOf('The satellite, launched by a private firm, is still in orbit.', 'still in orbit'), 'ONGOING');
    assert.equal(statusOf('The satellite, launched by a private firm, failed last month.', 'failed'), 'PAST');
  });
  it('a "-ly" adverb inside the perfect and a floating quantifier before the verb', () => {
    assert.equal(statusOf('The two firms have unexpectedly won the contract.', 'won the contract'), 'PAST');
    assert.equal(statusOf('The three indices each fell two percent.', 'fell two percent'), 'PAST');
    // a perfect of state with a duration still holds
    assert.equal(statusOf('The bridge has been closed since January.', 'closed since'), 'ONGOING');
    // "each" as a determiner is no subject: the present verb rules
    assert.equal(statusOf('Each store sells the phone.', 'sells'), 'ONGOING');
  });
  it('a participle clause after the main verb does not date the claim; "have both begun" is a perfect', () => {
    assert.equal(statusOf('The fund has since increased its stake to 46 percent, expected to rise to 57 percent by the end of this year.', 'increased its stake'), 'PAST');
    assert.equal(statusOf('The two firms have both begun to offer buyouts.', 'begun'), 'PAST');
    // the same date in the main clause still points ahead
    assert.equal(statusOf('The plant is expected to reopen by the end of this year.', 'reopen'), 'FUTURE');
  });
});
