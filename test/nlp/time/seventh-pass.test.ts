// Seventh pass on the time stage (issues 4 and 5): a yearless day in a future-tense clause lies ahead even when
// this year's date is a month or more back ("will take effect on Jan. 1" written in March), and a plan seen from
// a past moment ("had been initially scheduled for …") is past. Sentences are our own; publication dates pinned.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const WED = '2024-03-13'; // a Wednesday

describe('time (seventh pass): a yearless day in a future clause', () => {
  it('a future clause does not reach a month or more back: next year', () => {
    check(WED, [
      ['The new law will take effect on Jan. 1.', 'Jan. 1', '2025-01-01', 'DATE'],
      ['The strike is due to start on Feb. 2.', 'Feb. 2', '2025-02-02', 'DATE'],
    ]);
  });
  it('a past clause, a near past date and a date ahead keep this year', () => {
    check(WED, [
      // negative: the same date in a past clause is this year's
      ['The rules took effect on Jan. 1.', 'Jan. 1', '2024-01-01', 'DATE'],
      // negative: a few weeks back stays near, whatever the tense
      ['The loan will be repaid as agreed on March 1.', 'March 1', '2024-03-01', 'DATE'],
      ['The tax will rise on April 1.', 'April 1', '2024-04-01', 'DATE'],
    ]);
  });
  it('"had been (initially) scheduled for" is a past plan', () => {
    check('2024-04-11', [
      ['The vote had been initially scheduled for January 25, but was delayed.', 'January 25', '2024-01-25', 'DATE'],
      ['The vote had been scheduled for January 25.', 'January 25', '2024-01-25', 'DATE'],
    ]);
  });
});
