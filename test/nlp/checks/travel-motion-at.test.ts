import { test } from 'node:test';
import assert from 'node:assert/strict';
import { travelStatuses } from '../../helpers/checks.js';

// A motion word makes a journey only right before the speed's "at", and only with a distance travelled. Invented sentences.
const travel = (text: string): string[] => travelStatuses(text);

test('the stretch of coast a hazard batters, or a jam lines, is no distance travelled', () => {
  assert.deepEqual(travel('The cyclone, moving at 20 km/h, has battered a 400 km stretch of coast for three days.'), []);
  assert.deepEqual(travel('Traffic was moving at 5 km/h along the 30 km stretch for three hours.'), []);
  assert.deepEqual(travel('The storm, moving at 20 km/h, lashed a 300 km-long coastline for two days.'), []);
});

test('a motion word not right before the speed makes no journey', () => {
  assert.deepEqual(travel('Heading the rankings, the 300 km/h Shinkansen carries 400,000 people a day.'), []);
  assert.deepEqual(travel('Moving to new premises, the firm sells 200 km/h cars over 50 km of test track each week.'), []);
});

test('a motion word right before the speed, with a distance travelled, still makes a journey', () => {
  assert.deepEqual(travel('The ship, sailing at 20 knots, will cover the 3,500 nautical miles in about a week.'), ['CONSISTENT']);
  assert.deepEqual(travel('The storm, moving north-west at 15 km/h, is 300 km from the coast and should make landfall in about 20 hours.'), ['CONSISTENT']);
  assert.deepEqual(travel('Cruising at a steady 800 km/h, the plane reached the city 4,000 km away in two hours.'), ['INCONSISTENT']);
});
