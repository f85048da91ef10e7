import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';
import { analyze } from '../../../src/analyze.js';

// "in its Nth year" is counted from a year told as the start ("began in", "launched in", "since"), before or after the
// ordinal, in the ordinal's clause; a past clause or a year with no start word says nothing. Invented sentences.
const nth = (t: string) => dates(t, '2024-05-15', 'nth-year');

test('in its Nth year against a start told before or after it', () => {
  assert.deepEqual(nth('The war, which began in February 2022, is now in its third year.'), ['CONSISTENT']);
  assert.deepEqual(nth('The programme, launched in 2016, is in its eighth year.'), ['CONSISTENT']);
  assert.deepEqual(nth('The festival, now in its 20th year, was first held in Vienna in 2005.'), ['CONSISTENT']);
  assert.deepEqual(nth('The programme, launched in 2016, is in its third year.'), ['INCONSISTENT']);
});

test('in its Nth year: no start word, a past clause or another clause gives nothing', () => {
  // a year of observation, not of a start
  assert.deepEqual(nth('In 2019 the drought was in its third year.'), []);
  assert.deepEqual(nth('By 2020, the war in Yemen was in its sixth year.'), []);
  // the start is told in another clause, of another thing
  assert.deepEqual(nth('Since 2021 the league has grown; it is now in its 12th year.'), []);
  // a year with no start word
  assert.deepEqual(nth('The 2019 report said the programme is in its eighth year.'), []);
});

test('a start of another subject or clause gives nothing (review probes)', () => {
  // a fronted participle of a person, not the war
  assert.deepEqual(nth('Elected in 2023, the president now faces a war in its third year.'), []);
  // "since" and "opened" after the ordinal belong to another clause
  assert.deepEqual(nth('The drought, now in its fourth year, has worsened since 2023.'), []);
  assert.deepEqual(nth('The festival, now in its 20th year, opened in 2024 with a record crowd.'), []);
  // a person's start never starts an "its" year
  assert.deepEqual(nth('The war, which the president took office in 2023 to end, is now in its third year.'), []);
});

test('a relative or appositive start of the subject still counts', () => {
  assert.deepEqual(nth('The war that began in 2022 is now in its third year.'), ['CONSISTENT']);
  assert.deepEqual(nth('The drought, which started in 2021, is now in its fourth year.'), ['CONSISTENT']);
  assert.deepEqual(nth('The war is now in its third year, a conflict that began in 2022.'), ['CONSISTENT']);
  assert.deepEqual(nth('The drought, which started in 2023, is now in its fourth year.'), ['INCONSISTENT']);
});

test('the nth-year probes through the real pipeline (analyze)', () => {
  const nthA = (text: string) => analyze({ text }, { publishedAt: '2024-05-15' }).checks
    .filter((c) => (c as { rule?: string }).rule === 'checks:date-arithmetic:nth-year').map((c) => c.status);
  assert.deepEqual(nthA('Elected in 2023, the president now faces a war in its third year.'), []);
  assert.deepEqual(nthA('The drought, now in its fourth year, has worsened since 2023.'), []);
  assert.deepEqual(nthA('The festival, now in its 20th year, opened in 2024 with a record crowd.'), []);
  assert.deepEqual(nthA('The war, which began in February 2022, is now in its third year.'), ['CONSISTENT']);
});
