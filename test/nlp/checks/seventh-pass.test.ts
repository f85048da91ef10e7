import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// Seventh pass on the checks, DATE_ARITHMETIC read loosely (agreement only unless tied): "N units after/since/into"
// an event dated a few words on, a day range and its length in days, an age and a birth year a sentence apart, an age
// at death. Run through the real segmenter, time and quantity stages. Sentences written for these tests.

test('"N units after/since/into" an event dated a few words on', () => {
  assert.deepEqual(dates('The attack came two years after Russia invaded Ukraine in February 2022.', '2024-02-24', 'offset-from-event'), ['CONSISTENT']);
  assert.deepEqual(dates('Protests erupted six months after the coup in July.', '2023-01-20', 'offset-from-event'), ['CONSISTENT']);
  assert.deepEqual(dates('Two years into the war that began in February 2022, the front is static.', '2024-03-14', 'offset-from-event'), ['CONSISTENT']);
  assert.deepEqual(dates('In 2015, two years after the floods of June 2013, the town was rebuilt.', '2023-03-14', 'offset-from-event'), ['CONSISTENT']);
  // the event may be older than the report: a mismatch says nothing
  assert.deepEqual(dates('Five years after the war that began in February 2022, the front is static.', '2024-03-14', 'offset-from-event'), []);
  assert.deepEqual(dates('The firm went bankrupt ten years after it was founded on March 3, 1990.', '2023-03-14', 'offset-from-event'), []);
});

test('a day range and its length in days', () => {
  assert.deepEqual(dates('The 10-day festival runs from March 1 to 10.', '2023-03-14', 'day-range'), ['CONSISTENT']);
  assert.deepEqual(dates('The 12-day festival runs from March 1 to 10.', '2023-03-14', 'day-range'), ['INCONSISTENT']);
  assert.deepEqual(dates('The five-day visit (June 3-7) ended.', '2023-03-14', 'day-range'), ['CONSISTENT']);
  assert.deepEqual(dates('Talks were held from March 28 to April 2, six days of negotiations.', '2023-03-14', 'day-range'), ['CONSISTENT']);
  // a length of something else in the sentence, not tied and not agreeing
  assert.deepEqual(dates('Fighting from March 1 to 10 killed 40 people, and a three-day truce followed.', '2023-03-14', 'day-range'), []);
  // two dates joined by "and" are no range without "between"
  assert.deepEqual(dates('Votes on March 3 and 7 drew a five-day gap in coverage.', '2023-03-14', 'day-range'), []);
});

test('an age and a birth year a sentence apart, tied by the name or "He was born"', () => {
  assert.deepEqual(dates('Police named the victim as John Smith, 54, of Leeds. Smith was born in 1969 in Ohio.', '2023-03-14', 'age-nearby'), ['CONSISTENT']);
  assert.deepEqual(dates('Police named the victim as John Smith, 54, of Leeds. He was born in 1969 in Ohio.', '2023-03-14', 'age-nearby'), ['CONSISTENT']);
  assert.deepEqual(dates('Police named the victim as John Smith, 44, of Leeds. He was born in 1969 in Ohio.', '2023-03-14', 'age-nearby'), []);
  // another person's birth: the name does not tie them
  assert.deepEqual(dates('Police named the victim as John Smith, 54, of Leeds. Jones was born in 1969 in Ohio.', '2023-03-14', 'age-nearby'), []);
});

test('an age at death against the birth year and the year of death', () => {
  assert.deepEqual(dates('The actor, born in 1943, died on Monday aged 79.', '2023-03-14', 'age-at-death'), ['CONSISTENT']);
  assert.deepEqual(dates('Smith (1920-2001) died aged 81 in London.', '2023-03-14', 'age-at-death'), ['CONSISTENT']);
  assert.deepEqual(dates('Smith, who was born in 1920, died in 2001 at the age of 60.', '2023-03-14', 'age-at-death'), []);
});
