import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: the present verb after a participial aside governs the clause', () => {
  it('an irregular or adverb-led participle aside is passed over before a present in -s', () => {
    assert.equal(statusOf('The petition, made at 4 pm in the district court, lists debts of more than $2 billion.', 'lists debts'), 'ONGOING');
    assert.equal(statusOf("The club's scoring record, set in Leeds in May last year, still stands.", 'still stands'), 'ONGOING');
    assert.equal(statusOf('The new variant, first detected in a border town last autumn, appears to spread more easily.', 'appears to spread'), 'ONGOING');
    assert.equal(statusOf('The pill, to be sold as Vexa, is a tablet that lowers blood pressure.', 'is a tablet'), 'ONGOING');
  });
  it('negatives: a past or future main verb after the aside keeps its own status', () => {
    assert.equal(statusOf('The company, founded in 1990, filed for bankruptcy on Monday.', 'filed for bankruptcy'), 'PAST');
    assert.equal(statusOf('The talks, held in Doha last week, ended without a deal.', 'ended without a deal'), 'PAST');
    assert.equal(statusOf('The new variant, first detected in May, will spread further.', 'will spread'), 'FUTURE');
    assert.equal(statusOf('The firm, founded in 1990, plans to sell its shipping unit.', 'plans to sell'), 'FUTURE');
    // (no aside: a plain past in the clause stays PAST)
    assert.equal(statusOf('The petition made at 4 pm listed debts of more than $2 billion.', 'listed debts'), 'PAST');
  });
});

describe('status: a participle after a determiner and an adverb in -ly is an adjective', () => {
  it('the clause verb after "the strategically placed island" gives the status', () => {
    assert.equal(statusOf('The strategically placed island could become important for the defence of the region.', 'could become important'), 'FUTURE');
    assert.equal(statusOf('A newly elected mayor will take office in June.', 'will take office'), 'FUTURE');
  });
  it('negatives: an adverb after a subject noun, or after "was", leaves the past verb as the main verb', () => {
    assert.equal(statusOf('The team quickly recovered the bodies.', 'quickly recovered'), 'PAST');
    assert.equal(statusOf('The hastily built dam burst on Monday.', 'dam burst'), 'PAST');
    assert.equal(statusOf('The island was strategically placed on the old trade route.', 'strategically placed'), 'PAST');
  });
});
