// Bounds written as one phrase with the time: "on or after June 1, 2023" is ON_OR_AFTER (not AFTER: the "after"
// of "on or after" is not a bare "after"), "on or before" ON_OR_BEFORE, and "at least another day" is a duration
// of at least a day (EQUAL_OR_MORE, the modifier in the span as in "at least two weeks"). Sentences are our own;
// publication date pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const WED = '2024-03-13'; // a Wednesday

describe('time: bound phrases', () => {
  it('"on or after" and "on or before" include the day', () => {
    check(WED, [
      ['It will apply to financial years starting on or after June 1, 2023.', 'June 1, 2023', '2023-06-01', 'DATE', 'ON_OR_AFTER'],
      ['Ballots must be posted on or before March 1, 2024.', 'March 1, 2024', '2024-03-01', 'DATE', 'ON_OR_BEFORE'],
      ['Claims filed on or after January 2020 are covered.', 'January 2020', '2020-01', 'DATE', 'ON_OR_AFTER'],
    ]);
  });
  it('a bare "after"/"before" stays strict (negatives)', () => {
    check(WED, [
      ['It will apply to financial years starting after June 1, 2023.', 'June 1, 2023', '2023-06-01', 'DATE', 'AFTER'],
      ['Ballots must be posted before March 1, 2024.', 'March 1, 2024', '2024-03-01', 'DATE', 'BEFORE'],
      ['Talks went on or stalled after June 1, 2023.', 'June 1, 2023', '2023-06-01', 'DATE', 'AFTER'],
    ]);
  });
  it('"at least another day" is a bounded duration', () => {
    check(WED, [
      ['Crews would continue the search for at least another day.', 'at least another day', 'P1D', 'DURATION', 'EQUAL_OR_MORE'],
      ['The talks could last up to another week.', 'up to another week', 'P1W', 'DURATION', 'EQUAL_OR_LESS'],
      ['The strike ran for more than another month.', 'more than another month', 'P1M', 'DURATION', 'MORE_THAN'],
      ['A decision is due within another week.', 'another week', 'P1W', 'DURATION', 'EQUAL_OR_LESS'],
    ]);
  });
  it('"another day" alone has no bound (negatives)', () => {
    check(WED, [
      ['Crews would continue the search for another day.', 'another day', 'P1D', 'DURATION', ''],
      ['The talks were put off to another day at least.', 'another day', 'P1D', 'DURATION', ''],
    ]);
  });
});
