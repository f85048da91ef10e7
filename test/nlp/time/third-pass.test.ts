// Third pass on the time stage (issue 4): weekdays counted from another day ("the previous Friday",
// "Friday and Saturday"), "last Oct. 23", past-looking verb forms after a modal ("will last").
// Sentences are our own; publication dates are pinned per case.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkCases, type SpanCase } from './helpers.js';

const check = (pub: string | undefined, cases: SpanCase[]): void => checkCases(pub, cases, (a, b, m) => assert.equal(a, b, m));

describe('time (third pass): weekdays counted from another day', () => {
  it('"the previous/following <weekday>" counts from the day last mentioned', () => {
    const pub = '2023-09-13'; // a Wednesday
    check(pub, [
      ['Shares closed lower on Sept. 1. They were down 4% from the previous Friday.', 'the previous Friday', '2023-08-25', 'DATE'],
      ['The vote was held on Sept. 1, and the result came the following Monday.', 'the following Monday', '2023-09-04', 'DATE'],
      // No day mentioned before: counted from publication.
      ['The index fell 2% from the previous Friday.', 'the previous Friday', '2023-09-08', 'DATE'],
    ]);
  });

  it('a weekday coordinated with an earlier one follows it in the same week', () => {
    const pub = '2023-09-13'; // a Wednesday
    check(pub, [
      // Alone, "Saturday" in a present clause would be last Saturday; after "Friday and" it is the next day.
      ['The museum is open on Friday and Saturday.', 'Saturday', '2023-09-16', 'DATE'],
      ['The museum is open on Friday and Saturday.', 'Friday', '2023-09-15', 'DATE'],
      ['Markets fell from Monday to Wednesday.', 'Wednesday', '2023-09-13', 'DATE'],
      ['Strikes will take place on Sunday and Monday.', 'Monday', '2023-09-18', 'DATE'],
    ]);
  });

  it('leaves weekdays listed out of week order and uncoordinated ones alone', () => {
    const pub = '2023-09-13';
    check(pub, [
      // "Friday and Thursday": listed backwards, each resolved on its own (both past).
      ['Following are statements made Friday and Thursday by the lawyer.', 'Thursday', '2023-09-07', 'DATE'],
      ['Following are statements made Friday and Thursday by the lawyer.', 'Friday', '2023-09-08', 'DATE'],
      // Two clauses, not a coordination of days.
      ['The talks opened Friday. On Saturday, the minister said they had failed.', 'Saturday', '2023-09-09', 'DATE'],
    ]);
  });
});

describe('time (third pass): months and days', () => {
  it('"last Oct. 23" is a day: the latest one before publication', () => {
    check('2023-09-13', [
      ['The law was passed last Oct. 23 by parliament.', 'Oct. 23', '2022-10-23', 'DATE'],
      // Within two months either way, "last" still looks back a year when the day is ahead.
      ['He was shot to death last Sept. 20 at his home.', 'Sept. 20', '2022-09-20', 'DATE'],
      ['He was shot to death last Sept. 2 at his home.', 'Sept. 2', '2023-09-02', 'DATE'],
    ]);
  });

  it('"last October" without a day stays a month', () => {
    check('2023-09-13', [['The law was passed last October by parliament.', 'last October', '2022-10', 'DATE']]);
  });
});

describe('time (third pass): tense of the clause', () => {
  it('a past-looking form after a modal is not a past tense ("will last", "to hold")', () => {
    const pub = '2023-09-13'; // a Wednesday
    check(pub, [
      ['The talks will last three days, starting Monday.', 'Monday', '2023-09-18', 'DATE'],
      ['Officials hope the truce can hold until Sunday.', 'Sunday', '2023-09-17', 'DATE'],
    ]);
  });

  it('a real past verb still makes the weekday past', () => {
    check('2023-09-13', [['The talks lasted three days, starting Monday.', 'Monday', '2023-09-11', 'DATE']]);
  });
});
