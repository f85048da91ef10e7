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

describe('certainty: a coordinated verb phrase with its own modal is its own claim', () => {
  it('"was damaged and could collapse": the finished part is certain, the modal part possible', () => {
    const t = 'Officials said the dam was damaged and could collapse at any time.';
    assert.equal(claimIn(t, 'the dam was damaged').certainty, 'CERTAIN');
    assert.equal(claimIn(t, 'could collapse').certainty, 'POSSIBLE');
    assert.equal(claimIn('Prices rose sharply and may keep rising.', 'Prices rose sharply').certainty, 'CERTAIN');
    assert.equal(claimIn('He said the talks were difficult but might resume next week.', 'might resume').certainty, 'POSSIBLE');
  });
  it('negative: a modal shared by both verbs, or one with no "and/but" before it, stays one claim', () => {
    assert.equal(claimIn('The dam could crack and collapse.', 'crack and collapse').certainty, 'POSSIBLE');
    const c = claimIn('Officials said the dam could collapse at any time.', 'collapse at any time');
    assert.equal(c.certainty, 'POSSIBLE');
    assert.ok(c.text.startsWith('Officials said'));
  });
});
