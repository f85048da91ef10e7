import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';
import { agoMonthChecks } from '../../../src/nlp/checks/agoMonths.js';
import { analyze } from '../../../src/analyze.js';

// A month without a day in apposition to "N months/weeks ago", against the report's date. Invented sentences.
const ago = (t: string, anchor = '2024-05-15') => dates(t, anchor, 'ago-month');

test('a named month against "N months ago", either way round', () => {
  assert.deepEqual(ago('The law took effect in January, four months ago.'), ['CONSISTENT']);
  assert.deepEqual(ago('Six months ago, in November, the plant closed.'), ['CONSISTENT']);
  assert.deepEqual(ago('In March, some ten weeks ago, the rains began.'), ['CONSISTENT']);
  assert.deepEqual(ago('The plant closed in November, three weeks ago.'), ['INCONSISTENT']);
  assert.deepEqual(ago('The law took effect in January, eight months ago.'), ['INCONSISTENT']);
  // a month of the report's own year after the report's month is last year's
  assert.deepEqual(ago('The floods came in September, eight months ago.'), ['CONSISTENT']);
});

test('"N months ago" with no month in apposition, or a count near the month: nothing', () => {
  assert.deepEqual(ago('The law took effect four months ago in a quiet ceremony.'), []);
  assert.deepEqual(ago('In January the law was passed; it took effect four months ago.'), []);
  assert.deepEqual(ago('He arrived four months ago, in search of work.'), []);
  // a count rounded far enough to be neither: silent, not a mismatch
  assert.deepEqual(ago('The law took effect in January, two months ago.'), []);
  // no report date: nothing
  assert.deepEqual(agoMonthChecks('The law took effect in January, four months ago.', [], undefined, []), []);
});

test('a month equal to the report\'s month is this year\'s, not last year\'s (review probe)', () => {
  assert.deepEqual(ago('The protests began in May, three weeks ago.', '2024-05-28'), ['CONSISTENT']);
  assert.deepEqual(ago('Two weeks ago, in May, the strike began.', '2024-05-20'), ['CONSISTENT']);
  // the report's own month is not a year back
  assert.deepEqual(ago('The protests began in May, ten months ago.', '2024-05-28'), ['INCONSISTENT']);
  // a month after the report's is still last year's
  assert.deepEqual(ago('The floods came in June, eleven months ago.', '2024-05-28'), ['CONSISTENT']);
});

test('the same-month probe through the real pipeline (analyze)', () => {
  const a = analyze({ text: 'The protests began in May, three weeks ago.' }, { publishedAt: '2024-05-28' });
  assert.deepEqual(a.checks.filter((c) => (c as { rule?: string }).rule === 'checks:date-arithmetic:ago-month').map((c) => c.status), ['CONSISTENT']);
});

test('a day, or a date whose year is told as "last year", against "N months ago"', () => {
  assert.deepEqual(ago('The hearing opened on February 9 last year, more than 15 months ago.'), ['CONSISTENT']);
  assert.deepEqual(ago('The hearing opened on February 9 last year, more than 25 months ago.'), ['INCONSISTENT']);
  assert.deepEqual(ago('The bridge reopened on November 30 last year, nearly six months ago.'), ['CONSISTENT']);
  // a day with no year is the latest of its name up to the report
  assert.deepEqual(ago('The strike began on February 1, some 15 weeks ago.'), ['CONSISTENT']);
});

const since = (t: string, anchor = '2024-05-15') => dates(t, anchor, 'since-back');

test('"over the N months since" counts from the last date before it in its sentence', () => {
  assert.deepEqual(since('The claim was lodged in October 2022, and the court has sat 20 times in the 19 months since.'), ['CONSISTENT']);
  assert.deepEqual(since('The claim was lodged in October 2022, and the court has sat 20 times in the nine months since.'), ['INCONSISTENT']);
  assert.deepEqual(since('The mine shut on January 20, and over the 16 weeks since, prices have doubled.'), ['CONSISTENT']);
  // "since" with an object of its own, no date before it, or a date in another sentence: nothing
  assert.deepEqual(since('The claim was lodged in October 2022, and in the 19 months since the ruling it has grown.'), []);
  assert.deepEqual(since('The court has sat 20 times in the 19 months since.'), []);
  assert.deepEqual(since('The claim was lodged in October 2022. The court has sat 20 times in the 19 months since.'), []);
});

test('since-back with several dates before it: the anchor is a guess, so no mismatch (review probe)', () => {
  // October 2022 is meant; the last-date guess would take March 2019 and call 19 months wrong
  assert.deepEqual(since('The appeal was filed in October 2022 over a lease signed in March 2019, and in the 19 months since, it has stalled.'), []);
  // agreement with the last date is still reported
  assert.deepEqual(since('The appeal was filed in March 2019 over a lease signed in October 2022, and in the 19 months since, it has stalled.'), ['CONSISTENT']);
});

test('since-back forms: a day with a written year, weeks, "for the N weeks since", "since" at the end of the text', () => {
  assert.deepEqual(since('The dam failed on 3 April 2023, and the valley has been dry for the 13 months since.'), ['CONSISTENT']);
  assert.deepEqual(since('The dam failed on 3 April 2023, and the valley has been dry for the four months since.'), ['INCONSISTENT']);
  assert.deepEqual(since('Talks broke off on March 1 this year and have not resumed for the ten weeks since'), ['CONSISTENT']);
  assert.deepEqual(since('Talks broke off on March 1 this year and have not resumed for the 30 weeks since'), ['INCONSISTENT']);
});

test('since-back ref keeps its modifier', () => {
  const a = analyze({ text: 'The port closed on April 1 this year, and trade has shrunk over the more than six weeks since.' }, { publishedAt: '2024-05-15' });
  const c = a.checks.filter((x) => (x as { rule?: string }).rule === 'checks:date-arithmetic:since-back');
  assert.equal(c.length, 1);
  assert.match(c[0]!.detail ?? '', /stated "more than six weeks since"/);
});

test('a weekday or a deictic day in apposition to "N weeks ago" is no dated day (times given directly)', () => {
  const text = 'The strike began on Monday, two weeks ago.';
  const at = text.indexOf('Monday');
  const monday = { start: at, end: at + 6, text: 'Monday', type: 'DATE' as const, value: '2024-05-01' };
  assert.deepEqual(agoMonthChecks(text, [monday], '2024-05-15', [[0, text.length]]), []);
  // the same value written as a date is read
  const t2 = 'The strike began on May 1st, five weeks ago.';
  const at2 = t2.indexOf('May 1st');
  const may = { start: at2, end: at2 + 7, text: 'May 1st', type: 'DATE' as const, value: '2024-05-01' };
  assert.deepEqual(agoMonthChecks(t2, [may], '2024-05-15', [[0, t2.length]]).map((c) => c.status), ['INCONSISTENT']);
});
