import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// Shares of a whole are percentages: "two-thirds of voters", "one in five adults", "half the staff", with their
// bound cue and the whole as `noun`; the whole's own figure stays a quantity. Ordinals, periods, measures and
// scales are not shares. Sentences written for these tests.

type Q = { text: string; value: number; unit: string; bound?: string; noun?: string };
const find = (text: string, times: Array<{ start: number; end: number }> = []): Q[] =>
  findQuantities({ text, sentences: [], times: times.map((t) => ({ ...t, text: text.slice(t.start, t.end), type: 'DATE' as const, value: 'XXXX' })) }).map((q) => {
    const o: Q = { text: q.text, value: q.value, unit: q.unit };
    if (q.bound) o.bound = q.bound;
    if (q.noun) o.noun = q.noun;
    return o;
  });

test('fractions of a whole: "two-thirds of voters", "a third of the city", "three quarters of residents"', () => {
  assert.deepEqual(find('Two-thirds of voters backed the measure.'), [{ text: 'Two-thirds', value: 66.7, unit: '%', noun: 'voters' }]);
  assert.deepEqual(find('A third of the city was flooded.'), [{ text: 'A third', value: 33.3, unit: '%', noun: 'city' }]);
  assert.deepEqual(find('Nearly three quarters of residents left.'), [{ text: 'Nearly three quarters', value: 75, unit: '%', bound: 'LESS_THAN', noun: 'residents' }]);
  assert.deepEqual(find('A fifth of the homes were damaged.').map((q) => q.value), [20]);
});

test('half: "more than half of the increase", "half the staff"; the whole\'s own figure stays a quantity', () => {
  assert.deepEqual(find('More than half of the increase came from gasoline.'), [{ text: 'More than half', value: 50, unit: '%', bound: 'MORE_THAN', noun: 'increase' }]);
  assert.deepEqual(find('Half the staff were laid off.'), [{ text: 'Half', value: 50, unit: '%', noun: 'staff' }]);
  const both = find("Roughly half of the building's 136 units were destroyed.");
  assert.deepEqual(both.map((q) => [q.text, q.value, q.unit]), [['Roughly half', 50, '%'], ['136 units', 136, 'unit']]);
});

test('odds: "one in five adults", "nine out of 10 doctors", "1 in 4 residents", "one in every four homes" are shares, not counts', () => {
  assert.deepEqual(find('One in five adults said they were undecided.'), [{ text: 'One in five', value: 20, unit: '%', noun: 'adults' }]);
  assert.deepEqual(find('Nine out of 10 doctors agreed.'), [{ text: 'Nine out of 10', value: 90, unit: '%', noun: 'doctors' }]);
  assert.deepEqual(find('The paper found that 1 in 4 residents lived in poverty after 700 people left.').map((q) => [q.text, q.value, q.unit]),
    [['1 in 4', 25, '%'], ['700 people', 700, 'person']]);
  assert.deepEqual(find('About one in every four homes was damaged.').map((q) => [q.text, q.value, q.bound]), [['About one in every four', 25, 'APPROX']]);
});

test('not shares: periods and ordinals, measures and scales, odds without a number, a larger part than the whole', () => {
  assert.deepEqual(find('He was one in a million.'), []);
  assert.deepEqual(find('Sales rose in the third quarter.'), []);
  assert.deepEqual(find('The first of five children was born there.').map((q) => q.unit), ['person']);
  assert.deepEqual(find('Half a million people fled.').map((q) => [q.value, q.unit]), [[500000, 'person']]);
  assert.deepEqual(find('A quarter of a million dollars was raised.').map((q) => [q.value, q.unit]), [[250000, 'USD']]);
  assert.deepEqual(find('She ran a third of a mile.').map((q) => q.unit), ['mi']);
  assert.deepEqual(find('Five in two cases is impossible.').filter((q) => q.unit === '%'), []);
  assert.deepEqual(find('They won two in 2019.').filter((q) => q.unit === '%'), []);
  assert.deepEqual(find('Four thirds of the cake is too much.').filter((q) => q.unit === '%'), []);
});

test('a share inside a time ("the second half of the year", "half of 2023") is the time\'s', () => {
  const text = 'Profits doubled in the second half of the year.';
  const at = text.indexOf('the second half of the year');
  assert.deepEqual(find(text, [{ start: at, end: at + 'the second half of the year'.length }]), []);
  assert.deepEqual(find('Growth slowed in the second half of the decade.'), []);
});
