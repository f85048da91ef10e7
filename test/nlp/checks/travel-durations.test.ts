import { test } from 'node:test';
import assert from 'node:assert/strict';
import { travelStatuses } from '../../helpers/checks.js';
import { CLOCK_PREPS, durationsIn } from '../../../src/nlp/checks/duration.js';

// Journey times written as abbreviations ("2h", "2hrs 30min") or as a race clock ("in 2:01:09"). Invented sentences.
const travel = (text: string): string[] => travelStatuses(text);
const hours = (text: string): number[] => durationsIn(text, [], 0, text.length).map((d) => Math.round(d.hours * 1000) / 1000);

test('abbreviated hours and minutes, and a race clock, are journey times', () => {
  assert.deepEqual(travel('The ferry sails at 30 km/h and the crossing of 60 km takes 2h.'), ['CONSISTENT']);
  assert.deepEqual(travel('The 60 km crossing takes 2hrs 30min at 24 km/h.'), ['CONSISTENT']);
  assert.deepEqual(travel('He ran the 42.195 km in 2:01:09, an average speed of 20.9 km/h.'), ['CONSISTENT']);
  assert.deepEqual(travel('He ran the 42.195 km in 2:31:09, an average speed of 20.9 km/h.'), ['INCONSISTENT']);
  assert.deepEqual(hours('a 45 min walk'), [0.75]);
});

test('a speed, a time of day or an abbreviation inside a word is no duration', () => {
  assert.deepEqual(hours('at a speed of 30 km/h'), []);
  assert.deepEqual(hours('the meeting at 14h30, or at 10h, ended by 11h'), []);
  assert.deepEqual(hours('the 5h.m. service'), []);
  assert.deepEqual(hours('updated 10:21:05'), []);
  assert.deepEqual(hours('the G7h summit'), []);
});

test('a time of day after "around", "between", "and" is no journey time', () => {
  assert.ok(!travel('The 300 km train, running at 100 km/h, left at around 9h.').includes('INCONSISTENT'), 'no 9-hour journey');
  assert.deepEqual(hours('the service runs between 9h and 17h'), []);
  assert.deepEqual(hours('it opens at about 8h'), []);
  assert.deepEqual(hours('Group 5 H is next'), [], 'a capital H is a name');
  assert.deepEqual(hours('the 2 H-bombs'), []);
  assert.deepEqual(hours('Sector 4 h'), [], 'a lone h after a space');
  assert.deepEqual(hours('the 2HRS service'), []);
  assert.deepEqual(hours('it takes 2 hrs, or 2h, or 45 min'), [2, 2, 0.75], 'spaced hrs and min, glued h still read');
  assert.deepEqual(hours('the 300 km trip takes 3h'), [3], 'a journey time still is one');
  assert.deepEqual(travel('The 300 km train, running at 100 km/h, takes 3h.'), ['CONSISTENT']);
});

test('a very long line of figures and abbreviations stays fast', () => {
  const text = '1h 2min 3:04:05 '.repeat(20000) + 'in ' + '9'.repeat(100000) + 'h';
  const t0 = Date.now();
  durationsIn(text, [], 0, text.length);
  assert.ok(Date.now() - t0 < 1000);
});

test('every word of data/lexicon/checks-clock-preps.txt makes the figure after it a time of day', () => {
  assert.ok(CLOCK_PREPS.length >= 16, 'the lexicon is read');
  for (const w of CLOCK_PREPS) assert.deepEqual(hours(`the train left ${w} 9h`), [], w);
  assert.deepEqual(hours('the train left Paris, 9h later it arrived'), [9], 'a word not in the lexicon keeps the duration');
  assert.deepEqual(hours('the crossing lasted 9h'), [9]);
});
