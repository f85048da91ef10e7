import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: "for the first time" counts an occasion, it is no stretch up to now', () => {
  it('a perfect with a count of occasions is a past event', () => {
    assert.equal(statusOf('The club have been crowned champions for the first time.', 'crowned'), 'PAST');
    assert.equal(statusOf('She has been elected president for a third time.', 'elected'), 'PAST');
    assert.equal(statusOf('Scientists have for the first time detected the signal.', 'detected'), 'PAST');
    assert.equal(statusOf('Police have, for the first time, refused permission for the march.', 'refused'), 'PAST');
  });
  it('negatives: a stretch of time after "for" still runs up to now', () => {
    assert.equal(statusOf('The road has been closed for two weeks.', 'closed'), 'ONGOING');
    assert.equal(statusOf('The airport has been closed for the past week.', 'closed'), 'ONGOING');
    assert.equal(statusOf('He has been detained for a month.', 'detained'), 'ONGOING');
  });
});
