import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
const blog = 'Flood live updates.\n10.30am: The governor visits the flooded district.\n21:05 Regional toll rises to 12.\n6:10 pm IST: The ruling party wins the by-election by 4,000 votes.\n10:20 pm – Residents report heavy rain and loud rumbling.\n4.45pm: Questions are growing over the dam.\nThe governor tours the district today.';

describe('status: a live blog\'s time-stamped entry reads like a headline', () => {
  it('its present simple of an event is PAST', () => {
    assert.equal(statusOf(blog, 'The governor visits the flooded district'), 'PAST');
    assert.equal(statusOf(blog, 'Regional toll rises to 12'), 'PAST');
    assert.equal(statusOf(blog, 'The ruling party wins the by-election'), 'PAST');
  });
  it('negatives: what reports show, a present "be", an unstamped line stay ONGOING', () => {
    assert.equal(statusOf(blog, 'Residents report heavy rain'), 'ONGOING');
    assert.equal(statusOf(blog, 'Questions are growing'), 'ONGOING');
    assert.equal(statusOf(blog, 'The governor tours the district today'), 'ONGOING');
  });
});
