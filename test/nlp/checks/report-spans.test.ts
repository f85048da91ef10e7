import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agrees, reportSpanChecks } from '../../../src/nlp/checks/reportSpans.js';
import { segment } from '../../../src/nlp/segment/index.js';
import { tagTimes } from '../../../src/nlp/time/index.js';
import { sentenceSpans } from '../../../src/nlp/quantity/tokens.js';

/** The statuses of the rule's checks on one text through the real segmenter and time stage (other rules left out). */
function dates(text: string, anchor: string, rule: string): string[] {
  const sentences = segment(text).sentences;
  const { times } = tagTimes(text, { anchorDate: anchor, sentences });
  return reportSpanChecks(text, times, anchor, sentenceSpans(text, sentences))
    .filter((c) => (c as { rule?: string }).rule === `checks:date-arithmetic:${rule}`).map((c) => c.status);
}

// A length and a past date of one sentence, run up to the report's date: agreement only. Invented sentences.
const years = (t: string, pub = '2020-08-05') => dates(t, pub, 'span-to-report');
const days = (t: string, pub = '2024-06-25') => dates(t, pub, 'days-to-report');

test('a length in years, decades or a century that runs from a year of its sentence to the report', () => {
  assert.deepEqual(years('The fertiliser had been kept in a shed for six years, since it was seized from a ship in 2014.'), ['CONSISTENT']);
  assert.deepEqual(years('It was the strongest storm to hit the island in over 80 years, matching the 1938 hurricane.', '2023-02-07'), ['CONSISTENT']);
  assert.deepEqual(years('The club ended a wait that stretched back 36 years, to its last title in 1986.', '2022-12-19'), ['CONSISTENT']);
  assert.deepEqual(years('The image comes more than a century after the theory was published in 1915.', '2019-04-10'), ['CONSISTENT']);
  assert.deepEqual(years('The first reactor opened in 1961, ending more than six decades of coal.', '2023-04-15'), ['CONSISTENT']);
  assert.deepEqual(years('The ruling, first made in 1973, had stood for nearly 50 years.', '2022-06-24'), ['CONSISTENT']);
});

test('a length in years that does not fit, looks ahead or is no span: nothing', () => {
  // 2014 to 2020 is six years, not nine: agreement only, never a mismatch
  assert.deepEqual(years('The fertiliser had been kept in a shed for nine years, since it was seized from a ship in 2014.'), []);
  // "over 80 years" cannot be 79
  assert.deepEqual(years('It was the strongest storm in over 80 years, matching the 1941 hurricane.', '2020-08-05'), []);
  // "nearly 50 years" is not 51
  assert.deepEqual(years('The ruling, first made in 1969, had stood for nearly 50 years.'), []);
  // ahead of the report, an age, "ago", a prison term
  assert.deepEqual(years('The plan agreed in 2014 covers the next six years.'), []);
  assert.deepEqual(years('The man, aged six years in 2014, survived.'), []);
  assert.deepEqual(years('The ship was seized in 2014, six years ago.'), []);
  assert.deepEqual(years('He was sentenced to six years in 2014.'), []);
  // "a year", "once a decade": too common to pair loosely
  assert.deepEqual(years('The fund, set up in 2019, pays out twice a year.'), []);
  // a length fixed in advance: a term, a contract
  assert.deepEqual(years('She was elected in 2016 to a four-year term.'), []);
  assert.deepEqual(years('He joined in 2018 on a two-year contract.'), []);
  // a bare count must fit the years exactly: 2017 to 2020 is three years, not two
  assert.deepEqual(years('The mine, closed in 2017, had stood idle for two years.'), []);
  // a year after the report's own year is no start of a span up to it
  assert.deepEqual(years('The six-year plan runs to 2026.'), []);
});

test('a length in days or weeks from a dated day of its sentence to the report', () => {
  assert.deepEqual(days('Launched on May 3 from the coast, the probe completed its 53-day mission on Tuesday.'), ['CONSISTENT']);
  assert.deepEqual(days('The probe lifted off on May 3 and has travelled 300 million km in the 53 days since.'), ['CONSISTENT']);
  assert.deepEqual(days('Residents have been without safe water since May 20, more than four weeks.'), ['CONSISTENT']);
});

test('a length in days that does not fit, or ends at its date: nothing', () => {
  assert.deepEqual(days('Launched on May 3 from the coast, the probe completed its 40-day mission on Tuesday.'), []);
  // the date is where "nine days after" ends, not where it starts
  assert.deepEqual(days('The boys were found on June 16, nine days after they vanished.'), []);
  // two days is too short to pair loosely; a length ahead of the report
  assert.deepEqual(days('The talks opened on June 23 and lasted two days.'), []);
  assert.deepEqual(days('Officials said on June 15 that the next ten days would be decisive.'), []);
  // no report date: nothing to count to
  assert.deepEqual(reportSpanChecks('Launched on May 3, it completed its 53-day mission.', [], undefined, [[0, 50]]), []);
});

test('agrees: the bounds a modifier sets', () => {
  assert.equal(agrees(80, 83, 85, 'MORE', { below: 0, above: 0, more: 20, less: 12, approx: 8 }), true);
  assert.equal(agrees(80, 78, 80, 'MORE', { below: 0, above: 0, more: 20, less: 12, approx: 8 }), false);
  assert.equal(agrees(50, 48, 50, 'LESS', { below: 0, above: 0, more: 12, less: 7.5, approx: 5 }), true);
  assert.equal(agrees(50, 50, 52, 'LESS', { below: 0, above: 0, more: 12, less: 7.5, approx: 5 }), false);
  assert.equal(agrees(6, 5, 7, undefined, { below: 0, above: 0, more: 2, less: 2, approx: 1 }), true);
  assert.equal(agrees(9, 5, 7, undefined, { below: 0, above: 0, more: 2, less: 2, approx: 1 }), false);
});

const near = (t: string, pub: string) => dates(t, pub, 'span-to-report-near');

test('a lasting length and the one year of the sentence before or after it', () => {
  assert.deepEqual(near('The deal ends a rupture that has lasted seven years. The two cut ties in 2016 after a riot.', '2023-03-10'), ['CONSISTENT']);
  assert.deepEqual(near('He joined from Leeds in 2020. "He has given everything for this club for three years."', '2023-06-07'), ['CONSISTENT']);
});

test('a length near a year that does not fit, with two years around, or told as no lasting: nothing', () => {
  assert.deepEqual(near('The deal ends a rupture that has lasted seven years. Talks were held in 2015.', '2023-03-10'), []);
  // two years in the sentences around: which one the length runs from is not told
  assert.deepEqual(near('Ties were cut in 2016. The rupture has lasted seven years. Talks began in 2021.', '2023-03-10'), []);
  // no verb of lasting before the length
  assert.deepEqual(near('The two cut ties in 2016. Seven years of talks lie ahead.', '2023-03-10'), []);
});

test('a length near a year that ends something, or a length that no longer runs: nothing', () => {
  assert.deepEqual(near('He served in the army for ten years. He retired in 2014.', '2024-01-10'), []);
  assert.deepEqual(near('The war lasted ten years. It ended in 2014 after a peace deal.', '2024-01-10'), []);
  assert.deepEqual(near('He has been in prison for 10 years. He was released in 2014 after an appeal.', '2024-01-10'), []);
  // still running, but the year near it starts nothing told
  assert.deepEqual(near('The rupture has lasted ten years. Talks were held in 2014.', '2024-01-10'), []);
  // a year that starts it, but a length told in the past
  assert.deepEqual(near('The war lasted ten years. It began in 2014 with a raid.', '2024-01-10'), []);
});

test('a length and a year of one sentence where the year ends something, counts back, or ages: nothing', () => {
  assert.deepEqual(years('He served 10 years in the army and retired in 2014.', '2024-01-10'), []);
  assert.deepEqual(years('The drought of 2014 was the worst in ten years.', '2024-01-10'), []);
  assert.deepEqual(years('The couple, married in 2014, have two children aged 8 and 10 years.', '2024-01-10'), []);
  // the year after the record: the count back runs from it
  assert.deepEqual(years('It was the worst drought in ten years, worse than the one of 2014.', '2024-01-10'), ['CONSISTENT']);
  // a year that starts a span still running
  assert.deepEqual(years('He has served 10 years in the army since he enlisted in 2014.', '2024-01-10'), ['CONSISTENT']);
});

test('"since DATE, N days in all": an exact count of days in apposition to the day it runs from, against the report', () => {
  // 2020-11-26 to 2021-11-19 = 358 days
  assert.deepEqual(days('Farmers have camped at the borders since November 26 last year, 351 days in all.', '2021-11-19'), ['INCONSISTENT']);
  assert.deepEqual(days('Farmers have camped at the borders since November 26 last year, 358 days in all.', '2021-11-19'), ['CONSISTENT']);
  // the words closing the count are data (checks-span-count-closers.txt)
  assert.deepEqual(days('Farmers have camped at the borders since November 26 last year, 351 days altogether.', '2021-11-19'), ['INCONSISTENT']);
  // within two days: the report a day late, both ends counted
  assert.deepEqual(days('Farmers have camped at the borders since November 26 last year, 360 days in all.', '2021-11-19'), []);
  // a bounded count, days of something that need not run end to end, another day in the sentence: no contradiction
  assert.deepEqual(days('Farmers have camped at the borders since November 26 last year, about 300 days in all.', '2021-11-19'), []);
  assert.deepEqual(days('Since January 5, 12 days of strikes have shut schools.', '2021-03-19'), []);
  assert.deepEqual(days('By March 1, farmers had camped at the borders since November 26 last year, 95 days in all.', '2021-11-19'), []);
  // the span ended before the report (a past perfect, a later end told): no check
  assert.deepEqual(days('When the protest was called off in March, farmers had camped at the borders since November 26 last year, 95 days in all.', '2021-11-19'), []);
  assert.deepEqual(days('Farmers camped at the borders since November 26 last year, 95 days in all, before the law was repealed.', '2021-11-19'), []);
  assert.deepEqual(days('Farmers camped at the borders since November 26 last year, 95 days in all.', '2021-11-19'), []);
  // no comma tie: the count is not the span's
  assert.deepEqual(days('Farmers have camped at the borders since November 26 last year and held 351 days of talks.', '2021-11-19'), []);
});
