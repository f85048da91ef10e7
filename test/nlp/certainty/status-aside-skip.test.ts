import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statusOf } from './helpers.js';

// Sentences written for these tests. Publication: Wednesday 6 March 2024.
describe('status: an aside before the main verb is passed over', () => {
  it('an apposition with "the" after a name, and a participle aside, leave the main verb to give the status', () => {
    assert.equal(statusOf('The chairman Vichai, the businessman who bought the club in 2010, is expected to fly in for the celebrations.', 'is expected to fly in'), 'FUTURE');
    assert.equal(statusOf('Electricity and banking, cut off for well over a year, are to be restored.', 'are to be restored'), 'FUTURE');
    assert.equal(statusOf('The old bridge, built in 1890, will be demolished next year.', 'will be demolished'), 'FUTURE');
  });
  it('negatives: a past main verb after the aside stays PAST; an aside without a finite verb after it is not skipped', () => {
    assert.equal(statusOf('The mayor, the first woman in the job, resigned on Monday.', 'resigned on Monday'), 'PAST');
    assert.equal(statusOf('The army, backed by tanks, took the city.', 'took the city'), 'PAST');
  });
});
