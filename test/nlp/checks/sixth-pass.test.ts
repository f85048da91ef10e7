import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoWeekday } from '../../../src/nlp/checks/weekdays.js';
import { checksOf } from './pipeline.js';

// Sixth pass on the checks, DATE_ARITHMETIC: a weekday written with its date, a length in years against the range
// or the two years it spans, the age of a thing against the year it was made, an adjectival length against its
// start, and "N days/years later, on/in DATE" against the date told before. Each is run through the real
// segmenter, time and quantity stages. Sentences written for these tests.

function run(text: string, anchor: string) {
  return checksOf(text, anchor);
}
const dates = (text: string, anchor: string, rule?: string) =>
  run(text, anchor).filter((c) => c.kind === 'DATE_ARITHMETIC' && (!rule || (c as { rule?: string }).rule === `checks:date-arithmetic:${rule}`)).map((c) => c.status);

test('isoWeekday: the calendar, and no weekday for a date that does not exist', () => {
  assert.equal(isoWeekday(2024, 3, 12), 2);
  assert.equal(isoWeekday(2023, 3, 12), 7);
  assert.equal(isoWeekday(2000, 2, 29), 2);
  assert.equal(isoWeekday(2023, 2, 29), undefined);
});

test('a weekday with its date: the year written, else the one nearest the report', () => {
  const text = 'The talks took place on Tuesday, March 12, in Geneva.';
  assert.deepEqual(dates(text, '2024-03-14', 'weekday'), ['CONSISTENT']);
  assert.deepEqual(dates(text, '2023-03-14', 'weekday'), ['INCONSISTENT']);
  assert.deepEqual(dates('The vote on Wednesday, 8 March 2023, passed.', '2024-06-01', 'weekday'), ['CONSISTENT']);
  assert.deepEqual(dates('The vote on Thursday, 8 March 2023, passed.', '2024-06-01', 'weekday'), ['INCONSISTENT']);
  assert.deepEqual(dates('Polls close on March 19, a Sunday.', '2023-03-14', 'weekday'), ['CONSISTENT']);
  assert.deepEqual(dates('The talks ended on Friday (10 March).', '2023-03-14', 'weekday'), ['CONSISTENT']);
  // far from the report and no year written: which year is meant is open, so only agreement is told
  assert.deepEqual(dates('The festival opens on Tuesday, September 13.', '2023-03-14', 'weekday'), []);
  // a weekday and a number that is no date
  assert.deepEqual(dates('On Monday, 15 people were hurt in March.', '2023-03-14', 'weekday'), []);
});

test('a length in years against the range it spans', () => {
  assert.deepEqual(dates('The three-year war (1992-95) killed thousands.', '2023-03-14', 'range-length'), ['CONSISTENT']);
  assert.deepEqual(dates('The seven-year war (1992-95) killed thousands.', '2023-03-14', 'range-length'), ['INCONSISTENT']);
  assert.deepEqual(dates('He served eight years, from 2009 to 2017, as mayor.', '2023-03-14', 'range-length'), ['CONSISTENT']);
  assert.deepEqual(dates('He served from 2009 to 2017, nearly a decade in office.', '2023-03-14', 'range-length'), ['CONSISTENT']);
  // the length counts something else ("20 years in the army before …"): not tied, and it does not agree
  assert.deepEqual(dates('He spent 20 years in the army before serving as mayor from 2009 to 2017.', '2023-03-14'), []);
  // "20 years after": an offset, not the range's length
  assert.deepEqual(dates('From 2009 to 2017, 20 years after he first ran, he was mayor.', '2023-03-14', 'range-length'), []);
});

test('a length between two stated years: agreement only', () => {
  assert.deepEqual(dates('She was elected in 2019 to a five-year term that ends in 2024.', '2023-03-14'), ['CONSISTENT']);
  assert.deepEqual(dates('She was elected in 2019 to a four-year term that ends in 2024.', '2023-03-14'), []);
});

test('the age of a thing against the year it was made', () => {
  assert.deepEqual(dates('The 74-year-old alliance, founded in 1949, met in Brussels.', '2023-06-14'), ['CONSISTENT']);
  assert.deepEqual(dates('The 60-year-old alliance, founded in 1949, met in Brussels.', '2023-06-14'), ['INCONSISTENT']);
  // a person's age and a thing he founded: the two years are not tied, and the arithmetic does not agree
  assert.deepEqual(dates('The 54-year-old businessman founded the company in 1999.', '2023-06-14'), []);
  assert.deepEqual(dates('The 54-year-old, who founded the company in 1999, spoke.', '2023-06-14'), []);
});

test('an adjectival length against the start it runs from: agreement only', () => {
  assert.deepEqual(dates('The 12-year civil war, which began in 2011, has killed 500,000 people.', '2023-03-14', 'length-since-start'), ['CONSISTENT']);
  // the war may have ended: a length that does not reach the report is no contradiction
  assert.deepEqual(dates('The three-year war, which began in 1992, killed thousands.', '2023-03-14', 'length-since-start'), []);
});

test('"N units later, on DATE" against the date told before', () => {
  assert.deepEqual(dates('Founded in 1998, the firm opened a store. Ten years later, in 2008, it went public.', '2023-03-14', 'offset-landing'), ['CONSISTENT']);
  assert.deepEqual(dates('Founded in 1998, the firm opened a store. Twelve years later, in 2008, it went public.', '2023-03-14', 'offset-landing'), ['INCONSISTENT']);
  assert.deepEqual(dates('On March 3, the storm hit. Two days later, on March 5, the dam burst.', '2023-03-14', 'offset-landing'), ['CONSISTENT']);
  assert.deepEqual(dates('On March 3, the storm hit. Two days later, on March 9, the dam burst.', '2023-03-14', 'offset-landing'), ['INCONSISTENT']);
  assert.deepEqual(dates('On May 9, the vote was held. A week earlier, on May 2, the campaign ended.', '2023-05-14', 'offset-landing'), ['CONSISTENT']);
  assert.deepEqual(dates('On December 30, the storm hit. Three days later, on January 2, the dam burst.', '2024-01-04', 'offset-landing'), ['CONSISTENT']);
  // two candidate years before the offset: a mismatch with the nearest is no contradiction (the writer may count from the other)
  assert.deepEqual(dates('He married in 1990 and moved in 1992. Sixteen years later, in 2006, he died.', '2023-03-14', 'offset-landing'), []);
  // no date for the offset to land on: nothing to check here
  assert.deepEqual(dates('On March 3, the storm hit. Two days later, the dam burst.', '2023-03-14', 'offset-landing'), []);
});

test('a headline ending in a weekday above a dateline is no weekday with its date', () => {
  assert.deepEqual(dates('Markets to stay closed until Friday\n\nSeptember 18, 2008\n\nThe markets stay shut.', '2008-09-18', 'weekday'), []);
});

test('a weekday and date under a year written nearby: that year is tried before a mismatch is told', () => {
  assert.deepEqual(dates('In 2019, the vote held on Tuesday, March 12, was close.', '2023-03-14', 'weekday'), ['CONSISTENT']);
  assert.deepEqual(dates('In 2019, the vote held on Friday, March 12, was close.', '2023-03-14', 'weekday'), []);
});

test('a person\'s age is no thing\'s age; an untied length must agree exactly with a range', () => {
  assert.deepEqual(dates('The 25-year-old Brazilian, signed in 2020 from Santos, scored twice.', '2023-03-14'), []);
  assert.deepEqual(dates('He signed a two-year contract for the 2022-23 season.', '2023-03-14'), []);
});
