import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from '../certainty/helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('a non-restrictive relative clause with its own verb is a claim of its own tense', () => {
  it('"…, which ended three years ago", "…, most of whom fled", "…, whose dormitory was struck" are past', () => {
    assert.equal(claimIn('It is the worst outbreak since the epidemic in the west, which ended three years ago after killing 11,000 people.', 'which ended three years ago').status, 'PAST');
    const c = claimIn('The country hosts a million refugees, most of whom fled a crackdown in 2017.', 'most of whom fled');
    assert.ok(c.text.startsWith('most of whom'), c.text);
    assert.equal(c.status, 'PAST');
    assert.equal(claimIn('Among the dead are two pupils from the school, whose dormitory was struck by falling rocks.', 'whose dormitory was struck').status, 'PAST');
    // the main clause keeps its own tense
    assert.equal(claimIn('Among the dead are two pupils from the school, whose dormitory was struck by falling rocks.', 'Among the dead').status, 'ONGOING');
  });
  it('the clause takes the certainty of the sentence around it ("an estimated" in background is no hedge of its own)', () => {
    const c = claimIn('Protesters blocked the bridge, which carries an estimated $400 million in trade each day.', 'which carries an estimated');
    assert.ok(c.text.startsWith('which carries'), c.text);
    assert.equal(c.certainty, 'CERTAIN');
  });
  it('negative: a restrictive relative (no comma) is no claim of its own', () => {
    assert.ok(claimIn('The pupils who fled the fire were found.', 'who fled the fire').text.startsWith('The pupils'));
  });
});
