// Fifth pass on the time stage (issue 4): tense cues that are not tenses ("next to", "due to the storm"), a
// plan seen from the past ("had been due to"), and the pathological-input bound kept robust. Sentences are
// our own; publication dates are pinned per case.
import { describe, it } from 'node:test';
import { check } from './helpers.js';

const SAT = '2023-09-16'; // a Saturday

describe('time (fifth pass): prepositions that look like future cues', () => {
  it('"next to" and "due to the …" do not push a weekday ahead', () => {
    check(SAT, [
      ['A bomb went off in a market next to the station Friday morning.', 'Friday morning', '2023-09-15TMO', 'TIME'],
      ['Ferries were cancelled due to the storm on Thursday.', 'Thursday', '2023-09-14', 'DATE'],
      ['She sat next to the minister at the dinner on Tuesday.', 'Tuesday', '2023-09-12', 'DATE'],
    ]);
  });

  it('"the next meeting", "is due to expire", "payment due" still look ahead', () => {
    check(SAT, [
      ['The next meeting of the council is on Tuesday.', 'Tuesday', '2023-09-19', 'DATE'],
      ['The ceasefire is due to expire on Monday.', 'Monday', '2023-09-18', 'DATE'],
      ['The first payment is due Friday.', 'Friday', '2023-09-22', 'DATE'],
    ]);
  });
});

describe('time (fifth pass): a plan told in the pluperfect is past', () => {
  it('"had been due to", "had expected" anchor before publication', () => {
    check(SAT, [
      ['The truce had been due to end on Thursday, but fighting resumed.', 'Thursday', '2023-09-14', 'DATE'],
      ['Analysts had expected the deficit to narrow in August.', 'August', '2023-08', 'DATE'],
    ]);
  });

  it('"was due to" and "is expected to" keep looking ahead', () => {
    check(SAT, [
      ['The minister was due to arrive on Monday.', 'Monday', '2023-09-18', 'DATE'],
      ['Analysts expect the deficit to narrow in October.', 'October', '2023-10', 'DATE'],
    ]);
  });
});

describe('time (fifth pass): "the past year" is the year before publication, as "last year"', () => {
  it('"the past year", "the last year" are DATEs one unit back ("the past decade": past-decades.test.ts)', () => {
    check(SAT, [
      ['Exports rose by a fifth over the past year.', 'the past year', '2022', 'DATE'],
      ['The firm posted a profit for the last year, its first in a while.', 'the last year', '2022', 'DATE'],
    ]);
  });

  it('weeks, months, counts and "the next year" stay durations', () => {
    check(SAT, [
      ['Prices fell over the past week.', 'the past week', 'P1W', 'DURATION'],
      ['Exports rose over the past three years.', 'the past three years', 'P3Y', 'DURATION'],
      ['The plant should open over the next year.', 'the next year', 'P1Y', 'DURATION'],
    ]);
  });
});

describe('time (fifth pass): "a week ago" names a day', () => {
  it('one or two weeks back is the day seven or fourteen days before publication', () => {
    check('2011-03-18', [
      ['The earthquake struck a week ago.', 'a week ago', '2011-03-11', 'DATE'],
      ['He resigned two weeks ago.', 'two weeks ago', '2011-03-04', 'DATE'],
    ]);
  });

  it('more weeks, or a fraction, stay at week granularity', () => {
    check('2011-03-18', [
      ['The plant opened six weeks ago.', 'six weeks ago', '2011-W05', 'DATE'],
    ]);
  });
});

describe('time (fifth pass): a participle after "be" is no past tense', () => {
  it('"the appeal is heard in May", "will be held on Friday" look ahead', () => {
    check('2000-03-29', [
      ['A ruling is expected when the appeal is heard in May.', 'May', '2000-05', 'DATE'],
      ['The final hearing will be held on Friday.', 'Friday', '2000-03-31', 'DATE'],
    ]);
  });

  it('"was heard", "has been heard" are still past', () => {
    check('2000-03-29', [
      ['The appeal was heard in May.', 'May', '1999-05', 'DATE'],
      ['The appeal has been heard in May.', 'May', '1999-05', 'DATE'],
    ]);
  });
});
