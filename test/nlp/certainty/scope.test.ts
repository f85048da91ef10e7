import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { claimIn } from './helpers.js';

// Sentences written for these tests.
describe('certainty and polarity: scope of content clauses', () => {
  it('a hedge or negator inside a noun\'s "that"-clause does not scope over the claim', () => {
    const c = claimIn('Bond prices fell on worries that the new rules might not curb inflation.', 'Bond prices fell');
    assert.equal(c.certainty, 'CERTAIN');
    assert.equal(c.polarity, 'POSITIVE');
    assert.equal(claimIn('Hotels were full despite the fact that prices could rise.', 'Hotels were full').certainty, 'CERTAIN');
  });
  it('"amid fears it may …" is a circumstance, not the claim\'s hedge', () => {
    assert.equal(claimIn('The currency slid amid fears the bank may cut rates.', 'currency slid').certainty, 'CERTAIN');
  });
  it('negative: a verb "fear that" and a main-clause modal still hedge', () => {
    assert.notEqual(claimIn('Doctors fear that the outbreak may spread.', 'outbreak may spread').certainty, 'CERTAIN');
    assert.equal(claimIn('Bond prices might fall on worries that rates will rise.', 'Bond prices might fall').certainty, 'POSSIBLE');
    assert.equal(claimIn('Bond prices did not fall on worries about the rules.', 'Bond prices did not fall').polarity, 'NEGATIVE');
  });
});
