import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findQuantities } from '../../../src/nlp/quantity/index.js';

// A "half-point" rate move in basis points, "within" and "up to a ceiling of" as upper bounds, speeds in "km per
// second" and doses in "milligrams per kilogram". Invented sentences.
const find = (text: string) => findQuantities({ text, sentences: [], times: [] }).map((q) => [q.text, q.value, q.unit, q.bound]);

test('a half-point, quarter-point or three-quarter-point move of a rate is 50, 25 or 75 basis points', () => {
  assert.deepEqual(find('The bank raised its key rate by a half-point on Friday.'), [['half-point', 50, 'bp', undefined]]);
  assert.deepEqual(find('Analysts expect a quarter-point cut in interest rates.'), [['quarter-point', 25, 'bp', undefined]]);
  assert.deepEqual(find('The Fed made a three-quarter-point hike to its rate.'), [['three-quarter-point', 75, 'bp', undefined]]);
  assert.deepEqual(find('The Fed was expected to announce a half-point increase of its own.'), [['half-point', 50, 'bp', undefined]]);
  // not in a sentence about rates, and not inside a longer compound
  assert.deepEqual(find('Carlsen kept a half-point lead after the ninth round.'), []);
  assert.deepEqual(find('Carlsen needed a half-point more to win.'), []);
  assert.deepEqual(find('Yields rose at a half-point-per-week pace.').filter((q) => q[2] === 'bp'), []);
  assert.deepEqual(find('Rates rose by half a point.').filter((q) => q[2] === 'bp'), []);
});

test('"within" and "up to a ceiling of" bound a figure from above', () => {
  assert.deepEqual(find('The lander touched down within 100 meters of its target.'), [['within 100 meters', 100, 'm', 'AT_MOST']]);
  assert.deepEqual(find('The EU will resettle up to a ceiling of 72,000 people.').map((q) => [q[1], q[2], q[3]]), [[72000, 'person', 'AT_MOST']]);
  // no bound where the cue is absent
  assert.deepEqual(find('The lander touched down 100 meters from its target.').map((q) => q[3]), [undefined]);
});

test('speeds in "km per second" and doses in "milligrams per kilogram"', () => {
  assert.deepEqual(find('The capsule entered at nearly 11 km per second.'), [['nearly 11 km per second', 11, 'km/s', 'LESS_THAN']]);
  assert.deepEqual(find('Patients received 10 milligrams per kilogram every two weeks.').map((q) => [q[0], q[1], q[2]]),
    [['10 milligrams per kilogram', 10, 'mg/kg']]);
  // a distance alone stays a distance, a mass alone a mass
  assert.deepEqual(find('The capsule flew 11 km before it fell.').map((q) => q[2]), ['km']);
  assert.deepEqual(find('Patients received 10 milligrams of the drug.').map((q) => q[2]), ['mg']);
});

test('a half-point is a rate move only with a word of rates nearby (not bare "interest", not far off in the sentence)', () => {
  assert.deepEqual(find('Carlsen took a half-point lead, raising interest in the final round.'), []);
  assert.deepEqual(find('Carlsen took a half-point lead in the ninth round of the tournament in Wijk aan Zee on the day the central bank left rates unchanged.').filter((q) => q[2] === 'bp'), []);
  // kept: "interest rates", a rate word close by
  assert.deepEqual(find('The bank cut interest rates by a half-point.'), [['half-point', 50, 'bp', undefined]]);
  assert.deepEqual(find('Markets priced in a quarter-point move in the repo rate.'), [['quarter-point', 25, 'bp', undefined]]);
});
