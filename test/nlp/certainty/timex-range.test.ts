import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dayRange, placeAgainst } from '../../../src/nlp/certainty/timex-range.js';

describe('calendar values as day ranges', () => {
  it('covers days, months, years, weeks, weekends, quarters, halves, seasons and decades', () => {
    assert.deepEqual(dayRange('2024-03-06'), ['2024-03-06', '2024-03-06']);
    assert.deepEqual(dayRange('2024-03-06T14:00'), ['2024-03-06', '2024-03-06']);
    assert.deepEqual(dayRange('2024-02'), ['2024-02-01', '2024-02-29']);
    assert.deepEqual(dayRange('2023'), ['2023-01-01', '2023-12-31']);
    assert.deepEqual(dayRange('2024-W10'), ['2024-03-04', '2024-03-10']);
    assert.deepEqual(dayRange('2024-W10-WE'), ['2024-03-09', '2024-03-10']);
    assert.deepEqual(dayRange('2024-Q3'), ['2024-07-01', '2024-09-30']);
    assert.deepEqual(dayRange('2024-H1'), ['2024-01-01', '2024-06-30']);
    assert.deepEqual(dayRange('2024-WI'), ['2024-12-01', '2025-02-28']);
    assert.deepEqual(dayRange('199'), ['1990-01-01', '1999-12-31']);
  });
  it('has no range for durations, references and garbage', () => {
    for (const v of ['P3D', 'PRESENT_REF', 'FUTURE_REF', 'XXXX-03', '2024-13-40', 'T10:00']) assert.equal(dayRange(v), undefined, v);
  });
  it('places a week holding the publication day as overlapping, not after (string order would say after)', () => {
    assert.equal(placeAgainst('2024-W10', '2024-03-06'), 'OVERLAPS');
    assert.ok('2024-W10' > '2024-03-06'.slice(0, 8));
    assert.equal(placeAgainst('2024-W11', '2024-03-06'), 'AFTER');
    assert.equal(placeAgainst('2024-W09-WE', '2024-03-06'), 'BEFORE');
    assert.equal(placeAgainst('2024-Q1', '2024-03-06'), 'OVERLAPS');
    assert.equal(placeAgainst('2023-Q4', '2024-03-06'), 'BEFORE');
    assert.equal(placeAgainst('2024-03-07', '2024-03-06T23:00:00Z'), 'AFTER');
    assert.equal(placeAgainst('P1W', '2024-03-06'), undefined);
  });
});
