import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkChain as check, chainOf, claimsOf } from '../claims/helpers.js';
import { claimIn } from '../certainty/helpers.js';

// Sentences written for these tests (not taken from any corpus): a quotation standing as its own paragraph whose
// speaker opens the next paragraph, and the tenses of a quotation's later sentences.
describe('a quotation whose speaker opens the next paragraph', () => {
  const text = 'Residents said the warning came too late.\n\n"Nobody told us anything. The water was already in the kitchen."\n\nMaria Lopez, 62, said she had lost everything.';
  it('takes the speaker who opens the next paragraph', () => {
    check(text, 'Nobody told us anything', ['Maria Lopez']);
    check(text, 'already in the kitchen', ['Maria Lopez']);
  });
  it('a continued speaker wins, and a next paragraph not opened by a person speaking gives none', () => {
    // negatives
    check('"We are not leaving," she said.\n\n"We will rebuild, whatever it takes."\n\nThe mayor said the city would help.', 'We will rebuild', ['she']);
    const { claims } = claimsOf('"We had no warning at all."\n\nThe river rose two metres on Tuesday, officials said.');
    const c = claims.find((x) => /no warning/.test(x.text));
    assert.deepEqual(c ? chainOf(c) : null, []);
  });
});

describe('the tenses of a direct quotation', () => {
  it('a later sentence of a quotation is not backshifted speech', () => {
    const t = '"We lost everything," she said. "The water was already in the kitchen."';
    assert.equal(claimIn(t, 'already in the kitchen').status, 'PAST');
    // negative: indirect speech is still backshifted
    assert.equal(claimIn('She said the water was still in the kitchen.', 'still in the kitchen').status, 'ONGOING');
  });
});
