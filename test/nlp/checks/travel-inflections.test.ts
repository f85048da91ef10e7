import { test } from 'node:test';
import assert from 'node:assert/strict';
import { travelStatuses } from '../../helpers/checks.js';

// A journey told with an inflected motion word ("sailing", "moving", "flying"), and the speed of the wind, which is
// no journey's. Invented sentences.
const travel = (text: string): string[] => travelStatuses(text);

test('an inflected motion word makes a journey of a speed, a distance and a time', () => {
  assert.deepEqual(travel('The ship, sailing at 20 knots, will cover the 3,500 nautical miles in about a week.'), ['CONSISTENT']);
  assert.deepEqual(travel('The storm, moving west at 15 km/h, is 300 km from the coast and should make landfall in about 20 hours.'), ['CONSISTENT']);
  assert.deepEqual(travel('Flying at 800 km/h, the plane crossed the 4,000 km in five hours.'), ['CONSISTENT']);
  assert.deepEqual(travel('Flying at 800 km/h, the plane crossed the 4,000 km in two hours.'), ['INCONSISTENT']);
});

test('the speed of the wind is no journey speed', () => {
  assert.deepEqual(travel('The storm, moving west at 15 km/h with winds of 180 km/h, was 300 km off the coast and will make landfall in about 20 hours.'), ['CONSISTENT']);
  assert.deepEqual(travel('The ferry crossing was halted as winds gusting up to 90 km/h lashed the 40 km strait for two days.'), []);
  assert.deepEqual(travel('Gusts of 120 km/h were moving across the 300 km coast for three hours.'), []);
});

test('a motion word alone, with no speed, makes no travel check', () => {
  assert.deepEqual(travel('Prices are moving higher and the index crossed 5,000 points in two days.'), []);
});

test('a motion word with a distance and a time but no speed judges no implied speed', () => {
  // a wave or a front has no means of travel whose speeds we know
  assert.deepEqual(travel('The tsunami crossed roughly 10,000 km of ocean to reach the coast in less than a day.'), []);
});

test('a journey told only by a motion word takes no distance or time from the sentences around it', () => {
  // the 300 km and the two days belong to other sentences
  assert.deepEqual(travel('The coast is 300 km long. The ship, sailing at 20 knots, carried grain. It had waited for two days.'), ['UNVERIFIABLE']);
});
