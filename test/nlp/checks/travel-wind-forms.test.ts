import { test } from 'node:test';
import assert from 'node:assert/strict';
import { travelStatuses } from '../../helpers/checks.js';

// Only a wind-speed form right before a speed makes it the wind's; a wind word further back does not. Invented sentences.
const travel = (text: string): string[] => travelStatuses(text);

test('a wind word a few words before a journey speed does not hide it', () => {
  assert.deepEqual(travel('Despite the wind the ship sailed at 20 knots across the 100 km strait in two hours.'), ['INCONSISTENT']);
  assert.deepEqual(travel('Despite the wind, the ship sailed at 20 knots across the 100 km strait in two hours.'), ['INCONSISTENT']);
  assert.deepEqual(travel('Into the wind the convoy drove at 60 km/h over the 120 km route in one hour.'), ['INCONSISTENT']);
});

test('the wind-speed forms still hide the speed of the wind', () => {
  for (const w of ['winds of up to 90 km/h', 'wind speeds of 90 km/h', 'winds reaching 90 km/h', 'gusts over 90 km/h', 'winds gusting up to 90 km/h', 'gusts at 90 km/h']) {
    assert.deepEqual(travel(`The ferry crossing was halted as ${w} lashed the 40 km strait for two days.`), [], w);
  }
});
