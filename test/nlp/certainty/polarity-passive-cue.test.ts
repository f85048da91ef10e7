import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('polarity: a negating cue verb used as a passive participle', () => {
  it('"could be dismissed" tells an act that may be done, not a negation', () => {
    assert.equal(claimIn('The charges could be dismissed next month, lawyers said.', 'could be dismissed').polarity, 'POSITIVE');
  });
  it('the active cue still negates its complement', () => {
    // negatives: these stay NEGATIVE
    assert.equal(claimIn('The minister dismissed reports that he would resign.', 'reports that he would resign').polarity, 'NEGATIVE');
    assert.equal(claimIn('The ministry denied that troops had crossed the border.', 'troops had crossed').polarity, 'NEGATIVE');
    assert.equal(claimIn('The charges could not be dismissed, lawyers said.', 'could not be dismissed').polarity, 'NEGATIVE');
  });
  it('a passive cue still negates a "claims/reports that …" subject (review r1 finding 2)', () => {
    assert.equal(claimIn('Claims that troops had crossed the border were denied by the ministry.', 'troops had crossed').polarity, 'NEGATIVE');
    assert.equal(claimIn('Reports that he had resigned were denied by the ministry.', 'he had resigned').polarity, 'NEGATIVE');
    // negatives: a plain passive subject is still the act done to it
    assert.equal(claimIn('The request that arrived on Monday was rejected, officials said.', 'was rejected').polarity, 'POSITIVE');
  });
});
