import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// Two days written in one sentence and the length stated between them. Real segmenter, time and quantity stages;
// sentences written for these tests.

test('a length cued as the span between two days of the sentence', () => {
  assert.deepEqual(dates('The dock strike began on March 3 and ended on March 17, after 14 days.', '2024-05-15', 'date-span'), ['CONSISTENT']);
  assert.deepEqual(dates('The dock strike began on March 3 and ended on March 17, after 20 days.', '2024-05-15', 'date-span'), ['INCONSISTENT']);
  assert.deepEqual(dates('The inquiry, which opened on January 8, lasted 45 days, ending on February 22.', '2024-05-15', 'date-span'), ['CONSISTENT']);
  // counted inclusively: March 3 to March 17 is 15 days on the calendar
  assert.deepEqual(dates('The dock strike, which had begun on March 3, ended on March 17 after 15 days.', '2024-05-15', 'date-span'), ['CONSISTENT']);
  assert.deepEqual(dates('Talks ran for three weeks, from May 2 to May 23.', '2024-05-15', 'date-span'), ['CONSISTENT']);
});

test('a looser length only agrees; a length that is not between the days says nothing', () => {
  // "for five weeks" may be the talks' length counted from another start: no contradiction
  assert.deepEqual(dates('Talks ran for five weeks, from May 2 to May 23, officials said.', '2024-05-15', 'date-span'), []);
  assert.deepEqual(dates('The squad trained for 10 days in Spain before the March 3 opener and the April 9 final.', '2024-05-15', 'date-span'), []);
  // one day only
  assert.deepEqual(dates('The dock strike ended on March 17 after 14 days.', '2024-05-15', 'date-span'), []);
});

test('an age told bare after "is" or "turned", against a birth year in the sentence', () => {
  assert.deepEqual(dates('Okonkwo, who was born in 1958, is 66.', '2024-05-15', 'age'), ['CONSISTENT']);
  assert.deepEqual(dates('Okonkwo, who was born in 1958, is 60.', '2024-05-15', 'age'), ['INCONSISTENT']);
  assert.deepEqual(dates('Okonkwo, born in 1958, turned 66 in March.', '2024-05-15', 'age'), ['CONSISTENT']);
  // the age of a moment in the story, and a figure that is no age
  assert.deepEqual(dates('Born in 1990, she moved abroad when she turned 18.', '2024-05-15', 'age'), []);
  assert.deepEqual(dates('Okonkwo, born in 1958, said the index is 66 points higher.', '2024-05-15', 'age'), []);
});

test('a length in weeks rounded down is no mismatch; one off by weeks still is', () => {
  const span = (t: string) => dates(t, '2024-05-15', 'date-span');
  // 39 days: five weeks and four days, told as "five weeks"
  assert.deepEqual(span('The trial opened on 4 March and ended on 12 April after five weeks of evidence.'), []);
  assert.deepEqual(span('The trial opened on 4 March and ended on 12 April after eight weeks of evidence.'), ['INCONSISTENT']);
  assert.deepEqual(span('The trial opened on 4 March and ended on 8 April after five weeks of evidence.'), ['CONSISTENT']);
});

test('a length with one day of its sentence and the other in the sentence before: agreement only', () => {
  const across = (t: string) => dates(t, '2024-05-15', 'date-span-across');
  // February 21 to April 4 is 42 days: six weeks
  assert.deepEqual(across('The probe lifted off on February 21 from Florida. Over six weeks it circled the Earth before the moon captured it on April 4.'), ['CONSISTENT']);
  assert.deepEqual(across('The strike began on March 3. It ended on March 17, after 14 days.'), ['CONSISTENT']);
  // a length that does not fit the two days: another span the report does not date, never a contradiction
  assert.deepEqual(across('The probe lifted off on February 21 from Florida. Over ten weeks it circled the Earth before the moon captured it on April 4.'), []);
  assert.deepEqual(across('The strike began on March 3. It ended on March 17, after 20 days.'), []);
  // two days of the sentence before, none with the length: not this length's
  assert.deepEqual(across('The strike ran from March 3 to March 17. Talks lasted 14 days.'), []);
  // the sentence's own two days are paired within it, not across
  assert.deepEqual(across('The fair opened on May 1. The strike began on March 3 and ended on March 17, after 14 days.'), []);
  assert.deepEqual(dates('The fair opened on May 1. The strike began on March 3 and ended on March 17, after 14 days.', '2024-05-15', 'date-span'), ['CONSISTENT']);
});
