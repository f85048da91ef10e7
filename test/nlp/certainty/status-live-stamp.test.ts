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

// Review probes (publication 10 January 2024).
describe('status: only a clock time in a live blog stamps an entry', () => {
  const pub = '2024-01-10';
  it('a figure, not a time, opens no entry: its present holds', () => {
    assert.equal(statusOf("10.50 pounds buys a day pass on the city's trams.", 'buys a day pass', pub), 'ONGOING');
    assert.equal(statusOf('1.25 million children attend school in the province.', 'attend school', pub), 'ONGOING');
  });
  it('one stamped line in a plain report is no live blog', () => {
    const t = 'The city council met on Monday to discuss the works.\n10:30 Police close the bridge every night during the works.';
    assert.equal(statusOf(t, 'Police close the bridge', pub), 'ONGOING');
  });
  it('two stamped lines still make a live blog (and "10.30am" stays a stamp)', () => {
    const t = 'Storm live.\n10.30am: The mayor visits the shelter.\n11:05 The river bursts its banks.';
    assert.equal(statusOf(t, 'The mayor visits the shelter', pub), 'PAST');
    assert.equal(statusOf(t, 'The river bursts its banks', pub), 'PAST');
  });
});
