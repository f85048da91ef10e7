import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: a claim right after the closing mark of the previous quotation is not quoted', () => {
  it('reported speech after a closed quotation is backshifted as any other', () => {
    assert.equal(statusOf('The mayor called the fire "a tragedy." Police said the road was closed.', 'the road was closed'), 'ONGOING');
    assert.equal(statusOf('The mayor called the fire “a tragedy.” Officials said there was no evidence of arson.', 'no evidence of arson'), 'ONGOING');
  });
  it('a past act after a closed quotation stays past', () => {
    assert.equal(statusOf('The agency raised its alert, saying "an eruption is possible within days." The agency recommended evacuation of the island.', 'recommended evacuation'), 'PAST');
  });
  it('a quotation opening the claim keeps the speaker\'s own tenses', () => {
    // negatives: the mark opens the quotation
    assert.equal(statusOf('"It was terrifying," a witness said.', 'It was terrifying'), 'PAST');
    assert.equal(statusOf('A witness described the scene. "The water was already in the kitchen," she said.', 'The water was already'), 'PAST');
  });
});
