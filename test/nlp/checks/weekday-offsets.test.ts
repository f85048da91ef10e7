import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dates } from './date-checks.js';

// DATE_ARITHMETIC on weekdays: an offset in days that lands on a named weekday, against the weekday told before it.
// Run through the real segmenter, time and quantity stages. Sentences written for these tests; reference date pinned.
const wd = (t: string) => dates(t, '2024-05-01', 'weekday-offset');

test('an offset in days from one weekday to another, modulo a week', () => {
  assert.deepEqual(wd('The strike began on Monday and ended three days later on Thursday.'), ['CONSISTENT']);
  assert.deepEqual(wd('Police arrested him on Saturday. The next day, Sunday, he was charged.'), ['CONSISTENT']);
  assert.deepEqual(wd('The vote took place on Wednesday and the results came two days earlier, on Monday.'), ['CONSISTENT']);
  // across the week's end: Friday + 3 days
  assert.deepEqual(wd('The fire started on Friday and was put out four days later, on Tuesday.'), ['CONSISTENT']);
});

test('a landing weekday the offset cannot reach is inconsistent only with one earlier weekday and under a week', () => {
  assert.deepEqual(wd('Talks opened on Tuesday. Two days later, on Friday, they collapsed.'), ['INCONSISTENT']);
  // two earlier weekdays: the offset may run from either, so only agreement is reported
  assert.deepEqual(wd('Talks opened on Tuesday and resumed on Wednesday. Two days later, on Saturday, they collapsed.'), []);
  // ten days may cross a week the report does not mention
  assert.deepEqual(wd('Talks opened on Tuesday and ended ten days later, on Sunday.'), []);
});

test('no earlier weekday, or no weekday where the offset lands: no check', () => {
  assert.deepEqual(wd('The strike ended three days later on Thursday.'), []);
  assert.deepEqual(wd('The strike began on Monday and ended three days later.'), []);
});

test('the landing weekday told before its offset ("By Sunday, two days later,") is read the same way', () => {
  assert.deepEqual(wd('The fire broke out on Friday. By Sunday, two days later, it had burned 4,000 hectares.'), ['CONSISTENT']);
  assert.deepEqual(wd('Talks began on Monday. On Thursday, three days later, they collapsed.'), ['CONSISTENT']);
  assert.deepEqual(wd('The fire broke out on Friday. By Monday, two days later, it had burned 4,000 hectares.'), ['INCONSISTENT']);
  // negatives: no weekday before the landing one; two earlier weekdays and no fit; a weekday not set off by a comma
  assert.deepEqual(wd('By Sunday, two days later, the fire had burned 4,000 hectares.'), []);
  assert.deepEqual(wd('It began on Tuesday and spread on Wednesday. By Monday, two days later, it was out.'), []);
  assert.deepEqual(wd('The fire broke out on Friday. By Sunday two days later it was out.'), []);
});
