import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseForChecks as analyse, countStatuses as counts } from '../../helpers/checks.js';

// Percentage arithmetic the COUNT checks missed (stop 21): a change restated "or by N percent", a change in points
// written "a three-point increase", a change told as a noun between its values, a ratio word before the second
// figure's own noun phrase, a share in words with its whole between it and its percentage. Sentences written for
// these tests, through the real segmenter, time and quantity stages; each shape with a case that must not agree.


test('a change restated "or by N percent" after its two values', () => {
  assert.deepEqual(counts('The population grew from 2 million to 2.5 million, or by 25 percent, over the decade.', 'change'), ['CONSISTENT']);
  assert.deepEqual(counts('The population grew from 2 million to 2.5 million, or by 40 percent, over the decade.', 'change'), ['INCONSISTENT']);
  // a figure after "or" that is no change ("or 40 percent of the region") is not read as one
  assert.deepEqual(counts('The population grew from 2 million to 2.5 million, or 40 percent of the region.', 'change'), []);
});

test('a change in points written with a hyphen: "a three-point increase"', () => {
  assert.deepEqual(counts('The tax rate will rise from 15% to 18%, a three-point increase.', 'change'), ['CONSISTENT']);
  assert.deepEqual(counts('The tax rate will rise from 15% to 18%, a seven-point increase.', 'change'), ['INCONSISTENT']);
});

test('a change told as a noun between its values: "rose to 150, a 50 percent increase from the 100"', () => {
  assert.deepEqual(counts('The death toll rose to 150, a 50 percent increase from the 100 reported on Monday.', 'change'), ['CONSISTENT']);
  assert.deepEqual(counts('The death toll rose to 150, a 20 percent increase from the 100 reported on Monday.', 'change'), ['INCONSISTENT']);
  // no change verb before the first value: no change is read
  assert.deepEqual(counts('The clinic has 150 beds, a 50 percent increase from the 100 planned.', 'change'), []);
});

test('a ratio word before the second figure\'s own noun phrase: "30%, three times the national rate of 10%"', () => {
  assert.deepEqual(counts('Unemployment among young people stands at 30%, three times the national rate of 10%.', 'ratio-word'), ['CONSISTENT']);
  // it reports only agreement
  assert.deepEqual(counts('Unemployment among young people stands at 30%, three times the national rate of 14%.', 'ratio-word'), []);
});

test('a share in words with its whole between it and its percentage: "Nearly half of the 800 respondents, 47%"', () => {
  assert.deepEqual(counts('Nearly half of the 800 respondents, 47%, said they had lost income.', 'word-share'), ['CONSISTENT']);
  assert.deepEqual(counts('Nearly half of the 800 respondents, 27%, said they had lost income.', 'word-share'), ['INCONSISTENT']);
  // still the adjacent shape
  assert.deepEqual(counts('Two-thirds of voters (67%) backed the plan.', 'word-share'), ['CONSISTENT']);
});
