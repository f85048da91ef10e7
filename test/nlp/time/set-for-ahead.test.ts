// "set sentencing for March 28", "called a strike for Tuesday": a date fixed for something lies ahead, as after
// "scheduled for" (verbs and non-scheduling objects in data/lexicon/time-set-for*.txt).
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const THU = '2023-11-02'; // a Thursday

describe('time: a date set for something lies ahead', () => {
  it('set, fixed, called, booked … for a date look ahead', () => {
    check(THU, [
      ['U.S. District Judge Lewis A. Kaplan set sentencing for March 28.', 'March 28', '2024-03-28', 'DATE'],
      ['The judge set a trial date for March 28.', 'March 28', '2024-03-28', 'DATE'],
      ['The union called a strike for Tuesday.', 'Tuesday', '2023-11-07', 'DATE'],
      ['The court fixed the next hearing for Jan. 15.', 'Jan. 15', '2024-01-15', 'DATE'],
    ]);
  });
  it('negatives: a record, "set aside", "called for", a pluperfect and a bare past stay past', () => {
    check(THU, [
      ['The company set a record for March.', 'March', '2023-03', 'DATE'],
      ['He set aside funds for March.', 'March', '2023-03', 'DATE'],
      ['Protesters called for Tuesday\'s vote to be cancelled.', 'Tuesday', '2023-10-31', 'DATE'],
      ['The judge had set sentencing for October 28, but it was delayed.', 'October 28', '2023-10-28', 'DATE'],
      ['A set of rules for March was published.', 'March', '2023-03', 'DATE'],
      ['The judge set bail on Tuesday.', 'Tuesday', '2023-10-31', 'DATE'],
    ]);
  });
  it('negatives: "booked" charges for a past act, and a time that modifies a noun after it is that happening\'s', () => {
    check(THU, [
      ['Police booked three men for Tuesday\'s attack on the temple, officials said on Thursday.', 'Tuesday', '2023-10-31', 'DATE'],
      ['A jury set damages for the March 3 crash at $2 million.', 'March 3', '2023-03-03', 'DATE'],
    ]);
    // still ahead before a preposition or a conjunction
    check(THU, [
      ['The judge set sentencing for March 28 in Manhattan.', 'March 28', '2024-03-28', 'DATE'],
      ['The union called a strike for Tuesday and Wednesday.', 'Tuesday', '2023-11-07', 'DATE'],
    ]);
  });
});
