import { test } from 'node:test';
import assert from 'node:assert/strict';
import { travelStatuses } from '../../helpers/checks.js';

// The implied speed of a journey: a craft in space and a height climbed in feet are no journeys on the ground.
// Invented sentences.
const travel = (text: string): string[] => travelStatuses(text);

test('a probe\'s journey through space: no implied-speed check', () => {
  assert.deepEqual(travel('The probe has travelled 493 million km in the 204 days since its launch.'), []);
  assert.deepEqual(travel('The lander travelled some 6.5 million kilometers in over six weeks to reach the moon.'), []);
});

test('a height in feet during a flight: no implied-speed check', () => {
  assert.deepEqual(travel('The flight climbed roughly 16,000 feet in six minutes.'), []);
});

test('a journey on the ground or at sea is still checked', () => {
  assert.deepEqual(travel('The ferry journey of 1,180 km took two hours.'), ['INCONSISTENT']);
  assert.deepEqual(travel('The 1,180 km journey took 20 hours by train.'), ['CONSISTENT']);
});
