import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// Tenth pass. DATE_ARITHMETIC: a month written without its year is read in order with the other date of the offset
// (not as the time stage's guess against the report's date); an offset whose date ends the clause it opens; lengths in
// days, weeks and months between two dates of a sentence or ahead of the report. Sentences written for these tests;
// publication dates pinned.

test('a year-less landing month is the first of its name after the dated one', () => {
  // the time stage reads "November" against the report (2025-03-14) as 2024-11: 30 months, a false mismatch before
  assert.deepEqual(dates('She was elected in May 2022 and resigned in November, six months later.', '2025-03-14', 'offset-landing'), ['CONSISTENT']);
  assert.deepEqual(dates('She was elected in May 2022 and resigned in November, two months later.', '2025-03-14', 'offset-landing'), ['INCONSISTENT']);
  assert.deepEqual(dates('The talks collapsed in June. Four months later, in October, both sides returned.', '2025-03-14', 'offset-landing'), ['CONSISTENT']);
  assert.deepEqual(dates('On December 30, the storm hit. Three days later, on January 2, the dam burst.', '2024-01-04', 'offset-landing'), ['CONSISTENT']);
});

test('an offset whose date ends its own clause: agreement only', () => {
  const loose = (t: string) => dates(t, '2025-03-14', 'offset-landing-loose');
  assert.deepEqual(loose('The truce was agreed in October 2023; three months later, fighting resumed in January 2024.'), ['CONSISTENT']);
  assert.deepEqual(loose('The bridge collapsed on May 3. Two weeks later, the minister resigned on May 17.'), ['CONSISTENT']);
  // a mismatch may be another event's date: nothing
  assert.deepEqual(loose('The truce was agreed in October 2023; three months later, fighting resumed in June 2024.'), []);
  // the date belongs to a clause of its own ("after …")
  assert.deepEqual(loose('The truce was agreed in October 2023; three months later, talks resumed after the attack in January 2024.'), []);
  // no date in the clause
  assert.deepEqual(loose('The truce was agreed in October 2023; three months later, fighting resumed.'), []);
});

test('"N months after" an event, both months without a year: read in order', () => {
  const after = (t: string) => dates(t, '2025-03-14', 'offset-from-event');
  assert.deepEqual(after('The agreement, reached in November, came nine months after talks began in February.'), ['CONSISTENT']);
  assert.deepEqual(after('The vaccine was approved in December, just 11 months after the virus was identified in January.'), ['CONSISTENT']);
  assert.deepEqual(after('The agreement, reached in November, came two months after talks began in February.'), []);
  // the years written: no re-reading ("November 2023" is before "February 2024")
  assert.deepEqual(after('The deal, reached in November 2023, came nine months after talks began in February 2024.'), []);
});

test('a length in days, weeks or months between two dates of the sentence, or ahead from the report', () => {
  const short = (t: string) => dates(t, '2025-03-14', 'loose-short-span');
  assert.deepEqual(short('The ban will last six months, from April 1 to September 30.'), ['CONSISTENT']);
  assert.deepEqual(short('The two-week visit, from March 1 to March 14, ended on Friday.'), ['CONSISTENT']);
  assert.deepEqual(short('A three-month ceasefire, agreed in December, expires in March.'), ['CONSISTENT']);
  assert.deepEqual(short('Talks are due to resume in two weeks, on March 28.'), ['CONSISTENT']);
  assert.deepEqual(short('The government has three months, until June 14, to submit a budget.'), ['CONSISTENT']);
  // lengths that do not fit: nothing (agreement only)
  assert.deepEqual(short('The ban will last six months, from April 1 to December 31.'), []);
  assert.deepEqual(short('The two-week visit, from March 1 to March 24, ended on Monday.'), []);
  assert.deepEqual(short('Talks are due to resume in two weeks, on April 20.'), []);
  // a date before the report is no length ahead of it
  assert.deepEqual(short('The six-week strike began on January 31.'), []);
  // offsets ("two weeks after", "three months ago") are other rules'
  assert.deepEqual(short('The results came two weeks after the vote on March 1, on March 15.'), []);
});

test('an age now and an age then: "as a N-year-old", "when he was N", "he was N", "N years ago", and the next sentence', () => {
  const ages = (t: string) => dates(t, '2025-03-14', 'age-delta');
  assert.deepEqual(ages('Smith, 34, joined the club in 2015 as a 24-year-old.'), ['CONSISTENT']);
  assert.deepEqual(ages('The president, 71, has been in power since 1986, when he was 32.'), ['CONSISTENT']);
  assert.deepEqual(ages('When he took office in 2016 he was 56; he is now 65.'), ['CONSISTENT']);
  assert.deepEqual(ages('The 45-year-old was arrested two years ago, when he was 43.'), ['CONSISTENT']);
  assert.deepEqual(ages('She became the country\'s first female president in 2019, at 45. She is now 51.'), ['CONSISTENT']);
  // ages that do not fit the years: nothing (agreement only)
  assert.deepEqual(ages('Smith, 34, joined the club in 2010 as a 24-year-old.'), []);
  assert.deepEqual(ages('The 45-year-old was arrested five years ago, when he was 43.'), []);
  assert.deepEqual(ages('She became the country\'s first female president in 2019, at 45. She is now 60.'), []);
  // "as a 24-year-old" is no age now
  assert.deepEqual(ages('He joined the club in 2015 as a 24-year-old.'), []);
});

test('"since 2012, for 13 years"; "will be N years old" against the year a thing was made', () => {
  assert.deepEqual(dates('The region has been under rebel control since 2012, for 13 years.', '2025-03-14', 'span-linked'), ['CONSISTENT']);
  assert.deepEqual(dates('The region has been under rebel control since 2012, for 19 years.', '2025-03-14', 'span-linked'), ['INCONSISTENT']);
  assert.deepEqual(dates('The bridge, built in 1994, will be 31 years old this year.', '2025-03-14', 'thing-age'), ['CONSISTENT']);
  assert.deepEqual(dates('The bridge, built in 1994, will be 40 years old this year.', '2025-03-14', 'thing-age'), []);
});

test('"half a century", "a quarter of a century", "a century" as lengths in years', () => {
  const linked = (t: string) => dates(t, '2025-03-14', 'span-linked');
  assert.deepEqual(linked('The president has ruled since 1975, half a century.'), ['CONSISTENT']);
  assert.deepEqual(linked('The two countries have been at peace since 2000, a quarter of a century.'), ['CONSISTENT']);
  assert.deepEqual(linked('It was the first visit by a pope in half a century; the last was in 1975.'), ['CONSISTENT']);
  // "half a century" is round, but not 35 years
  assert.deepEqual(linked('The president has ruled since 1990, half a century.'), ['INCONSISTENT']);
  assert.deepEqual(dates('The dam was built a century ago, in 1925.', '2025-03-14', 'ago'), ['CONSISTENT']);
  // "a century-old" is an age, no length
  assert.deepEqual(linked('The century-old bridge, built in 1925, collapsed.'), []);
});
